"""One sync run: push deletes -> push changes -> pull -> merge -> commit.

Every step that changes the journal is one transaction, and the server's
state only ever moves forward by single PUT/DELETE requests, so a run cut
anywhere (network, kill -9) leaves both sides consistent; the next run picks
up from the status table, the inbox and the tombstones:

- a PUT whose answer was lost: the next ``If-None-Match: *`` gets 412, and the
  server's item is adopted (no duplicate UID ever);
- an edit pushed with ``If-Match`` that meets a newer server version (412)
  waits for the pull, is merged, and goes out in the next round;
- fetched changes wait in the inbox until applied; the new sync token is
  stored only when the inbox is empty.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from journal.db import sync_models
from journal.db.sync_models import SyncCollection, SyncInbox, SyncItem, SyncTombstone
from journal.services.events import write
from journal.sync import davxml, discovery, records, store
from journal.sync.errors import QT_TRANSLATE_NOOP, NeedsAnswer, OfflineError, ServerError
from journal.sync.incoming import IncomingChanges
from journal.sync.mapping import (
    CONTENT_TYPE,
    EXTENSION,
    parse_item,
    quick_entity,
    render_item,
    uid_for,
)
from journal.sync.mapping.common import RenderContext, fields_hash, record_uuid_for
from journal.sync.outcome import Messages, RunState, SyncResult
from journal.sync.transport import Reply, Transport

log = logging.getLogger(__name__)

MAX_ROUNDS = 3
FETCH_BATCH = 100
APPLY_BATCH = 200
PUSH_BATCH = 200
MAX_SYNC_PAGES = 1000
MASS_DELETE_MIN = 3
ENTITY_ORDER = {"contact": 0, "deal": 1, "interaction": 2, "introduction": 3, "followup": 4}


class SyncEngine:
    def __init__(
        self,
        transport: Transport,
        *,
        messages: Messages | None = None,
        accept_deletions: bool = False,
        restore_server: bool = False,
        progress: Callable[[str, int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.transport = transport
        self.messages = messages or Messages()
        self.accept_deletions = accept_deletions
        self.restore_server = restore_server
        self.progress = progress or (lambda _step, _done, _total: None)
        self.cancelled = cancelled or (lambda: False)
        self.ctx = RenderContext()
        self.incoming = IncomingChanges(self.ctx, self.messages)

    # -- the run ----------------------------------------------------------------------------------

    def run(self) -> SyncResult:
        """Push deletes and changes, then pull, per collection; again (MAX_ROUNDS at most) while any wait."""
        run = RunState(SyncResult())
        everything = sync_models.install_change_log()
        active = [c for c in store.collections() if c.state == "ok"]
        run.result.unsupported = [c.kind for c in store.collections() if c.state == "unsupported"]
        for round_number in range(MAX_ROUNDS):
            for collection in reversed(active):
                self._push_deletes(collection, run)
            for collection in active:
                self._push_changes(collection, run, everything=everything and round_number == 0)
            for collection in active:
                self._pull(collection, run)
            self.incoming.retry_problems(run)
            if not self._anything_to_push(active):
                break
        run.result.waiting = self._waiting(active)
        run.result.problems = len(store.problems())
        run.result.requests = self.transport.counters.requests
        return run.result

    def _anything_to_push(self, active: list[SyncCollection]) -> bool:
        return store.waiting_count([c.kind for c in active], stop_at_first=True) > 0

    def _waiting(self, active: list[SyncCollection]) -> int:
        return store.waiting_count([c.kind for c in active])

    # -- helpers ----------------------------------------------------------------------------------

    def _url(self, collection: SyncCollection, href: str) -> str:
        return urljoin(collection.url, href)

    def _href_for(self, collection: SyncCollection, record_uuid: str) -> str:
        base = davxml.canonical_href(urlsplit(collection.url).path)
        if not base.endswith("/"):
            base += "/"
        return davxml.canonical_href(base + record_uuid + EXTENSION[collection.kind])

    def _check(self) -> None:
        if self.cancelled():
            raise OfflineError(QT_TRANSLATE_NOOP("Sync", "Sync was stopped."))

    def _server_error(self, reply: Reply, what: str) -> ServerError:
        return ServerError(
            QT_TRANSLATE_NOOP(
                "Sync", "The server failed while {what} (HTTP {status}); the next sync tries again."
            ),
            status=reply.status,
            what=what,
        )

    def _names_for(self, recs: list[records.LocalRecord]) -> None:
        wanted = set()
        for r in recs:
            wanted |= records.referenced_uuids(r)
        self.ctx.contact_names.update(records.contact_names(wanted - set(self.ctx.contact_names)))

    # -- push ---------------------------------------------------------------------------------------

    def _push_deletes(self, collection: SyncCollection, run: RunState) -> None:
        for stone in store.tombstones(collection):
            self._check()
            # no href: a record never confirmed there (an upload's answer may have been lost)
            href = stone.href or self._href_for(collection, record_uuid_for(stone.uid))
            if self._delete(collection, href, stone.etag, run) != "failed":
                # gone, or edited there since: then the edit survives and comes back with the pull
                SyncTombstone.delete().where(SyncTombstone.id == stone.id).execute()
        for entity in store.COLLECTION_ENTITIES[collection.kind]:
            for item_id in store.gone_items(entity):
                self._check()
                item = SyncItem.get_or_none(SyncItem.id == item_id)
                if item is not None and self._delete(collection, item.href, item.etag, run) == "gone":
                    SyncItem.delete().where(SyncItem.id == item_id).execute()

    def _delete(self, collection: SyncCollection, href: str, etag: str | None, run: RunState) -> str:
        """ "gone" (deleted or not there), "changed" (edited on the server: the edit wins) or "failed"."""
        headers = {"If-Match": etag} if etag else {}
        reply = self.transport.request("DELETE", self._url(collection, href), headers=headers)
        if reply.ok or reply.status in (404, 410):
            run.result.deleted_there += 1 if reply.ok else 0
            return "gone"
        if reply.status == 412:
            run.stale.add(collection.kind)
            return "changed"
        if reply.status >= 500:
            raise self._server_error(reply, "deleting an item")
        log.warning("DELETE refused with %s", reply.status)
        return "failed"

    def _push_changes(self, collection: SyncCollection, run: RunState, *, everything: bool) -> None:
        for entity in store.COLLECTION_ENTITIES[collection.kind]:
            found = store.pending(entity, everything=everything)
            ids = sorted(set(found.new) | set(found.changed))
            for start in range(0, len(ids), PUSH_BATCH):
                self._check()
                batch = records.load(entity, ids[start : start + PUSH_BATCH])
                self._names_for(batch)
                items = store.items_for_records(entity, [r.uuid for r in batch])
                done: list[int] = []
                for record in batch:
                    item = items.get(record.uuid)
                    if item is not None and item.problem:
                        continue
                    if item is not None and fields_hash(record.fields) == item.fields_hash:
                        done.append(record.id)
                        continue
                    if self._put(collection, record, item, run):
                        done.append(record.id)
                    self.progress("push", start + len(done), len(ids))
                with write():
                    store.clear_dirty(entity, done)

    def _put(
        self, collection: SyncCollection, record: records.LocalRecord, item: SyncItem | None, run: RunState
    ) -> bool:
        if item is not None and item.etag is None:
            run.stale.add(collection.kind)  # the server did not tell the etag: learn it by pulling
            return False
        href = item.href if item is not None else self._href_for(collection, record.uuid)
        uid = item.uid if item is not None else uid_for(record.entity, record.uuid)
        self.ctx.vcard_version = collection.vcard_version
        text = render_item(
            record.entity,
            record.fields,
            uid=uid,
            base=item.content if item else None,
            ctx=self.ctx,
            updated_at=record.updated_at,
        )
        headers = {"Content-Type": CONTENT_TYPE[collection.kind]}
        headers.update({"If-Match": item.etag} if item is not None and item.etag else {"If-None-Match": "*"})
        reply = self.transport.request(
            "PUT", self._url(collection, href), body=text.encode("utf-8"), headers=headers
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
            return self._adopt(collection, href, record, run)
        if reply.status == 412:
            run.stale.add(collection.kind)
            return False
        if reply.status == 409 and item is None:
            run.needs_full.add(collection.kind)  # the UID lives at another href: the full listing finds it
            return False
        if reply.status >= 500:
            raise self._server_error(reply, "saving an item")
        log.warning("PUT of a %s refused with %s", record.entity, reply.status)
        return False

    def _adopt(
        self, collection: SyncCollection, href: str, record: records.LocalRecord, run: RunState
    ) -> bool:
        """Our new item is already there (an earlier answer was lost): take the server's copy as the base."""
        reply = self.transport.request("GET", self._url(collection, href))
        if reply.status != 200:
            if reply.status >= 500:
                raise self._server_error(reply, "reading an item")
            return False
        text = reply.body.decode("utf-8", errors="replace")
        parsed = parse_item(collection.kind, text, self.ctx)
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

    # -- pull: listing ---------------------------------------------------------------------------

    def _pull(self, collection: SyncCollection, run: RunState) -> None:
        self._check()
        if store.inbox_size(collection) == 0:
            self._list_changes(collection, run)
        self._fetch(collection)
        self._apply_inbox(collection, run)

    def _report(self, collection: SyncCollection, token: str) -> Reply:
        return self.transport.request(
            "REPORT",
            collection.url,
            body=davxml.sync_collection_body(token),
            headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
        )

    def _list_changes(self, collection: SyncCollection, run: RunState) -> None:
        full = collection.kind in run.needs_full or not collection.sync_token
        changed: dict[str, str | None] = {}
        removed: set[str] = set()
        token: str | None = None
        if collection.supports_sync:
            token = "" if full else collection.sync_token
            for _page in range(MAX_SYNC_PAGES):
                reply = self._report(collection, token)
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
                    self._collection_missing(collection)
                if reply.status != 207:
                    raise self._server_error(reply, "listing changes")
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
            changed, removed = self._etag_listing(collection), set()
        own = davxml.canonical_href(urlsplit(collection.url).path)
        changed.pop(own, None)
        changed.pop(own.rstrip("/"), None)
        known = store.known_etags(collection)
        if full:
            removed |= set(known) - set(changed)
        removed &= set(known)
        fetch = {h: e for h, e in changed.items() if known.get(h) != e or e is None}
        self._guard_mass_delete(collection, removed, known)
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

    def _etag_listing(self, collection: SyncCollection) -> dict[str, str | None]:
        reply = self.transport.request(
            "PROPFIND",
            collection.url,
            body=davxml.propfind_body([(davxml.DAV, "getetag"), (davxml.DAV, "resourcetype")]),
            headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
        )
        if reply.status == 404:
            self._collection_missing(collection)
        if reply.status != 207:
            raise self._server_error(reply, "listing the items")
        listing: dict[str, str | None] = {}
        for response in davxml.parse_multistatus(reply.body).responses:
            kinds = response.props.get(davxml.tag(davxml.DAV, "resourcetype"))
            if kinds is not None and kinds.find(davxml.tag(davxml.DAV, "collection")) is not None:
                continue
            listing[response.href] = response.etag
        return listing

    def _collection_missing(self, collection: SyncCollection) -> None:
        if self.restore_server:
            discovery.recreate_collection(self.transport, collection)
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
        self, collection: SyncCollection, removed: set[str], known: dict[str, str | None]
    ) -> None:
        total = store.synced_count(collection)
        if not removed or len(removed) < MASS_DELETE_MIN or len(removed) * 2 <= total:
            return
        if self.accept_deletions:
            return
        if self.restore_server:  # forget them: the records count as new and are uploaded again
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

    # -- pull: fetching ------------------------------------------------------------------------------

    def _fetch(self, collection: SyncCollection) -> None:
        while True:
            self._check()
            batch = list(
                SyncInbox.select()
                .where(
                    (SyncInbox.collection == collection) & SyncInbox.content.is_null() & ~SyncInbox.deleted
                )
                .order_by(SyncInbox.id)
                .limit(FETCH_BATCH)
            )
            if not batch:
                return
            reply = self.transport.request(
                "REPORT",
                collection.url,
                body=davxml.multiget_body(collection.kind, [r.href for r in batch]),
                headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
            )
            if reply.status != 207:
                raise self._server_error(reply, "fetching changes")
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
                        text, etag, status = self._get(collection, row.href)
                        if status == 404:
                            row.deleted = True
                    if text is not None and not row.deleted:
                        row.content = text
                        row.etag = etag or row.etag
                        row.save()
                    elif row.deleted:
                        row.save()
                    self.progress("fetch", 0, 0)

    def _get(self, collection: SyncCollection, href: str) -> tuple[str | None, str | None, int]:
        reply = self.transport.request("GET", self._url(collection, href))
        if reply.status == 200:
            return reply.body.decode("utf-8", errors="replace"), reply.header("etag"), 200
        if reply.status in (404, 410):
            return None, None, 404
        raise self._server_error(reply, "fetching an item")

    # -- pull: applying -------------------------------------------------------------------------------

    def _apply_inbox(self, collection: SyncCollection, run: RunState) -> None:
        rows = list(SyncInbox.select().where(SyncInbox.collection == collection).order_by(SyncInbox.id))
        rows.sort(
            key=lambda r: (
                1 if r.deleted else 0,
                ENTITY_ORDER.get(quick_entity(collection.kind, r.content or ""), 9),
            )
        )
        for start in range(0, len(rows), APPLY_BATCH):
            self._check()
            with write():
                for row in rows[start : start + APPLY_BATCH]:
                    if row.deleted:
                        self.incoming.apply_delete(collection, row.href, run)
                    elif row.content is not None:
                        self.incoming.apply_change(collection, row.href, row.etag, row.content, run)
                    SyncInbox.delete().where(SyncInbox.id == row.id).execute()
            self.progress("apply", start, len(rows))
        self.incoming.apply_deferred(run)
        with write():
            if store.inbox_size(collection) == 0 and collection.pending_token:
                collection.sync_token = collection.pending_token
                collection.pending_token = ""
                collection.save()
