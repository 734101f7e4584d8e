"""An import is preceded by a verified backup once the journal holds something."""

from __future__ import annotations

from pathlib import Path

from journal import db
from journal.cli import main
from journal.safety import backups
from journal.services import contacts

FIXTURES = Path(__file__).parent / "fixtures"


def test_cli_import_backs_up_a_journal_with_contacts(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    db.open_database(path)
    contacts.create_contact(name="Already Here")
    db.close_database()
    assert backups.list_backups(path) == []
    code = main(["import", str(FIXTURES / "linkedin-Connections.csv"), "--db", str(path)])
    assert code == 0
    listed = backups.list_backups(path)
    assert [b.reason for b in listed] == ["before-import"]
    assert listed[0].contacts == 1  # the copy is of the journal as it was before the import


def test_dry_run_and_empty_journal_make_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    csv = str(FIXTURES / "linkedin-Connections.csv")
    assert main(["import", csv, "--db", str(path), "--create"]) == 0  # a new journal: nothing to lose
    assert backups.list_backups(path) == []
    assert main(["import", csv, "--db", str(path), "--dry-run"]) == 0
    assert backups.list_backups(path) == []


def test_import_refuses_a_damaged_journal_untouched(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "journal.sqlite3"
    db.open_database(path)
    contacts.create_contact(name="Someone")
    db.close_database()
    data = bytearray(path.read_bytes())
    data[16:18] = b"\x00\x03"  # page size 3: a header no SQLite file can have
    path.write_bytes(bytes(data))
    code = main(["import", str(FIXTURES / "linkedin-Connections.csv"), "--db", str(path)])
    assert code != 0
    assert path.read_bytes() == bytes(data)
    assert "has not been changed" in capsys.readouterr().err
