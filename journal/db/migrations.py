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
from journal.db.sync_models import SYNC_MODELS

log = logging.getLogger(__name__)

SCHEMA_VERSION = 5

BackupFn = Callable[[Path, int], Path | None]


# Version 2 as a new file has it (the SQL Peewee writes for the models of that version),
# frozen here: later model changes must not change what this step does.
_V2_SQL = (
    """CREATE TABLE IF NOT EXISTS "duplicate_dismissal" ("id" INTEGER NOT NULL PRIMARY KEY,
        "contact_a_id" INTEGER NOT NULL, "contact_b_id" INTEGER NOT NULL, "created_at" TEXT NOT NULL,
        FOREIGN KEY ("contact_a_id") REFERENCES "contact" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("contact_b_id") REFERENCES "contact" ("id") ON DELETE CASCADE)""",
    'CREATE INDEX IF NOT EXISTS "duplicate_dismissal_contact_a_id" ON "duplicate_dismissal" ("contact_a_id")',
    'CREATE INDEX IF NOT EXISTS "duplicate_dismissal_contact_b_id" ON "duplicate_dismissal" ("contact_b_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "duplicate_dismissal_contact_a_id_contact_b_id" '
    'ON "duplicate_dismissal" ("contact_a_id", "contact_b_id")',
    """CREATE TABLE IF NOT EXISTS "merge_record" ("id" INTEGER NOT NULL PRIMARY KEY,
        "survivor_id" INTEGER NOT NULL, "merged_id" INTEGER NOT NULL, "snapshot" TEXT NOT NULL,
        "created_at" TEXT NOT NULL, "undone_at" TEXT,
        FOREIGN KEY ("survivor_id") REFERENCES "contact" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("merged_id") REFERENCES "contact" ("id") ON DELETE CASCADE)""",
    'CREATE INDEX IF NOT EXISTS "merge_record_survivor_id" ON "merge_record" ("survivor_id")',
    'CREATE INDEX IF NOT EXISTS "merge_record_merged_id" ON "merge_record" ("merged_id")',
    # The indexes version 2 reads follow-ups and interactions with (calendar counts,
    # channel filters, the reciprocity ledger) in place of version 1's.
    'DROP INDEX IF EXISTS "follow_up_deleted_at_due_date"',
    'DROP INDEX IF EXISTS "follow_up_contact_id_deleted_at"',
    'CREATE INDEX IF NOT EXISTS "follow_up_deleted_at_due_date_status" '
    'ON "follow_up" ("deleted_at", "due_date", "status")',
    'CREATE INDEX IF NOT EXISTS "follow_up_contact_id_status_due_date" '
    'ON "follow_up" ("contact_id", "status", "due_date")',
    'CREATE INDEX IF NOT EXISTS "interaction_channel_occurred_at" '
    'ON "interaction" ("channel", "occurred_at")',
    'CREATE INDEX IF NOT EXISTS "interaction_kind_channel_occurred_at" '
    'ON "interaction" ("kind", "channel", "occurred_at")',
    """CREATE INDEX IF NOT EXISTS interaction_value_ledger
       ON interaction (kind, occurred_at, value_direction, value_type, contact_id)
       WHERE kind = 'networking' AND value_direction IS NOT NULL AND deleted_at IS NULL""",
)


def _to_v2(db: peewee.Database) -> None:
    """Version 2 adds duplicate dismissals and undoable merges, and new follow-up/interaction indexes."""
    for sql in _V2_SQL:
        db.execute_sql(sql)


_V3_SYNC_SQL = (
    """CREATE TABLE IF NOT EXISTS "sync_collection" ("id" INTEGER NOT NULL PRIMARY KEY,
        "kind" VARCHAR(16) NOT NULL, "url" TEXT NOT NULL, "display_name" TEXT NOT NULL,
        "sync_token" TEXT NOT NULL, "pending_token" TEXT NOT NULL, "supports_sync" INTEGER NOT NULL,
        "vcard_version" VARCHAR(8) NOT NULL, "state" VARCHAR(16) NOT NULL, "created_at" TEXT NOT NULL)""",
    'CREATE UNIQUE INDEX IF NOT EXISTS "sync_collection_kind" ON "sync_collection" ("kind")',
    """CREATE TABLE IF NOT EXISTS "sync_item" ("id" INTEGER NOT NULL PRIMARY KEY,
        "collection_id" INTEGER NOT NULL, "href" TEXT NOT NULL, "uid" TEXT NOT NULL, "etag" TEXT,
        "entity" VARCHAR(16) NOT NULL, "record_uuid" TEXT NOT NULL, "content" TEXT NOT NULL,
        "fields_hash" TEXT NOT NULL, "problem" TEXT NOT NULL, "synced_at" TEXT NOT NULL,
        FOREIGN KEY ("collection_id") REFERENCES "sync_collection" ("id") ON DELETE CASCADE)""",
    'CREATE INDEX IF NOT EXISTS "sync_item_collection_id" ON "sync_item" ("collection_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "sync_item_collection_id_href" '
    'ON "sync_item" ("collection_id", "href")',
    'CREATE INDEX IF NOT EXISTS "sync_item_entity_record_uuid" ON "sync_item" ("entity", "record_uuid")',
    'CREATE INDEX IF NOT EXISTS "sync_item_collection_id_uid" ON "sync_item" ("collection_id", "uid")',
    """CREATE TABLE IF NOT EXISTS "sync_inbox" ("id" INTEGER NOT NULL PRIMARY KEY,
        "collection_id" INTEGER NOT NULL, "href" TEXT NOT NULL, "etag" TEXT, "content" TEXT,
        "deleted" INTEGER NOT NULL,
        FOREIGN KEY ("collection_id") REFERENCES "sync_collection" ("id") ON DELETE CASCADE)""",
    'CREATE INDEX IF NOT EXISTS "sync_inbox_collection_id" ON "sync_inbox" ("collection_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "sync_inbox_collection_id_href" '
    'ON "sync_inbox" ("collection_id", "href")',
    """CREATE TABLE IF NOT EXISTS "sync_tombstone" ("id" INTEGER NOT NULL PRIMARY KEY,
        "collection_id" INTEGER NOT NULL, "href" TEXT NOT NULL, "etag" TEXT, "uid" TEXT NOT NULL,
        "created_at" TEXT NOT NULL,
        FOREIGN KEY ("collection_id") REFERENCES "sync_collection" ("id") ON DELETE CASCADE)""",
    'CREATE INDEX IF NOT EXISTS "sync_tombstone_collection_id" ON "sync_tombstone" ("collection_id")',
    """CREATE TABLE IF NOT EXISTS "sync_dirty" ("entity" VARCHAR(16) NOT NULL, "row_id" INTEGER NOT NULL,
        PRIMARY KEY ("entity", "row_id")) WITHOUT ROWID""",
)


def _to_v3_sync(db: peewee.Database) -> None:
    """Version 3 (sync, issue 15) adds the sync status, inbox, tombstones and change log."""
    for sql in _V3_SYNC_SQL:
        db.execute_sql(sql)


_V4_CONTACT_COLUMNS = (
    "middle_name", "name_prefix", "name_suffix", "phonetic_given_name", "phonetic_family_name", "role",
)  # fmt: skip
_V4_TABLES = (
    """CREATE TABLE IF NOT EXISTS "contact_value" ("id" INTEGER NOT NULL PRIMARY KEY,
        "contact_id" INTEGER NOT NULL, "kind" VARCHAR(32) NOT NULL, "value" TEXT NOT NULL,
        "label" TEXT NOT NULL, "is_primary" INTEGER NOT NULL, "position" INTEGER NOT NULL,
        FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)""",
    'CREATE INDEX IF NOT EXISTS "contact_value_contact_id" ON "contact_value" ("contact_id")',
    'CREATE INDEX IF NOT EXISTS "contact_value_contact_id_kind_position" '
    'ON "contact_value" ("contact_id", "kind", "position")',
    """CREATE TABLE IF NOT EXISTS "address" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER,
        "organization_id" INTEGER, "label" TEXT NOT NULL, "po_box" TEXT NOT NULL, "extended" TEXT NOT NULL,
        "street" TEXT NOT NULL, "city" TEXT NOT NULL, "region" TEXT NOT NULL, "postal_code" TEXT NOT NULL,
        "country" TEXT NOT NULL, "is_primary" INTEGER NOT NULL, "position" INTEGER NOT NULL,
        FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("organization_id") REFERENCES "organization" ("id") ON DELETE CASCADE)""",
    'CREATE INDEX IF NOT EXISTS "address_contact_id" ON "address" ("contact_id")',
    'CREATE INDEX IF NOT EXISTS "address_organization_id" ON "address" ("organization_id")',
    """CREATE TABLE IF NOT EXISTS "organization_value" ("id" INTEGER NOT NULL PRIMARY KEY,
        "organization_id" INTEGER NOT NULL, "kind" VARCHAR(32) NOT NULL, "value" TEXT NOT NULL,
        "label" TEXT NOT NULL, "is_primary" INTEGER NOT NULL, "position" INTEGER NOT NULL,
        FOREIGN KEY ("organization_id") REFERENCES "organization" ("id") ON DELETE CASCADE)""",
    'CREATE INDEX IF NOT EXISTS "organization_value_organization_id" '
    'ON "organization_value" ("organization_id")',
    'CREATE INDEX IF NOT EXISTS "organization_value_organization_id_kind_position" '
    'ON "organization_value" ("organization_id", "kind", "position")',
    """CREATE TABLE IF NOT EXISTS "picture" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER,
        "organization_id" INTEGER, "data" BLOB, "mime" TEXT NOT NULL, "url" TEXT NOT NULL,
        "width" INTEGER NOT NULL, "height" INTEGER NOT NULL,
        FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("organization_id") REFERENCES "organization" ("id") ON DELETE CASCADE)""",
    'CREATE UNIQUE INDEX IF NOT EXISTS "picture_contact_id" ON "picture" ("contact_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "picture_organization_id" ON "picture" ("organization_id")',
    """CREATE TABLE IF NOT EXISTS "import_fingerprint" ("id" INTEGER NOT NULL PRIMARY KEY,
        "fingerprint" BLOB NOT NULL, "contact_id" INTEGER, "organization_id" INTEGER,
        "created_at" TEXT NOT NULL,
        FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("organization_id") REFERENCES "organization" ("id") ON DELETE CASCADE)""",
    'CREATE UNIQUE INDEX IF NOT EXISTS "import_fingerprint_fingerprint" '
    'ON "import_fingerprint" ("fingerprint")',
    'CREATE INDEX IF NOT EXISTS "import_fingerprint_contact_id" ON "import_fingerprint" ("contact_id")',
    'CREATE INDEX IF NOT EXISTS "import_fingerprint_organization_id" '
    'ON "import_fingerprint" ("organization_id")',
)


def _to_v4(db: peewee.Database) -> None:
    """Version 4 (issue 13) keeps what phones and mail programs hold about a person: middle name,
    prefix, suffix, phonetic names, role and a star on the contact; further values (web sites,
    nicknames, IM and social handles, dates, related people, units, custom fields, name
    variants); postal addresses and pictures of contacts and organizations; an organization's
    phones, e-mails and web sites; and the fingerprints of imported cards and rows."""
    for column in _V4_CONTACT_COLUMNS:
        db.execute_sql(f'ALTER TABLE "contact" ADD COLUMN "{column}" TEXT NOT NULL DEFAULT \'\'')
    db.execute_sql('ALTER TABLE "contact" ADD COLUMN "starred" INTEGER NOT NULL DEFAULT 0')
    for sql in _V4_TABLES:
        db.execute_sql(sql)


def _to_v5_indexes(db: peewee.Database) -> None:
    """Version 5 (issue 16, speed) adds partial indexes of the trashed rows (the trash list, and counts that
    leave trashed entries out, read only those), of snoozed follow-ups (each reminder
    check reads them) and the pipeline board's (a stage's deals in order, with their
    values). Indexes only: no data changes."""
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS interaction_trashed ON interaction (deleted_at, kind, occurred_at) "
        "WHERE deleted_at IS NOT NULL"
    )
    for table in ("contact", "follow_up", "deal", "introduction", "objection", "quota"):
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
STEPS: dict[int, Callable[[peewee.Database], None]] = {
    1: _to_v2,
    2: _to_v3_sync,
    3: _to_v4,
    4: _to_v5_indexes,
}


def user_version(db: peewee.Database) -> int:
    """The schema version written in the open file."""
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def _set_user_version(db: peewee.Database, version: int) -> None:
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def create_schema(db: peewee.Database) -> None:
    """Create every table and index of the current schema in an empty file."""
    with db.atomic("IMMEDIATE"):
        db.create_tables([*ALL_MODELS, *SYNC_MODELS])
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
            with db.atomic("IMMEDIATE"):
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
