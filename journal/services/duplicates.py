"""Likely duplicate contacts, and merging two of them (undoable).

Finding duplicates never compares every pair: contacts are grouped ("blocked")
by folded name, by email, by phone and by a first-name-initial + last-word key,
and only pairs inside a group are compared. Groups larger than ``MAX_BLOCK``
are ignored (a common key such as a shared office phone says nothing).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from journal import clock
from journal.db import database_path, raw_connection
from journal.db.fields import format_utc
from journal.db.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Deal,
    DuplicateDismissal,
    FollowUp,
    Interaction,
    Introduction,
    MergeRecord,
)
from journal.services import apart, contact_fields, contact_values
from journal.services.contacts import apply_fields, live_contact, with_two_names
from journal.services.derived import refresh_contact_stats
from journal.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from journal.services.events import Action, Entity, changes, write
from journal.services.text import fold

#: Live contacts from which the window's search runs in a child process (``services.apart``):
#: below, it takes a few tens of milliseconds, less than starting a child would.
APART_FROM = 5000
MAX_BLOCK = 25
MAX_SIMILAR_BLOCK = 12  # similar-name blocks are looser, so keep them smaller
SIMILARITY = 0.85
# Fields the merge dialog lets the user choose between (name first).
MERGE_FIELDS = contact_fields.SINGLE
REASONS = {
    "email": QT_TRANSLATE_NOOP("Duplicates", "same email"),
    "phone": QT_TRANSLATE_NOOP("Duplicates", "same phone"),
    "name_org": QT_TRANSLATE_NOOP("Duplicates", "same name and organization"),
    "name": QT_TRANSLATE_NOOP("Duplicates", "same name"),
    "similar": QT_TRANSLATE_NOOP("Duplicates", "similar name"),
}
_RANK = {"email": 0, "phone": 1, "name_org": 2, "name": 3, "similar": 4}


@dataclass(frozen=True)
class DuplicatePair:
    a_id: int
    b_id: int
    a_name: str
    b_name: str
    a_organization: str
    b_organization: str
    reason: str  # key of REASONS


@dataclass(frozen=True)
class MergeInfo:
    id: int
    survivor_id: int
    merged_id: int
    survivor_name: str
    merged_name: str
    created_at: Any
    undone: bool


def _pairs_in(groups: Iterable[list[int]], cap: int = 0) -> Iterable[tuple[int, int]]:
    for ids in groups:
        ids = sorted(set(ids))
        if 1 < len(ids) <= (cap or MAX_BLOCK):
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    yield a, b


def find_duplicates(*, limit: int = 500, contact_ids: Iterable[int] | None = None) -> list[DuplicatePair]:
    """Likely duplicates among live contacts (those involving ``contact_ids`` if given)."""
    conn = raw_connection()
    people: dict[int, tuple[str, str, str]] = {}
    by_name: dict[str, list[int]] = {}
    by_initial: dict[str, list[int]] = {}
    for cid, name, key, org in conn.execute(
        "SELECT c.id, c.name, c.sort_key, coalesce(o.name, '') FROM contact c"
        " LEFT JOIN organization o ON o.id = c.organization_id WHERE c.deleted_at IS NULL"
    ):
        people[cid] = (name, key, org)
        by_name.setdefault(key, []).append(cid)
        words = key.split()
        if len(words) >= 2:  # "j smith" catches Jon/John Smith, "jon smi" catches Smith/Smyth
            by_initial.setdefault(f"{words[0][:1]} {words[-1]}", []).append(cid)
            by_initial.setdefault(f"{words[0]} {words[-1][:3]}#", []).append(cid)
    found: dict[tuple[int, int], str] = {}

    def note(pair: tuple[int, int], reason: str) -> None:
        if pair not in found or _RANK[reason] < _RANK[found[pair]]:
            found[pair] = reason

    for table, reason in (("contact_email", "email"), ("contact_phone", "phone")):
        groups: dict[str, list[int]] = {}
        for key, cid in conn.execute(
            f"SELECT x.value_key, x.contact_id FROM {table} x WHERE x.value_key IN ("
            f" SELECT value_key FROM {table} GROUP BY value_key HAVING count(DISTINCT contact_id) > 1)"
        ):
            if cid in people and (reason != "phone" or len(key) >= 7):
                groups.setdefault(key, []).append(cid)
        for pair in _pairs_in(groups.values()):
            note(pair, reason)
    for pair in _pairs_in(by_name.values()):
        org_a, org_b = people[pair[0]][2], people[pair[1]][2]
        note(pair, "name_org" if org_a and org_a.casefold() == org_b.casefold() else "name")
    for pair in _pairs_in(by_initial.values(), MAX_SIMILAR_BLOCK):
        if pair in found:
            continue
        a, b = people[pair[0]][1], people[pair[1]][1]
        if a == b or abs(len(a) - len(b)) > max(len(a), len(b)) * (1 - SIMILARITY):
            continue
        matcher = SequenceMatcher(None, a, b, autojunk=False)
        # cheap upper bounds first: most pairs in a block fail them
        if (
            matcher.real_quick_ratio() >= SIMILARITY
            and matcher.quick_ratio() >= SIMILARITY
            and matcher.ratio() >= SIMILARITY
        ):
            note(pair, "similar")
    dismissed = {
        (min(a, b), max(a, b))
        for a, b in conn.execute("SELECT contact_a_id, contact_b_id FROM duplicate_dismissal")
    }
    wanted = set(contact_ids) if contact_ids is not None else None
    result = [
        DuplicatePair(a, b, people[a][0], people[b][0], people[a][2], people[b][2], reason)
        for (a, b), reason in found.items()
        if (a, b) not in dismissed and (wanted is None or a in wanted or b in wanted)
    ]
    result.sort(key=lambda p: (_RANK[p.reason], people[p.a_id][1], p.a_id, p.b_id))
    return result[:limit]


def find_duplicates_apart(cancelled: Callable[[], bool] = lambda: False) -> list[DuplicatePair]:
    """``find_duplicates()`` for a window's worker thread: in a child process once the journal is big
    (``APART_FROM``), so that its Python never takes the GIL from the window for long."""
    path = database_path()
    (live,) = raw_connection().execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()
    if path is None or live < APART_FROM:
        return find_duplicates()
    return apart.run_apart(path, find_duplicates, cancelled=cancelled)


def dismiss_pair(a_id: int, b_id: int) -> None:
    """Remember that these two are different people."""
    a, b = min(a_id, b_id), max(a_id, b_id)
    with write():
        if (
            not DuplicateDismissal.select()
            .where((DuplicateDismissal.contact_a == a) & (DuplicateDismissal.contact_b == b))
            .exists()
        ):
            DuplicateDismissal.create(contact_a=a, contact_b=b)
        changes.emit(Entity.DUPLICATE, Action.DISMISSED, [a, b])


def _values(contact: Contact) -> dict[str, Any]:
    """The contact's single-valued fields as the undo snapshot stores them (JSON values)."""
    values: dict[str, Any] = {}
    for name in MERGE_FIELDS:
        kind = contact_fields.kind(name)
        if kind == contact_fields.PICTURE:  # kept in its own table: moved (and moved back) by contact_values
            continue
        if kind == contact_fields.REFERENCE:  # the organization: its row, not its name
            values[f"{name}_id"] = getattr(contact, f"{name}_id")
        elif kind == contact_fields.DATE:
            day = getattr(contact, name)
            values[name] = day.isoformat() if day else None
        else:
            values[name] = getattr(contact, name)
    return values


def merge_contacts(survivor_id: int, merged_id: int, *, choices: dict[str, str] | None = None) -> int:
    """Merge ``merged_id`` into ``survivor_id`` and return the merge's id (for ``undo_merge``).

    ``choices`` maps a field of ``MERGE_FIELDS`` to "survivor" or "merged" (whose
    value to keep); unlisted fields keep the survivor's value, or take the merged
    contact's when the survivor has none. Emails, phones, tags, interactions,
    follow-ups, deals and introductions of both are kept on the survivor; the
    merged contact goes to the trash.
    """
    if survivor_id == merged_id:
        raise ValidationError(
            "merged", QT_TRANSLATE_NOOP("Validation", "A contact cannot be merged with itself.")
        )
    with write():
        survivor, merged = live_contact(survivor_id), live_contact(merged_id)
        stamp = clock.now()
        before = _values(survivor)
        row = _stored_row(survivor_id)
        primary = _primary_flags(merged_id)
        _take_chosen_fields(survivor, merged, before, choices or {})
        survivor.updated_at = stamp
        survivor.save()
        moved = _move_to_survivor(survivor_id, merged_id)
        moved.update(contact_values.move_for_merge(
            survivor_id, merged_id, take_photo=(choices or {}).get("photo") == "merged"))  # fmt: skip
        merged.deleted_at = stamp
        merged.save()
        snapshot = {
            "survivor": before,  # what versions before issue 14 restored (kept so they still can)
            "survivor_row": row,  # every stored column, derived ones included
            "primary": primary,
            "moved": moved,
            "merged_deleted_at": format_utc(stamp),
        }
        record = MergeRecord.create(
            survivor=survivor_id, merged=merged_id, snapshot=json.dumps(snapshot), created_at=stamp
        )
        refresh_contact_stats([survivor_id, merged_id])
        changes.emit(Entity.CONTACT, Action.UPDATED, [survivor_id])
        changes.emit(Entity.CONTACT, Action.TRASHED, [merged_id])
    return int(record.id)


def _stored_row(contact_id: int) -> dict[str, Any]:
    """The contact's row as stored (every column but the id)."""
    cursor = raw_connection().execute("SELECT * FROM contact WHERE id = ?", (contact_id,))
    names = [d[0] for d in cursor.description]
    return {k: v for k, v in zip(names, cursor.fetchone(), strict=True) if k != "id"}


def _primary_flags(contact_id: int) -> dict[str, dict[str, bool]]:
    """Which of the contact's emails and phones are primary (the merge clears the flag on those it moves)."""
    return {
        key: {
            str(r.id): bool(r.is_primary)
            for r in model.select(model.id, model.is_primary).where(model.contact == contact_id)
        }
        for key, model in (("email", ContactEmail), ("phone", ContactPhone))
    }


def _take_chosen_fields(
    survivor: Contact, merged: Contact, before: dict[str, Any], choices: dict[str, str]
) -> None:
    """Give the survivor the merged contact's value where chosen, or where it has none."""
    updates: dict[str, Any] = {}
    for name in MERGE_FIELDS:
        if contact_fields.kind(name) == contact_fields.PICTURE:
            continue
        take_merged = choices.get(name) == "merged"
        mine = before["organization_id"] if name == "organization" else before[name]
        if name not in choices and mine in (None, "", False):
            take_merged = True
        if take_merged:
            if name == "organization":
                survivor.organization = merged.organization_id
            else:
                updates[name] = getattr(merged, name)
    if updates:
        apply_fields(survivor, updates)


def _move_to_survivor(survivor_id: int, merged_id: int) -> dict[str, list[int]]:
    """Re-point the merged contact's records at the survivor; returns what moved (for the undo)."""
    moved: dict[str, list[int]] = {}
    for key, model in (("interaction", Interaction), ("followup", FollowUp), ("deal", Deal)):
        ids = [r.id for r in model.select(model.id).where(model.contact == merged_id)]
        model.update(contact=survivor_id).where(model.id.in_(ids)).execute()
        moved[key] = ids
    for key, field in (("intro_a", Introduction.person_a), ("intro_b", Introduction.person_b)):
        ids = [r.id for r in Introduction.select(Introduction.id).where(field == merged_id)]
        Introduction.update({field: survivor_id}).where(Introduction.id.in_(ids)).execute()
        moved[key] = ids
    introduced = [
        r.id
        for r in Contact.select(Contact.id).where(
            (Contact.introduced_by == merged_id) & (Contact.id != survivor_id)
        )
    ]
    Contact.update(introduced_by=survivor_id).where(Contact.id.in_(introduced)).execute()
    # introduced by the person they turned out to be: by nobody we know of (the undo restores it)
    Contact.update(introduced_by=None).where(
        (Contact.id == survivor_id) & (Contact.introduced_by == merged_id)
    ).execute()
    moved["introduced"] = introduced
    for key, model in (("email", ContactEmail), ("phone", ContactPhone)):
        have = {r.value_key for r in model.select(model.value_key).where(model.contact == survivor_id)}
        ids = [
            r.id
            for r in model.select(model.id, model.value_key).where(model.contact == merged_id)
            if r.value_key not in have
        ]
        model.update(contact=survivor_id, is_primary=False).where(model.id.in_(ids)).execute()
        moved[key] = ids
    tags = {r.tag_id for r in ContactTag.select(ContactTag.tag).where(ContactTag.contact == survivor_id)}
    ids = [r.id for r in ContactTag.select().where(ContactTag.contact == merged_id) if r.tag_id not in tags]
    ContactTag.update(contact=survivor_id).where(ContactTag.id.in_(ids)).execute()
    moved["tag"] = ids
    return moved


def undo_merge(merge_id: int) -> None:
    """Put both contacts back as they were before the merge."""
    with write():
        record = MergeRecord.get_or_none(MergeRecord.id == merge_id)
        if record is None or record.undone_at is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Validation", "That merge cannot be undone (already undone?).")
            )
        snapshot = json.loads(record.snapshot)
        survivor_id, merged_id = record.survivor_id, record.merged_id
        moved: dict[str, list[int]] = snapshot["moved"]
        for key, model in (("interaction", Interaction), ("followup", FollowUp), ("deal", Deal)):
            model.update(contact=merged_id).where(model.id.in_(moved.get(key, []))).execute()
        Introduction.update(person_a=merged_id).where(Introduction.id.in_(moved.get("intro_a", []))).execute()
        Introduction.update(person_b=merged_id).where(Introduction.id.in_(moved.get("intro_b", []))).execute()
        Contact.update(introduced_by=merged_id).where(Contact.id.in_(moved.get("introduced", []))).execute()
        ContactEmail.update(contact=merged_id).where(ContactEmail.id.in_(moved.get("email", []))).execute()
        ContactPhone.update(contact=merged_id).where(ContactPhone.id.in_(moved.get("phone", []))).execute()
        ContactTag.update(contact=merged_id).where(ContactTag.id.in_(moved.get("tag", []))).execute()
        contact_values.undo_merge_move(survivor_id, merged_id, moved)
        _restore_primary_flags(merged_id, snapshot.get("primary"))
        _restore_survivor(survivor_id, snapshot)
        Contact.update(deleted_at=None, updated_at=clock.now()).where(Contact.id == merged_id).execute()
        record.undone_at = clock.now()
        record.save()
        refresh_contact_stats([survivor_id, merged_id])
        changes.emit(Entity.CONTACT, Action.UPDATED, [survivor_id])
        changes.emit(Entity.CONTACT, Action.RESTORED, [merged_id])


def _restore_primary_flags(merged_id: int, flags: dict[str, dict[str, bool]] | None) -> None:
    for key, model in (("email", ContactEmail), ("phone", ContactPhone)):
        if flags is not None:  # as they were
            for row_id, primary in flags.get(key, {}).items():
                model.update(is_primary=primary).where(
                    (model.id == int(row_id)) & (model.contact == merged_id)
                ).execute()
            continue
        # a merge recorded before the flags were kept: the first value is the primary again
        first = model.select(model.id).where(model.contact == merged_id).order_by(model.id).first()
        if (
            first is not None
            and not model.select().where((model.contact == merged_id) & model.is_primary).exists()
        ):
            model.update(is_primary=True).where(model.id == first.id).execute()


def _restore_survivor(survivor_id: int, snapshot: dict[str, Any]) -> None:
    """Every stored column of the survivor as before the merge (its figures are recounted after)."""
    row = snapshot.get("survivor_row")
    if row is None:  # recorded before whole rows were kept: the fields the merge could change
        before = dict(snapshot["survivor"])
        name = before.get("name")
        if isinstance(name, str):
            before["sort_key"] = fold(name)
        row = before
    conn = raw_connection()
    columns = {r[1] for r in conn.execute("PRAGMA table_info(contact)")}
    values = {k: v for k, v in row.items() if k in columns and k not in ("id", "updated_at")}
    values["updated_at"] = format_utc(clock.now())
    assignments = ", ".join(f'"{k}" = ?' for k in values)
    conn.execute(f"UPDATE contact SET {assignments} WHERE id = ?", [*values.values(), survivor_id])


def recent_merges(limit: int = 20) -> list[MergeInfo]:
    """The latest merges (newest first), undone ones included."""
    query, _survivor, _merged = with_two_names(MergeRecord, MergeRecord.survivor, MergeRecord.merged)
    rows = query.order_by(MergeRecord.id.desc()).limit(limit).objects()
    return [
        MergeInfo(r.id, r.survivor_id, r.merged_id, r.a_name, r.b_name, r.created_at, r.undone_at is not None)
        for r in rows
    ]
