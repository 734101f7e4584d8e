"""What a contact already has, and what an import's record adds to it.

``load_states`` reads, for the contacts a file matched, what merging needs to know (the
fields they fill, their list values, addresses, tags, photo, LinkedIn connection);
``state_of_record`` says the same of a record planned as a new contact. ``add_what_is_new``
puts in a ``ContactChange`` only what a record brings that the contact lacks (and notes
it in the state, so a later row of the file adds nothing twice); ``describe`` names it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import uuid as _uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from journal.db import raw_connection
from journal.db.models import uuid_text
from journal.interop.records import ContactRecord
from journal.services import contact_fields
from journal.services.contact_values import value_key
from journal.services.values import LabeledValue, Photo, PostalAddress

_CONNECTED_NS = _uuid.UUID("9d4f4a8e-1c55-4a0b-9d39-52a0f1c7e0aa")
_CONNECTED_START = hashlib.sha1(_CONNECTED_NS.bytes)  # uuid5's hash of the namespace, copied per entry

# The single-valued fields a record fills when the contact lacks them; the name is what
# matched, and notes are appended rather than filled.
_SCALARS = tuple(n for n in contact_fields.SINGLE if n not in ("name", "notes", "photo"))
_COLUMNS = tuple(n for n in _SCALARS if n in contact_fields.COLUMNS)
_STATE_COLUMNS = ", ".join(contact_fields.sql_column(name) for name in _COLUMNS)
#: The labelled fields (emails, phones and those of ``contact_value``) merged value by value.
LISTS = tuple(f.name for f in contact_fields.FIELDS if f.portable and f.kind == contact_fields.LABELED)
_LIST_NAMES = frozenset(LISTS)


@dataclass(slots=True)
class ContactState:
    """What a contact (or a record planned as new) already has, as far as merging is concerned."""

    fields: dict[str, Any]
    notes: str
    lists: dict[str, set[str]]
    addresses: set[str]
    tags: set[str]
    uuid: str = ""
    has_photo: bool = False
    connected: bool = False
    notes_added: set[str] = field(default_factory=set)


@dataclass
class ContactChange:
    """What one record adds to one contact (``writing`` applies it)."""

    target: int  # contact id
    record: ContactRecord
    fields: dict[str, Any] = field(default_factory=dict)
    lists: dict[str, list[LabeledValue]] = field(default_factory=dict)
    addresses: list[PostalAddress] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    photo: Photo | None = None
    notes: str = ""
    connected_on: date | None = None
    had: dict[str, bool] = field(default_factory=dict)  # did the contact have emails/phones/... already


def _chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def connected_uuid(contact_uuid: str) -> str:
    """The uuid of a contact's "Connected on LinkedIn" entry (the same on every import)."""
    digest = _CONNECTED_START.copy()
    digest.update(f"{contact_uuid}:linkedin-connected".encode())
    return uuid_text(digest.hexdigest(), 5)  # = uuid.uuid5(NS, name)


def copy_record(record: ContactRecord) -> ContactRecord:
    """A copy whose lists can grow without changing the record (the preview plans again and again)."""
    lists: dict[str, Any] = {name: list(getattr(record, name)) for name in (*LISTS, "addresses", "tags")}
    return dataclasses.replace(record, **lists)


def state_of_record(record: ContactRecord) -> ContactState:
    """What a record planned as a new contact has (later rows of the file merge into it)."""
    return ContactState(
        {n: getattr(record, n) for n in _SCALARS if getattr(record, n) not in (None, "", False)},
        record.notes,
        {n: {value_key(n, v.value) for v in getattr(record, n)} for n in LISTS},
        {a.key() for a in record.addresses},
        {t.casefold() for t in record.tags},
        has_photo=record.photo is not None,
        connected=record.connected_on is not None,
    )


def load_states(ids: list[int], linkedin: set[int]) -> dict[int, ContactState]:
    """What the contacts ``ids`` have (``linkedin``: those whose LinkedIn connection entry to look for)."""
    conn = raw_connection()
    states: dict[int, ContactState] = {}
    for chunk in _chunks(sorted(set(ids))):
        marks = ",".join("?" * len(chunk))
        for cid, contact_uuid, notes, *values in conn.execute(
            f"SELECT c.id, c.uuid, c.notes, {_STATE_COLUMNS} FROM contact c"
            f" LEFT JOIN organization o ON o.id = c.organization_id WHERE c.id IN ({marks})",
            list(chunk),
        ):
            have = {k: v for k, v in zip(_COLUMNS, values, strict=True) if v not in (None, "", 0)}
            notes = notes.replace("\r\n", "\n").replace("\r", "\n")
            # The list values' sets are made as values come (most of a large file's matches have a
            # couple): thirteen empty sets for each of 100,000 contacts were 35 MB.
            states[cid] = ContactState(have, notes, defaultdict(set), set(), set(), contact_uuid)
        queries = (
            ("emails", "SELECT contact_id, value FROM contact_email WHERE contact_id IN ({m})"),
            ("phones", "SELECT contact_id, value FROM contact_phone WHERE contact_id IN ({m})"),
        )
        for name, sql in queries:
            for cid, value in conn.execute(sql.format(m=marks), list(chunk)):
                states[cid].lists[name].add(value_key(name, value))
        for cid, kind, value in conn.execute(
            f"SELECT contact_id, kind, value FROM contact_value WHERE contact_id IN ({marks})", list(chunk)
        ):
            if kind in _LIST_NAMES:
                states[cid].lists[kind].add(value_key(kind, value))
        for cid, *parts in conn.execute(
            "SELECT contact_id, label, po_box, extended, street, city, region, postal_code, country"
            " FROM address"
            f" WHERE contact_id IN ({marks})",
            list(chunk),
        ):
            states[cid].addresses.add(PostalAddress.of(parts[0], parts[1:]).key())
        for (cid,) in conn.execute(
            f"SELECT contact_id FROM picture WHERE contact_id IN ({marks})", list(chunk)
        ):
            states[cid].has_photo = True
        for cid, name in conn.execute(
            "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
            f" WHERE ct.contact_id IN ({marks})",
            list(chunk),
        ):
            states[cid].tags.add(name.casefold())
    wanted = {connected_uuid(states[cid].uuid): cid for cid in linkedin if cid in states}
    for chunk in _chunks(list(wanted)):
        marks = ",".join("?" * len(chunk))
        for (found,) in conn.execute(f"SELECT uuid FROM interaction WHERE uuid IN ({marks})", list(chunk)):
            states[wanted[found]].connected = True
    return states


def add_what_is_new(change: ContactChange, state: ContactState) -> None:
    """What ``change.record`` adds to what ``state`` has (and ``state`` then has it too)."""
    record = change.record
    for name in _SCALARS:
        value = getattr(record, name)
        if name == "source_uid" and isinstance(value, str) and value.lower() == state.uuid.lower():
            continue  # the card is our own export of this contact: its UID is the contact's uuid
        if value not in (None, "", False) and state.fields.get(name) in (None, "", False, 0):
            change.fields[name] = value
            state.fields[name] = value
    note = record.notes.strip()
    if note and note not in state.notes and note not in state.notes_added:
        change.notes = note
        state.notes_added.add(note)
    for name in LISTS:
        items = getattr(record, name)
        if not items:
            continue
        have = state.lists[name]
        new = []
        for item in items:
            key = value_key(name, item.value)
            if key not in have:
                have.add(key)
                new.append(item)
        if new:
            change.had[name] = bool(have - {value_key(name, v.value) for v in new})
            change.lists[name] = new
    for address in record.addresses:
        if address.key() not in state.addresses:
            state.addresses.add(address.key())
            change.addresses.append(address)
    for tag in record.tags:
        if tag.casefold() not in state.tags:
            state.tags.add(tag.casefold())
            change.tags.append(tag)
    if record.photo is not None and not state.has_photo:
        change.photo = record.photo
        state.has_photo = True
    if record.connected_on and not state.connected:
        change.connected_on = record.connected_on
        state.connected = True


def describe(change: ContactChange) -> list[str]:
    """The names of what ``change`` adds ("title", "emails", "notes"...), for the preview."""
    what = [name.replace("_", " ") for name in change.fields]
    what += [name.replace("_", " ") for name in change.lists]
    if change.addresses:
        what.append("address")
    if change.tags:
        what.append("tags")
    if change.photo is not None:
        what.append("photo")
    if change.notes:
        what.append("notes")
    if change.connected_on:
        what.append("LinkedIn connection")
    return what


def merge_into(target: ContactRecord, change: ContactChange) -> None:
    """A later record of the file folded into the first one (only what ``change`` found new)."""
    for name, value in change.fields.items():
        setattr(target, name, value)
    if change.notes:
        target.notes = f"{target.notes}\n\n{change.notes}" if target.notes else change.notes
    for name, items in change.lists.items():
        target.add_all(name, (LabeledValue(v.value, v.label, False) for v in items))
    target.add_all("addresses", change.addresses)
    target.tags.extend(change.tags)
    if change.photo is not None:
        target.photo = change.photo
    record = change.record
    if record.connected_on and (not target.connected_on or record.connected_on < target.connected_on):
        target.connected_on = record.connected_on
