"""Verified backups: privacy, listing, retention with a fake clock, change detection, failures."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from journal import clock, db, paths
from journal.db import migrations
from journal.errors import DiskFullError
from journal.safety import backups
from journal.safety.errors import BackupError
from journal.services import contacts, interactions
from tests.conftest import FakeClock
from tests.helpers.schema import V1_CONTACTS, old_journal


def test_backup_is_verified_private_and_listed(db_path: Path, fake_clock: FakeClock) -> None:
    ana = contacts.create_contact(name="Ana")
    interactions.log_interaction(contact_id=ana.id, kind="networking", summary="Coffee")
    info = backups.create_backup(db_path, reason="manual")
    assert info.path.parent == backups.backup_folder(db_path)
    assert info.path.parent.is_relative_to(paths.backup_dir())
    assert (info.contacts, info.interactions, info.schema_version) == (1, 1, db.SCHEMA_VERSION)
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    conn.close()
    if os.name == "posix":
        assert info.path.stat().st_mode & 0o777 == 0o600
        assert info.path.parent.stat().st_mode & 0o777 == 0o700
    listed = backups.list_backups(db_path)
    assert [b.path for b in listed] == [info.path]
    assert listed[0].created_at == fake_clock.current
    glimpse = backups.preview(info.path)
    assert glimpse.recent_contacts == ["Ana"]
    assert glimpse.recent_interactions[0][1:] == ("Ana", "Coffee")


def test_default_journal_backups_live_in_backup_dir(tmp_path: Path) -> None:
    path = paths.default_db_path()
    db.open_database(path)
    try:
        info = backups.create_backup(path)
    finally:
        db.close_database()
    assert info.path.parent == paths.backup_dir()


def test_changed_since_last_backup(db_path: Path, fake_clock: FakeClock) -> None:
    assert backups.backup_if_changed(db_path, reason="startup") is not None
    assert backups.backup_if_changed(db_path, reason="startup") is None  # nothing changed
    contacts.create_contact(name="New")
    assert backups.changed_since_last_backup(db_path)
    assert not backups.daily_backup_due(db_path)  # changed, but the last backup is recent
    fake_clock.advance(hours=25)
    assert backups.daily_backup_due(db_path)
    assert backups.backup_if_changed(db_path, reason="daily") is not None
    assert not backups.daily_backup_due(db_path)


def test_backup_before_uses_the_open_journal(db_path: Path) -> None:
    contacts.create_contact(name="Ana")
    info = backups.backup_before("import")
    assert info is not None and info.reason == "before-import" and info.contacts == 1
    db.close_database()
    assert backups.backup_before("import", source=db_path.with_name("missing.sqlite3")) is None


def test_retention_thins_with_an_injected_clock(db_path: Path, fake_clock: FakeClock) -> None:
    policy = backups.Retention(recent=2, daily=3, weekly=2, monthly=2)
    made = []
    for _day in range(40):
        for _hour in range(2):
            made.append(backups.create_backup(db_path, reason="daily", retention=policy))
            fake_clock.advance(hours=3)
        fake_clock.advance(hours=18)
    listed = backups.list_backups(db_path)
    assert listed == sorted(listed, key=lambda b: b.created_at, reverse=True)
    kept = {b.path for b in listed}
    assert kept == backups.backups_to_keep(made, policy)
    assert len(listed) <= 2 + 3 + 2 + 2
    zone = clock.local_zone()

    def newest_per(period: Callable[[datetime], object], count: int) -> set[Path]:
        chosen: dict[object, Path] = {}
        for info in sorted(made, key=lambda b: b.created_at, reverse=True):
            chosen.setdefault(period(info.created_at.astimezone(zone)), info.path)
        return set(list(chosen.values())[:count])

    assert {b.path for b in sorted(made, key=lambda b: b.created_at)[-2:]} <= kept
    assert newest_per(lambda d: d.date(), 3) <= kept
    assert newest_per(lambda d: d.isocalendar()[:2], 2) <= kept
    assert newest_per(lambda d: (d.year, d.month), 2) <= kept
    assert min(b.created_at for b in listed) < made[-1].created_at - timedelta(days=15)
    assert not list(backups.backup_folder(db_path).glob("*.partial"))
    assert all(Path(f"{b.path}.json").exists() for b in listed)
    assert len(list(backups.backup_folder(db_path).glob("*.json"))) == len(listed)


def test_backup_while_another_connection_writes(db_path: Path) -> None:
    person = contacts.create_contact(name="Busy")
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        conn = sqlite3.connect(db_path, timeout=10)
        while not stop.is_set():
            conn.execute(
                "INSERT INTO interaction (uuid, contact_id, kind, channel, occurred_at, summary, notes, "
                "created_at, updated_at) SELECT hex(randomblob(16)), ?, 'networking', 'other', "
                "'2026-01-01T00:00:00+00:00', 'x', ?, '2026-01-01', '2026-01-01'",
                (person.id, "y" * 1000),
            )
            conn.commit()
            written.append(1)
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        results = [backups.create_backup(db_path, reason="manual", prune=False) for _ in range(5)]
    finally:
        stop.set()
        thread.join(timeout=30)
    assert written
    for info in results:
        conn = sqlite3.connect(info.path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.close()


def test_backup_before_migration_is_passed_to_open_database(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old_journal(path)  # a real version-1 file
    db.open_database(path, backup=backups.backup_before_migration)
    try:
        assert migrations.user_version(db.database) == db.SCHEMA_VERSION
    finally:
        db.close_database()
    (info,) = backups.list_backups(path)
    assert (
        info.reason == "before-migration" and info.schema_version == 1 and info.contacts == len(V1_CONTACTS)
    )


def test_failed_backup_says_so_and_keeps_nothing(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    contacts.create_contact(name="Ana")

    real_connect = sqlite3.connect

    def connect(target: object, *args: object, **kwargs: object) -> object:
        if str(target).endswith(".partial"):  # the backup copy: the disk fills up
            raise sqlite3.OperationalError("database or disk is full")
        return real_connect(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups.sqlite3, "connect", connect)
    with pytest.raises(DiskFullError, match="disk is full"):  # the one error for a full disk
        backups.create_backup(db_path)
    assert backups.list_backups(db_path) == []
    assert not [p for p in backups.backup_folder(db_path).iterdir() if p.name.endswith(".partial")]
    assert contacts.Contact.select().count() == 1


def test_backup_to_unwritable_place_is_a_clear_error(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(*_args: object, **_kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(BackupError, match="read-only"):
        backups.create_backup(db_path)


def test_output_file_is_not_overwritten(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "mine.sqlite3"
    target.write_text("keep me")
    with pytest.raises(BackupError, match="already exists"):
        backups.create_backup(db_path, dest=target)
    assert target.read_text() == "keep me"
