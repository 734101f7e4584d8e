"""Writing an import: the planned new contacts and additions go into the journal.

``apply_records`` runs inside the caller's write transaction (``engine.apply_import``):
it re-plans against the journal as it is now, inserts in bulk and refreshes the
derived figures of the contacts it touched. A cancel raises ``ImportCancelled``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from typing import Any

from journal import clock
from journal.db import database, fts, raw_connection
from journal.db.fields import format_utc, parse_utc
from journal.db.models import new_uuid
from journal.interop.errors import ImportCancelled
from journal.interop.planning import ImportPlan, Work, connected_uuid, plan_records
from journal.interop.records import ContactRecord
from journal.services import contact_fields, derived
from journal.services.contacts import LabeledValue
from journal.services.text import email_key, fold, phone_key

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


def apply_records(
    records: Sequence[ContactRecord], fmt: str, report: Progress, stop: Cancelled
) -> ImportPlan:
    """Plan and write ``records`` (the caller holds the write transaction); the plan says what was done."""
    report(0.0, "planning")
    work = plan_records(records, fmt)
    if stop():
        raise ImportCancelled
    big = len(records) > 5000
    if big:  # a bigger page cache makes bulk inserts into indexed tables much faster
        database.execute_sql("PRAGMA cache_size = -65536")
    try:
        ids = _Writer(work, report, stop).run()
    finally:
        if big:
            database.execute_sql("PRAGMA cache_size = -16000")
    work.plan.contact_ids = ids
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
        return (connected_uuid(contact_uuid), self.stamp, self.stamp, cid, when, "Connected on LinkedIn")

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
                kind = contact_fields.kind(name)
                if kind == contact_fields.REFERENCE:  # the organization, found or created by name
                    sets["organization_id"] = self._org_id(value)
                elif kind == contact_fields.DATE:
                    sets[name] = value.isoformat()
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
