"""The trash: everything deleted, restorable until the trash is emptied."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from journal.db import database, sync_models
from journal.db.fields import parse_utc
from journal.db.models import Contact, Deal, FollowUp, Interaction, Introduction, Objection, Quota
from journal.services import contacts, deals, derived, followups, interactions, introductions, quotas
from journal.services.derived import refresh_contact_stats
from journal.services.errors import QT_TRANSLATE_NOOP, JournalError, NotFoundError
from journal.services.events import Action, Entity, changes, write


@dataclass(frozen=True)
class TrashItem:
    entity: str  # contact | interaction | followup | deal | introduction | objection | quota
    id: int
    title: str
    contact_name: str
    deleted_at: datetime


_RESTORE: dict[str, Callable[[int], None]] = {
    "contact": contacts.restore_contact,
    "interaction": interactions.restore_interaction,
    "followup": followups.restore_followup,
    "deal": deals.restore_deal,
    "introduction": introductions.restore_introduction,
    "objection": interactions.restore_objection,
    "quota": quotas.restore_quota,
}


def list_trash(limit: int = 1000) -> list[TrashItem]:
    """Trashed items, newest first. Children trashed with their contact are shown once."""
    items: list[TrashItem] = [
        TrashItem("contact", c.id, c.name, c.name, c.deleted_at)
        for c in Contact.select().where(Contact.deleted_at.is_null(False))
    ]
    # From the few trashed rows (their partial index, named: with planner statistics SQLite
    # preferred to walk every contact and read each one's entries, seconds on a big journal)
    # to their contact. Children trashed with their contact are left out.
    for table, entity, title in (
        ("interaction", "interaction", "summary"),
        ("follow_up", "followup", "title"),
        ("deal", "deal", "title"),
    ):
        rows = database.execute_sql(
            f"""SELECT t.id, t.{title}, c.name, t.deleted_at
                FROM {table} t INDEXED BY {table}_trashed CROSS JOIN contact c ON c.id = t.contact_id
                WHERE t.deleted_at IS NOT NULL AND c.deleted_at IS NULL"""
        ).fetchall()
        items.extend(TrashItem(entity, r[0], r[1], r[2], parse_utc(r[3])) for r in rows)
    # An introduction trashed together with one of its people comes back with that person.
    rows = database.execute_sql(
        """SELECT i.id, i.context, a.name, b.name, i.deleted_at
           FROM introduction i INDEXED BY introduction_trashed
           CROSS JOIN contact a ON a.id = i.person_a_id CROSS JOIN contact b ON b.id = i.person_b_id
           WHERE i.deleted_at IS NOT NULL AND a.deleted_at IS NULL AND b.deleted_at IS NULL"""
    ).fetchall()
    for intro_id, context, a_name, b_name, deleted_at in rows:
        title = f"{a_name} → {b_name}"
        items.append(TrashItem("introduction", intro_id, context or title, title, parse_utc(deleted_at)))
    items.extend(_objections_and_quotas())
    items.sort(key=lambda i: i.deleted_at, reverse=True)
    return items[:limit]


def _trashed_objections() -> list[tuple[int, str, str, str, str]]:
    """(id, category, detail, contact name, deleted_at) of the objections removed from an entry
    that is still live (an entry in the trash keeps its own), from their partial index."""
    return database.execute_sql(
        """SELECT o.id, o.category, o.detail, c.name, o.deleted_at
           FROM objection o INDEXED BY objection_trashed
           CROSS JOIN interaction i ON i.id = o.interaction_id CROSS JOIN contact c ON c.id = i.contact_id
           WHERE o.deleted_at IS NOT NULL AND i.deleted_at IS NULL AND c.deleted_at IS NULL"""
    ).fetchall()


def _objections_and_quotas() -> list[TrashItem]:
    items = [
        TrashItem("objection", oid, " · ".join(t for t in (category, detail) if t), name, parse_utc(deleted))
        for oid, category, detail, name, deleted in _trashed_objections()
    ]
    for q in Quota.select().where(Quota.deleted_at.is_null(False)):
        title = f"{q.period_start.isoformat()} ({q.period}): {format(q.amount, 'f')} {q.currency}"
        items.append(TrashItem("quota", q.id, title, "", q.deleted_at))
    return items


def restore_many(items: Sequence[tuple[str, int]]) -> list[tuple[str, int, JournalError]]:
    """Restore several items (entity, id) in one transaction, contacts first (an entry needs its
    contact back). An item that cannot come back is left in the trash; the others are restored.
    Returns the ones left, with why."""
    ordered = sorted(items, key=lambda item: item[0] != "contact")
    failed: list[tuple[str, int, JournalError]] = []
    with write():
        for entity, item_id in ordered:
            try:
                restore(entity, item_id)  # its own savepoint: a refusal undoes only this item
            except JournalError as error:
                failed.append((entity, item_id, error))
    return failed


def restore(entity: str, item_id: int) -> None:
    """Bring an item listed in the trash back (``entity`` as ``TrashItem`` names it)."""
    restore_fn = _RESTORE.get(entity)
    if restore_fn is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Validation", "Nothing to restore."))
    restore_fn(item_id)


# -- deleting for good ---------------------------------------------------------------------------
# Emptying the trash and "delete this contact's data permanently" must leave no
# trace in the file: SQLite's secure_delete zeroes freed space, the search
# indexes are merged so deleted words are dropped, and a TRUNCATE checkpoint
# moves everything out of the write-ahead log and cuts it to zero bytes.


@dataclass(frozen=True)
class PurgeResult:
    contacts: int
    interactions: int
    followups: int
    deals: int
    introductions: int
    wal_truncated: bool  # False if another reader kept the old pages in the WAL for now


@contextmanager
def _secure_delete() -> Iterator[None]:
    previous = int(database.execute_sql("PRAGMA secure_delete").fetchone()[0])
    database.execute_sql("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA secure_delete = {previous}")


def _drop_deleted_words() -> None:
    """Merge the full-text indexes so no deleted word survives in an old segment."""
    database.execute_sql("INSERT INTO interaction_fts(interaction_fts) VALUES ('optimize')")
    database.execute_sql("INSERT INTO contact_fts(contact_fts) VALUES ('optimize')")


def checkpoint_truncate() -> bool:
    """Copy the WAL into the file and cut it to zero bytes; False if a reader prevented it."""
    busy, _log, _done = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return int(busy) == 0


def _ids(query: object) -> list[int]:
    return [row[0] for row in query.tuples()]  # type: ignore[attr-defined]


# The sync collection each kind of record goes to (``sync_models.bury`` keeps its tombstones there).
_COLLECTION = {Interaction: "entries", Deal: "entries", Introduction: "entries", FollowUp: "followups"}


def _bury_contacts(contact_ids: list[int]) -> None:
    """Tombstones for the contacts and everything deleted with them (sync pushes the deletes)."""
    sync_models.bury(_ids(Contact.select(Contact.uuid).where(Contact.id.in_(contact_ids))), "contacts")
    for model in (Interaction, FollowUp, Deal):
        sync_models.bury(
            _ids(model.select(model.uuid).where(model.contact.in_(contact_ids))), _COLLECTION[model]
        )
    people = (Introduction.person_a.in_(contact_ids)) | (Introduction.person_b.in_(contact_ids))
    sync_models.bury(_ids(Introduction.select(Introduction.uuid).where(people)), "entries")


def _purge(
    contact_ids: list[int],
    interaction_ids: list[int],
    followup_ids: list[int],
    deal_ids: list[int],
    introduction_ids: list[int],
) -> None:
    """Delete rows for good (inside ``write()`` and ``_secure_delete()``)."""
    touched: set[int] = set()
    for model, ids in (
        (Interaction, interaction_ids),
        (FollowUp, followup_ids),
        (Deal, deal_ids),
    ):
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            touched.update(_ids(model.select(model.contact).where(model.id.in_(chunk))))
            sync_models.bury(_ids(model.select(model.uuid).where(model.id.in_(chunk))), _COLLECTION[model])
            model.delete().where(model.id.in_(chunk)).execute()
    for start in range(0, len(introduction_ids), 500):
        chunk = introduction_ids[start : start + 500]
        sync_models.bury(
            _ids(Introduction.select(Introduction.uuid).where(Introduction.id.in_(chunk))), "entries"
        )
        Introduction.delete().where(Introduction.id.in_(chunk)).execute()
    for start in range(0, len(contact_ids), 500):
        chunk = contact_ids[start : start + 500]
        people = Introduction.select(Introduction.person_a, Introduction.person_b).where(
            Introduction.person_a.in_(chunk) | Introduction.person_b.in_(chunk)
        )
        touched.update(v for row in people.tuples() for v in row)
        _bury_contacts(chunk)
        # Emails, phones, tags, interactions, objections, deals, follow-ups and
        # introductions go with the contact (ON DELETE CASCADE).
        Contact.delete().where(Contact.id.in_(chunk)).execute()
        derived.drop_search(chunk)
    gone = set(contact_ids)
    refresh_contact_stats(sorted(touched - gone))
    _drop_deleted_words()


def _purge_objections_and_quotas() -> None:
    """The removed objections and deleted quotas in the trash, for good."""
    objections = [row[0] for row in _trashed_objections()]
    for start in range(0, len(objections), 500):
        Objection.delete().where(Objection.id.in_(objections[start : start + 500])).execute()
    quota_ids = _ids(Quota.select(Quota.id).where(Quota.deleted_at.is_null(False)))
    Quota.delete().where(Quota.id.in_(quota_ids)).execute()
    if quota_ids:
        changes.emit(Entity.QUOTA, Action.DELETED, quota_ids)


def _announce(ids: dict[str, list[int]]) -> PurgeResult:
    """Tell the views what was deleted (entity -> ids); the counts, before the WAL is cut."""
    for entity, entity_ids in ids.items():
        if entity_ids:
            changes.emit(Entity(entity), Action.DELETED, entity_ids)
    return PurgeResult(
        contacts=len(ids["contact"]),
        interactions=len(ids["interaction"]),
        followups=len(ids["followup"]),
        deals=len(ids["deal"]),
        introductions=len(ids["introduction"]),
        wal_truncated=False,
    )


def empty_trash() -> PurgeResult:
    """Delete everything in the trash for good; it cannot be brought back afterwards."""
    with _secure_delete():
        with write():
            trashed_contacts = _ids(Contact.select(Contact.id).where(Contact.deleted_at.is_null(False)))
            ids: dict[str, list[int]] = {"contact": trashed_contacts}
            for entity, model in (("interaction", Interaction), ("followup", FollowUp), ("deal", Deal)):
                ids[entity] = _ids(
                    model.select(model.id)
                    .join(Contact, on=(model.contact == Contact.id))
                    .where(model.deleted_at.is_null(False) & Contact.deleted_at.is_null())
                )
            ids["introduction"] = _ids(
                Introduction.select(Introduction.id).where(Introduction.deleted_at.is_null(False))
            )
            _purge(trashed_contacts, ids["interaction"], ids["followup"], ids["deal"], ids["introduction"])
            _purge_objections_and_quotas()
            result = _announce(ids)
        truncated = checkpoint_truncate()
    return PurgeResult(**{**result.__dict__, "wal_truncated": truncated})


def purge_contact(contact_id: int) -> PurgeResult:
    """Delete this contact and everything about them for good (live or in the trash)."""
    with _secure_delete():
        with write():
            if Contact.get_or_none(Contact.id == contact_id) is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Validation", "That contact no longer exists."))
            ids = {
                "contact": [contact_id],
                "interaction": _ids(
                    Interaction.select(Interaction.id).where(Interaction.contact == contact_id)
                ),
                "followup": _ids(FollowUp.select(FollowUp.id).where(FollowUp.contact == contact_id)),
                "deal": _ids(Deal.select(Deal.id).where(Deal.contact == contact_id)),
                "introduction": _ids(
                    Introduction.select(Introduction.id).where(
                        (Introduction.person_a == contact_id) | (Introduction.person_b == contact_id)
                    )
                ),
            }
            _purge([contact_id], [], [], [], [])
            result = _announce(ids)
        truncated = checkpoint_truncate()
    return PurgeResult(**{**result.__dict__, "wal_truncated": truncated})
