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
    assert main(["import", csv, "--db", str(path)]) == 0  # empty journal: nothing to lose
    assert backups.list_backups(path) == []
    assert main(["import", csv, "--db", str(path), "--dry-run"]) == 0
    assert backups.list_backups(path) == []
