"""Reading follow-ups: one, a contact's, a day's agenda, what is overdue or due, and day counts.

``followups`` (the changes) re-exports these names, so callers write
``followups.agenda(day)`` whichever module holds the code.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time

import peewee

from journal import clock
from journal.db import database
from journal.db.fields import parse_utc
from journal.db.models import KINDS, Contact, FollowUp
from journal.services.errors import QT_TRANSLATE_NOOP, NotFoundError
from journal.services.rows import data_of
from journal.services.validation import choice


@dataclass(frozen=True)
class FollowUpData:
    id: int
    uuid: str
    contact_id: int
    contact_name: str
    kind: str
    title: str
    notes: str
    due_date: date
    due_time: time | None
    status: str
    snoozed_until: datetime | None
    recurrence_unit: str | None
    recurrence_interval: int | None
    interaction_id: int | None
    deal_id: int | None
    completed_at: datetime | None
    reminded_for: datetime | None
    created_at: datetime
    updated_at: datetime

    def is_overdue(self, today: date) -> bool:
        """Open and due before ``today``."""
        return self.status == "open" and self.due_date < today


@dataclass(frozen=True)
class DayCounts:
    overdue: int = 0
    due: int = 0
    done: int = 0


def _query() -> peewee.ModelSelect:
    """Live follow-ups of live contacts, each with ``contact_name``."""
    return (
        FollowUp.select(FollowUp, Contact.name.alias("contact_name"))
        .join(Contact, on=(FollowUp.contact == Contact.id))
        .where(FollowUp.deleted_at.is_null() & Contact.deleted_at.is_null())
    )


def _as_data(row: FollowUp) -> FollowUpData:
    """The plain data of one follow-up row."""
    return data_of(FollowUpData, row, contact_name=getattr(row, "contact_name", None) or row.contact.name)


def get_followup(followup_id: int) -> FollowUpData:
    """One follow-up (trashed ones too); ``NotFoundError`` when it does not exist."""
    row = FollowUp.get_or_none(FollowUp.id == followup_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Validation", "That follow-up no longer exists."))
    return _as_data(row)


def followups_for_contact(
    contact_id: int, *, kind: str, include_closed: bool = False, limit: int = 200
) -> list[FollowUpData]:
    """A contact's follow-ups of one kind: open ones by due date, closed ones after if asked."""
    choice("kind", kind, KINDS)
    where = "f.contact_id = ? AND f.kind = ?" + ("" if include_closed else " AND f.status = 'open'")
    return _fast(where, [contact_id, kind], "f.status != 'open', f.due_date, f.due_time, f.id", limit)


_FAST_SQL = """
    SELECT f.id, f.uuid, f.contact_id, c.name, f.kind, f.title, f.notes, f.due_date, f.due_time,
           f.status, f.snoozed_until, f.recurrence_unit, f.recurrence_interval, f.interaction_id,
           f.deal_id, f.completed_at, f.reminded_for, f.created_at, f.updated_at
    FROM follow_up f{indexed} JOIN contact c ON c.id = f.contact_id
    WHERE f.deleted_at IS NULL AND c.deleted_at IS NULL AND {where}
    ORDER BY {order}"""


BY_ID = "by id"


def _utc(text: str | None) -> datetime | None:
    return parse_utc(text) if text else None


def _fast(
    where: str, params: list[object], order: str, limit: int | None = None, *, index: str = ""
) -> list[FollowUpData]:
    """Follow-ups straight from tuples: lists of thousands (reminders, calendar) would
    otherwise spend most of their time building Peewee model objects. ``index`` names the
    index to read (one the planner's statistics might otherwise pass over); ``BY_ID``, none:
    the rows are looked up by their ids."""
    indexed = " NOT INDEXED" if index == BY_ID else f" INDEXED BY {index}" if index else ""
    sql = _FAST_SQL.format(where=where, order=order, indexed=indexed)
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    rows = database.execute_sql(sql, params).fetchall()
    return [
        FollowUpData(
            id=r[0],
            uuid=r[1],
            contact_id=r[2],
            contact_name=r[3],
            kind=r[4],
            title=r[5],
            notes=r[6],
            due_date=date.fromisoformat(r[7]),
            due_time=time.fromisoformat(r[8]) if r[8] else None,
            status=r[9],
            snoozed_until=_utc(r[10]),
            recurrence_unit=r[11],
            recurrence_interval=r[12],
            interaction_id=r[13],
            deal_id=r[14],
            completed_at=_utc(r[15]),
            reminded_for=_utc(r[16]),
            created_at=parse_utc(r[17]),
            updated_at=parse_utc(r[18]),
        )
        for r in rows
    ]


def all_followups(contact_id: int | None = None) -> list[FollowUpData]:
    """Every live follow-up (open and closed), by due date: what exports write."""
    if contact_id is None:
        return _fast("1", [], "f.due_date, f.id")
    return _fast("f.contact_id = ?", [contact_id], "f.due_date, f.id")


def agenda(day: date) -> list[FollowUpData]:
    """Every follow-up due on ``day`` (open first, then done/cancelled)."""
    return _fast("f.due_date = ?", [day.isoformat()], "f.status != 'open', f.due_time, f.id")


def overdue(today: date | None = None, *, limit: int = 500) -> list[FollowUpData]:
    """Open follow-ups due before ``today``, oldest first."""
    today = today or clock.today()
    return _fast(
        "f.status = 'open' AND f.due_date < ?", [today.isoformat()], "f.due_date, f.due_time, f.id", limit
    )


def open_due_until(day: date) -> list[FollowUpData]:
    """Open follow-ups due on or before ``day`` (what reminders look at)."""
    return _fast("f.status = 'open' AND f.due_date <= ?", [day.isoformat()], "f.due_date, f.id")


def open_snoozed() -> list[FollowUpData]:
    """Open follow-ups that have a snooze (their reminder moved later)."""
    return _fast("f.status = 'open' AND f.snoozed_until IS NOT NULL", [], "f.id", index="follow_up_snoozed")


def open_due_until_among(
    day: date, followup_ids: Collection[int], contact_ids: Collection[int]
) -> tuple[list[FollowUpData], list[FollowUpData]]:
    """What ``open_due_until(day)`` and ``open_snoozed()`` hold of these follow-ups and of the
    follow-ups of these contacts: the part of a cached answer that some changes may have moved."""
    among = (  # by their ids: an OR of the two columns would read every due follow-up's index entry
        "f.id IN (SELECT value FROM json_each(?) UNION"
        " SELECT id FROM follow_up WHERE contact_id IN (SELECT value FROM json_each(?)))"
    )
    ids: list[object] = [json.dumps(sorted(followup_ids)), json.dumps(sorted(contact_ids))]
    # by id: the due-date and snooze indexes hold thousands of entries the planner would read
    due = _fast(
        f"f.status = 'open' AND f.due_date <= ? AND {among}",
        [day.isoformat(), *ids],
        "f.due_date, f.id",
        index=BY_ID,
    )
    snoozed = _fast(
        f"f.status = 'open' AND f.snoozed_until IS NOT NULL AND {among}", ids, "f.id", index=BY_ID
    )
    return due, snoozed


def next_open_after(day: date) -> FollowUpData | None:
    """The first open follow-up due after ``day``, or None."""
    query = _query().where((FollowUp.status == "open") & (FollowUp.due_date > day))
    row = query.order_by(FollowUp.due_date, FollowUp.due_time, FollowUp.id).limit(1).objects()
    found = list(row)
    return _as_data(found[0]) if found else None


def day_counts(start: date, end: date, today: date | None = None) -> dict[date, DayCounts]:
    """Per day in [start, end]: overdue (open, past), due (open, today or later), done."""
    today = today or clock.today()
    # No join to contact: trashing a contact stamps its follow-ups too, so the
    # covering (deleted_at, due_date, status) index answers this alone.
    query = (
        FollowUp.select(FollowUp.due_date, FollowUp.status, peewee.fn.COUNT(FollowUp.id))
        .where(FollowUp.deleted_at.is_null() & (FollowUp.due_date >= start) & (FollowUp.due_date <= end))
        .group_by(FollowUp.due_date, FollowUp.status)
        .tuples()
    )
    counts: dict[date, DayCounts] = {}
    for due, status, count in query:
        due = FollowUp.due_date.python_value(due) if isinstance(due, str) else due
        current = counts.get(due, DayCounts())
        if status == "open":
            if due < today:
                current = DayCounts(current.overdue + count, current.due, current.done)
            else:
                current = DayCounts(current.overdue, current.due + count, current.done)
        elif status == "done":
            current = DayCounts(current.overdue, current.due, current.done + count)
        counts[due] = current
    return counts
