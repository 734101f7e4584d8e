"""Schema versions (``PRAGMA user_version``) and the steps between them.

A new file gets the current schema at once. An older file is backed up, then
upgraded one step at a time, each step in its own transaction. A file from a
newer version of the app is refused and left untouched.

To change the schema: bump ``SCHEMA_VERSION``, change the models, and add a
step ``_to_vN`` that turns a version N-1 file into version N with plain SQL
(never with the current models, which describe the newest schema only).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import peewee

from journal.db import fts
from journal.db.connection import database
from journal.db.errors import DatabaseFromFutureError, MigrationError
from journal.db.models import ALL_MODELS, EXTRA_INDEXES

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3

BackupFn = Callable[[Path, int], Path | None]


def _to_v2(db: peewee.Database) -> None:
    """Version 2 adds duplicate dismissals and undoable merges."""
    db.execute_sql(
        """CREATE TABLE IF NOT EXISTS duplicate_dismissal (
            id INTEGER NOT NULL PRIMARY KEY,
            contact_a_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            contact_b_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL)"""
    )
    db.execute_sql(
        "CREATE UNIQUE INDEX IF NOT EXISTS duplicatedismissal_contact_a_id_contact_b_id "
        "ON duplicate_dismissal (contact_a_id, contact_b_id)"
    )
    db.execute_sql(
        """CREATE TABLE IF NOT EXISTS merge_record (
            id INTEGER NOT NULL PRIMARY KEY,
            survivor_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            merged_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            snapshot TEXT NOT NULL,
            created_at TEXT NOT NULL,
            undone_at TEXT)"""
    )


def _to_v3(db: peewee.Database) -> None:
    """Version 3 adds partial indexes of the trashed rows (the trash list, and counts that
    leave trashed entries out, read only those), of snoozed follow-ups (each reminder
    check reads them) and the pipeline board's (a stage's deals in order, with their
    values). Indexes only: no data changes.
    (Numbered 3 on the bench branch; renumbered at merge after the other schema steps.)"""
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS interaction_trashed ON interaction (deleted_at, kind, occurred_at) "
        "WHERE deleted_at IS NOT NULL"
    )
    for table in ("contact", "follow_up", "deal", "introduction"):
        db.execute_sql(
            f"CREATE INDEX IF NOT EXISTS {table}_trashed ON {table} (deleted_at) WHERE deleted_at IS NOT NULL"
        )
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS follow_up_snoozed ON follow_up (snoozed_until) "
        "WHERE snoozed_until IS NOT NULL"
    )
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS deal_board ON deal (stage, stage_changed_at, id, currency, value) "
        "WHERE deleted_at IS NULL"
    )


# STEPS[n] upgrades a file at version n to version n + 1.
STEPS: dict[int, Callable[[peewee.Database], None]] = {1: _to_v2, 2: _to_v3}


def user_version(db: peewee.Database) -> int:
    """The schema version written in the open file."""
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def _set_user_version(db: peewee.Database, version: int) -> None:
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def create_schema(db: peewee.Database) -> None:
    """Create every table and index of the current schema in an empty file."""
    with db.atomic():
        db.create_tables(ALL_MODELS)
        for sql in EXTRA_INDEXES:
            db.execute_sql(sql)
        fts.create(db)
        _set_user_version(db, SCHEMA_VERSION)


def refuse_future(version: int, path: Path | str) -> None:
    """``DatabaseFromFutureError`` when ``version`` is newer than this app understands."""
    if version > SCHEMA_VERSION:
        raise DatabaseFromFutureError(
            f"{path} was written by a newer version of Networking Journal "
            f"(schema {version}; this version understands up to {SCHEMA_VERSION}). "
            "It has not been changed. Install the newer version to open it, "
            "or choose another database file."
        )


def migrate(path: Path, backup: BackupFn | None = None) -> int:
    """Bring the open database up to ``SCHEMA_VERSION``; return the version found."""
    db = database
    found = user_version(db)
    refuse_future(found, path)
    if found == 0:
        tables = db.get_tables()
        if tables:
            raise MigrationError(
                f"{path} is an SQLite file but not a Networking Journal database "
                f"(it has tables {', '.join(tables[:5])}). It has not been changed."
            )
        create_schema(db)
        return found
    if found == SCHEMA_VERSION:
        return found
    if backup is not None:
        backup(path, found)
    version = found
    while version < SCHEMA_VERSION:
        step = STEPS.get(version)
        if step is None:
            raise MigrationError(f"No upgrade from schema {version}; the file was not changed.")
        try:
            with db.atomic():
                step(db)
                _set_user_version(db, version + 1)
        except peewee.PeeweeException as exc:
            raise MigrationError(
                f"Upgrading {path} from schema {version} failed ({exc}). "
                "The file was left as it was; a backup was made before trying."
            ) from exc
        log.info("upgraded %s from schema %d to %d", path, version, version + 1)
        version += 1
    return found
