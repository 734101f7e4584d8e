"""Planning an import: which record adds a contact, which one fills what a contact lacks.

``plan_records`` reads the journal and writes nothing: it is the dry run the preview
shows, and the first step of the real import (``writing``). Matching is
``matching.Index``; a record whose fingerprint was imported before adds nothing. A
record that matches a contact fills what that contact lacks (every field of
``contact_fields``; ``contact_state`` tells what a contact has and what a record adds);
one that brings nothing new is skipped. The plan also says what
the file holds that the journal does not keep (``report``), when many rows would fall
into one contact (``merge_many``: refused unless the user confirms), which new people
agree with a contact only by name and organization (offered merges), and whether the
file's dates need the day/month order asked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain, compress
from operator import attrgetter
from typing import Any

from journal.db import raw_connection
from journal.interop import matching
from journal.interop.contact_state import (
    ContactChange,
    ContactState,
    add_what_is_new,
    copy_record,
    describe,
    load_states,
    merge_into,
    state_of_record,
)
from journal.interop.errors import QT_TRANSLATE_NOOP
from journal.interop.plan import ImportChoices, ImportPlan, MergeMany, PlanEntry
from journal.interop.records import DAMAGED, GROUP, ORGANIZATION, PERSON, ContactRecord
from journal.services import contact_fields
from journal.services.text import fold

#: Rows of one file falling into one contact from which the import asks first.
MERGE_MANY = 3
#: The fields the report counts (the name and the source id go without saying).
_REPORTED = tuple(
    f.name for f in contact_fields.FIELDS if f.portable and f.name not in ("name", "source_uid")
)


@dataclass
class Work:
    plan: ImportPlan
    new: list[ContactRecord] = field(default_factory=list)
    changes: list[ContactChange] = field(default_factory=list)
    states: dict[int, ContactState] = field(default_factory=dict)
    organizations: list[tuple[ContactRecord, int | None, bytes]] = field(
        default_factory=list
    )  # record, id, print
    groups: list[tuple[str, list[int]]] = field(default_factory=list)  # tag -> targets (ids, or -(n+1) new)
    prints: dict[bytes, tuple[str, int]] = field(default_factory=dict)  # fingerprint -> what it becomes
    new_prints: list[list[bytes]] = field(default_factory=list)  # per new record: its fingerprints


# What the preview says about a record (English templates, context "Import").
_SAME_IN_FILE = (
    QT_TRANSLATE_NOOP("Import", "same person as {where} in this file; adds {fields}"),
    QT_TRANSLATE_NOOP("Import", "same person as {where} in this file; nothing new"),
)
_MATCHED = (
    QT_TRANSLATE_NOOP("Import", "matched on {key}; adds {fields}"),
    QT_TRANSLATE_NOOP("Import", "already in the journal (matched on {key}); nothing new"),
)
IMPORTED_BEFORE = QT_TRANSLATE_NOOP("Import", "imported before from this card or row; nothing new")
_DUPLICATE_ROW = QT_TRANSLATE_NOOP("Import", "the same as {where} in this file")
_NO_NAME = QT_TRANSLATE_NOOP("Import", "no name, no organization and no email")
_OFFER = QT_TRANSLATE_NOOP(
    "Import", "same name and organization as {name}, who is already in the journal: merge them?"
)
_REVIEW = QT_TRANSLATE_NOOP("Import", "possible duplicate of {name}: review it under Duplicates")
_ACCEPTED = QT_TRANSLATE_NOOP("Import", "merged with {name} (same name and organization); adds {fields}")


class _Planner:
    def __init__(self, records: Sequence[ContactRecord], fmt: str, choices: ImportChoices) -> None:
        self.records = records
        self.choices = choices
        self.work = Work(ImportPlan(fmt))
        self.index = matching.Index(matching.FileKeys.of(records))
        self.targets: list[tuple[int, str] | None] = []
        self.rows: Counter[int] = Counter()  # records falling into a target after its first
        self.first_of_new: list[int] = []  # the record that makes each new contact
        self.first_print: dict[bytes, int] = {}  # fingerprint -> the first record with it
        self.offers: dict[int, tuple[int, str]] = {}  # record number -> (contact id, name)
        self.copied: set[int] = set()  # new records already copied (see ``_pending``)

    def run(self) -> Work:
        prints = [matching.fingerprint(r) if r.kind != DAMAGED else b"" for r in self.records]
        known = matching.known_fingerprints([p for p in prints if p])
        self._match(prints, known)
        people = [t[0] for t in self.targets if t and t[0] > 0]
        with_linkedin = {
            t[0] for t, r in zip(self.targets, self.records, strict=True) if t and t[0] > 0 and r.connected_on
        }
        self.work.states = load_states(people, with_linkedin)
        for n, (record, target) in enumerate(zip(self.records, self.targets, strict=True)):
            self.work.plan.entries.append(self._entry(n, record, target, prints[n], known))
        self._groups()
        self._report()
        return self.work

    # matching ---------------------------------------------------------------------------------
    def _match(self, prints: list[bytes], known: dict[bytes, tuple[str, int]]) -> None:
        """Each record's target: (contact id, key), (-(n+1), "") for the n-th new contact, or None."""
        first_print, targets, index = self.first_print, self.targets, self.index
        new, new_prints, first_of_new = self.work.new, self.work.new_prints, self.first_of_new
        for n, record in enumerate(self.records):
            fp = prints[n]
            earlier = first_print.setdefault(fp, n) if fp else n
            if record.kind != PERSON or not record.name:
                targets.append(None)
                continue
            if fp in known or earlier != n:
                targets.append(targets[earlier] if earlier != n else None)
                continue
            keys = index.keys(record)
            found = index.find(record, keys)
            if found is None:
                found = self._offered(n, record)
            if found is None:
                new.append(record)  # copied before a later row folds into it (``_pending``)
                new_prints.append([])
                first_of_new.append(n)
                found = (-len(new), "")
            elif found[0] > 0 or first_of_new[-found[0] - 1] != n:
                self.rows[found[0]] += 1
            targets.append(found)
            index.remember(record, found[0], keys)
        for target, count in self.rows.items():
            rows = count + (1 if target < 0 else 0)
            if rows >= MERGE_MANY:
                name = self.work.new[-target - 1].name if target < 0 else self._contact_name(target)
                self.work.plan.merge_many.append(MergeMany(name, rows, self._key_of(target)))

    def _offered(self, n: int, record: ContactRecord) -> tuple[int, str] | None:
        same = self.index.same_name(record)
        if not same:  # most new people: no one of that name, no organization to compare
            return None
        org = fold(record.organization)
        for cid, name, org_key in same:
            if org and org_key == org:
                self.offers[n] = (cid, name)
                if self.choices.accept_matches or record.where in self.choices.accepted:
                    return cid, QT_TRANSLATE_NOOP("Import", "name and organization")
                return None
        return None

    def _contact_name(self, cid: int) -> str:
        row = raw_connection().execute("SELECT name FROM contact WHERE id = ?", (cid,)).fetchone()
        return row[0] if row else ""

    def _key_of(self, target: int) -> str:
        return next((t[1] for t in self.targets if t and t[0] == target and t[1]), "")

    # entries ----------------------------------------------------------------------------------
    def _entry(
        self,
        n: int,
        record: ContactRecord,
        target: tuple[int, str] | None,
        fp: bytes,
        known: dict[bytes, tuple[str, int]],
    ) -> PlanEntry:
        if record.kind == DAMAGED:
            template, args = record.problem or ("", {})
            return PlanEntry("skip", record.where, "", template, dict(args), kind=DAMAGED)
        if fp in known:
            _what, ident = known[fp]
            return PlanEntry(
                "skip", record.where, record.name, IMPORTED_BEFORE, {}, ident or None, record.kind
            )
        first = self.first_print.get(fp, n) if fp else n
        if first != n:
            where = self.records[first].where
            return PlanEntry(
                "skip", record.where, record.name, _DUPLICATE_ROW, {"where": where}, None, record.kind
            )
        if record.kind == ORGANIZATION:
            return self._organization(record, fp)
        if record.kind == GROUP:
            self.work.prints[fp] = ("group", 0)
            return PlanEntry("skip", record.where, record.name, kind=GROUP)  # filled in by _groups
        if target is None:
            return PlanEntry("skip", record.where, "", _NO_NAME)
        tid, key = target
        if tid < 0:
            if self.first_of_new[-tid - 1] == n:
                self.work.new_prints[-tid - 1].append(fp)
                return self._new(n, record, tid)
            return self._repeat(record, tid, fp)
        self.work.prints[fp] = ("contact", tid)
        return self._existing(n, record, tid, key)

    def _new(self, n: int, record: ContactRecord, tid: int) -> PlanEntry:
        entry = PlanEntry("add", record.where, record.name)
        offer = self.offers.get(n)
        if offer is not None:
            entry.reason, entry.args, entry.offer_id, entry.target_id = (
                _OFFER,
                {"name": offer[1]},
                offer[0],
                offer[0],
            )
            return entry
        same = self.index.same_name(record)
        if same:
            entry.reason, entry.args, entry.target_id = _REVIEW, {"name": same[0][1]}, same[0][0]
        return entry

    def _repeat(self, record: ContactRecord, tid: int, fp: bytes) -> PlanEntry:
        """The same person again in this file: folded into the first record."""
        pending = self._pending(tid)
        self.work.new_prints[-tid - 1].append(fp)
        change = ContactChange(0, record)
        add_what_is_new(change, self._state(tid))
        what = describe(change)
        merge_into(pending, change)
        first = self.records[self.first_of_new[-tid - 1]].where
        return _outcome(record, what, _SAME_IN_FILE, {"where": first}, None)

    def _existing(self, n: int, record: ContactRecord, tid: int, key: str) -> PlanEntry:
        """A record matching contact ``tid`` (on ``key``): what it adds, remembered for later records."""
        change = ContactChange(tid, record)
        add_what_is_new(change, self.work.states[tid])
        what = describe(change)
        if what:
            self.work.changes.append(change)
        if n in self.offers:
            entry = _outcome(record, what, (_ACCEPTED, _ACCEPTED), {"name": self.offers[n][1]}, tid)
            entry.offer_id = tid
            return entry
        return _outcome(record, what, _MATCHED, {"key": key}, tid)

    def _organization(self, record: ContactRecord, fp: bytes) -> PlanEntry:
        row = (
            raw_connection()
            .execute(
                "SELECT id FROM organization WHERE name_key = ? AND deleted_at IS NULL ORDER BY id",
                (record.sort_key,),
            )
            .fetchone()
        )
        existing = int(row[0]) if row else None
        self.work.organizations.append((record, existing, fp))
        if existing is None:
            return PlanEntry("add", record.where, record.name, kind=ORGANIZATION)
        return PlanEntry(
            "merge",
            record.where,
            record.name,
            QT_TRANSLATE_NOOP("Import", "organization already in the journal; adds what it lacks"),
            target_id=existing,
            kind=ORGANIZATION,
        )

    def _groups(self) -> None:
        """Groups (KIND:group, contact lists) become tags on their members."""
        entries = self.work.plan.entries
        for n, record in enumerate(self.records):
            if record.kind != GROUP or entries[n].reason:
                continue
            targets, missing = [], 0
            for member in record.members:
                found = self.index.member(member)
                if found is None:
                    missing += 1
                else:
                    targets.append(found)
            tag = " ".join(record.name.split())
            gaining = [t for t in dict.fromkeys(targets) if tag.casefold() not in self._state(t).tags]
            for t in gaining:
                self._state(t).tags.add(tag.casefold())
            self.work.groups.append((tag, gaining))
            entry = entries[n]
            entry.args = {"tag": tag, "count": len(gaining), "missing": missing}
            entry.action = "add" if gaining else "skip"
            entry.reason = (
                QT_TRANSLATE_NOOP(
                    "Import", "group: tags {count} people with {tag} ({missing} members not found)"
                )
                if missing
                else QT_TRANSLATE_NOOP("Import", "group: tags {count} people with {tag}")
            )

    def _pending(self, target: int) -> ContactRecord:
        """The new record ``target`` (< 0) as a copy later rows fold into (the parsed file stays as read)."""
        if target not in self.copied:
            self.copied.add(target)
            self.work.new[-target - 1] = copy_record(self.work.new[-target - 1])
        return self.work.new[-target - 1]

    def _state(self, target: int) -> ContactState:
        """What the contact or new record ``target`` has (made when first needed: most new rows never do)."""
        state = self.work.states.get(target)
        if state is None:
            if target < 0:
                state = state_of_record(self._pending(target))
            else:
                state = load_states([target], set()).get(target) or state_of_record(ContactRecord(where=""))
            self.work.states[target] = state
        return state

    def _report(self) -> None:
        report = self.work.plan.report
        dropped, changed = report.dropped, report.changed
        live = [record for record in self.records if record.kind != DAMAGED]
        for record in live:
            if record.dropped:
                dropped.update(dict.fromkeys(record.dropped, 1))
            if record.notices:
                changed.update(dict.fromkeys(record.notices, 1))
        values = attrgetter(*_REPORTED)  # C-speed: 36 fields x 100,000 rows, counted in one update
        report.kept.update(chain.from_iterable(compress(_REPORTED, values(record)) for record in live))


def _outcome(
    record: ContactRecord, what: list[str], texts: tuple[str, str], args: dict[str, Any], target: int | None
) -> PlanEntry:
    """A merge entry when the record brings ``what``, else a skip; ``texts`` say which in words."""
    args["fields"] = ", ".join(what)
    action, reason = ("merge", texts[0]) if what else ("skip", texts[1])
    return PlanEntry(action, record.where, record.name, reason, args, target)


def plan_records(records: Sequence[ContactRecord], fmt: str, choices: ImportChoices | None = None) -> Work:
    """What importing ``records`` would do, record by record (reads the journal, writes nothing)."""
    return _Planner(records, fmt, choices or ImportChoices()).run()
