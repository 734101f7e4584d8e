"""Restoring a backup: round trip to identical data, the current state backed up first, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from journal import db
from journal.safety import backups, integrity, restore
from journal.safety.errors import RestoreError
from journal.services import contacts, deals, interactions
from tests.helpers.corrupt import make_damaged, make_journal, snapshot
from tests.helpers.schema import V1_CONTACTS, old_journal


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [line for line in conn.iterdump() if not line.startswith("PRAGMA")]
    finally:
        conn.close()


def test_restore_round_trips_to_identical_data(db_path: Path) -> None:
    ana = contacts.create_contact(name="Ana Núñez", tags=["mentor"], emails=["ana@example.org"])
    interactions.log_interaction(
        contact_id=ana.id, kind="networking", summary="Coffee", notes="Talked about X"
    )
    deals.create_deal(contact_id=ana.id, title="Workshop", value="1200.50", currency="EUR")
    info = backups.create_backup(db_path)
    before = _dump(info.path)
    # change everything after the backup
    contacts.update_contact(ana.id, name="Ana Changed")
    contacts.create_contact(name="Added later")
    result = restore.restore_backup(info.path, db_path)  # the journal is open meanwhile
    assert result.safety_backup is not None and result.moved_aside is None
    assert _dump(db_path) == before
    assert [c.name for c in contacts.Contact.select()] == ["Ana Núñez"]  # the open handle sees it
    # the state just before the restore was kept and can be restored in turn
    assert {c.name for c in _contacts(result.safety_backup)} == {"Ana Changed", "Added later"}
    restore.restore_backup(result.safety_backup, db_path)
    assert {c.name for c in contacts.Contact.select()} == {"Ana Changed", "Added later"}
    assert db.database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def _contacts(path: Path) -> list[contacts.Contact]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name FROM contact").fetchall()
    finally:
        conn.close()
    return [contacts.Contact(name=r[0]) for r in rows]


def test_restore_into_missing_or_damaged_journal(tmp_path: Path) -> None:
    source = make_journal(tmp_path / "journal.sqlite3", people=3)
    info = backups.create_backup(source)
    make_damaged("flipped", source)
    damaged_bytes = snapshot(source)[""]
    result = restore.restore_backup(info.path, source)
    assert result.moved_aside is not None and result.moved_aside.read_bytes() == damaged_bytes
    assert integrity.full_check(source).ok
    assert _dump(source) == _dump(info.path)
    fresh = tmp_path / "new" / "journal.sqlite3"
    restore.restore_backup(info.path, fresh)
    assert _dump(fresh) == _dump(info.path)


@pytest.mark.parametrize("kind", ["flipped", "truncated", "not_database"])
def test_damaged_backup_is_refused_and_nothing_changes(db_path: Path, tmp_path: Path, kind: str) -> None:
    bad = make_damaged(kind, tmp_path / f"bad-{kind}.sqlite3")  # closes the shared handle
    db.open_database(db_path)
    contacts.create_contact(name="Keep me")
    before = snapshot(db_path)
    with pytest.raises(RestoreError, match="cannot be used"):
        restore.restore_backup(bad, db_path)
    assert [c.name for c in contacts.Contact.select()] == ["Keep me"]
    assert snapshot(db_path)[""] == before[""]
    assert backups.list_backups(db_path) == []


def test_future_backup_is_refused(db_path: Path, tmp_path: Path) -> None:
    future = tmp_path / "future.sqlite3"
    make_journal(future, people=1)
    db.open_database(db_path)
    conn = sqlite3.connect(future)
    conn.execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(RestoreError, match="newer version"):
        restore.restore_backup(future, db_path)


def test_older_backup_is_upgraded_when_opened(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    old_journal(old)  # a real version-1 file
    target = make_journal(tmp_path / "journal.sqlite3", people=2)
    restore.restore_backup(old, target)
    db.open_database(target, backup=backups.backup_before_migration)
    try:
        assert [c.name for c in contacts.Contact.select() if c.deleted_at is None] == V1_CONTACTS
    finally:
        db.close_database()
