"""What the reminders (``journal.reminders``) read and write besides follow-ups themselves:
birthdays, contacts due to reconnect, which reminders were shown, and small state such as
the day of the last digest."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from journal import clock
from journal.db import database
from journal.db.models import Contact, FollowUp, Meta
from journal.services.derived import reconnect_due_sql
from journal.services.events import Action, Entity, changes, write


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
        changes.emit(Entity.FOLLOWUP, Action.REMINDED, [i for i, _ in reminded])


def birthday_contacts(month: int, day: int) -> list[ContactDates]:
    """Live contacts whose birthday (with or without a year) falls on this month and day."""
    suffix = f"-{month:02d}-{day:02d}"
    query = Contact.select().where(Contact.deleted_at.is_null() & Contact.birthday.endswith(suffix))
    return [_contact_dates(c) for c in query.order_by(Contact.sort_key)]


def reconnect_due_contacts(day: date, *, limit: int = 100) -> tuple[int, list[ContactDates]]:
    """How many live contacts are due to reconnect on ``day`` (``derived.reconnect_is_due``), and the
    most overdue."""
    where = f"FROM contact c WHERE c.deleted_at IS NULL AND {reconnect_due_sql('c')}"
    params = [day.isoformat()]
    total = int(database.execute_sql(f"SELECT count(*) {where}", params).fetchone()[0])
    ids = [
        r[0]
        for r in database.execute_sql(
            f"SELECT c.id {where} ORDER BY c.reconnect_due_on, c.sort_key LIMIT ?", [*params, limit]
        )
    ]
    rows = {c.id: c for c in Contact.select().where(Contact.id.in_(ids))}
    return total, [_contact_dates(rows[i]) for i in ids]


def _contact_dates(row: Contact) -> ContactDates:
    return ContactDates(row.id, row.name, row.birthday, row.reconnect_due_on, row.last_interaction_at)


def reminder_state(key: str) -> str | None:
    """A small fact the reminders keep in the database (e.g. the last daily digest day)."""
    row = Meta.get_or_none(Meta.key == f"reminders.{key}")
    return str(row.value) if row is not None else None


def set_reminder_state(key: str, value: str) -> None:
    """Keep a small reminder fact (see ``reminder_state``)."""
    with write():
        Meta.insert(key=f"reminders.{key}", value=value).on_conflict_replace().execute()
