"""Follow-ups: things to do for a contact by a date (and optionally a time)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import peewee

from journal import clock
from journal.db import database
from journal.db.fields import parse_utc
from journal.db.models import (
    FOLLOWUP_STATUSES,
    KINDS,
    RECURRENCE_UNITS,
    Contact,
    Deal,
    FollowUp,
    Interaction,
    Meta,
)
from journal.services.contacts import live_contact
from journal.services.derived import refresh_contact_stats
from journal.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from journal.services.events import changes, write
from journal.services.validation import choice, required_text

MAX_RECURRENCE = 999


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
        return self.status == "open" and self.due_date < today


@dataclass(frozen=True)
class DayCounts:
    overdue: int = 0
    due: int = 0
    done: int = 0


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's end (31 Jan + 1 -> 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_occurrence(due: date, unit: str, interval: int) -> date:
    if unit == "day":
        return due + timedelta(days=interval)
    if unit == "week":
        return due + timedelta(weeks=interval)
    return add_months(due, interval)


def _validate_recurrence(unit: str | None, interval: int | None) -> tuple[str | None, int | None]:
    if unit is None:
        return None, None
    choice("recurrence_unit", unit, RECURRENCE_UNITS)
    interval = interval or 1
    if interval < 1 or interval > MAX_RECURRENCE:
        raise ValidationError(
            "recurrence_interval",
            QT_TRANSLATE_NOOP("Validation", "Repeat every 1 to {max}."),
            max=MAX_RECURRENCE,
        )
    return unit, interval


def _check_source(interaction_id: int | None, deal_id: int | None, due: date, contact_id: int) -> None:
    if interaction_id is not None:
        source = Interaction.get_or_none(Interaction.id == interaction_id)
        if source is None or source.contact_id != contact_id:
            raise ValidationError(
                "interaction_id",
                QT_TRANSLATE_NOOP("Validation", "That entry does not belong to this contact."),
            )
        happened = source.occurred_at.astimezone(clock.local_zone()).date()
        if due < happened:
            raise ValidationError(
                "due_date",
                QT_TRANSLATE_NOOP(
                    "Validation", "A follow-up cannot be due before the entry it follows ({day})."
                ),
                day=happened.isoformat(),
            )
    if deal_id is not None:
        deal = Deal.get_or_none((Deal.id == deal_id) & Deal.deleted_at.is_null())
        if deal is None or deal.contact_id != contact_id:
            raise ValidationError(
                "deal_id",
                QT_TRANSLATE_NOOP("Validation", "That deal does not belong to this contact."),
            )


def create_followup(
    *,
    contact_id: int,
    kind: str,
    title: str,
    due_date: date,
    due_time: time | None = None,
    notes: str = "",
    recurrence_unit: str | None = None,
    recurrence_interval: int | None = None,
    interaction_id: int | None = None,
    deal_id: int | None = None,
) -> FollowUpData:
    choice("kind", kind, KINDS)
    title = required_text("title", title)
    unit, interval = _validate_recurrence(recurrence_unit, recurrence_interval)
    with write():
        live_contact(contact_id)
        _check_source(interaction_id, deal_id, due_date, contact_id)
        row = FollowUp.create(
            contact=contact_id,
            kind=kind,
            title=title,
            notes=notes.strip(),
            due_date=due_date,
            due_time=due_time,
            recurrence_unit=unit,
            recurrence_interval=interval,
            interaction=interaction_id,
            deal=deal_id,
        )
        refresh_contact_stats([contact_id])
        changes.emit("followup", "created", [row.id])
    return get_followup(row.id)


def _live(followup_id: int) -> FollowUp:
    row = FollowUp.get_or_none((FollowUp.id == followup_id) & FollowUp.deleted_at.is_null())
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Validation", "That follow-up no longer exists."))
    return row


def _open(followup_id: int) -> FollowUp:
    row = _live(followup_id)
    if row.status != "open":
        raise ValidationError("status", QT_TRANSLATE_NOOP("Validation", "That follow-up is already closed."))
    return row


def complete_followup(followup_id: int) -> FollowUpData | None:
    """Mark done; a recurring follow-up schedules its next occurrence (returned)."""
    with write():
        row = _open(followup_id)
        row.status = "done"
        row.completed_at = clock.now()
        row.updated_at = clock.now()
        row.save()
        following = None
        if row.recurrence_unit:
            unit, every = row.recurrence_unit, row.recurrence_interval or 1
            due = next_occurrence(row.due_date, unit, every)
            today = clock.today()
            while due < today:  # completing late must not leave a trail of overdue copies
                due = next_occurrence(due, unit, every)
            following = FollowUp.create(
                contact=row.contact_id,
                kind=row.kind,
                title=row.title,
                notes=row.notes,
                due_date=due,
                due_time=row.due_time,
                recurrence_unit=row.recurrence_unit,
                recurrence_interval=row.recurrence_interval,
                deal=row.deal_id,
            )
        refresh_contact_stats([row.contact_id])
        changes.emit("followup", "updated", [followup_id])
        if following is not None:
            changes.emit("followup", "created", [following.id])
    return get_followup(following.id) if following is not None else None


def snooze_followup(followup_id: int, *, until: datetime) -> FollowUpData:
    if until.tzinfo is None:
        raise ValidationError(
            "snoozed_until", QT_TRANSLATE_NOOP("Validation", "The time must include a time zone.")
        )
    if until <= clock.now():
        raise ValidationError(
            "snoozed_until", QT_TRANSLATE_NOOP("Validation", "Snooze until a time in the future.")
        )
    with write():
        row = _open(followup_id)
        row.snoozed_until = until
        row.updated_at = clock.now()
        row.save()
        changes.emit("followup", "updated", [followup_id])
    return get_followup(followup_id)


def reschedule_followup(followup_id: int, *, due_date: date, due_time: time | None = None) -> FollowUpData:
    with write():
        row = _open(followup_id)
        if row.interaction_id:
            _check_source(row.interaction_id, None, due_date, row.contact_id)
        row.due_date = due_date
        row.due_time = due_time
        row.snoozed_until = None
        row.updated_at = clock.now()
        row.save()
        refresh_contact_stats([row.contact_id])
        changes.emit("followup", "updated", [followup_id])
    return get_followup(followup_id)


def update_followup(followup_id: int, **values: Any) -> FollowUpData:
    allowed = {"title", "notes", "kind", "recurrence_unit", "recurrence_interval"}
    unknown = set(values) - allowed
    if unknown:
        raise TypeError(f"unknown follow-up fields: {', '.join(sorted(unknown))}")
    with write():
        row = _live(followup_id)
        if "title" in values:
            row.title = required_text("title", values["title"])
        if "notes" in values:
            row.notes = (values["notes"] or "").strip()
        if "kind" in values:
            row.kind = choice("kind", values["kind"], KINDS)
        if "recurrence_unit" in values or "recurrence_interval" in values:
            row.recurrence_unit, row.recurrence_interval = _validate_recurrence(
                values.get("recurrence_unit", row.recurrence_unit),
                values.get("recurrence_interval", row.recurrence_interval),
            )
        row.updated_at = clock.now()
        row.save()
        changes.emit("followup", "updated", [followup_id])
    return get_followup(followup_id)


def edit_followup(
    followup_id: int,
    *,
    kind: str,
    title: str,
    due_date: date,
    due_time: time | None = None,
    notes: str = "",
    recurrence_unit: str | None = None,
    recurrence_interval: int | None = None,
) -> FollowUpData:
    """Change everything about an open follow-up in one transaction (what the edit form saves)."""
    with write():
        current = _open(followup_id)
        if (current.due_date, current.due_time) != (due_date, due_time):
            reschedule_followup(followup_id, due_date=due_date, due_time=due_time)
        update_followup(
            followup_id,
            kind=kind,
            title=title,
            notes=notes,
            recurrence_unit=recurrence_unit,
            recurrence_interval=recurrence_interval if recurrence_unit else None,
        )
    return get_followup(followup_id)


def cancel_followup(followup_id: int) -> None:
    with write():
        row = _open(followup_id)
        row.status = "cancelled"
        row.updated_at = clock.now()
        row.save()
        refresh_contact_stats([row.contact_id])
        changes.emit("followup", "updated", [followup_id])


def reopen_followup(followup_id: int) -> None:
    with write():
        row = _live(followup_id)
        row.status = "open"
        row.completed_at = None
        row.save()
        refresh_contact_stats([row.contact_id])
        changes.emit("followup", "updated", [followup_id])


def trash_followup(followup_id: int) -> None:
    with write():
        row = _live(followup_id)
        row.deleted_at = clock.now()
        row.save()
        refresh_contact_stats([row.contact_id])
        changes.emit("followup", "trashed", [followup_id])


def restore_followup(followup_id: int) -> None:
    with write():
        row = FollowUp.get_or_none(FollowUp.id == followup_id)
        if row is None or row.deleted_at is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Validation", "That follow-up is not in the trash."))
        live_contact(row.contact_id)
        row.deleted_at = None
        row.save()
        refresh_contact_stats([row.contact_id])
        changes.emit("followup", "restored", [followup_id])


def mark_reminded(followup_id: int, *, due_instant: datetime) -> None:
    """Remember that the reminder for ``due_instant`` was shown (never show it twice)."""
    with write():
        FollowUp.update(reminded_for=due_instant, reminded_at=clock.now()).where(
            FollowUp.id == followup_id
        ).execute()
        changes.emit("followup", "reminded", [followup_id])


def _query() -> peewee.ModelSelect:
    return (
        FollowUp.select(FollowUp, Contact.name.alias("contact_name"))
        .join(Contact, on=(FollowUp.contact == Contact.id))
        .where(FollowUp.deleted_at.is_null() & Contact.deleted_at.is_null())
    )


def _as_data(row: FollowUp) -> FollowUpData:
    return FollowUpData(
        id=row.id,
        uuid=row.uuid,
        contact_id=row.contact_id,
        contact_name=getattr(row, "contact_name", None) or row.contact.name,
        kind=row.kind,
        title=row.title,
        notes=row.notes,
        due_date=row.due_date,
        due_time=row.due_time,
        status=row.status,
        snoozed_until=row.snoozed_until,
        recurrence_unit=row.recurrence_unit,
        recurrence_interval=row.recurrence_interval,
        interaction_id=row.interaction_id,
        deal_id=row.deal_id,
        completed_at=row.completed_at,
        reminded_for=row.reminded_for,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def get_followup(followup_id: int) -> FollowUpData:
    row = FollowUp.get_or_none(FollowUp.id == followup_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Validation", "That follow-up no longer exists."))
    return _as_data(row)


def followups_for_contact(
    contact_id: int, *, kind: str, include_closed: bool = False, limit: int = 200
) -> list[FollowUpData]:
    choice("kind", kind, KINDS)
    query = _query().where((FollowUp.contact == contact_id) & (FollowUp.kind == kind))
    if not include_closed:
        query = query.where(FollowUp.status == "open")
    query = query.order_by(FollowUp.status != "open", FollowUp.due_date, FollowUp.due_time, FollowUp.id)
    return [_as_data(r) for r in query.limit(limit).objects()]


_FAST_SQL = """
    SELECT f.id, f.uuid, f.contact_id, c.name, f.kind, f.title, f.notes, f.due_date, f.due_time,
           f.status, f.snoozed_until, f.recurrence_unit, f.recurrence_interval, f.interaction_id,
           f.deal_id, f.completed_at, f.reminded_for, f.created_at, f.updated_at
    FROM follow_up f JOIN contact c ON c.id = f.contact_id
    WHERE f.deleted_at IS NULL AND c.deleted_at IS NULL AND {where}
    ORDER BY {order}"""


def _utc(text: str | None) -> datetime | None:
    return parse_utc(text) if text else None


def _fast(where: str, params: list[object], order: str, limit: int | None = None) -> list[FollowUpData]:
    """Follow-ups straight from tuples: lists of thousands (reminders, calendar) would
    otherwise spend most of their time building Peewee model objects."""
    sql = _FAST_SQL.format(where=where, order=order)
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
    today = today or clock.today()
    return _fast(
        "f.status = 'open' AND f.due_date < ?", [today.isoformat()], "f.due_date, f.due_time, f.id", limit
    )


def open_due_until(day: date) -> list[FollowUpData]:
    """Open follow-ups due on or before ``day`` (what reminders look at)."""
    return _fast("f.status = 'open' AND f.due_date <= ?", [day.isoformat()], "f.due_date, f.id")


def open_snoozed() -> list[FollowUpData]:
    return _fast("f.status = 'open' AND f.snoozed_until IS NOT NULL", [], "f.id")


def next_open_after(day: date) -> FollowUpData | None:
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


__all__ = [
    "FOLLOWUP_STATUSES",
    "DayCounts",
    "FollowUpData",
    "add_months",
    "agenda",
    "cancel_followup",
    "complete_followup",
    "create_followup",
    "day_counts",
    "followups_for_contact",
    "get_followup",
    "mark_reminded",
    "next_occurrence",
    "overdue",
    "reschedule_followup",
    "restore_followup",
    "snooze_followup",
    "trash_followup",
]


# --- what the reminders need (journal.reminders) ---------------------------------------------


@dataclass(frozen=True)
class ContactDates:
    """A contact's name with the dates reminders look at."""

    id: int
    name: str
    birthday: str
    reconnect_due_on: date | None
    last_interaction_at: datetime | None


def mark_reminded_many(reminded: list[tuple[int, datetime]]) -> None:
    """``mark_reminded`` for a batch, in one transaction and one change notification."""
    if not reminded:
        return
    with write():
        stamp = clock.now()
        for followup_id, due_instant in reminded:
            FollowUp.update(reminded_for=due_instant, reminded_at=stamp).where(
                FollowUp.id == followup_id
            ).execute()
        changes.emit("followup", "reminded", [i for i, _ in reminded])


def birthday_contacts(month: int, day: int) -> list[ContactDates]:
    """Live contacts whose birthday (with or without a year) falls on this month and day."""
    suffix = f"-{month:02d}-{day:02d}"
    query = Contact.select().where(Contact.deleted_at.is_null() & Contact.birthday.endswith(suffix))
    return [_contact_dates(c) for c in query.order_by(Contact.sort_key)]


def reconnect_due_contacts(day: date, *, limit: int = 100) -> tuple[int, list[ContactDates]]:
    """How many live contacts are due to reconnect on or before ``day``, and the most overdue."""
    where = (
        Contact.deleted_at.is_null()
        & Contact.reconnect_due_on.is_null(False)
        & (Contact.reconnect_due_on <= day)
    )
    total = Contact.select().where(where).count()
    query = Contact.select().where(where).order_by(Contact.reconnect_due_on, Contact.sort_key).limit(limit)
    return total, [_contact_dates(c) for c in query]


def _contact_dates(row: Contact) -> ContactDates:
    return ContactDates(row.id, row.name, row.birthday, row.reconnect_due_on, row.last_interaction_at)


def reminder_state(key: str) -> str | None:
    """A small fact the reminders keep in the database (e.g. the last daily digest day)."""
    row = Meta.get_or_none(Meta.key == f"reminders.{key}")
    return str(row.value) if row is not None else None


def set_reminder_state(key: str, value: str) -> None:
    with write():
        Meta.insert(key=f"reminders.{key}", value=value).on_conflict_replace().execute()
