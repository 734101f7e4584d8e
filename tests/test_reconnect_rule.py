"""Issue 14, point 7: one rule for "due to reconnect", the same everywhere it is asked: a contact
is due from the day its last talk plus the cadence (or the snooze's end) falls on, that day
included. The digest, the Reconnect page and its count, the contact filter and the health
column all say the same on the day before, on the day and after."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from journal import clock
from journal.reminders import due
from journal.reminders.engine import ReminderEngine
from journal.services import contacts, interactions, networking, reminder_queries, search
from tests.conftest import FakeClock


def _who_is_due(today: date) -> dict[str, bool]:
    contact = contacts.Contact.get(contacts.Contact.name == "Ana")
    engine_digest = ReminderEngine()._digest(today)
    listed = [e.contact_id for e in networking.reconnect_list(today=today)]
    filtered = search.search_contacts(search.ContactFilter(overdue_reconnect=True), today=today)
    return {
        "digest": bool(engine_digest.reconnect_total),
        "reminder query": reminder_queries.reconnect_due_contacts(today)[0] == 1,
        "reconnect page": listed == [contact.id],
        "reconnect count": networking.reconnect_count(today=today) == 1,
        "contact filter": [r.id for r in filtered] == [contact.id],
        "health column": networking.relationship_health(contact.reconnect_due_on, today) == "overdue",
    }


@pytest.mark.parametrize(("offset", "is_due"), [(-1, False), (0, True), (1, True), (40, True)])
def test_every_view_agrees_who_is_due(
    db_path: Path, fake_clock: FakeClock, offset: int, is_due: bool
) -> None:
    ana = contacts.create_contact(name="Ana", cadence_days=30)
    interactions.log_interaction(contact_id=ana.id, kind="networking", summary="Coffee")
    due_on = contacts.get_contact(ana.id).reconnect_due_on
    assert due_on == clock.today() + timedelta(days=30)
    answers = _who_is_due(due_on + timedelta(days=offset))
    assert answers == dict.fromkeys(answers, is_due)


def test_the_page_counts_the_days_since_the_due_day(db_path: Path, fake_clock: FakeClock) -> None:
    ana = contacts.create_contact(name="Ana", cadence_days=7)
    due_on = contacts.get_contact(ana.id).reconnect_due_on
    assert due_on is not None
    (entry,) = networking.reconnect_list(today=due_on)
    assert entry.days_overdue == 0
    (entry,) = networking.reconnect_list(today=due_on + timedelta(days=3))
    assert entry.days_overdue == 3


def test_the_tested_helpers_are_the_ones_the_app_runs() -> None:
    """reminders.due keeps only what the app calls (the reminder engine, the due panel, and the
    contact page's birthday line, which uses ``next_birthday``)."""
    for gone in (
        "is_due",
        "is_birthday",
        "age_on",
        "reconnect_due_date",
        "is_due_to_reconnect",
    ):
        assert not hasattr(due, gone), gone
    assert datetime.now().year > 2000
