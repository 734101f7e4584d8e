"""Follow-ups: things to do for a contact by a date (and optionally a time).

This module changes them (create, complete, snooze, reschedule, cancel, trash...);
``followup_queries`` reads them and its names are re-exported here (``__all__``).
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta
from typing import Any, Required, TypedDict, Unpack

from journal import clock
from journal.db.models import (
    FOLLOWUP_STATUSES,
    KINDS,
    RECURRENCE_UNITS,
    FollowUp,
    Interaction,
)
from journal.services.contact_records import check_deal, restore_record, trash_record
from journal.services.contacts import live_contact
from journal.services.derived import refresh_contact_stats
from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError
from journal.services.events import Action, Entity, changes, write
from journal.services.followup_queries import (
    DayCounts,
    FollowUpData,
    agenda,
    all_followups,
    day_counts,
    followups_for_contact,
    get_followup,
    next_open_after,
    open_due_until,
    open_due_until_among,
    open_snoozed,
    overdue,
)
from journal.services.rows import live_row
from journal.services.validation import (
    aware,
    choice,
    day,
    known_fields,
    required_fields,
    required_text,
    wall_time,
)

MAX_RECURRENCE = 999


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's end (31 Jan + 1 -> 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_occurrence(due: date, unit: str, interval: int) -> date:
    """The next due day of a repeating follow-up: ``interval`` days, weeks or months later."""
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
    check_deal(deal_id, contact_id)


class FollowUpFields(TypedDict, total=False):
    """What the follow-up form sets, new or open: the kind, the title and the due day, the rest optional."""

    kind: Required[str]
    title: Required[str]
    due_date: Required[date]
    due_time: time | None
    notes: str
    recurrence_unit: str | None
    recurrence_interval: int | None


_FORM_FIELDS = tuple(FollowUpFields.__annotations__)
_REQUIRED = ("kind", "title", "due_date")  # the form always has them; a script may not


def _checked(fields: FollowUpFields) -> dict[str, Any]:
    """The columns a new follow-up gets from ``fields``, each checked (``ValidationError``)."""
    known_fields("follow-up", fields, _FORM_FIELDS)
    required_fields(fields, _REQUIRED)
    columns = {
        "kind": choice("kind", fields["kind"], KINDS),
        "title": required_text("title", fields["title"]),
        "due_date": day("due_date", fields["due_date"]),
        "due_time": wall_time("due_time", fields.get("due_time"), optional=True),
        "notes": fields.get("notes", "").strip(),
    }
    unit, interval = _validate_recurrence(fields.get("recurrence_unit"), fields.get("recurrence_interval"))
    return {**columns, "recurrence_unit": unit, "recurrence_interval": interval}


def create_followup(
    *,
    contact_id: int,
    interaction_id: int | None = None,
    deal_id: int | None = None,
    **fields: Unpack[FollowUpFields],
) -> FollowUpData:
    """Add a follow-up for a live contact (optionally repeating, or from an entry or a deal)."""
    columns = _checked(fields)
    with write():
        live_contact(contact_id)
        _check_source(interaction_id, deal_id, columns["due_date"], contact_id)
        row = FollowUp.create(contact=contact_id, interaction=interaction_id, deal=deal_id, **columns)
        refresh_contact_stats([contact_id])
        changes.emit(Entity.FOLLOWUP, Action.CREATED, [row.id])
    return get_followup(row.id)


def _live(followup_id: int) -> FollowUp:
    return live_row(
        FollowUp, followup_id, QT_TRANSLATE_NOOP("Validation", "That follow-up no longer exists.")
    )


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
            repeated = {name: getattr(row, name) for name in _FORM_FIELDS} | {"due_date": due}
            following = FollowUp.create(contact=row.contact_id, deal=row.deal_id, **repeated)
        refresh_contact_stats([row.contact_id])
        changes.emit(Entity.FOLLOWUP, Action.UPDATED, [followup_id])
        if following is not None:
            changes.emit(Entity.FOLLOWUP, Action.CREATED, [following.id])
    return get_followup(following.id) if following is not None else None


def snooze_followup(followup_id: int, *, until: datetime) -> FollowUpData:
    """Ring the follow-up's reminder again at ``until`` (an aware moment in the future)."""
    aware("snoozed_until", until)
    if until <= clock.now():
        raise ValidationError(
            "snoozed_until", QT_TRANSLATE_NOOP("Validation", "Snooze until a time in the future.")
        )
    with write():
        row = _open(followup_id)
        row.snoozed_until = until
        row.updated_at = clock.now()
        row.save()
        changes.emit(Entity.FOLLOWUP, Action.UPDATED, [followup_id])
    return get_followup(followup_id)


def reschedule_followup(followup_id: int, *, due_date: date, due_time: time | None = None) -> FollowUpData:
    """Move an open follow-up to another day (and time); its reminder rings anew."""
    day("due_date", due_date)
    wall_time("due_time", due_time, optional=True)
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
        changes.emit(Entity.FOLLOWUP, Action.UPDATED, [followup_id])
    return get_followup(followup_id)


def update_followup(followup_id: int, **values: Any) -> FollowUpData:
    """Change a follow-up's title, notes, kind or repetition."""
    known_fields("follow-up", values, ("title", "notes", "kind", "recurrence_unit", "recurrence_interval"))
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
        changes.emit(Entity.FOLLOWUP, Action.UPDATED, [followup_id])
    return get_followup(followup_id)


def edit_followup(followup_id: int, **given: Unpack[FollowUpFields]) -> FollowUpData:
    """Change what ``given`` names of an open follow-up (the rest stays as it is) in one transaction:
    what the edit form saves, which sends only what its user changed (a field left out is kept,
    whatever ``FollowUpFields`` requires of a new follow-up)."""
    known_fields("follow-up", given, _FORM_FIELDS)
    with write():
        current = _open(followup_id)
        fields: dict[str, Any] = {name: getattr(current, name) for name in _FORM_FIELDS} | given
        due_date, due_time = fields["due_date"], fields.get("due_time")
        unit = fields.get("recurrence_unit")
        if (current.due_date, current.due_time) != (due_date, due_time):
            reschedule_followup(followup_id, due_date=due_date, due_time=due_time)
        update_followup(
            followup_id,
            kind=fields["kind"],
            title=fields["title"],
            notes=fields.get("notes", ""),
            recurrence_unit=unit,
            recurrence_interval=fields.get("recurrence_interval") if unit else None,
        )
    return get_followup(followup_id)


def cancel_followup(followup_id: int) -> None:
    """Close an open follow-up without doing it."""
    with write():
        row = _open(followup_id)
        row.status = "cancelled"
        row.updated_at = clock.now()
        row.save()
        refresh_contact_stats([row.contact_id])
        changes.emit(Entity.FOLLOWUP, Action.UPDATED, [followup_id])


def reopen_followup(followup_id: int) -> None:
    """Make a done or cancelled follow-up open again."""
    with write():
        row = _live(followup_id)
        row.status = "open"
        row.completed_at = None
        row.save()
        refresh_contact_stats([row.contact_id])
        changes.emit(Entity.FOLLOWUP, Action.UPDATED, [followup_id])


def trash_followup(followup_id: int) -> None:
    """Move a follow-up to the trash."""
    with write():
        trash_record(_live(followup_id), Entity.FOLLOWUP)


def restore_followup(followup_id: int) -> None:
    """Bring a follow-up back from the trash (its contact must not be in the trash)."""
    with write():
        restore_record(
            FollowUp,
            followup_id,
            Entity.FOLLOWUP,
            QT_TRANSLATE_NOOP("Validation", "That follow-up is not in the trash."),
        )


def mark_reminded(followup_id: int, *, due_instant: datetime) -> None:
    """Remember that the reminder for ``due_instant`` was shown (never show it twice)."""
    with write():
        FollowUp.update(reminded_for=due_instant, reminded_at=clock.now()).where(
            FollowUp.id == followup_id
        ).execute()
        changes.emit(Entity.FOLLOWUP, Action.REMINDED, [followup_id])


__all__ = [
    "FOLLOWUP_STATUSES",
    "MAX_RECURRENCE",
    "DayCounts",
    "FollowUpData",
    "FollowUpFields",
    "add_months",
    "agenda",
    "all_followups",
    "cancel_followup",
    "complete_followup",
    "create_followup",
    "day_counts",
    "edit_followup",
    "followups_for_contact",
    "get_followup",
    "mark_reminded",
    "next_occurrence",
    "next_open_after",
    "open_due_until",
    "open_due_until_among",
    "open_snoozed",
    "overdue",
    "reopen_followup",
    "reschedule_followup",
    "restore_followup",
    "snooze_followup",
    "trash_followup",
    "update_followup",
]
