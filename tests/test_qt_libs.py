"""``make run`` checks for Qt's X11 system libraries first (issue 12, point 11).

The check runs the real ``ldd`` over a plugin whose dependency is missing (a fake ``ldd`` on a
machine that has them all would prove nothing): the plugin here is a copy of Qt's own xcb plugin
from PySide6 with one of its libraries renamed out of the search path.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "packaging" / "check_qt_libs.py"


def load() -> object:
    spec = importlib.util.spec_from_file_location("check_qt_libs", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_11_names_the_debian_packages_of_missing_libraries() -> None:
    check = load()
    ldd = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxkbcommon-x11.so.0 => not found\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)\n"
    )
    missing = check.missing_libraries(ldd)  # type: ignore[attr-defined]
    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"]
    assert check.install_line(missing) == (  # type: ignore[attr-defined]
        "sudo apt-get update && sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0"
    )
    assert check.debian_package("libxcb-render-util.so.0") == "libxcb-render-util0"  # type: ignore[attr-defined]
    assert check.debian_package("libX11-xcb.so.1") == "libx11-xcb1"  # type: ignore[attr-defined]


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="Linux ldd")
def test_11_a_missing_library_stops_with_the_apt_get_line(tmp_path: Path) -> None:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    site = tmp_path / "PySide6"
    (site / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    plugin = site / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    shutil.copy(qt / "plugins" / "platforms" / "libqxcb.so", plugin)
    # The copy looks for Qt's libraries next to itself ($ORIGIN/../../lib): give it all of them
    # but the one behind the plugin, so ldd reports exactly that one as not found.
    (site / "Qt" / "lib").mkdir()
    assert (qt / "lib" / "libQt6XcbQpa.so.6").exists()
    for library in (qt / "lib").iterdir():
        if not library.name.startswith("libQt6XcbQpa"):
            os.symlink(library, site / "Qt" / "lib" / library.name)
    check = load()
    code, message = check.check(site, {"DISPLAY": ":0"}, shutil.which("ldd"))  # type: ignore[attr-defined]
    assert code == 1
    assert "libQt6XcbQpa.so.6" in message
    # One line, with what this machine lacks besides (a machine without libxcb-icccm4 names it too).
    assert installs(message) == packages(["libQt6XcbQpa.so.6", *missing_here()])
    assert "libqt6xcbqpa6" in installs(message)

    code, message = check.check(site, {"QT_QPA_PLATFORM": "offscreen"}, shutil.which("ldd"))  # type: ignore[attr-defined]
    assert (code, message) == (0, "")  # another platform plugin: nothing to say


def missing_here() -> list[str]:
    """What the real ``ldd`` says the installed xcb plugins cannot find on this machine."""
    import PySide6

    ldd = shutil.which("ldd")
    assert ldd is not None
    check = load()
    found: set[str] = set()
    for plugin in check.plugin_files(Path(PySide6.__file__).parent):  # type: ignore[attr-defined]
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True).stdout
        found.update(check.missing_libraries(out))  # type: ignore[attr-defined]
    return sorted(found)


def packages(sonames: list[str]) -> set[str]:
    return {load().debian_package(name) for name in sonames}  # type: ignore[attr-defined]


def installs(message: str) -> set[str]:
    """The packages of the message's one install line (exactly one line says it)."""
    lines = [line for line in message.splitlines() if "apt-get install" in line]
    assert len(lines) == 1, message
    assert lines[0].startswith("    sudo apt-get update && sudo apt-get install "), lines
    return set(lines[0].split("apt-get install ", 1)[1].split())


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="Linux ldd")
def test_11_the_script_speaks_exactly_when_this_machine_lacks_a_library() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": ""},
    )
    missing = missing_here()  # the suite itself runs offscreen, so the machine may lack some
    if not missing:
        assert (result.returncode, result.stderr) == (0, "")
    else:
        assert result.returncode == 1
        assert installs(result.stderr) == packages(missing)


def test_11_make_run_and_the_readme_use_the_check() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    run = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "packaging/check_qt_libs.py" in run
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "libxcb-cursor0" in readme and "check_qt_libs" in readme
