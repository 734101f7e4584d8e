"""What changed on the server since the last run: the sync-token listing (or, where the server
has none, the etags of everything), the guard against a server that lost most of what it had,
and the answer to a collection that is gone. What it finds waits in the inbox."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from journal.db.sync_models import SyncCollection, SyncInbox, SyncItem
from journal.services.events import write
from journal.sync import davxml, discovery, store
from journal.sync.errors import QT_TRANSLATE_NOOP, NeedsAnswer, OfflineError
from journal.sync.outcome import RunState
from journal.sync.session import DEPTH_ONE_XML, SyncSession
from journal.sync.transport import Reply

log = logging.getLogger(__name__)

MAX_SYNC_PAGES = 1000
MASS_DELETE_MIN = 3


def list_changes(session: SyncSession, collection: SyncCollection, run: RunState) -> None:
    """Put into the inbox what the server changed and removed, with the token to store after."""
    full = collection.kind in run.needs_full or not collection.sync_token
    changed: dict[str, str | None] = {}
    removed: set[str] = set()
    token: str | None = None
    if collection.supports_sync:
        token = "" if full else collection.sync_token
        for _page in range(MAX_SYNC_PAGES):
            reply = _report(session, collection, token)
            if (
                reply.status in (403, 409, 400, 412)
                and token
                and ("valid-sync-token" in davxml.parse_error(reply.body) or reply.status != 403)
            ):
                log.info("sync token refused (%s): listing everything", reply.status)
                full, token, changed, removed = True, "", {}, set()
                continue
            if reply.status in (403, 405, 501) and not token:
                collection.supports_sync = False
                collection.save()
                break
            if reply.status == 404:
                _collection_missing(session, collection)
            if reply.status != 207:
                raise session.server_error(reply, "listing changes")
            answer = davxml.parse_multistatus(reply.body)
            for response in answer.responses:  # a later mention of an href wins (duplicates happen)
                if response.status == 404:
                    removed.add(response.href)
                    changed.pop(response.href, None)
                elif response.etag is not None:
                    changed[response.href] = response.etag
                    removed.discard(response.href)
            token = answer.sync_token or token
            if not answer.truncated:
                break
    if not collection.supports_sync:
        full, token = True, ""
        changed, removed = _etag_listing(session, collection), set()
    own = davxml.canonical_href(urlsplit(collection.url).path)
    changed.pop(own, None)
    changed.pop(own.rstrip("/"), None)
    known = store.known_etags(collection)
    if full:
        removed |= set(known) - set(changed)
    removed &= set(known)
    fetch = {h: e for h, e in changed.items() if known.get(h) != e or e is None}
    _guard_mass_delete(session, collection, removed, known)
    with write():
        for href in removed:
            SyncInbox.insert(
                collection=collection, href=href, etag=None, content=None, deleted=True
            ).on_conflict_replace().execute()
        for href, etag in fetch.items():
            SyncInbox.insert(
                collection=collection, href=href, etag=etag, content=None, deleted=False
            ).on_conflict_replace().execute()
        collection.pending_token = token or ""
        collection.save()
    run.needs_full.discard(collection.kind)


def _report(session: SyncSession, collection: SyncCollection, token: str) -> Reply:
    return session.transport.request(
        "REPORT", collection.url, body=davxml.sync_collection_body(token), headers=DEPTH_ONE_XML
    )


def _etag_listing(session: SyncSession, collection: SyncCollection) -> dict[str, str | None]:
    reply = session.transport.request(
        "PROPFIND",
        collection.url,
        body=davxml.propfind_body([(davxml.DAV, "getetag"), (davxml.DAV, "resourcetype")]),
        headers=DEPTH_ONE_XML,
    )
    if reply.status == 404:
        _collection_missing(session, collection)
    if reply.status != 207:
        raise session.server_error(reply, "listing the items")
    listing: dict[str, str | None] = {}
    for response in davxml.parse_multistatus(reply.body).responses:
        kinds = response.props.get(davxml.tag(davxml.DAV, "resourcetype"))
        if kinds is not None and kinds.find(davxml.tag(davxml.DAV, "collection")) is not None:
            continue
        listing[response.href] = response.etag
    return listing


def _collection_missing(session: SyncSession, collection: SyncCollection) -> None:
    if session.restore_server:
        discovery.recreate_collection(session.transport, collection)
        with write():
            store.forget_collection_items(collection)
        raise OfflineError(QT_TRANSLATE_NOOP("Sync", "The collection was created again; syncing again."))
    raise NeedsAnswer(
        QT_TRANSLATE_NOOP(
            "Sync",
            "The server no longer has the {kind} collection this journal syncs with. "
            "Nothing was deleted here. Upload this journal's items again, or stop syncing?",
        ),
        question="collection_missing",
        kind=collection.kind,
        count=store.synced_count(collection),
        total=store.synced_count(collection),
    )


def _guard_mass_delete(
    session: SyncSession, collection: SyncCollection, removed: set[str], known: dict[str, str | None]
) -> None:
    total = store.synced_count(collection)
    if not removed or len(removed) < MASS_DELETE_MIN or len(removed) * 2 <= total:
        return
    if session.accept_deletions:
        return
    if session.restore_server:  # forget them: the records count as new and are uploaded again
        with write():
            SyncItem.delete().where(
                (SyncItem.collection == collection) & SyncItem.href.in_(sorted(removed))
            ).execute()
        removed.clear()
        return
    raise NeedsAnswer(
        QT_TRANSLATE_NOOP(
            "Sync",
            "The server no longer has {count} of the {total} {kind} this journal synced with it. "
            "That looks like an emptied or different server, so nothing was deleted here. "
            "Delete them here too, or upload them to the server again?",
        ),
        question="mass_delete",
        kind=collection.kind,
        count=len(removed),
        total=total,
    )
