"""The import engine: read a file, plan what it would change, apply the plan in one transaction.

``read_file`` parses (no database), ``plan_import`` is the dry run (reads the
database, writes nothing), ``apply_import`` re-plans inside one write
transaction and applies it; an error or a cancel rolls everything back.

Matching, in order: source UID (or our own uuid), email, LinkedIn URL, phone.
A record that matches a contact fills what that contact lacks; one that brings
nothing new is skipped, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import logging
import uuid as _uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from journal import clock
from journal.db import database, fts, raw_connection
from journal.db.fields import format_utc, parse_utc
from journal.db.models import new_uuid
from journal.interop import csvformats, jsonformat, vcard
from journal.interop.encoding import read_text
from journal.interop.errors import QT_TRANSLATE_NOOP, ImportCancelled, ImportFileError
from journal.interop.records import ContactRecord, linkedin_key
from journal.services import derived
from journal.services.contacts import LabeledValue
from journal.services.events import changes, write
from journal.services.text import email_key, fold, phone_key

log = logging.getLogger(__name__)

FORMATS = ("auto", "vcard", "linkedin", "google", "outlook", "csv", "json")
Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
_CONNECTED_NS = _uuid.UUID("9d4f4a8e-1c55-4a0b-9d39-52a0f1c7e0aa")
_SCALARS = (
    "given_name",
    "family_name",
    "organization",
    "title",
    "linkedin_url",
    "website",
    "location",
    "birthday",
    "how_met",
    "met_on",
    "cadence_days",
    "source_uid",
)


@dataclass
class ParsedFile:
    """A file read into records (or, for our JSON, table rows). No database involved."""

    format: str
    encoding: str = "utf-8"
    records: list[ContactRecord] = field(default_factory=list)
    document: jsonformat.Document | None = None
    header: list[str] = field(default_factory=list)
    text: str = ""  # kept for generic CSV so the mapping can be changed and re-read
    name: str = ""


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
        return self.reason.format(**self.args) if self.args else self.reason


@dataclass
class ImportPlan:
    format: str
    entries: list[PlanEntry] = field(default_factory=list)
    contact_ids: list[int] = field(default_factory=list)  # filled by apply
    extra: dict[str, int] = field(default_factory=dict)  # JSON: rows added per table

    def count(self, action: str) -> int:
        return sum(1 for e in self.entries if e.action == action)

    @property
    def added(self) -> int:
        return self.count("add")

    @property
    def merged(self) -> int:
        return self.count("merge")

    @property
    def skipped(self) -> int:
        return self.count("skip")

    def skips(self) -> list[PlanEntry]:
        return [e for e in self.entries if e.action == "skip"]

    def duplicates(self) -> list[PlanEntry]:
        return [e for e in self.entries if e.action == "add" and e.reason]


# reading ---------------------------------------------------------------------


def detect_format(text: str) -> str:
    head = text.lstrip()[:200].upper()
    if head.startswith("BEGIN:VCARD"):
        return "vcard"
    if head.startswith("{"):
        return "json"
    found = csvformats.detect(text)
    return "csv" if found == "journal" else found


def parse_text(
    text: str, fmt: str = "auto", mapping: dict[int, str] | None = None, *, name: str = ""
) -> ParsedFile:
    """Parse already-decoded text. Raises only ``ImportFileError``."""
    if fmt not in FORMATS:
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "Unknown format {format}."), format=fmt)
    if not text.strip():
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "The file is empty."))
    if fmt == "auto":
        fmt = detect_format(text)
    parsed = ParsedFile(format=fmt, name=name)
    if fmt == "vcard":
        parsed.records = vcard.read_vcards(text)
    elif fmt == "json":
        parsed.document = jsonformat.parse(text)
    elif fmt == "linkedin":
        parsed.records = csvformats.read_linkedin(text)
    elif fmt == "google":
        parsed.records = csvformats.read_google(text)
    elif fmt == "outlook":
        parsed.records = csvformats.read_outlook(text)
    else:
        journal = mapping is None and csvformats.detect(text) == "journal"
        parsed.text = text
        parsed.header = csvformats.read_table(text, csvformats.is_journal_header if journal else None).header
        parsed.records = csvformats.read_mapped(text, mapping, journal=journal)
    return parsed


def read_file(path: Path | str, fmt: str = "auto", mapping: dict[int, str] | None = None) -> ParsedFile:
    """Read and parse a file. Raises only ``ImportFileError`` (with a message saying why)."""
    path = Path(path)
    text, encoding = read_text(path)
    try:
        parsed = parse_text(text, fmt, mapping, name=path.name)
    except ImportFileError:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, KeyError, IndexError) as exc:
        # A reader bug must not look like a crash to the user; the log keeps the details.
        log.exception("reading %s failed", path)
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{file} could not be read ({reason})."), file=path.name, reason=exc
        ) from exc
    parsed.encoding = encoding
    return parsed


# planning --------------------------------------------------------------------


_NONE: set[str] = set()  # shared "nothing yet" marker: most contacts have few emails, phones, tags


@dataclass(slots=True)
class _State:
    """What a contact already has, as far as merging is concerned."""

    fields: dict[str, Any]
    notes: str
    emails: set[str]
    phones: set[str]
    tags: set[str]
    uuid: str
    connected: bool = False


@dataclass
class _Change:
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
class _Work:
    plan: ImportPlan
    new: list[ContactRecord] = field(default_factory=list)
    changes: list[_Change] = field(default_factory=list)
    states: dict[int, _State] = field(default_factory=dict)


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


def _load_states(ids: list[int], linkedin: set[int]) -> dict[int, _State]:
    conn = raw_connection()
    states: dict[int, _State] = {}
    for chunk in _chunks(sorted(set(ids))):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT c.id, c.uuid, coalesce(o.name, ''), c.given_name, c.family_name, c.title,"
            " c.linkedin_url, c.website, c.location, c.birthday, c.how_met, c.met_on,"
            " c.cadence_days, c.source_uid, c.notes FROM contact c"
            f" LEFT JOIN organization o ON o.id = c.organization_id WHERE c.id IN ({marks})",
            list(chunk),
        ):
            names = (
                *("organization", "given_name", "family_name", "title", "linkedin_url", "website"),
                *("location", "birthday", "how_met", "met_on", "cadence_days", "source_uid"),
            )
            have = {k: v for k, v in zip(names, row[2:14], strict=True) if v not in (None, "")}
            states[row[0]] = _State(have, row[14], _NONE, _NONE, _NONE, row[1])
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
    wanted = {_connected_uuid(states[cid].uuid): cid for cid in linkedin if cid in states}
    for chunk in _chunks(list(wanted)):
        marks = ",".join("?" * len(chunk))
        for (found,) in conn.execute(f"SELECT uuid FROM interaction WHERE uuid IN ({marks})", list(chunk)):
            states[wanted[found]].connected = True
    return states


def _connected_uuid(contact_uuid: str) -> str:
    return str(_uuid.uuid5(_CONNECTED_NS, f"{contact_uuid}:linkedin-connected"))


def _diff(
    change: _Change, have: dict[str, Any], notes: str, emails: set[str], phones: set[str], tags: set[str]
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


def _describe(change: _Change) -> list[str]:
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


def _plan_records(records: Sequence[ContactRecord], fmt: str) -> _Work:
    plan = ImportPlan(fmt)
    work = _Work(plan)
    index = _Index()
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
    work.states = _load_states(
        [t[0] for t in targets if t and t[0] > 0],
        {t[0] for t, r in zip(targets, records, strict=True) if t and t[0] > 0 and r.connected_on},
    )
    new_where = {-(i + 1): r.where for i, r in enumerate(work.new)}
    first_seen: set[int] = set()
    for record, target in zip(records, targets, strict=True):
        if target is None:
            plan.entries.append(
                PlanEntry("skip", record.where, "", QT_TRANSLATE_NOOP("Import", "no name and no email"))
            )
            continue
        tid, key = target
        if tid < 0 and tid not in first_seen:
            first_seen.add(tid)
            entry = PlanEntry("add", record.where, record.name)
            same = index.names.get(record.sort_key or fold(record.name))
            if same is not None:
                entry.reason = QT_TRANSLATE_NOOP(
                    "Import", "possible duplicate of {name}: review it under Duplicates"
                )
                entry.args = {"name": same[1]}
                entry.target_id = same[0]
            plan.entries.append(entry)
            continue
        change = _Change(tid, record)
        if tid < 0:
            pending = work.new[-tid - 1]
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
            args = {"where": new_where[tid], "fields": ", ".join(what)}
            if what:
                plan.entries.append(
                    PlanEntry(
                        "merge",
                        record.where,
                        record.name,
                        QT_TRANSLATE_NOOP("Import", "same person as {where} in this file; adds {fields}"),
                        args,
                    )
                )
            else:
                plan.entries.append(
                    PlanEntry(
                        "skip",
                        record.where,
                        record.name,
                        QT_TRANSLATE_NOOP("Import", "same person as {where} in this file; nothing new"),
                        args,
                    )
                )
            continue
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
        args = {"key": key, "fields": ", ".join(what)}
        if what:
            work.changes.append(change)
            plan.entries.append(
                PlanEntry(
                    "merge",
                    record.where,
                    record.name,
                    QT_TRANSLATE_NOOP("Import", "matched on {key}; adds {fields}"),
                    args,
                    tid,
                )
            )
        else:
            plan.entries.append(
                PlanEntry(
                    "skip",
                    record.where,
                    record.name,
                    QT_TRANSLATE_NOOP("Import", "already in the journal (matched on {key}); nothing new"),
                    args,
                    tid,
                )
            )
    return work


def plan_import(parsed: ParsedFile) -> ImportPlan:
    """The dry run: what importing ``parsed`` would do. Writes nothing."""
    if parsed.document is not None:
        return jsonformat.plan(parsed.document)
    return _plan_records(parsed.records, parsed.format).plan


# applying --------------------------------------------------------------------


def apply_import(
    parsed: ParsedFile, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> ImportPlan:
    """Import ``parsed`` in one transaction and return what was done.

    ``cancelled()`` is polled; when it says yes everything is rolled back and
    ``ImportCancelled`` raised.
    """
    report = progress or (lambda _f, _m: None)
    stop = cancelled or (lambda: False)
    with write():
        if parsed.document is not None:
            plan = jsonformat.apply(parsed.document, progress=report, cancelled=stop)
            changes.emit("database", "imported")
            return plan
        report(0.0, "planning")
        work = _plan_records(parsed.records, parsed.format)
        if stop():
            raise ImportCancelled
        big = len(parsed.records) > 5000
        if big:  # a bigger page cache makes bulk inserts into indexed tables much faster
            database.execute_sql("PRAGMA cache_size = -65536")
        try:
            ids = _Writer(work, report, stop).run()
        finally:
            if big:
                database.execute_sql("PRAGMA cache_size = -16000")
        work.plan.contact_ids = ids
        if ids:
            changes.emit("contact", "imported", ids)
    return work.plan


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _dedupe(items: Iterable[LabeledValue], key: Callable[[str], str]) -> list[LabeledValue]:
    seen: set[str] = set()
    result: list[LabeledValue] = []
    for item in items:
        k = key(item.value)
        if item.value and k not in seen:
            seen.add(k)
            result.append(item)
    if result and not any(r.is_primary for r in result):
        result[0] = LabeledValue(result[0].value, result[0].label, True)
    elif sum(r.is_primary for r in result) > 1:
        first = next(i for i, r in enumerate(result) if r.is_primary)
        result = [LabeledValue(r.value, r.label, i == first) for i, r in enumerate(result)]
    return result


class _Writer:
    def __init__(self, work: _Work, report: Progress, stop: Cancelled) -> None:
        self.work = work
        self.report = report
        self.stop = stop
        self.conn = raw_connection()
        self.now = clock.now()
        self.stamp = format_utc(self.now)
        self.orgs: dict[str, int] = {}
        self.tags: dict[str, int] = {}
        self.zone = clock.local_zone()
        self.noons: dict[date, str] = {}
        self.folded: dict[str, str] = {}

    def _org_id(self, name: str) -> int | None:
        name = name.strip()
        if not name:
            return None
        key = self.folded.get(name)
        if key is None:
            key = self.folded[name] = fold(name)
        found = self.orgs.get(key)
        if found is None:
            cursor = self.conn.execute(
                "INSERT INTO organization (uuid, created_at, updated_at, name, name_key, website, notes)"
                " VALUES (?, ?, ?, ?, ?, '', '')",
                (new_uuid(), self.stamp, self.stamp, name, key),
            )
            found = self.orgs[key] = int(cursor.lastrowid or 0)
        return found

    def _tag_id(self, name: str) -> int:
        found = self.tags.get(name)
        if found is None:
            self.conn.execute("INSERT OR IGNORE INTO tag (name) VALUES (?)", (name,))
            found = self.tags[name] = int(
                self.conn.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()[0]
            )
        return found

    def _check(self, done: int, total: int, start: float, span: float) -> None:
        if done % 2000 == 0:
            if self.stop():
                raise ImportCancelled
            self.report(start + span * done / max(1, total), "writing")

    def run(self) -> list[int]:
        for key, oid in self.conn.execute(
            "SELECT name_key, id FROM organization WHERE deleted_at IS NULL ORDER BY id DESC"
        ):
            self.orgs[key] = oid
        self.tags = {name: tid for tid, name in self.conn.execute("SELECT id, name FROM tag")}
        self.tag_cadence = dict(
            self.conn.execute("SELECT name, cadence_days FROM tag WHERE cadence_days > 0")
        )
        new_ids = self._insert_new()
        merged_ids = self._apply_changes()
        if self.stop():
            raise ImportCancelled
        self.report(0.85, "statistics")
        derived.refresh_contact_stats(merged_ids)  # new contacts got their statistics on insert
        self.report(1.0, "done")
        return sorted({*new_ids, *merged_ids})

    def _new_row(
        self, cid: int, contact_uuid: str, record: ContactRecord, talk: str | None
    ) -> tuple[Any, ...]:
        cadences = [self.tag_cadence[t] for t in record.tags if t in self.tag_cadence]
        cadence = record.cadence_days or (min(cadences) if cadences else None)
        due = None
        if cadence:
            last = parse_utc(talk) if talk else None
            found = derived.reconnect_due(last, cadence, None, self.now)
            due = found.isoformat() if found else None
        return (
            cid, contact_uuid, self.stamp, self.stamp, record.name, (record.sort_key or fold(record.name)),
            record.given_name, record.family_name, self._org_id(record.organization),
            record.title, record.linkedin_url, record.website, record.location,
            record.birthday, record.how_met, _iso(record.met_on or record.connected_on),
            record.cadence_days, record.notes, record.source_uid,
            talk, talk, 1 if talk else 0, due,
        )  # fmt: skip

    def _insert_new(self) -> list[int]:
        new = self.work.new
        first = int(self.conn.execute("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0]) + 1
        rows, emails, phones, links, talks = [], [], [], [], []
        for n, record in enumerate(new):
            self._check(n, len(new), 0.05, 0.5)
            cid = first + n
            contact_uuid = new_uuid()
            talk = None
            if record.connected_on:
                row = self._connected_row(cid, contact_uuid, record.connected_on)
                talks.append(row)
                talk = row[4]
            rows.append(self._new_row(cid, contact_uuid, record, talk))
            for item in _dedupe(record.emails, email_key):
                emails.append((cid, item.value, email_key(item.value), item.label, int(item.is_primary)))
            for item in _dedupe(record.phones, phone_key):
                phones.append((cid, item.value, phone_key(item.value), item.label, int(item.is_primary)))
            for tag in dict.fromkeys(record.tags):
                links.append((cid, self._tag_id(tag)))
        self.conn.executemany(
            "INSERT INTO contact (id, uuid, created_at, updated_at, name, sort_key, given_name,"
            " family_name, organization_id, title, linkedin_url, website, location, birthday,"
            " how_met, met_on, cadence_days, cadence_scope, notes, source_uid, last_interaction_at,"
            " last_networking_at, networking_count, sales_count, open_deal_count, reconnect_due_on)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'any', ?, ?, ?, ?, ?, 0, 0, ?)",
            rows,
        )
        self._insert_children(emails, phones, links, talks)
        if rows:
            derived.index_new_contacts(first)
        return [r[0] for r in rows]

    def _insert_children(
        self, emails: list[Any], phones: list[Any], links: list[Any], talks: list[Any]
    ) -> None:
        self.conn.executemany(
            "INSERT INTO contact_email (contact_id, value, value_key, label, is_primary)"
            " VALUES (?, ?, ?, ?, ?)",
            emails,
        )
        self.conn.executemany(
            "INSERT INTO contact_phone (contact_id, value, value_key, label, is_primary)"
            " VALUES (?, ?, ?, ?, ?)",
            phones,
        )
        self.conn.executemany("INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", links)
        sql = (
            "INSERT INTO interaction (uuid, created_at, updated_at, contact_id, kind, channel,"
            " occurred_at, summary, notes) VALUES (?, ?, ?, ?, 'networking', 'social', ?, ?, '')"
        )
        if len(talks) < 2000:
            self.conn.executemany(sql, talks)
            return
        # Many rows: index them for search in one statement instead of one trigger run per row
        # (the trigger is dropped and re-created inside this transaction, so nobody sees it missing).
        before = int(self.conn.execute("SELECT coalesce(max(id), 0) FROM interaction").fetchone()[0])
        self.conn.execute("DROP TRIGGER IF EXISTS interaction_fts_ai")
        self.conn.executemany(sql, talks)
        self.conn.execute(
            "INSERT INTO interaction_fts (rowid, summary, notes) SELECT id, summary, notes FROM interaction"
            " WHERE id > ?",
            (before,),
        )
        fts.create(database)

    def _connected_row(self, cid: int, contact_uuid: str, day: date) -> tuple[Any, ...]:
        when = self.noons.get(day)
        if when is None:
            when = self.noons[day] = format_utc(datetime.combine(day, time(12, 0), tzinfo=self.zone))
        return (_connected_uuid(contact_uuid), self.stamp, self.stamp, cid, when, "Connected on LinkedIn")

    def _apply_changes(self) -> list[int]:
        ids = []
        emails, phones, links, talks = [], [], [], []
        total = len(self.work.changes)
        for n, change in enumerate(self.work.changes):
            self._check(n, total, 0.55, 0.3)
            cid = change.target
            state = self.work.states[cid]
            ids.append(cid)
            sets: dict[str, Any] = {}
            for name, value in change.fields.items():
                if name == "organization":
                    sets["organization_id"] = self._org_id(value)
                elif name == "met_on":
                    sets["met_on"] = value.isoformat()
                else:
                    sets[name] = value
            if change.connected_on and "met_on" not in sets and not state.fields.get("met_on"):
                sets["met_on"] = change.connected_on.isoformat()
            if change.notes:
                current = self.conn.execute("SELECT notes FROM contact WHERE id = ?", (cid,)).fetchone()[0]
                sets["notes"] = f"{current}\n\n{change.notes}" if current else change.notes
            sets["updated_at"] = self.stamp
            assignments = ", ".join(f"{k} = ?" for k in sets)
            self.conn.execute(f"UPDATE contact SET {assignments} WHERE id = ?", [*sets.values(), cid])
            for item in _dedupe(change.emails, email_key):
                primary = item.is_primary and not change.had_emails
                emails.append((cid, item.value, email_key(item.value), item.label, int(primary)))
            for item in _dedupe(change.phones, phone_key):
                primary = item.is_primary and not change.had_phones
                phones.append((cid, item.value, phone_key(item.value), item.label, int(primary)))
            for tag in dict.fromkeys(change.tags):
                links.append((cid, self._tag_id(tag)))
            if change.connected_on:
                talks.append(self._connected_row(cid, state.uuid, change.connected_on))
        self._insert_children(emails, phones, links, talks)
        return ids
