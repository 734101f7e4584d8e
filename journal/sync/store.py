"""The sync bookkeeping in the journal file: collections, item status, inbox, tombstones, change log."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from journal import clock
from journal.db import database
from journal.db.sync_models import SyncCollection, SyncDirty, SyncInbox, SyncItem, SyncTombstone
from journal.sync.records import MODELS

# Which records live in which collection, in the order they are applied.
COLLECTION_ENTITIES: dict[str, tuple[str, ...]] = {
    "contacts": ("contact",),
    "entries": ("deal", "interaction", "introduction"),
    "followups": ("followup",),
}
COLLECTION_ORDER = ("contacts", "entries", "followups")
PROBLEM_NO_PERSON = "no_person"
PROBLEM_INVALID = "invalid"
PROBLEM_DUPLICATE = "duplicate_uid"


@dataclass(frozen=True)
class Pending:
    new: list[int]  # record ids with no server item yet
    gone: list[int]  # SyncItem ids whose record was trashed or deleted
    changed: list[int]  # record ids that may have changed since they were synced


def collections() -> list[SyncCollection]:
    """The journal's sync collections in the order they are synced: contacts, entries, follow-ups."""
    found = {c.kind: c for c in SyncCollection.select()}
    return [found[k] for k in COLLECTION_ORDER if k in found]


def _ids(entity: str, sql: str) -> list[int]:
    """The ids ``sql`` selects, with ``{table}`` the table of ``entity`` records and ``?`` the entity."""
    table = MODELS[entity]._meta.table_name
    return [r[0] for r in database.execute_sql(sql.format(table=table), (entity,))]


def new_records(entity: str) -> list[int]:
    """Ids of the ``entity`` records not in the trash that have no server item yet."""
    return _ids(
        entity,
        "SELECT t.id FROM {table} t WHERE t.deleted_at IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM sync_item s WHERE s.entity = ? AND s.record_uuid = t.uuid) ORDER BY t.id",
    )


def gone_items(entity: str) -> list[int]:
    """Ids of the ``entity`` sync items (without a problem) whose record is in the trash or deleted."""
    return _ids(
        entity,
        "SELECT s.id FROM sync_item s LEFT JOIN {table} t ON t.uuid = s.record_uuid "
        "WHERE s.entity = ? AND s.problem = '' AND (t.id IS NULL OR t.deleted_at IS NOT NULL) ORDER BY s.id",
    )


def changed_records(entity: str, *, everything: bool) -> list[int]:
    """Ids of ``entity`` records out of the trash in the change log (``everything``: all on the server)."""
    if everything:
        return _ids(
            entity,
            "SELECT t.id FROM {table} t JOIN sync_item s ON s.entity = ? AND s.record_uuid = t.uuid "
            "WHERE t.deleted_at IS NULL AND s.problem = ''",
        )
    return _ids(
        entity,
        "SELECT d.row_id FROM sync_dirty d JOIN {table} t ON t.id = d.row_id "
        "WHERE d.entity = ? AND t.deleted_at IS NULL ORDER BY d.row_id",
    )


def pending(entity: str, *, everything: bool = False) -> Pending:
    """What to push for ``entity``: new records, items whose record is gone, records that may have changed."""
    return Pending(new_records(entity), gone_items(entity), changed_records(entity, everything=everything))


def clear_dirty(entity: str, ids: Iterable[int]) -> None:
    """Take these ``entity`` record ids off the change log."""
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        SyncDirty.delete().where((SyncDirty.entity == entity) & SyncDirty.row_id.in_(chunk)).execute()


def items_for_records(entity: str, uuids: Iterable[str]) -> dict[str, SyncItem]:
    """The sync items of the ``entity`` records with these uuids, by record uuid."""
    wanted = sorted(set(uuids))
    found: dict[str, SyncItem] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for item in SyncItem.select().where((SyncItem.entity == entity) & SyncItem.record_uuid.in_(chunk)):
            found[item.record_uuid] = item
    return found


def item_at(collection: SyncCollection, href: str) -> SyncItem | None:
    """The sync item at ``href`` in ``collection``, or None if the journal knows none there."""
    return SyncItem.get_or_none((SyncItem.collection == collection) & (SyncItem.href == href))


def known_etags(collection: SyncCollection) -> dict[str, str | None]:
    """The ETag last seen for each item href in ``collection`` (None where the server gave none)."""
    return dict(
        SyncItem.select(SyncItem.href, SyncItem.etag).where(SyncItem.collection == collection).tuples()
    )


def synced_count(collection: SyncCollection) -> int:
    """How many items of ``collection`` the journal keeps status for, except ones it does not take in."""
    return (
        SyncItem.select().where((SyncItem.collection == collection) & (SyncItem.entity != "foreign")).count()
    )


def save_item(
    collection: SyncCollection,
    *,
    href: str,
    uid: str,
    etag: str | None,
    entity: str,
    record_uuid: str,
    content: str,
    fields_hash: str,
    problem: str = "",
) -> None:
    """Insert or update the status of the item at ``href`` (UID, ETag, record, content, hash), dated now."""
    status = {
        SyncItem.uid: uid,
        SyncItem.etag: etag,
        SyncItem.entity: entity,
        SyncItem.record_uuid: record_uuid,
        SyncItem.content: content,
        SyncItem.fields_hash: fields_hash,
        SyncItem.problem: problem,
        SyncItem.synced_at: clock.now(),
    }
    SyncItem.insert({SyncItem.collection: collection, SyncItem.href: href, **status}).on_conflict(
        conflict_target=[SyncItem.collection, SyncItem.href], update=status
    ).execute()


def tombstones(collection: SyncCollection) -> list[SyncTombstone]:
    """The deletes still to send to ``collection``, oldest first."""
    return list(
        SyncTombstone.select().where(SyncTombstone.collection == collection).order_by(SyncTombstone.id)
    )


def inbox_size(collection: SyncCollection) -> int:
    """How many fetched changes of ``collection`` wait in the inbox to be applied."""
    return SyncInbox.select().where(SyncInbox.collection == collection).count()


def problems() -> list[SyncItem]:
    """The server items that could not be applied (no person here, invalid, duplicate UID), oldest first."""
    return list(SyncItem.select().where(SyncItem.problem != "").order_by(SyncItem.id))


def waiting_count(kinds: Iterable[str] | None = None, *, stop_at_first: bool = False) -> int:
    """Local changes not on the server yet (what the status bar calls "changes waiting")."""
    from journal.sync import records
    from journal.sync.mapping.common import fields_hash

    active = [c for c in collections() if c.state == "ok" and (kinds is None or c.kind in kinds)]
    total = 0
    for collection in active:
        total += len(tombstones(collection))
        for entity in COLLECTION_ENTITIES[collection.kind]:
            found = pending(entity)
            total += len(found.new) + len(found.gone)
            changed = records.load(entity, found.changed)
            items = items_for_records(entity, [r.uuid for r in changed])
            total += sum(
                1 for r in changed if r.uuid in items and fields_hash(r.fields) != items[r.uuid].fields_hash
            )
            if stop_at_first and total:
                return total
    return total


def forget_collection_items(collection: SyncCollection) -> None:
    """Drop what we knew of a collection's items and token (it is being uploaded again)."""
    SyncItem.delete().where(SyncItem.collection == collection).execute()
    SyncInbox.delete().where(SyncInbox.collection == collection).execute()
    collection.sync_token = ""
    collection.pending_token = ""
    collection.save()
