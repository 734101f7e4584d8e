"""Opening, creating, migrating and refusing database files."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from journal import db
from journal.db import migrations
from journal.services import contacts
from tests.helpers.schema import V1_CONTACTS, old_journal


def test_new_file_is_private_and_current(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "journal.sqlite3"
    db.open_database(path)
    try:
        contacts.create_contact(name="Ana")
        assert db.database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert migrations.user_version(db.database) == db.SCHEMA_VERSION
    finally:
        db.close_database()
    if os.name == "posix":
        assert (path.stat().st_mode & 0o777) == 0o600
        assert (path.parent.stat().st_mode & 0o777) == 0o700


def test_future_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(db.DatabaseFromFutureError, match="newer version"):
        db.open_database(path)
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(db.DatabaseCorruptError, match="not a Networking Journal database"):
        db.open_database(path)
    assert path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(db.MigrationError, match="not a Networking Journal database"):
        db.open_database(path)
    assert sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall() == [("photos",)]


def _make_v1(path: Path) -> None:
    old_journal(path)  # a real version-1 file


def test_old_schema_upgrades_with_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _make_v1(path)
    backups: list[tuple[Path, int]] = []
    db.open_database(path, backup=lambda p, v: backups.append((p, v)) or None)
    try:
        assert backups == [(path, 1)]
        assert migrations.user_version(db.database) == db.SCHEMA_VERSION
        assert "merge_record" in db.database.get_tables()
        assert [c.name for c in contacts.Contact.select() if c.deleted_at is None] == V1_CONTACTS
    finally:
        db.close_database()


def test_failing_migration_leaves_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import peewee

    path = tmp_path / "old.sqlite3"
    _make_v1(path)
    before = path.read_bytes()

    def broken(database: peewee.Database) -> None:
        database.execute_sql("CREATE TABLE half_done (x)")
        raise peewee.OperationalError("disk on fire")

    monkeypatch.setitem(migrations.STEPS, 1, broken)
    with pytest.raises(db.MigrationError, match="left as it was"):
        db.open_database(path)
    assert path.read_bytes() == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "half_done" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
