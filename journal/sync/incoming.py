"""Taking in what the server sent: new items, edits merged with ours, deletions.

Called by the engine inside its ``write()`` transaction for each inbox row; the
status table (``SyncItem``) records, for every server item, what was last agreed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from journal import clock
from journal.db.sync_models import SyncCollection, SyncItem
from journal.services import interactions
from journal.services.errors import JournalError, ValidationError
from journal.services.events import write
from journal.sync import apply as applier
from journal.sync import records, store
from journal.sync.mapping import modified_at, parse_item
from journal.sync.mapping.common import Fields, RenderContext, fields_hash, record_uuid_for
from journal.sync.merge import Conflict, merge
from journal.sync.outcome import Messages, RunState

log = logging.getLogger(__name__)


@dataclass
class Incoming:
    """One item from the server, parsed (``entity`` "foreign" when we do not model it)."""

    collection: SyncCollection
    href: str
    etag: str | None
    text: str
    uid: str = ""
    entity: str = "foreign"
    remote: Fields = field(default_factory=dict)
    remote_at: datetime | None = None

    def keep(self, *, record_uuid: str = "", synced_hash: str = "", problem: str = "") -> None:
        """Record this server version in the status table (for ``record_uuid``, or as a problem)."""
        store.save_item(
            self.collection,
            href=self.href,
            uid=self.uid,
            etag=self.etag,
            entity=self.entity,
            record_uuid=record_uuid,
            content=self.text,
            fields_hash=synced_hash,
            problem=problem,
        )


class IncomingChanges:
    """Applies server items to the journal, merging with local edits."""

    def __init__(self, ctx: RenderContext, messages: Messages) -> None:
        self.ctx = ctx
        self.messages = messages

    def parse(self, collection: SyncCollection, href: str, etag: str | None, text: str) -> Incoming:
        """The server item ``text`` at ``href``, read."""
        incoming = Incoming(collection, href, etag, text)
        parsed = parse_item(collection.kind, text, self.ctx)
        if parsed is not None:
            incoming.uid, incoming.entity, incoming.remote = parsed
            incoming.remote_at = modified_at(collection.kind, text)
        return incoming

    def apply_delete(self, collection: SyncCollection, href: str, run: RunState) -> None:
        """The server item at ``href`` is gone: trash ours unless it was edited here since."""
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

    def apply_change(
        self, collection: SyncCollection, href: str, etag: str | None, text: str, run: RunState
    ) -> None:
        """A new or changed server item: create, update or merge the record it stands for."""
        item = store.item_at(collection, href)
        incoming = self.parse(collection, href, etag, text)
        if incoming.entity == "foreign":
            incoming.keep()
            return
        entity = incoming.entity
        if item is not None and item.entity == entity and item.record_uuid and not item.problem:
            self._update_existing(incoming, item, run)
            return
        record_uuid = record_uuid_for(incoming.uid or href)
        other = SyncItem.get_or_none(
            (SyncItem.entity == entity)
            & (SyncItem.record_uuid == record_uuid)
            & (SyncItem.href != href)
            & (SyncItem.problem == "")
        )
        if other is not None:
            incoming.keep(problem=store.PROBLEM_DUPLICATE)
            return
        local = records.load_by_uuid(entity, [record_uuid]).get(record_uuid)
        if local is not None and local.trashed and fields_hash(incoming.remote) == fields_hash(local.fields):
            # our own upload whose answer was lost (a 500 after the server saved it, a time-out),
            # trashed here since: nobody edited it, so it stays deleted and the next push deletes it
            incoming.keep(record_uuid=record_uuid, synced_hash=fields_hash(local.fields))
            return
        if local is not None and local.trashed:  # deleted here, edited there: the edit survives
            incoming.keep(record_uuid=record_uuid, synced_hash=fields_hash(local.fields))
            item = store.item_at(collection, href)
            assert item is not None
            self._update_existing(incoming, item, run)
            return
        if local is not None:  # our own record met on the server (a lost answer, a 409): base = server's
            incoming.keep(record_uuid=record_uuid, synced_hash=fields_hash(incoming.remote))
            return
        self._create(incoming, record_uuid, run)

    def apply_deferred(self, run: RunState) -> None:
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

    def retry_problems(self, run: RunState) -> None:
        """Items whose person was missing: attach them once the person has arrived."""
        for item in SyncItem.select().where(SyncItem.problem == store.PROBLEM_NO_PERSON):
            collection = SyncCollection.get_by_id(item.collection_id)
            incoming = self.parse(collection, item.href, item.etag, item.content)
            if incoming.entity == "foreign":
                continue
            remote = incoming.remote
            people = [str(remote.get(k) or "") for k in ("contact", "person_a", "person_b") if k in remote]
            if not all(people) or any(records.ids_for_uuids("contact", [p]).get(p) is None for p in people):
                continue
            with write():
                item.delete_instance()
            self._create(incoming, record_uuid_for(incoming.uid or item.href), run)

    def _create(self, incoming: Incoming, record_uuid: str, run: RunState) -> None:
        entity, remote = incoming.entity, incoming.remote
        problem = ""
        try:
            with write():
                record_id = applier.apply(
                    entity, None, remote, uuid=record_uuid, updated_at=incoming.remote_at
                )
        except applier.Unassigned:
            problem = store.PROBLEM_NO_PERSON
        except (ValidationError, JournalError) as exc:
            log.info("a %s from the server was not taken in: %s", entity, exc)
            problem = store.PROBLEM_INVALID
        if problem:
            incoming.keep(problem=problem)
            return
        local = records.load(entity, [record_id])[0]
        if local.fields != remote:
            run.deferred.append((entity, record_id, remote, True))
        incoming.keep(record_uuid=record_uuid, synced_hash=fields_hash(local.fields))
        store.clear_dirty(entity, [record_id])
        run.result.pulled += 1

    def _update_existing(self, incoming: Incoming, item: SyncItem, run: RunState) -> None:
        kind, entity, remote = incoming.collection.kind, item.entity, incoming.remote
        incoming.entity = entity
        parsed_base = parse_item(kind, item.content, self.ctx) if item.content else None
        base = parsed_base[2] if parsed_base is not None else None
        local = records.load_by_uuid(entity, [item.record_uuid]).get(item.record_uuid)
        if local is None:  # deleted here without a tombstone: the server's edit brings it back
            item.delete_instance()
            self._create(incoming, item.record_uuid, run)
            return
        local_changed = fields_hash(local.fields) != item.fields_hash or local.trashed
        if base is not None and fields_hash(base) == fields_hash(remote) and not local.trashed:
            incoming.keep(record_uuid=item.record_uuid, synced_hash=item.fields_hash)
            return  # only what we do not model changed there
        if not local_changed:
            merged, conflicts = remote, list[Conflict]()
        else:
            remote_time = incoming.remote_at or clock.now()
            newer = None if local.updated_at == remote_time else local.updated_at > remote_time
            merged, conflicts = merge(
                base if not local.trashed else local.fields, local.fields, remote, local_newer=newer
            )
        try:
            with write():
                applier.restore_if_trashed(entity, local.id)
                latest = max(t for t in (local.updated_at, incoming.remote_at) if t is not None)
                applier.apply(entity, local.id, merged, uuid=item.record_uuid, updated_at=latest)
                self._conflict_notes(local, conflicts)
        except applier.Unassigned:
            incoming.keep(record_uuid=item.record_uuid, synced_hash=item.fields_hash)
            return
        except (ValidationError, JournalError) as exc:
            log.info("a change to a %s from the server was not taken in: %s", entity, exc)
            incoming.keep(record_uuid=item.record_uuid)
            return
        after = records.load(entity, [local.id])[0]
        if after.fields != merged:
            run.deferred.append((entity, local.id, merged, not local_changed))
        synced_hash = fields_hash(after.fields) if not local_changed else fields_hash(remote)
        incoming.keep(record_uuid=item.record_uuid, synced_hash=synced_hash)
        if synced_hash == fields_hash(after.fields):
            store.clear_dirty(entity, [local.id])
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


def _shown(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v[0]) if isinstance(v, list) and v else str(v) for v in value) or "—"
    return str(value) if value not in (None, "") else "—"
