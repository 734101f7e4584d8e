"""Packaging: desktop integration files, the wheel (with its resources), a clean
install, the log file and the ``--smoke-test`` start.

The wheel is built with ``python -m build --wheel --no-isolation`` from a copy of
the sources, using the build/setuptools/wheel the ``test`` extra installs, so it
works offline. The clean install is a ``python -m venv`` (no system packages)
with the wheel installed ``--no-deps`` and then its non-Qt requirements from
the configured package index: ``networking-journal --version`` must run there
without Qt. Without a reachable index that last step is skipped, not failed.
"""

from __future__ import annotations

import configparser
import logging
import os
import shutil
import stat
import subprocess
import sys
import venv
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from journal import APP_ID, __version__, logs, paths

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SOURCES = ["pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "journal", "resources"]


def test_desktop_file() -> None:
    path = PACKAGING / f"{APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "networking-journal"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(path)], check=True)


def test_appstream_metainfo() -> None:
    path = PACKAGING / f"{APP_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("icon") == APP_ID
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.find("releases/release").get("version") == __version__
    if shutil.which("appstreamcli"):
        subprocess.run(["appstreamcli", "validate", "--no-net", str(path)], check=True, capture_output=True)


def test_app_id_is_used_everywhere() -> None:
    spec = (PACKAGING / "networking-journal.spec").read_text(encoding="utf-8")
    assert "APP_ID" in spec and '"resources"' in spec
    app_py = (ROOT / "journal" / "app.py").read_text(encoding="utf-8")
    assert "setDesktopFileName(APP_ID)" in app_py
    assert (ROOT / "resources" / "icons" / f"{APP_ID}.svg").is_file()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("build", reason="install the test extra: pip install -e '.[test]'")
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(item, source / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("networking_journal-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_the_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    data = "journal/resources_data"
    expected = {
        f"{data}/translations/networking_journal_es.qm",
        f"{data}/translations/networking_journal_en.qm",
        f"{data}/icons/{APP_ID}.svg",
        f"{data}/icons/hicolor/256x256/apps/{APP_ID}.png",
        *(f"{data}/icons/{name}.svg" for name in ("contacts", "timeline", "calendar", "search", "backup")),
    }
    assert expected <= names, sorted(expected - names)
    assert "journal/cli.py" in names
    entry_points = zipfile.ZipFile(wheel).read(f"networking_journal-{__version__}.dist-info/entry_points.txt")
    assert b"networking-journal = journal.cli:main" in entry_points


def requirements_without_qt(wheel: Path) -> list[str]:
    from packaging.markers import default_environment
    from packaging.requirements import Requirement

    metadata = zipfile.ZipFile(wheel).read(f"networking_journal-{__version__}.dist-info/METADATA").decode()
    wanted = []
    for line in metadata.splitlines():
        if not line.startswith("Requires-Dist:"):
            continue
        requirement = Requirement(line.split(":", 1)[1].strip())
        if requirement.marker and not requirement.marker.evaluate({**default_environment(), "extra": ""}):
            continue
        if not requirement.name.lower().startswith("pyside6"):
            wanted.append(str(requirement).split(";")[0])
    return wanted


@pytest.mark.slow
def test_wheel_installs_in_a_clean_venv_and_reports_its_version(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run([*pip, "install", "--no-deps", "--no-index", str(wheel)], check=True, capture_output=True)

    found = subprocess.run(
        [
            str(python),
            "-c",
            "import journal, journal.resources as r; print(journal.__version__); "
            "print(r.resources_dir()); print(r.translations_dir() / 'networking_journal_es.qm')",
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    ).stdout.split("\n")
    assert found[0] == __version__
    assert Path(found[1]).is_relative_to(env_dir), "resources must come from the installed wheel"
    assert Path(found[2]).is_file()

    deps = subprocess.run([*pip, "install", *requirements_without_qt(wheel)], capture_output=True, text=True)
    assert deps.returncode == 0, f"installing the non-Qt requirements failed: {deps.stderr[-500:]}"
    version = subprocess.run(
        [str(bindir / "networking-journal"), "--version"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert version.stdout.strip() == f"networking-journal {__version__}"
    no_qt = subprocess.run([str(python), "-c", "import PySide6"], capture_output=True, cwd=tmp_path)
    assert no_qt.returncode != 0, "the clean venv must not see PySide6: --version ran without Qt"


def test_smoke_test_flag_starts_the_app_and_quits(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "journal", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "ok", result.stdout + result.stderr
    assert "networking_journal_en" in result.stdout


@pytest.fixture
def clean_logging():
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    sys.excepthook = hook


def test_log_file_is_created_private_and_rotates(clean_logging) -> None:
    target = logs.setup_logging()
    assert target == paths.log_dir() / logs.LOG_FILENAME
    assert logs.setup_logging() == target  # idempotent: one handler
    logging.getLogger("journal.test").info("hello log")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "hello log" in target.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.log_dir().stat().st_mode) == 0o700
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(target))
    handler.doRollover()
    rolled = target.with_name(logs.LOG_FILENAME + ".1")
    assert rolled.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
