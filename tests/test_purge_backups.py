"""Issue 14, point 11: deleting a person for good can remove them from the existing backups too:
each backup rewritten without them, compacted and verified, or left exactly as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from journal import db
from journal.cli import main
from journal.safety import backup_purge, backups, consistency, restore
from journal.services import contacts, interactions, trash

SECRETS = (b"Qwertyuiop", b"purgenotes", b"purgesummary", b"purge.example")


def _journal(path: Path) -> tuple[str, int]:
    """A closed journal with Other and the person to delete, and three backups (two hold them)."""
    db.open_database(path)
    try:
        other = contacts.create_contact(name="Other", notes="stays")
        interactions.log_interaction(contact_id=other.id, kind="networking", summary="kept entry")
        gone = contacts.create_contact(
            name="Qwertyuiop Person", notes="purgenotes", emails=["q@purge.example"]
        )
        interactions.log_interaction(contact_id=gone.id, kind="networking", summary="purgesummary")
        backups.create_backup(path, reason="manual")
        contacts.update_contact(gone.id, title="Boss")
        backups.create_backup(path, reason="daily")
    finally:
        db.close_database()
    return gone.uuid, other.id


def _backup_files(path: Path) -> list[Path]:
    return [b.path for b in backups.list_backups(path)]


def test_purge_contact_include_backups(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "journal.sqlite3"
    uuid, _other = _journal(path)
    files = _backup_files(path)
    assert len(files) == 2 and all(SECRETS[0] in f.read_bytes() for f in files)
    assert main(["purge-contact", uuid, "--include-backups", "--yes", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Removed from the journal" in out and "Removed from 2 backups" in out and "Not removed" in out
    assert _backup_files(path) == files
    for file in (path, *files):
        raw = file.read_bytes()
        assert not [s for s in SECRETS if s in raw], file
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT name FROM contact").fetchall() == [("Other",)]
        assert conn.execute("SELECT summary FROM interaction").fetchall() == [("kept entry",)]
        conn.close()
        assert consistency.check(file).ok
    for info in backups.list_backups(path):
        assert (info.contacts, info.interactions) == (1, 1)  # the description says so too
    restore.restore_backup(files[0], path)  # a cleaned backup still restores
    db.open_database(path)
    try:
        assert [c.name for c in contacts.Contact.select()] == ["Other"]
    finally:
        db.close_database()


def test_without_include_backups_the_backups_are_left_and_the_output_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.sqlite3"
    uuid, _other = _journal(path)
    before = {f: f.read_bytes() for f in _backup_files(path)}
    assert main(["purge-contact", uuid, "--yes", "--db", str(path)]) == 0
    assert "2 backups still hold them" in capsys.readouterr().out
    assert {f: f.read_bytes() for f in before} == before


def test_a_backup_that_cannot_be_rewritten_is_left_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.sqlite3"
    uuid, _other = _journal(path)
    first, second = _backup_files(path)
    before = second.read_bytes()
    real = backup_purge.verify_clean

    def fail_on_second(clean: Path, contact_uuid: str, original: Path) -> tuple[int, int]:
        if original == second:
            raise sqlite3.DatabaseError("disk trouble")
        return real(clean, contact_uuid, original)

    monkeypatch.setattr(backup_purge, "verify_clean", fail_on_second)
    assert main(["purge-contact", uuid, "--include-backups", "--yes", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert second.name in err and "left as it was" in err
    assert second.read_bytes() == before
    assert SECRETS[0] not in first.read_bytes()
    assert sorted(p.name for p in second.parent.iterdir() if "partial" in p.name) == []


def test_already_gone_from_the_journal_still_purges_the_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.sqlite3"
    uuid, _other = _journal(path)
    db.open_database(path)
    try:
        trash.purge_contact(contacts.Contact.get(contacts.Contact.uuid == uuid).id)
    finally:
        db.close_database()
    assert main(["purge-contact", uuid, "--include-backups", "--yes", "--db", str(path)]) == 0
    assert "not in the journal" in capsys.readouterr().out
    assert all(SECRETS[0] not in f.read_bytes() for f in _backup_files(path))


def test_purge_contact_asks_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "journal.sqlite3"
    uuid, _other = _journal(path)
    monkeypatch.setattr("builtins.input", lambda _prompt="": "n")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    assert main(["purge-contact", uuid, "--include-backups", "--db", str(path)]) == 2
    assert all(SECRETS[0] in f.read_bytes() for f in _backup_files(path))
