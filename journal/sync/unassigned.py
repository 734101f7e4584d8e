"""Items from the server that could not be attached to anyone: kept, listed, assigned by the user."""

from __future__ import annotations

from dataclasses import dataclass

from journal.db.models import Contact
from journal.db.sync_models import SyncCollection, SyncItem
from journal.services.errors import QT_TRANSLATE_NOOP, NotFoundError
from journal.services.events import write
from journal.sync import apply as applier
from journal.sync import records, store
from journal.sync.mapping import parse_item
from journal.sync.mapping.common import RenderContext, record_uuid_for

TITLE_FIELDS = ("title", "summary", "name", "context")


@dataclass(frozen=True)
class UnassignedItem:
    id: int
    entity: str  # followup | interaction | deal | introduction | contact
    title: str
    problem: str  # no_person | invalid | duplicate_uid


def list_unassigned(limit: int = 500) -> list[UnassignedItem]:
    """The server items waiting to be assigned (up to ``limit``), titled from their content or file name."""
    found = []
    for item in store.problems()[:limit]:
        collection = SyncCollection.get_by_id(item.collection_id)
        parsed = parse_item(collection.kind, item.content, RenderContext())
        title = ""
        if parsed is not None:
            fields = parsed[2]
            title = next((str(fields[k]) for k in TITLE_FIELDS if fields.get(k)), "")
        found.append(
            UnassignedItem(item.id, item.entity, title or item.href.rsplit("/", 1)[-1], item.problem)
        )
    return found


def assign(item_id: int, contact_id: int) -> int:
    """Attach an unassigned follow-up or entry to a contact; it is uploaded with the link at the next sync."""
    item = SyncItem.get_or_none((SyncItem.id == item_id) & (SyncItem.problem != ""))
    if item is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Sync", "That item is no longer waiting to be assigned."))
    person = Contact.get_or_none((Contact.id == contact_id) & Contact.deleted_at.is_null())
    if person is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Validation", "That contact no longer exists."))
    collection = SyncCollection.get_by_id(item.collection_id)
    parsed = parse_item(collection.kind, item.content, RenderContext())
    if parsed is None or "contact" not in parsed[2]:
        raise NotFoundError(QT_TRANSLATE_NOOP("Sync", "That item cannot be attached to one person."))
    uid, entity, fields = parsed
    fields = {**fields, "contact": person.uuid}
    record_uuid = record_uuid_for(uid or item.href)
    with write():
        record_id = applier.apply(entity, None, fields, uuid=record_uuid, updated_at=None)
        store.save_item(
            collection,
            href=item.href,
            uid=uid,
            etag=item.etag,
            entity=entity,
            record_uuid=record_uuid,
            content=item.content,
            fields_hash="",
        )  # "" : upload the link
    return record_id


__all__ = ["UnassignedItem", "assign", "list_unassigned", "records"]
