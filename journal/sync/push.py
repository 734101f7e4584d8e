"""The push phases of a sync run: deletes first, then new and changed records, one request each."""

from __future__ import annotations

import logging

from journal.db.sync_models import SyncCollection, SyncItem, SyncTombstone
from journal.services.events import write
from journal.sync import records, store
from journal.sync.mapping import CONTENT_TYPE, parse_item, render_item, uid_for
from journal.sync.mapping.common import fields_hash, record_uuid_for
from journal.sync.outcome import RunState
from journal.sync.session import SyncSession

log = logging.getLogger(__name__)

PUSH_BATCH = 200


def push_deletes(session: SyncSession, collection: SyncCollection, run: RunState) -> None:
    """Delete on the server what was deleted here (tombstones, and items whose record is gone)."""
    for stone in store.tombstones(collection):
        session.check()
        # no href: a record never confirmed there (an upload's answer may have been lost)
        href = stone.href or session.href_for(collection, record_uuid_for(stone.uid))
        if _delete(session, collection, href, stone.etag, run) != "failed":
            # gone, or edited there since: then the edit survives and comes back with the pull
            SyncTombstone.delete().where(SyncTombstone.id == stone.id).execute()
    for entity in store.COLLECTION_ENTITIES[collection.kind]:
        for item_id in store.gone_items(entity):
            session.check()
            item = SyncItem.get_or_none(SyncItem.id == item_id)
            if item is not None and _delete(session, collection, item.href, item.etag, run) == "gone":
                SyncItem.delete().where(SyncItem.id == item_id).execute()


def _delete(
    session: SyncSession, collection: SyncCollection, href: str, etag: str | None, run: RunState
) -> str:
    """ "gone" (deleted or not there), "changed" (edited on the server: the edit wins) or "failed"."""
    headers = {"If-Match": etag} if etag else {}
    reply = session.transport.request("DELETE", session.url(collection, href), headers=headers)
    if reply.ok or reply.status in (404, 410):
        run.result.deleted_there += 1 if reply.ok else 0
        return "gone"
    if reply.status == 412:
        run.stale.add(collection.kind)
        return "changed"
    if reply.status >= 500:
        raise session.server_error(reply, "deleting an item")
    log.warning("DELETE refused with %s", reply.status)
    return "failed"


def push_changes(
    session: SyncSession, collection: SyncCollection, run: RunState, *, everything: bool
) -> None:
    """Upload the collection's new and changed records, in batches marked clean as they go."""
    for entity in store.COLLECTION_ENTITIES[collection.kind]:
        found = store.pending(entity, everything=everything)
        ids = sorted(set(found.new) | set(found.changed))
        for start in range(0, len(ids), PUSH_BATCH):
            session.check()
            batch = records.load(entity, ids[start : start + PUSH_BATCH])
            session.names_for(batch)
            items = store.items_for_records(entity, [r.uuid for r in batch])
            done: list[int] = []
            for record in batch:
                item = items.get(record.uuid)
                if item is not None and item.problem:
                    continue
                if item is not None and fields_hash(record.fields) == item.fields_hash:
                    done.append(record.id)
                    continue
                if _put(session, collection, record, item, run):
                    done.append(record.id)
                session.progress("push", start + len(done), len(ids))
            with write():
                store.clear_dirty(entity, done)


def _put(
    session: SyncSession,
    collection: SyncCollection,
    record: records.LocalRecord,
    item: SyncItem | None,
    run: RunState,
) -> bool:
    if item is not None and item.etag is None:
        run.stale.add(collection.kind)  # the server did not tell the etag: learn it by pulling
        return False
    href = item.href if item is not None else session.href_for(collection, record.uuid)
    uid = item.uid if item is not None else uid_for(record.entity, record.uuid)
    session.ctx.vcard_version = collection.vcard_version
    text = render_item(
        record.entity,
        record.fields,
        uid=uid,
        base=item.content if item else None,
        ctx=session.ctx,
        updated_at=record.updated_at,
    )
    headers = {"Content-Type": CONTENT_TYPE[collection.kind]}
    headers.update({"If-Match": item.etag} if item is not None and item.etag else {"If-None-Match": "*"})
    reply = session.transport.request(
        "PUT", session.url(collection, href), body=text.encode("utf-8"), headers=headers
    )
    if reply.ok:
        etag = reply.header("etag")
        with write():
            store.save_item(
                collection,
                href=href,
                uid=uid,
                etag=etag if etag and not etag.startswith("W/") else None,
                entity=record.entity,
                record_uuid=record.uuid,
                content=text,
                fields_hash=fields_hash(record.fields),
            )
        run.result.pushed += 1
        return True
    if reply.status == 412 and item is None:
        return _adopt(session, collection, href, record, run)
    if reply.status == 412:
        run.stale.add(collection.kind)
        return False
    if reply.status == 409 and item is None:
        run.needs_full.add(collection.kind)  # the UID lives at another href: the full listing finds it
        return False
    if reply.status >= 500:
        raise session.server_error(reply, "saving an item")
    log.warning("PUT of a %s refused with %s", record.entity, reply.status)
    return False


def _adopt(
    session: SyncSession, collection: SyncCollection, href: str, record: records.LocalRecord, run: RunState
) -> bool:
    """Our new item is already there (an earlier answer was lost): take the server's copy as the base."""
    reply = session.transport.request("GET", session.url(collection, href))
    if reply.status != 200:
        if reply.status >= 500:
            raise session.server_error(reply, "reading an item")
        return False
    text = reply.body.decode("utf-8", errors="replace")
    parsed = parse_item(collection.kind, text, session.ctx)
    if parsed is None:
        return False
    uid, entity, fields = parsed
    with write():
        store.save_item(
            collection,
            href=href,
            uid=uid,
            etag=reply.header("etag"),
            entity=entity,
            record_uuid=record.uuid,
            content=text,
            fields_hash=fields_hash(fields),
        )
    run.stale.add(collection.kind)
    return fields_hash(fields) == fields_hash(record.fields)
