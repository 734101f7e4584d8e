"""What the journal remembers about its sync with a CardDAV/CalDAV server. No Qt.

- ``SyncCollection``: one server collection per kind of record (contacts,
  follow-ups, journal entries) with its sync token.
- ``SyncItem``: the status of one server item: href, etag, the UID on the
  server, which local record it is, and the server text as last synced (the
  base of three-way merges and the source of properties we do not model).
  ``problem`` is set for items that could not be taken in (no person to
  attach them to, invalid data): they are kept and listed for the user.
- ``SyncInbox``: server changes fetched but not applied yet (a sync cut in the
  middle resumes from here).
- ``SyncTombstone``: a synced record deleted for good here; the delete still
  has to reach the server. Written by the permanent-delete service (``bury``),
  which also drops the synced copy of the record's content.
- ``SyncDirty``: which rows changed since the last sync, filled by triggers
  (installed only while sync is set up, so a journal that never syncs pays
  nothing for them).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import peewee

from journal import clock
from journal.db.connection import database
from journal.db.fields import UTCDateTimeField
from journal.db.models import BaseModel

COLLECTION_KINDS = ("contacts", "followups", "entries")


class SyncCollection(BaseModel):
    kind = peewee.CharField(max_length=16, unique=True)  # contacts | followups | entries
    url = peewee.TextField()
    display_name = peewee.TextField(default="")
    sync_token = peewee.TextField(default="")
    pending_token = peewee.TextField(default="")  # token of the inbox being applied
    supports_sync = peewee.BooleanField(default=True)
    vcard_version = peewee.CharField(max_length=8, default="3.0")
    state = peewee.CharField(max_length=16, default="ok")  # ok | unsupported (no VJOURNAL) | missing
    created_at = UTCDateTimeField(default=clock.now)


class SyncItem(BaseModel):
    collection = peewee.ForeignKeyField(SyncCollection, backref="items", on_delete="CASCADE")
    href = peewee.TextField()
    uid = peewee.TextField(default="")
    etag = peewee.TextField(null=True)
    entity = peewee.CharField(
        max_length=16
    )  # contact | followup | interaction | deal | introduction | foreign
    record_uuid = peewee.TextField(default="")
    content = peewee.TextField(default="")
    fields_hash = peewee.TextField(default="")
    problem = peewee.TextField(default="")
    synced_at = UTCDateTimeField(default=clock.now)

    class Meta:
        indexes = (
            (("collection", "href"), True),
            (("entity", "record_uuid"), False),
            (("collection", "uid"), False),
        )


class SyncInbox(BaseModel):
    collection = peewee.ForeignKeyField(SyncCollection, on_delete="CASCADE")
    href = peewee.TextField()
    etag = peewee.TextField(null=True)
    content = peewee.TextField(null=True)  # None: still to fetch (unless deleted)
    deleted = peewee.BooleanField(default=False)

    class Meta:
        indexes = ((("collection", "href"), True),)


class SyncTombstone(BaseModel):
    collection = peewee.ForeignKeyField(SyncCollection, on_delete="CASCADE")
    href = peewee.TextField()
    etag = peewee.TextField(null=True)
    uid = peewee.TextField(default="")
    created_at = UTCDateTimeField(default=clock.now)


class SyncDirty(BaseModel):
    entity = peewee.CharField(max_length=16)
    row_id = peewee.IntegerField()

    class Meta:
        primary_key = peewee.CompositeKey("entity", "row_id")
        without_rowid = True


SYNC_MODELS: list[type[BaseModel]] = [SyncCollection, SyncItem, SyncInbox, SyncTombstone, SyncDirty]


# -- the change log ---------------------------------------------------------------------------------
# (table, entity marked dirty, columns whose update counts, SQL giving the row id from NEW/OLD).
# Counters refreshed by services.contacts.refresh_contact_stats are left out on purpose.
# A new synced column or child table of a contact is one line here.
_CHANGE_SOURCES: tuple[tuple[str, str, str, str], ...] = (
    (
        "contact",
        "contact",
        "name, given_name, family_name, organization_id, title, linkedin_url, "
        "website, location, birthday, how_met, met_on, introduced_by_id, notes, cadence_days, "
        "cadence_scope, reconnect_snoozed_until, updated_at, deleted_at",
        "{row}.id",
    ),
    ("contact_email", "contact", "", "{row}.contact_id"),
    ("contact_phone", "contact", "", "{row}.contact_id"),
    ("contact_tag", "contact", "", "{row}.contact_id"),
    (
        "interaction",
        "interaction",
        "contact_id, kind, channel, occurred_at, summary, notes, "
        "value_direction, value_type, deal_id, updated_at, deleted_at",
        "{row}.id",
    ),
    ("objection", "interaction", "", "{row}.interaction_id"),
    (
        "follow_up",
        "followup",
        "contact_id, kind, title, notes, due_date, due_time, status, "
        "snoozed_until, recurrence_unit, recurrence_interval, interaction_id, deal_id, completed_at, "
        "updated_at, deleted_at",
        "{row}.id",
    ),
    (
        "deal",
        "deal",
        "contact_id, title, value, currency, stage, probability, expected_close, "
        "lost_reason, stage_changed_at, closed_at, notes, updated_at, deleted_at",
        "{row}.id",
    ),
    ("deal_stage_change", "deal", "", "{row}.deal_id"),
    (
        "introduction",
        "introduction",
        "direction, person_a_id, person_b_id, occurred_on, context, outcome, updated_at, deleted_at",
        "{row}.id",
    ),
)
_TRIGGER_PREFIX = "sync_dirty_"


def _trigger_sql() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for table, entity, columns, row_sql in _CHANGE_SOURCES:
        events = [("ins", "INSERT", "NEW"), ("upd", f"UPDATE OF {columns}" if columns else "UPDATE", "NEW")]
        if not columns:  # a child row removed changes its parent
            events.append(("del", "DELETE", "OLD"))
        for suffix, event, row in events:
            name = f"{_TRIGGER_PREFIX}{table}_{suffix}"
            target = row_sql.format(row=row)
            found.append(
                (
                    name,
                    f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table} BEGIN "
                    f"INSERT OR IGNORE INTO sync_dirty (entity, row_id) VALUES ('{entity}', {target}); END",
                )
            )
    # Renaming an organization changes the ORG of every contact in it.
    found.append(
        (
            f"{_TRIGGER_PREFIX}organization_upd",
            f"CREATE TRIGGER IF NOT EXISTS {_TRIGGER_PREFIX}organization_upd AFTER UPDATE OF name "
            "ON organization BEGIN INSERT OR IGNORE INTO sync_dirty (entity, row_id) "
            "SELECT 'contact', id FROM contact WHERE organization_id = NEW.id; END",
        )
    )
    return found


def install_change_log() -> bool:
    """Create the change-log triggers that are missing; True if any was (changes may have been missed)."""
    existing = {
        r[0]
        for r in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", (f"{_TRIGGER_PREFIX}%",)
        )
    }
    created = False
    with database.atomic("IMMEDIATE"):
        for name, sql in _trigger_sql():
            if name not in existing:
                database.execute_sql(sql)
                created = True
    return created


def remove_change_log() -> None:
    """Drop the change-log triggers and empty the list of changed records (when the journal stops syncing)."""
    with database.atomic("IMMEDIATE"):  # (every transaction here begins IMMEDIATE; said where it opens)
        for name, _sql in _trigger_sql():
            database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
        SyncDirty.delete().execute()


# -- the permanent-delete hook ----------------------------------------------------------------------


def bury(record_uuids: Iterable[Any], collection_kind: str) -> int:
    """Records about to be deleted for good: keep what the server needs to delete them, drop the rest.

    Called by ``services.trash`` inside its transaction, with the kind of collection the
    records sync to. The synced copy of the content goes (nothing of a purged person stays
    in the file); href, etag and UID stay as a tombstone until the delete reaches the server.
    A record of a syncing journal with no status row was never confirmed on the server, but
    an upload whose answer was lost may have put it there: its tombstone names it by UID
    only (the sync deletes ``<uuid>`` there if it exists).
    """
    uuids = sorted({str(u) for u in record_uuids})
    collection = (
        SyncCollection.get_or_none((SyncCollection.kind == collection_kind) & (SyncCollection.state == "ok"))
        if uuids
        else None
    )
    buried = 0
    for start in range(0, len(uuids), 500):
        chunk = uuids[start : start + 500]
        known = {
            r[0]
            for r in SyncItem.select(SyncItem.record_uuid).where(SyncItem.record_uuid.in_(chunk)).tuples()
        }
        rows = list(
            SyncItem.select(SyncItem.id, SyncItem.collection, SyncItem.href, SyncItem.etag, SyncItem.uid)
            .where(SyncItem.record_uuid.in_(chunk) & (SyncItem.problem == ""))
            .tuples()
        )
        for _id, collection_id, href, etag, uid in rows:
            SyncTombstone.create(collection=collection_id, href=href, etag=etag, uid=uid)
        if rows:
            SyncItem.delete().where(SyncItem.id.in_([r[0] for r in rows])).execute()
            buried += len(rows)
        if collection is not None:
            for record_uuid in chunk:
                if record_uuid not in known:
                    SyncTombstone.create(
                        collection=collection, href="", etag=None, uid=f"urn:uuid:{record_uuid}"
                    )
    return buried
