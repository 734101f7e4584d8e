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
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from journal import clock
from journal.db import sync_models
from journal.db.sync_models import SyncCollection, SyncInbox, SyncItem, SyncTombstone
from journal.services import interactions
from journal.services.errors import JournalError, ValidationError
from journal.services.events import write
from journal.sync import apply as applier
from journal.sync import davxml, discovery, records, store
from journal.sync.errors import QT_TRANSLATE_NOOP, NeedsAnswer, OfflineError, ServerError
from journal.sync.mapping import (
    CONTENT_TYPE,
    EXTENSION,
    modified_at,
    parse_item,
    quick_entity,
    render_item,
    uid_for,
)
from journal.sync.mapping.common import Fields, RenderContext, fields_hash, record_uuid_for
from journal.sync.merge import Conflict, merge
from journal.sync.transport import Reply, Transport

log = logging.getLogger(__name__)

MAX_ROUNDS = 3
FETCH_BATCH = 100
APPLY_BATCH = 200
PUSH_BATCH = 200
MAX_SYNC_PAGES = 1000
MASS_DELETE_MIN = 3
ENTITY_ORDER = {"contact": 0, "deal": 1, "interaction": 2, "introduction": 3, "followup": 4}


@dataclass
class Messages:
    """Texts the engine writes into the journal (the UI passes translated ones)."""

    conflict_summary: str = "Sync conflict: {field}"
    conflict_notes: str = "Kept (the more recent edit): {kept}\nReplaced: {lost}"


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    merged: int = 0
    conflicts: int = 0
    deleted_here: int = 0
    deleted_there: int = 0
    waiting: int = 0
    problems: int = 0
    unsupported: list[str] = field(default_factory=list)
    requests: int = 0


@dataclass
class _Run:
    result: SyncResult
    needs_full: set[str] = field(default_factory=set)  # collection kinds to list in full (a 409 on a new UID)
    stale: set[str] = field(default_factory=set)  # kinds where a push met a newer server version
    # Applied before what they link to had arrived (an introducer later in the same pull):
    # (entity, record id, fields applied, whether the applied fields are what the server has)
    deferred: list[tuple[str, int, Fields, bool]] = field(default_factory=list)


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

    # -- the run ----------------------------------------------------------------------------------

    def run(self) -> SyncResult:
        """Push deletes and changes, then pull, per collection; again (MAX_ROUNDS at most) while any wait."""
        run = _Run(SyncResult())
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
            self._retry_problems(run)
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

    def _push_deletes(self, collection: SyncCollection, run: _Run) -> None:
        for stone in store.tombstones(collection):
            self._check()
            if self._delete(collection, stone.href, stone.etag, run) != "failed":
                # gone, or edited there since: then the edit survives and comes back with the pull
                SyncTombstone.delete().where(SyncTombstone.id == stone.id).execute()
        for entity in store.COLLECTION_ENTITIES[collection.kind]:
            for item_id in store.gone_items(entity):
                self._check()
                item = SyncItem.get_or_none(SyncItem.id == item_id)
                if item is not None and self._delete(collection, item.href, item.etag, run) == "gone":
                    SyncItem.delete().where(SyncItem.id == item_id).execute()

    def _delete(self, collection: SyncCollection, href: str, etag: str | None, run: _Run) -> str:
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

    def _push_changes(self, collection: SyncCollection, run: _Run, *, everything: bool) -> None:
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
        self, collection: SyncCollection, record: records.LocalRecord, item: SyncItem | None, run: _Run
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

    def _adopt(self, collection: SyncCollection, href: str, record: records.LocalRecord, run: _Run) -> bool:
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

    def _pull(self, collection: SyncCollection, run: _Run) -> None:
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

    def _list_changes(self, collection: SyncCollection, run: _Run) -> None:
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

    def _apply_inbox(self, collection: SyncCollection, run: _Run) -> None:
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
                        self._apply_delete(collection, row.href, run)
                    elif row.content is not None:
                        self._apply_change(collection, row.href, row.etag, row.content, run)
                    SyncInbox.delete().where(SyncInbox.id == row.id).execute()
            self.progress("apply", start, len(rows))
        self._apply_deferred(run)
        with write():
            if store.inbox_size(collection) == 0 and collection.pending_token:
                collection.sync_token = collection.pending_token
                collection.pending_token = ""
                collection.save()

    def _apply_deferred(self, run: _Run) -> None:
        """Second pass for records whose links could not be made the first time."""
        deferred, run.deferred = run.deferred, []
        for entity, record_id, wanted, synced in deferred:
            before = records.load(entity, [record_id])
            if not before or before[0].trashed:
                continue
            try:
                with write():
                    applier.apply(
                        entity, record_id, wanted, uuid=before[0].uuid, updated_at=before[0].updated_at
                    )
                    after = records.load(entity, [record_id])[0]
                    items = store.items_for_records(entity, [after.uuid])
                    if synced and after.uuid in items and after.fields == wanted:
                        SyncItem.update(fields_hash=fields_hash(after.fields)).where(
                            SyncItem.id == items[after.uuid].id
                        ).execute()
                        store.clear_dirty(entity, [record_id])
            except (applier.Unassigned, JournalError):
                continue

    def _apply_delete(self, collection: SyncCollection, href: str, run: _Run) -> None:
        item = store.item_at(collection, href)
        if item is None:
            return
        item.delete_instance()
        if item.problem or item.entity == "foreign":
            return
        local = records.load_by_uuid(item.entity, [item.record_uuid]).get(item.record_uuid)
        if local is None or local.trashed:
            return
        if fields_hash(local.fields) != item.fields_hash:
            return  # edited here: the edit survives, and is uploaded again as a new item
        applier.trash(item.entity, local.id)
        run.result.deleted_here += 1

    def _apply_change(
        self, collection: SyncCollection, href: str, etag: str | None, text: str, run: _Run
    ) -> None:
        item = store.item_at(collection, href)
        parsed = parse_item(collection.kind, text, self.ctx)
        if parsed is None:
            store.save_item(
                collection,
                href=href,
                uid="",
                etag=etag,
                entity="foreign",
                record_uuid="",
                content=text,
                fields_hash="",
            )
            return
        uid, entity, remote = parsed
        remote_at = modified_at(collection.kind, text)
        if item is not None and item.entity == entity and item.record_uuid and not item.problem:
            self._update_existing(collection, item, href, etag, text, uid, remote, remote_at, run)
            return
        record_uuid = record_uuid_for(uid) if uid else record_uuid_for(href)
        other = SyncItem.get_or_none(
            (SyncItem.entity == entity)
            & (SyncItem.record_uuid == record_uuid)
            & (SyncItem.href != href)
            & (SyncItem.problem == "")
        )
        if other is not None:
            store.save_item(
                collection,
                href=href,
                uid=uid,
                etag=etag,
                entity=entity,
                record_uuid="",
                content=text,
                fields_hash="",
                problem=store.PROBLEM_DUPLICATE,
            )
            return
        local = records.load_by_uuid(entity, [record_uuid]).get(record_uuid)
        if local is not None and local.trashed:  # deleted here, edited there: the edit survives
            store.save_item(
                collection,
                href=href,
                uid=uid,
                etag=etag,
                entity=entity,
                record_uuid=record_uuid,
                content=text,
                fields_hash=fields_hash(local.fields),
            )
            item = store.item_at(collection, href)
            assert item is not None
            self._update_existing(collection, item, href, etag, text, uid, remote, remote_at, run)
            return
        if (
            local is not None
        ):  # our own record met on the server (a lost answer, a 409): the server copy is the base
            store.save_item(
                collection,
                href=href,
                uid=uid,
                etag=etag,
                entity=entity,
                record_uuid=record_uuid,
                content=text,
                fields_hash=fields_hash(remote),
            )
            return
        self._create(collection, href, etag, text, uid, entity, record_uuid, remote, remote_at, run)

    def _create(
        self,
        collection: SyncCollection,
        href: str,
        etag: str | None,
        text: str,
        uid: str,
        entity: str,
        record_uuid: str,
        remote: Fields,
        remote_at: datetime | None,
        run: _Run,
    ) -> None:
        problem = ""
        try:
            with write():
                record_id = applier.apply(entity, None, remote, uuid=record_uuid, updated_at=remote_at)
        except applier.Unassigned:
            problem = store.PROBLEM_NO_PERSON
        except (ValidationError, JournalError) as exc:
            log.info("a %s from the server was not taken in: %s", entity, exc)
            problem = store.PROBLEM_INVALID
        if problem:
            store.save_item(
                collection,
                href=href,
                uid=uid,
                etag=etag,
                entity=entity,
                record_uuid="",
                content=text,
                fields_hash="",
                problem=problem,
            )
            return
        local = records.load(entity, [record_id])[0]
        if local.fields != remote:
            run.deferred.append((entity, record_id, remote, True))
        store.save_item(
            collection,
            href=href,
            uid=uid,
            etag=etag,
            entity=entity,
            record_uuid=record_uuid,
            content=text,
            fields_hash=fields_hash(local.fields),
        )
        store.clear_dirty(entity, [record_id])
        run.result.pulled += 1

    def _update_existing(
        self,
        collection: SyncCollection,
        item: SyncItem,
        href: str,
        etag: str | None,
        text: str,
        uid: str,
        remote: Fields,
        remote_at: datetime | None,
        run: _Run,
    ) -> None:
        parsed_base = parse_item(collection.kind, item.content, self.ctx) if item.content else None
        base = parsed_base[2] if parsed_base is not None else None
        local = records.load_by_uuid(item.entity, [item.record_uuid]).get(item.record_uuid)
        if local is None:  # deleted here without a tombstone: the server's edit brings it back
            item.delete_instance()
            self._create(
                collection, href, etag, text, uid, item.entity, item.record_uuid, remote, remote_at, run
            )
            return
        local_changed = fields_hash(local.fields) != item.fields_hash or local.trashed
        if base is not None and fields_hash(base) == fields_hash(remote) and not local.trashed:
            store.save_item(
                collection,
                href=href,
                uid=uid,
                etag=etag,
                entity=item.entity,
                record_uuid=item.record_uuid,
                content=text,
                fields_hash=item.fields_hash,
            )
            return  # only what we do not model changed there
        if not local_changed:
            merged, conflicts = remote, list[Conflict]()
        else:
            local_at = local.updated_at
            remote_time = remote_at or clock.now()
            newer = None if local_at == remote_time else local_at > remote_time
            merged, conflicts = merge(
                base if not local.trashed else local.fields, local.fields, remote, local_newer=newer
            )
        try:
            with write():
                applier.restore_if_trashed(item.entity, local.id)
                latest = max(t for t in (local.updated_at, remote_at) if t is not None)
                applier.apply(item.entity, local.id, merged, uuid=item.record_uuid, updated_at=latest)
                self._conflict_notes(local, conflicts)
        except applier.Unassigned:
            store.save_item(
                collection,
                href=href,
                uid=uid,
                etag=etag,
                entity=item.entity,
                record_uuid=item.record_uuid,
                content=text,
                fields_hash=item.fields_hash,
            )
            return
        except (ValidationError, JournalError) as exc:
            log.info("a change to a %s from the server was not taken in: %s", item.entity, exc)
            store.save_item(
                collection,
                href=href,
                uid=uid,
                etag=etag,
                entity=item.entity,
                record_uuid=item.record_uuid,
                content=text,
                fields_hash="",
            )
            return
        after = records.load(item.entity, [local.id])[0]
        if after.fields != merged:
            run.deferred.append((item.entity, local.id, merged, not local_changed))
        synced_hash = fields_hash(after.fields) if not local_changed else fields_hash(remote)
        store.save_item(
            collection,
            href=href,
            uid=uid,
            etag=etag,
            entity=item.entity,
            record_uuid=item.record_uuid,
            content=text,
            fields_hash=synced_hash,
        )
        if synced_hash == fields_hash(after.fields):
            store.clear_dirty(item.entity, [local.id])
        run.result.pulled += 1
        if local_changed:
            run.result.merged += 1
        run.result.conflicts += len(conflicts)

    def _conflict_notes(self, local: records.LocalRecord, conflicts: list[Conflict]) -> None:
        for conflict in conflicts:  # only the journal that meets the conflict writes the note
            if not local.contact_ids:
                continue
            interactions.log_interaction(
                contact_id=local.contact_ids[0],
                kind=local.kind if local.kind in ("networking", "sales") else "networking",
                channel="other",
                summary=self.messages.conflict_summary.format(field=conflict.field.replace("_", " ")),
                notes=self.messages.conflict_notes.format(
                    lost=_shown(conflict.lost), kept=_shown(conflict.kept)
                ),
            )

    def _retry_problems(self, run: _Run) -> None:
        """Items whose person was missing: attach them once the person has arrived."""
        for item in SyncItem.select().where(SyncItem.problem == store.PROBLEM_NO_PERSON):
            collection = SyncCollection.get_by_id(item.collection_id)
            parsed = parse_item(collection.kind, item.content, self.ctx)
            if parsed is None:
                continue
            uid, entity, remote = parsed
            people = [str(remote.get(k) or "") for k in ("contact", "person_a", "person_b") if k in remote]
            if not all(people) or any(records.ids_for_uuids("contact", [p]).get(p) is None for p in people):
                continue
            with write():
                item.delete_instance()
            self._create(
                collection,
                item.href,
                item.etag,
                item.content,
                uid,
                entity,
                record_uuid_for(uid) if uid else record_uuid_for(item.href),
                remote,
                modified_at(collection.kind, item.content),
                run,
            )


def _shown(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v[0]) if isinstance(v, list) and v else str(v) for v in value) or "—"
    return str(value) if value not in (None, "") else "—"
