"""The pull phase of a sync run: list what changed into the inbox, fetch it, apply it.

Fetched changes wait in the inbox until applied; the new sync token is stored only when
the inbox is empty, so a run cut anywhere picks up where it stopped."""

from __future__ import annotations

from journal.db.sync_models import SyncCollection, SyncInbox
from journal.services.events import write
from journal.sync import davxml, store
from journal.sync.incoming import IncomingChanges
from journal.sync.listing import list_changes
from journal.sync.mapping import quick_entity
from journal.sync.outcome import RunState
from journal.sync.session import DEPTH_ONE_XML, SyncSession

FETCH_BATCH = 100
APPLY_BATCH = 200
ENTITY_ORDER = {"contact": 0, "deal": 1, "interaction": 2, "introduction": 3, "followup": 4}


def pull(session: SyncSession, incoming: IncomingChanges, collection: SyncCollection, run: RunState) -> None:
    """Take in what the server changed: a new listing once the inbox is empty, then fetch and apply."""
    session.check()
    if store.inbox_size(collection) == 0:
        list_changes(session, collection, run)
    _fetch(session, collection)
    _apply_inbox(session, incoming, collection, run)


def _fetch(session: SyncSession, collection: SyncCollection) -> None:
    while True:
        session.check()
        batch = list(
            SyncInbox.select()
            .where((SyncInbox.collection == collection) & SyncInbox.content.is_null() & ~SyncInbox.deleted)
            .order_by(SyncInbox.id)
            .limit(FETCH_BATCH)
        )
        if not batch:
            return
        reply = session.transport.request(
            "REPORT",
            collection.url,
            body=davxml.multiget_body(collection.kind, [r.href for r in batch]),
            headers=DEPTH_ONE_XML,
        )
        if reply.status != 207:
            raise session.server_error(reply, "fetching changes")
        answer = davxml.parse_multistatus(reply.body)
        data_tag = "address-data" if collection.kind == "contacts" else "calendar-data"
        data_ns = davxml.CARDDAV if collection.kind == "contacts" else davxml.CALDAV
        got: dict[str, tuple[int, str | None, str | None]] = {}
        for response in answer.responses:
            got[response.href] = (response.status, response.etag, response.text(data_ns, data_tag))
        with write():
            for row in batch:
                status, etag, text = got.get(row.href, (0, None, None))
                if status == 404:
                    row.deleted = True
                elif text is None:
                    text, etag, status = _get(session, collection, row.href)
                    if status == 404:
                        row.deleted = True
                if text is not None and not row.deleted:
                    row.content = text
                    row.etag = etag or row.etag
                    row.save()
                elif row.deleted:
                    row.save()
                session.progress("fetch", 0, 0)


def _get(session: SyncSession, collection: SyncCollection, href: str) -> tuple[str | None, str | None, int]:
    reply = session.transport.request("GET", session.url(collection, href))
    if reply.status == 200:
        return reply.body.decode("utf-8", errors="replace"), reply.header("etag"), 200
    if reply.status in (404, 410):
        return None, None, 404
    raise session.server_error(reply, "fetching an item")


def _apply_inbox(
    session: SyncSession, incoming: IncomingChanges, collection: SyncCollection, run: RunState
) -> None:
    rows = list(SyncInbox.select().where(SyncInbox.collection == collection).order_by(SyncInbox.id))
    rows.sort(
        key=lambda r: (
            1 if r.deleted else 0,
            ENTITY_ORDER.get(quick_entity(collection.kind, r.content or ""), 9),
        )
    )
    for start in range(0, len(rows), APPLY_BATCH):
        session.check()
        with write():
            for row in rows[start : start + APPLY_BATCH]:
                if row.deleted:
                    incoming.apply_delete(collection, row.href, run)
                elif row.content is not None:
                    incoming.apply_change(collection, row.href, row.etag, row.content, run)
                SyncInbox.delete().where(SyncInbox.id == row.id).execute()
        session.progress("apply", start, len(rows))
    incoming.apply_deferred(run)
    with write():
        if store.inbox_size(collection) == 0 and collection.pending_token:
            collection.sync_token = collection.pending_token
            collection.pending_token = ""
            collection.save()
