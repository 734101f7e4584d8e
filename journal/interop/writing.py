"""Writing an import: the planned organizations, new contacts and additions go into the journal.

``plan_for_writing`` plans against the journal as it is now (``MergeManyRefused`` when many
rows would merge into one contact and the user has not allowed it). ``Writer.write_part``
writes one part of the plan in the caller's transaction (``sliced`` cuts the import into
such parts) and refreshes the derived figures of the contacts it touched; the rows it
collects and the statements that insert them are ``bulk_rows``. A cancel raises
``ImportCancelled``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from itertools import compress
from operator import attrgetter
from typing import Any

from journal import clock
from journal.db import raw_connection
from journal.db.fields import format_utc, parse_utc
from journal.db.models import new_uuid, uuid_text
from journal.interop import bulk_rows
from journal.interop.contact_state import ContactChange, connected_uuid
from journal.interop.errors import QT_TRANSLATE_NOOP, ImportCancelled, ImportFileError
from journal.interop.plan import ImportChoices
from journal.interop.planning import Work, plan_records
from journal.interop.records import ContactRecord
from journal.services import contact_fields, contact_values, derived
from journal.services.contact_values import value_key
from journal.services.text import fold
from journal.services.values import LabeledValue

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
# contact columns an import writes, in order (the organization as its id)
_COLUMNS = bulk_rows.COLUMNS
_VALUE_KINDS = contact_values.VALUE_KINDS
_COLUMN_VALUES = attrgetter(*_COLUMNS)  # a new contact's column values, in one C call
_ORG_AT, _MET_AT, _STAR_AT = (_COLUMNS.index(n) for n in ("organization", "met_on", "starred"))
_LIST_NAMES = ("emails", "phones", *_VALUE_KINDS)
_LIST_VALUES = attrgetter(*_LIST_NAMES)


class MergeManyRefused(ImportFileError):
    """Many rows of the file would fall into one contact and the user has not allowed it."""


def plan_for_writing(
    records: Sequence[ContactRecord], fmt: str, choices: ImportChoices | None = None
) -> Work:
    """Plan ``records`` against the journal as it is now (reads only); ``MergeManyRefused`` when many
    rows would fall into one contact and ``choices`` does not allow it (nothing is written then)."""
    choices = choices or ImportChoices()
    work = plan_records(records, fmt, choices)
    if work.plan.merge_many and not choices.allow_merge_many:
        worst = max(work.plan.merge_many, key=lambda m: m.rows)
        raise MergeManyRefused(
            QT_TRANSLATE_NOOP(
                "Import",
                "{rows} rows of this file would all be merged into {name}. That usually means the file's "
                "columns were not recognized. Check the preview; if they really are one person, import "
                "again allowing it (--allow-merge-many).",
            ),
            rows=worst.rows,
            name=worst.name,
        )
    return work


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass
class _Later:
    """What a writer leaves for the end: the search text from the first new contact, the touched
    contacts' statistics."""

    first: int | None = None
    touched: set[int] = field(default_factory=set)


class Writer:
    """Writes a planned import part by part (``write_part``), each in the caller's transaction."""

    def __init__(self, work: Work, report: Progress, stop: Cancelled) -> None:
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
        self.org_ids: dict[str, int] = {}  # organization name as the record has it -> its id
        self.tag_cadence: dict[str, int] = {}
        self.new_ids: dict[int, int] = {}  # -(n+1) -> contact id
        # The new contacts' uuids, random but handed out in order: a slice of them then lands on a
        # few neighbouring pages of the uuid index instead of a page per contact (see ``sliced``).
        # (One call for all their random bytes: a call per uuid was a third of their time.)
        digits = os.urandom(16 * len(work.new)).hex()
        self.uuids = sorted(uuid_text(digits[i : i + 32], 4) for i in range(0, len(digits), 32))
        # The new contacts' fingerprints, written with the last part in key order (random 16-byte
        # keys: a slice's worth would touch a page of their index each).
        self.prints: list[tuple[bytes, int | None, int | None, str]] = []
        self.later: _Later | None = None  # what ``finish_later`` does (after ``write_later``)

    def _org_id(self, name: str) -> int | None:
        found = self.org_ids.get(name)
        if found is not None:  # a file repeats its companies: each found once
            return found
        text = name.strip()
        if not text:
            return None
        key = self.folded.get(text)
        if key is None:
            key = self.folded[text] = fold(text)
        found = self.orgs.get(key)
        if found is None:
            cursor = self.conn.execute(
                "INSERT INTO organization (uuid, created_at, updated_at, name, name_key, website, notes)"
                " VALUES (?, ?, ?, ?, ?, '', '')",
                (new_uuid(), self.stamp, self.stamp, text, key),
            )
            found = self.orgs[key] = int(cursor.lastrowid or 0)
        self.org_ids[name] = found
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
        if done % 2000 == 0 and self.stop():  # the caller reports the progress, part by part
            raise ImportCancelled

    def _load(self) -> None:
        for key, oid in self.conn.execute(
            "SELECT name_key, id FROM organization WHERE deleted_at IS NULL ORDER BY id DESC"
        ):
            self.orgs[key] = oid
        self.tags = {name: tid for tid, name in self.conn.execute("SELECT id, name FROM tag")}
        self.tag_cadence = dict(
            self.conn.execute("SELECT name, cadence_days FROM tag WHERE cadence_days > 0")
        )

    def write_part(
        self, new: range, changed: range, *, first: bool, last: bool, prints: int = 0
    ) -> list[int]:
        """Write the new contacts ``new`` and the changes ``changed`` of the plan, and the next ``prints``
        new contacts' fingerprints (once every new contact is written; the organizations go with the
        ``first`` part, the groups, the other fingerprints and any left with the ``last``); the contact
        ids touched."""
        self.conn = raw_connection()
        if first:
            self._load()
        rows = bulk_rows.Rows()
        if first:
            self._organizations(rows)
        new_ids = self._insert_new(rows, new)
        merged_ids = self._apply_changes(rows, changed)
        if prints or last:
            self.prints.sort()
            take = len(self.prints) if last else prints
            rows.prints.extend(self.prints[:take])
            del self.prints[:take]
        groups: list[int] = []
        if last:
            self._groups(rows)
            self._fingerprints(rows)
            # Every member: one written in an earlier part has its search text without the group's tag.
            groups = [self.new_ids.get(t, t) for _tag, ts in self.work.groups for t in ts]
        bulk_rows.insert_children(rows)
        touched = sorted({*merged_ids, *groups})
        if self.later is not None:  # ``finish_later`` does both once the indexes are back
            if new_ids and self.later.first is None:
                self.later.first = min(new_ids)
            self.later.touched.update(touched)
        else:
            self._derive(min(new_ids) if new_ids else None, touched)
        if last:
            self.report(1.0, "done")
        return sorted({*new_ids, *touched})

    def write_later(self) -> None:
        """From now on, ``write_part`` leaves the search text and the statistics to ``finish_later``
        (while ``bulk_rows.indexes_built_after`` has the indexes they read through dropped)."""
        self.later = _Later()

    def finish_later(self) -> None:
        """The search text of the new contacts and the statistics of the touched ones, left so far."""
        if self.later is not None:
            later, self.later = self.later, None
            self._derive(later.first, sorted(later.touched))

    def _derive(self, first: int | None, touched: list[int]) -> None:
        if first is not None:
            derived.index_new_contacts(first)
        if self.stop():
            raise ImportCancelled
        derived.refresh_contact_stats(touched)  # new contacts got their statistics on insert

    # organizations ----------------------------------------------------------------------------
    def _organizations(self, rows: bulk_rows.Rows) -> None:
        for record, existing, fp in self.work.organizations:
            oid = existing
            have: dict[str, Any] = {
                "phones": set(),
                "emails": set(),
                "urls": set(),
                "addresses": set(),
                "logo": False,
            }
            if oid is None:
                oid = int(
                    self.conn.execute(
                        "INSERT INTO organization (uuid, created_at, updated_at, name, name_key, website,"
                        " notes)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (
                            new_uuid(),
                            self.stamp,
                            self.stamp,
                            record.name,
                            record.sort_key,
                            record.website,
                            record.notes,
                        ),
                    ).lastrowid
                    or 0
                )
                self.orgs[record.sort_key] = oid
            else:
                current = contact_values.load_organization(oid)
                for kind in ("phones", "emails", "urls"):
                    have[kind] = {value_key(kind, v.value) for v in current[kind]}
                have["addresses"] = {a.key() for a in current["addresses"]}
                have["logo"] = current["logo"] is not None
            values = {
                "phones": record.phones,
                "emails": record.emails,
                "urls": [*([LabeledValue(record.website)] if record.website else []), *record.urls],
            }
            for kind, items in values.items():
                fresh = [v for v in items if value_key(kind, v.value) not in have[kind]]
                contact_values.add_organization_values(
                    oid, kind, bulk_rows.dedupe(kind, fresh, bool(have[kind]))
                )
            rows.add_addresses(
                None,
                oid,
                [a for a in record.addresses if a.key() not in have["addresses"]],
                bool(have["addresses"]),
            )
            if not have["logo"]:
                rows.add_picture(None, oid, record.photo)
            self.work.prints[fp] = ("organization", oid)

    # new contacts -----------------------------------------------------------------------------
    def _new_row(
        self, cid: int, contact_uuid: str, record: ContactRecord, talk: str | None
    ) -> tuple[Any, ...]:
        cadences = [self.tag_cadence[t] for t in record.tags if t in self.tag_cadence] if record.tags else ()
        cadence = record.cadence_days or (min(cadences) if cadences else None)
        due = None
        if cadence:
            last = parse_utc(talk) if talk else None
            found = derived.reconnect_due(last, cadence, None, self.now)
            due = found.isoformat() if found else None
        values = list(_COLUMN_VALUES(record))
        values[_ORG_AT] = self._org_id(record.organization)
        values[_MET_AT] = _iso(record.met_on or record.connected_on)
        values[_STAR_AT] = int(record.starred)
        return (
            cid,
            contact_uuid,
            self.stamp,
            self.stamp,
            record.sort_key or fold(record.name),
            *values,
            talk,
            talk,
            1 if talk else 0,
            due,
        )

    def _insert_new(self, rows: bulk_rows.Rows, part: range) -> list[int]:
        new = self.work.new
        first = int(self.conn.execute("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0]) + 1
        contacts = []
        new_prints, prints = self.work.new_prints, self.prints
        for n in part:
            record = new[n]
            if n % 2000 == 0 and self.stop():  # ``_check``, inline: the caller reports the progress
                raise ImportCancelled
            cid = first + n - part.start
            self.new_ids[-(n + 1)] = cid
            contact_uuid = self.uuids[n]
            talk = None
            if record.connected_on:
                row = self._connected_row(cid, contact_uuid, record.connected_on)
                rows.talks.append(row)
                talk = row[4]
            contacts.append(self._new_row(cid, contact_uuid, record, talk))
            values = _LIST_VALUES(record)
            if any(values):
                rows.add_lists(cid, dict(compress(zip(_LIST_NAMES, values, strict=True), values)), {})
            if record.addresses:
                rows.add_addresses(cid, None, record.addresses, False)
            if record.photo is not None:
                rows.add_picture(cid, None, record.photo)
            if record.tags:
                rows.links.extend((cid, self._tag_id(tag)) for tag in dict.fromkeys(record.tags))
            for fp in new_prints[n]:
                prints.append((fp, cid, None, self.stamp))
        bulk_rows.insert_contacts(contacts)
        return [r[0] for r in contacts]

    def _connected_row(self, cid: int, contact_uuid: str, day: date) -> tuple[Any, ...]:
        when = self.noons.get(day)
        if when is None:
            when = self.noons[day] = format_utc(datetime.combine(day, time(12, 0), tzinfo=self.zone))
        return (connected_uuid(contact_uuid), self.stamp, self.stamp, cid, when, "Connected on LinkedIn")

    # additions to contacts --------------------------------------------------------------------
    def _apply_changes(self, rows: bulk_rows.Rows, part: range) -> list[int]:
        ids = []
        total = len(self.work.changes)
        for n in part:
            change = self.work.changes[n]
            self._check(n, total, 0.55, 0.3)
            ids.append(change.target)
            self._update(change)
            rows.add_lists(change.target, change.lists, change.had)
            rows.add_addresses(change.target, None, change.addresses, self._has_addresses(change.target))
            rows.add_picture(change.target, None, change.photo)
            rows.links.extend((change.target, self._tag_id(tag)) for tag in dict.fromkeys(change.tags))
            if change.connected_on:
                state = self.work.states[change.target]
                rows.talks.append(self._connected_row(change.target, state.uuid, change.connected_on))
        return ids

    def _has_addresses(self, cid: int) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM address WHERE contact_id = ? LIMIT 1", (cid,)).fetchone()
            is not None
        )

    def _update(self, change: ContactChange) -> None:
        cid = change.target
        state = self.work.states[cid]
        sets: dict[str, Any] = {}
        for name, value in change.fields.items():
            kind = contact_fields.kind(name)
            if kind == contact_fields.REFERENCE:  # the organization, found or created by name
                sets["organization_id"] = self._org_id(value)
            elif kind == contact_fields.DATE:
                sets[name] = value.isoformat()
            elif kind == contact_fields.FLAG:
                sets[name] = int(bool(value))
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

    def _groups(self, rows: bulk_rows.Rows) -> None:
        for tag, targets in self.work.groups:
            tag_id = self._tag_id(tag)
            rows.links.extend((self.new_ids.get(t, t), tag_id) for t in targets)

    def _fingerprints(self, rows: bulk_rows.Rows) -> None:
        for fp, (what, ident) in self.work.prints.items():
            if what == "contact":
                rows.prints.append((fp, ident, None, self.stamp))
            elif what == "organization":
                rows.prints.append((fp, None, ident or None, self.stamp))
            else:
                rows.prints.append((fp, None, None, self.stamp))
