"""Introductions: "I introduced A to B" and "A introduced me to B"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from journal import clock
from journal.db import database
from journal.db.models import INTRODUCTION_DIRECTIONS, INTRODUCTION_OUTCOMES, Contact, Introduction
from journal.services.contacts import live_contact
from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError
from journal.services.events import Action, Entity, changes, write
from journal.services.rows import data_of, live_row, trashed_row
from journal.services.validation import choice, day


@dataclass(frozen=True)
class IntroductionData:
    id: int
    uuid: str
    direction: str
    person_a_id: int
    person_a_name: str
    person_b_id: int
    person_b_name: str
    occurred_on: date
    context: str
    outcome: str


def record_introduction(
    *,
    direction: str,
    person_a_id: int,
    person_b_id: int,
    occurred_on: date | None = None,
    context: str = "",
    outcome: str = "pending",
) -> IntroductionData:
    """Record an introduction. ``i_introduced``: I introduced A to B;
    ``introduced_me``: A introduced me to B (and B's "introduced by" becomes A if unset)."""
    choice("direction", direction, INTRODUCTION_DIRECTIONS)
    choice("outcome", outcome, INTRODUCTION_OUTCOMES)
    day("occurred_on", occurred_on, optional=True)
    if person_a_id == person_b_id:
        raise ValidationError("person_b_id", QT_TRANSLATE_NOOP("Validation", "Choose two different people."))
    with write():
        live_contact(person_a_id)
        person_b = live_contact(person_b_id)
        row = Introduction.create(
            direction=direction,
            person_a=person_a_id,
            person_b=person_b_id,
            occurred_on=occurred_on or clock.today(),
            context=context.strip(),
            outcome=outcome,
        )
        if direction == "introduced_me" and person_b.introduced_by_id is None:
            person_b.introduced_by = person_a_id
            person_b.save()
            changes.emit(Entity.CONTACT, Action.UPDATED, [person_b_id])
        changes.emit(Entity.INTRODUCTION, Action.CREATED, [row.id])
    return get_introduction(row.id)


def set_introduction_outcome(introduction_id: int, *, outcome: str) -> IntroductionData:
    """Record how an introduction turned out (pending, met, business)."""
    choice("outcome", outcome, INTRODUCTION_OUTCOMES)
    with write():
        row = live_row(
            Introduction,
            introduction_id,
            QT_TRANSLATE_NOOP("Validation", "That introduction no longer exists."),
        )
        row.outcome = outcome
        row.updated_at = clock.now()
        row.save()
        changes.emit(Entity.INTRODUCTION, Action.UPDATED, [introduction_id])
    return get_introduction(introduction_id)


def trash_introduction(introduction_id: int) -> None:
    """Move an introduction to the trash."""
    with write():
        Introduction.update(deleted_at=clock.now()).where(Introduction.id == introduction_id).execute()
        changes.emit(Entity.INTRODUCTION, Action.TRASHED, [introduction_id])


def restore_introduction(introduction_id: int) -> None:
    """Bring an introduction back from the trash (both people must be live)."""
    with write():
        row = trashed_row(
            Introduction,
            introduction_id,
            QT_TRANSLATE_NOOP("Validation", "That introduction is not in the trash."),
        )
        live_contact(row.person_a_id)
        live_contact(row.person_b_id)
        row.deleted_at = None
        row.save()
        changes.emit(Entity.INTRODUCTION, Action.RESTORED, [introduction_id])


def _as_data(row: Introduction, names: dict[int, str]) -> IntroductionData:
    return data_of(
        IntroductionData,
        row,
        person_a_name=names.get(row.person_a_id, ""),
        person_b_name=names.get(row.person_b_id, ""),
    )


def _names(ids: set[int]) -> dict[int, str]:
    return {c.id: c.name for c in Contact.select(Contact.id, Contact.name).where(Contact.id.in_(ids))}


def get_introduction(introduction_id: int) -> IntroductionData:
    """One introduction with both people's names."""
    row = Introduction.get_by_id(introduction_id)
    return _as_data(row, _names({row.person_a_id, row.person_b_id}))


def introductions_for_contact(contact_id: int) -> list[IntroductionData]:
    """The live introductions a contact is part of (plain rows, both names joined: a
    contact's page asks for them every time it opens)."""
    rows = database.execute_sql(
        """SELECT i.id, i.uuid, i.direction, i.person_a_id, coalesce(a.name, ''), i.person_b_id,
                  coalesce(b.name, ''), i.occurred_on, i.context, i.outcome
           FROM introduction i
           LEFT JOIN contact a ON a.id = i.person_a_id LEFT JOIN contact b ON b.id = i.person_b_id
           WHERE (i.person_a_id = ?1 OR i.person_b_id = ?1) AND i.deleted_at IS NULL
           ORDER BY i.occurred_on DESC, i.id DESC""",
        [contact_id],
    ).fetchall()
    return [
        IntroductionData(r[0], r[1], r[2], r[3], r[4], r[5], r[6], date.fromisoformat(r[7]), r[8], r[9])
        for r in rows
    ]
