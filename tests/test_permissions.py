"""Issue 18.5: folders and files are the user's own, no folder the app did not make is changed,
and a --db that does not exist is never quietly created."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from journal import db
from journal.cli import main
from journal.services import contacts
from tests.helpers.corrupt import make_journal

ROOT = Path(__file__).resolve().parent.parent
VCF = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Newcomer\r\nEND:VCARD\r\n"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _vcf(tmp_path: Path) -> Path:
    source = tmp_path / "new.vcf"
    source.write_text(VCF)
    return source


def test_a_new_journal_never_changes_the_folder_it_is_put_in(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # like /tmp
    db.open_database(shared / "journal.sqlite3")
    db.close_database()
    assert _mode(shared) == 0o1777
    assert _mode(shared / "journal.sqlite3") == 0o600
    assert main(["import", str(_vcf(tmp_path)), "--db", str(shared / "other.sqlite3"), "--create"]) == 0
    assert _mode(shared) == 0o1777
    assert _mode(shared / "other.sqlite3") == 0o600


def test_folders_the_app_makes_for_a_new_journal_are_private(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    target = tmp_path / "new" / "deeper" / "journal.sqlite3"
    assert main(["import", str(_vcf(tmp_path)), "--db", str(target), "--create"]) == 0
    assert _mode(tmp_path) == 0o755
    assert _mode(tmp_path / "new") == 0o700 and _mode(tmp_path / "new" / "deeper") == 0o700
    assert _mode(target) == 0o600


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["export", "--format", "json", "-o", "OUT"], id="export-json"),
        pytest.param(["export", "--format", "vcard", "-o", "OUT"], id="export-vcard"),
        pytest.param(["log", "coffee with @Ana"], id="log"),
        pytest.param(["backup"], id="backup"),
        pytest.param(["check"], id="check"),
        pytest.param(["import", "VCF"], id="import"),
        pytest.param(["import", "VCF", "--dry-run"], id="import-dry-run"),
        pytest.param(["restore", "BACKUP"], id="restore"),
    ],
)
def test_a_mistyped_db_is_refused_and_nothing_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    real = make_journal(tmp_path / "journal.sqlite3", people=3)
    backup = tmp_path / "copy.sqlite3"
    shutil.copy(real, backup)
    typo = tmp_path / "jornal.sqlite3"
    replace = {"OUT": str(tmp_path / "out.file"), "VCF": str(_vcf(tmp_path)), "BACKUP": str(backup)}
    before = sorted(p.name for p in tmp_path.iterdir())
    code = main([replace.get(a, a) for a in argv] + ["--db", str(typo)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert f"There is no journal at {typo}" in err and "Traceback" not in err
    assert ("add --create" in err) == (argv[0] in ("import", "restore"))  # what to do, for this command
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_an_existing_journal_readable_by_others_is_tightened_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_journal(tmp_path / "journal.sqlite3", people=3)
    os.chmod(path, 0o644)
    folder_mode = _mode(tmp_path)
    out = tmp_path / "out.json"
    assert main(["export", "--format", "json", "-o", str(out), "--db", str(path)]) == 0
    assert "readable by you only" in capsys.readouterr().err
    assert _mode(path) == 0o600 and _mode(out) == 0o600
    assert _mode(tmp_path) == folder_mode
    out.unlink()
    assert main(["export", "--format", "json", "-o", str(out), "--db", str(path)]) == 0
    assert "readable by you only" not in capsys.readouterr().err


def test_a_backup_into_a_new_folder_makes_it_private(db_path: Path, tmp_path: Path) -> None:
    contacts.create_contact(name="Ana")
    db.close_database()
    target = tmp_path / "usb" / "backups" / "copy.sqlite3"
    assert main(["backup", "-o", str(target), "--db", str(db_path)]) == 0
    assert _mode(tmp_path / "usb") == 0o700 and _mode(tmp_path / "usb" / "backups") == 0o700
    assert _mode(target) == 0o600


def _foreign_folder(tmp_path: Path) -> tuple[Path, list[str]]:
    """A folder this user may not write to, and how to run a command so that it cannot."""
    if os.geteuid() != 0:
        return Path("/usr"), []
    folder = tmp_path / "someone-elses"
    folder.mkdir()
    os.chown(folder, 65534, 65534)
    os.chmod(folder, 0o755)
    os.chmod(tmp_path, 0o755)
    # root would write there anyway; in a user namespace it is an ordinary user to that folder
    return folder, ["unshare", "-r"]


def test_a_folder_the_user_may_not_write_to_gets_a_message(tmp_path: Path) -> None:
    folder, prefix = _foreign_folder(tmp_path)
    if prefix and shutil.which("unshare") is None:
        pytest.skip("needs unshare to drop root's rights")
    result = subprocess.run(
        [
            *prefix,
            sys.executable,
            "-m",
            "journal",
            "import",
            str(_vcf(tmp_path)),
            "--create",
            "--db",
            str(folder / "journal.sqlite3"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "may not" in result.stderr and str(folder) in result.stderr
    assert not (folder / "journal.sqlite3").exists()
