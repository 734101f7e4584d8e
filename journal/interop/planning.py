"""Planning an import: which record adds a contact, which one fills what a contact lacks.

``plan_records`` reads the journal and writes nothing: it is the dry run the
preview shows, and the first step of the real import (``writing``).

Matching, in order: source UID (or our own uuid), email, LinkedIn URL, phone.
A record that matches a contact fills what that contact lacks; one that brings
nothing new is skipped, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import uuid as _uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from journal.db import raw_connection
from journal.interop.errors import QT_TRANSLATE_NOOP
from journal.interop.records import ContactRecord, linkedin_key
from journal.services import contact_fields
from journal.services.contacts import LabeledValue
from journal.services.text import email_key, fold, phone_key

_CONNECTED_NS = _uuid.UUID("9d4f4a8e-1c55-4a0b-9d39-52a0f1c7e0aa")
# The single-valued fields a record fills when the contact lacks them; the name is what
# matched, and notes are appended rather than filled.
_SCALARS = tuple(name for name in contact_fields.SINGLE if name not in ("name", "notes"))
_STATE_COLUMNS = ", ".join(contact_fields.sql_column(name) for name in _SCALARS)


@dataclass(slots=True)
class PlanEntry:
    """One line of the preview: what happens to one record and why."""

    action: str  # "add" | "merge" | "skip"
    where: str
    name: str
    reason: str = ""  # English template, translated in the UI (context "Import")
    args: dict[str, Any] = field(default_factory=dict)
    target_id: int | None = None

    @property
    def message(self) -> str:
        """The reason with its values filled in (English; the UI translates the template)."""
        return self.reason.format(**self.args) if self.args else self.reason


@dataclass
class ImportPlan:
    format: str
    entries: list[PlanEntry] = field(default_factory=list)
    contact_ids: list[int] = field(default_factory=list)  # filled by apply
    extra: dict[str, int] = field(default_factory=dict)  # JSON: rows added per table

    def count(self, action: str) -> int:
        """How many entries have ``action``."""
        return sum(1 for e in self.entries if e.action == action)

    @property
    def added(self) -> int:
        """Records that become new contacts."""
        return self.count("add")

    @property
    def merged(self) -> int:
        """Records that add to a contact."""
        return self.count("merge")

    @property
    def skipped(self) -> int:
        """Records that change nothing."""
        return self.count("skip")

    def skips(self) -> list[PlanEntry]:
        """The skipped entries, in file order."""
        return [e for e in self.entries if e.action == "skip"]

    def duplicates(self) -> list[PlanEntry]:
        """New contacts that may be someone already in the journal (to review)."""
        return [e for e in self.entries if e.action == "add" and e.reason]


_NONE: set[str] = set()  # shared "nothing yet" marker: most contacts have few emails, phones, tags


@dataclass(slots=True)
class ContactState:
    """What a contact already has, as far as merging is concerned."""

    fields: dict[str, Any]
    notes: str
    emails: set[str]
    phones: set[str]
    tags: set[str]
    uuid: str
    connected: bool = False


@dataclass
class ContactChange:
    target: int  # contact id (>0) or index into the new records (<0: -(index + 1))
    record: ContactRecord
    fields: dict[str, Any] = field(default_factory=dict)
    emails: list[LabeledValue] = field(default_factory=list)
    phones: list[LabeledValue] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    connected_on: date | None = None
    had_emails: bool = True
    had_phones: bool = True


@dataclass
class Work:
    plan: ImportPlan
    new: list[ContactRecord] = field(default_factory=list)
    changes: list[ContactChange] = field(default_factory=list)
    states: dict[int, ContactState] = field(default_factory=dict)


def _chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _Index:
    """Keys of the live contacts (and of the records planned so far) -> contact."""

    def __init__(self) -> None:
        conn = raw_connection()
        self.uid: dict[str, int] = {}
        self.email: dict[str, int] = {}
        self.linkedin: dict[str, int] = {}
        self.phone: dict[str, int] = {}
        self.names: dict[str, tuple[int, str]] = {}
        for cid, uuid, source_uid, linkedin, name in conn.execute(
            "SELECT id, uuid, source_uid, linkedin_url, name FROM contact WHERE deleted_at IS NULL"
        ):
            self.uid.setdefault(uuid.lower(), cid)
            if source_uid:
                self.uid.setdefault(source_uid.lower(), cid)
            key = linkedin_key(linkedin) if linkedin else ""
            if key:
                self.linkedin.setdefault(key, cid)
            self.names.setdefault(fold(name), (cid, name))
        for table, target in (("contact_email", self.email), ("contact_phone", self.phone)):
            for key, cid in conn.execute(
                f"SELECT x.value_key, x.contact_id FROM {table} x JOIN contact c ON c.id = x.contact_id"
                " WHERE c.deleted_at IS NULL ORDER BY x.id"
            ):
                if key:
                    target.setdefault(key, cid)

    def find(self, record: ContactRecord) -> tuple[int, str] | None:
        if record.source_uid:
            found = self.uid.get(record.source_uid.lower())
            if found is not None:
                return found, QT_TRANSLATE_NOOP("Import", "ID")
        for item in record.emails:
            found = self.email.get(email_key(item.value))
            if found is not None:
                return found, QT_TRANSLATE_NOOP("Import", "email")
        key = linkedin_key(record.linkedin_url)
        if key and key in self.linkedin:
            return self.linkedin[key], QT_TRANSLATE_NOOP("Import", "LinkedIn URL")
        for item in record.phones:
            pkey = phone_key(item.value)
            if len(pkey) >= 7 and pkey in self.phone:
                return self.phone[pkey], QT_TRANSLATE_NOOP("Import", "phone")
        return None

    def remember(self, record: ContactRecord, target: int) -> None:
        if record.source_uid:
            self.uid.setdefault(record.source_uid.lower(), target)
        for item in record.emails:
            self.email.setdefault(email_key(item.value), target)
        key = linkedin_key(record.linkedin_url)
        if key:
            self.linkedin.setdefault(key, target)
        for item in record.phones:
            pkey = phone_key(item.value)
            if len(pkey) >= 7:
                self.phone.setdefault(pkey, target)


def _load_states(ids: list[int], linkedin: set[int]) -> dict[int, ContactState]:
    conn = raw_connection()
    states: dict[int, ContactState] = {}
    for chunk in _chunks(sorted(set(ids))):
        marks = ",".join("?" * len(chunk))
        for cid, contact_uuid, notes, *values in conn.execute(
            f"SELECT c.id, c.uuid, c.notes, {_STATE_COLUMNS} FROM contact c"
            f" LEFT JOIN organization o ON o.id = c.organization_id WHERE c.id IN ({marks})",
            list(chunk),
        ):
            have = {k: v for k, v in zip(_SCALARS, values, strict=True) if v not in (None, "")}
            states[cid] = ContactState(have, notes, _NONE, _NONE, _NONE, contact_uuid)
        for table, attr in (("contact_email", "emails"), ("contact_phone", "phones")):
            for cid, key in conn.execute(
                f"SELECT contact_id, value_key FROM {table} WHERE contact_id IN ({marks})", list(chunk)
            ):
                state = states[cid]
                if getattr(state, attr) is _NONE:
                    setattr(state, attr, set())
                getattr(state, attr).add(key)
        for cid, name in conn.execute(
            "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
            f" WHERE ct.contact_id IN ({marks})",
            list(chunk),
        ):
            if states[cid].tags is _NONE:
                states[cid].tags = set()
            states[cid].tags.add(name.casefold())
    wanted = {connected_uuid(states[cid].uuid): cid for cid in linkedin if cid in states}
    for chunk in _chunks(list(wanted)):
        marks = ",".join("?" * len(chunk))
        for (found,) in conn.execute(f"SELECT uuid FROM interaction WHERE uuid IN ({marks})", list(chunk)):
            states[wanted[found]].connected = True
    return states


def connected_uuid(contact_uuid: str) -> str:
    """The uuid of a contact's "Connected on LinkedIn" entry (the same on every import)."""
    return str(_uuid.uuid5(_CONNECTED_NS, f"{contact_uuid}:linkedin-connected"))


def _diff(
    change: ContactChange,
    have: dict[str, Any],
    notes: str,
    emails: set[str],
    phones: set[str],
    tags: set[str],
) -> None:
    record = change.record
    for name in _SCALARS:
        value = getattr(record, name)
        if value not in (None, "") and have.get(name) in (None, ""):
            change.fields[name] = value
    if record.notes and record.notes.strip() not in notes:
        change.notes = record.notes.strip()
    change.emails = [e for e in record.emails if e.value and email_key(e.value) not in emails]
    change.phones = [p for p in record.phones if p.value and phone_key(p.value) not in phones]
    change.tags = [t for t in record.tags if t.casefold() not in tags]


def _describe(change: ContactChange) -> list[str]:
    what = [name.replace("_", " ") for name in change.fields]
    if change.emails:
        what.append("email")
    if change.phones:
        what.append("phone")
    if change.tags:
        what.append("tags")
    if change.notes:
        what.append("notes")
    if change.connected_on:
        what.append("LinkedIn connection")
    return what


def _merge_into(target: ContactRecord, record: ContactRecord) -> None:
    for name in _SCALARS:
        if getattr(target, name) in (None, "") and getattr(record, name) not in (None, ""):
            setattr(target, name, getattr(record, name))
    if record.notes and record.notes not in target.notes:
        target.notes = f"{target.notes}\n\n{record.notes}" if target.notes else record.notes
    target.emails = [*target.emails, *record.emails]
    target.phones = [*target.phones, *record.phones]
    target.tags = [*target.tags, *record.tags]
    if record.connected_on and (not target.connected_on or record.connected_on < target.connected_on):
        target.connected_on = record.connected_on


def plan_records(records: Sequence[ContactRecord], fmt: str) -> Work:
    """What importing ``records`` would do, record by record (reads the journal, writes nothing)."""
    work = Work(ImportPlan(fmt))
    index = _Index()
    targets = _match(records, index, work)
    work.states = _load_states(
        [t[0] for t in targets if t and t[0] > 0],
        {t[0] for t, r in zip(targets, records, strict=True) if t and t[0] > 0 and r.connected_on},
    )
    new_where = {-(i + 1): r.where for i, r in enumerate(work.new)}
    first_seen: set[int] = set()
    for record, target in zip(records, targets, strict=True):
        if target is None:
            entry = PlanEntry("skip", record.where, "", QT_TRANSLATE_NOOP("Import", "no name and no email"))
        elif target[0] < 0 and target[0] not in first_seen:
            first_seen.add(target[0])
            entry = _plan_new(record, index)
        elif target[0] < 0:
            entry = _plan_repeat(work.new[-target[0] - 1], record, new_where[target[0]])
        else:
            entry = _plan_existing(work, record, *target)
        work.plan.entries.append(entry)
    return work


def _match(records: Sequence[ContactRecord], index: _Index, work: Work) -> list[tuple[int, str] | None]:
    """Each record's target: (contact id, matched on) or (-n, "") for the n-th new contact;
    None for a record without a name. New contacts are collected in ``work.new``."""
    targets: list[tuple[int, str] | None] = []
    for record in records:
        if not record.name:
            targets.append(None)
            continue
        found = index.find(record)
        if found is None:
            work.new.append(record)
            found = (-len(work.new), "")
        targets.append(found)
        index.remember(record, found[0])
    return targets


# What the preview says about a record that brings something new / nothing new.
_SAME_IN_FILE = (
    QT_TRANSLATE_NOOP("Import", "same person as {where} in this file; adds {fields}"),
    QT_TRANSLATE_NOOP("Import", "same person as {where} in this file; nothing new"),
)
_MATCHED = (
    QT_TRANSLATE_NOOP("Import", "matched on {key}; adds {fields}"),
    QT_TRANSLATE_NOOP("Import", "already in the journal (matched on {key}); nothing new"),
)


def _outcome(
    record: ContactRecord, what: list[str], texts: tuple[str, str], args: dict[str, Any], target: int | None
) -> PlanEntry:
    """A merge entry when the record brings ``what``, else a skip; ``texts`` say which in words."""
    args["fields"] = ", ".join(what)
    action, reason = ("merge", texts[0]) if what else ("skip", texts[1])
    return PlanEntry(action, record.where, record.name, reason, args, target)


def _plan_new(record: ContactRecord, index: _Index) -> PlanEntry:
    """A new contact; flagged for review when a contact of the same name exists."""
    entry = PlanEntry("add", record.where, record.name)
    same = index.names.get(record.sort_key or fold(record.name))
    if same is not None:
        entry.reason = QT_TRANSLATE_NOOP("Import", "possible duplicate of {name}: review it under Duplicates")
        entry.args = {"name": same[1]}
        entry.target_id = same[0]
    return entry


def _plan_repeat(pending: ContactRecord, record: ContactRecord, where: str) -> PlanEntry:
    """The same person again in this file: folded into the first record (``pending``)."""
    change = ContactChange(0, record)  # only measures what is new: the first record absorbs it
    _diff(
        change,
        {n: getattr(pending, n) for n in _SCALARS},
        pending.notes,
        {email_key(e.value) for e in pending.emails},
        {phone_key(p.value) for p in pending.phones},
        {t.casefold() for t in pending.tags},
    )
    if record.connected_on and not pending.connected_on:
        change.connected_on = record.connected_on
    what = _describe(change)
    _merge_into(pending, record)
    return _outcome(record, what, _SAME_IN_FILE, {"where": where}, None)


def _plan_existing(work: Work, record: ContactRecord, tid: int, key: str) -> PlanEntry:
    """A record matching contact ``tid`` (on ``key``): what it adds, remembered for later records."""
    change = ContactChange(tid, record)
    state = work.states[tid]
    change.had_emails, change.had_phones = bool(state.emails), bool(state.phones)
    _diff(change, state.fields, state.notes, state.emails, state.phones, state.tags)
    if record.connected_on and not state.connected:
        change.connected_on = record.connected_on
        state.connected = True
    what = _describe(change)
    # later records for the same contact see what this one adds
    state.fields.update(change.fields)
    state.notes += "\n\n" + change.notes if change.notes else ""
    if change.emails:
        state.emails = {*state.emails, *(email_key(e.value) for e in change.emails)}
    if change.phones:
        state.phones = {*state.phones, *(phone_key(p.value) for p in change.phones)}
    if change.tags:
        state.tags = {*state.tags, *(t.casefold() for t in change.tags)}
    if what:
        work.changes.append(change)
    return _outcome(record, what, _MATCHED, {"key": key}, tid)
