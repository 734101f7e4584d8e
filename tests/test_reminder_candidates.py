"""The reminders' candidates (every open follow-up due by today, and every snoozed one) are read
once and then mended after each change this program makes: after any sequence of the changes a
user makes, the mended list is the list a full read gives, and an ordinary change (a saved entry
with a follow-up) reads only what it touched."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from journal import clock
from journal.reminders import due
from journal.reminders import engine as engine_module
from journal.reminders.engine import ReminderEngine
from journal.services import (
    contacts,
    duplicates,
    followup_queries,
    followups,
    interactions,
    reminder_queries,
    trash,
)
from journal.services.errors import JournalError
from journal.services.events import Action, Entity, changes
from journal.services.followups import FollowUpData
from tests.conftest import FakeClock


def _full_read(now: datetime) -> list[FollowUpData]:
    today = now.astimezone(clock.local_zone()).date()
    return [*followup_queries.open_due_until(today), *followup_queries.open_snoozed()]


def _journal(rng: random.Random, today: date) -> list[int]:
    people = [contacts.create_contact(name=f"Person {n}", organization="Acme").id for n in range(8)]
    for n in range(40):
        followups.create_followup(
            contact_id=rng.choice(people),
            kind=rng.choice(["networking", "sales"]),
            title=f"Call {n}",
            due_date=today + timedelta(days=rng.randint(-30, 5)),
            due_time=rng.choice([None, time(9, 30), time(18, 0)]),
        )
    return people


def _open_ids() -> list[int]:
    return [f.id for f in followup_queries.open_due_until(date(2100, 1, 1))]


#: Changes after which the candidates are read whole: an entry trashed or deleted may unlink follow-ups.
WHOLE = {12, 13}


def _step(rng: random.Random, people: list[int], today: date, now: datetime, op: int) -> None:
    """One change a user could make, through the services the window calls."""
    ids = _open_ids()
    who = rng.choice(people)
    if op == 0:
        followups.create_followup(
            contact_id=who, kind="networking", title="New", due_date=today - timedelta(days=rng.randint(0, 9))
        )
    elif op == 1 and ids:
        followups.snooze_followup(rng.choice(ids), until=now + timedelta(hours=rng.randint(1, 60)))
    elif op == 2 and ids:
        followups.complete_followup(rng.choice(ids))
    elif op == 3 and ids:
        followups.reschedule_followup(rng.choice(ids), due_date=today + timedelta(days=rng.randint(-5, 5)))
    elif op == 4 and ids:
        followups.trash_followup(rng.choice(ids))
    elif op == 5:
        items = [t for t in trash.list_trash() if t.entity in ("followup", "contact")]
        if items:
            item = rng.choice(items)
            trash.restore(item.entity, item.id)
    elif op == 6:
        contacts.update_contact(who, name=f"Renamed {rng.randrange(1000)}")
    elif op == 7 and len(people) > 2:
        contacts.trash_contact(who)
    elif op == 8:
        interactions.log_interaction(contact_id=who, kind="networking", summary="Coffee", channel="meeting")
    elif op == 9 and len(people) > 3:
        other = rng.choice([p for p in people if p != who])
        duplicates.merge_contacts(who, other)
        people.remove(other)
    elif op == 10 and ids:
        followups.cancel_followup(rng.choice(ids))
    elif op == 11:
        ReminderEngine().check(now)  # another check marks reminders as shown
    elif op == 12:  # a follow-up from an entry, then the entry to the trash
        entry = interactions.log_interaction(contact_id=who, kind="sales", summary="Demo", channel="call")
        followups.create_followup(
            contact_id=who, interaction_id=entry.id, kind="sales", title="After the demo", due_date=today
        )
        interactions.trash_interaction(entry.id)
    elif op == 13:
        trash.empty_trash()  # deleting an entry for good unlinks its follow-ups


NINE = due.DEFAULT_REMINDER_TIME


def _next_wakeup(now: datetime) -> datetime | None:
    """The next instant something rings, from every candidate and the next day with something due."""
    zone = clock.local_zone()
    items = _full_read(now)
    following = followup_queries.next_open_after(now.astimezone(zone).date())
    if following is not None:
        items += [f for f in followup_queries.agenda(following.due_date) if f.status == "open"]
    stored = reminder_queries.reminder_state(engine_module.DIGEST_KEY)
    last_digest = date.fromisoformat(stored) if stored else None
    instants = [
        due.next_due_instant(items, now, NINE, zone),
        due.next_digest_instant(last_digest, now, NINE, zone),
    ]
    return min((i for i in instants if i is not None), default=None)


@pytest.mark.parametrize("seed", range(6))
def test_the_mended_candidates_are_what_a_full_read_gives(
    db_path: Path, fake_clock: FakeClock, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    now = clock.now()
    today = now.astimezone(clock.local_zone()).date()
    people = _journal(rng, today)
    engine = ReminderEngine()
    engine.check(now)
    reads: list[ReminderEngine] = []
    real = engine_module.ReminderEngine.__dict__["_read"]

    def counted(self: ReminderEngine, *args: object) -> object:
        reads.append(self)
        return real(self, *args)

    monkeypatch.setattr(engine_module.ReminderEngine, "_read", counted)
    for _ in range(80):
        op = rng.randrange(14)
        try:
            _step(rng, people, today, now, op)
        except JournalError:  # e.g. a follow-up for a contact in the trash: refused, nothing changed
            pass
        reads.clear()
        assert engine.candidates(now) == _full_read(now)
        for moment in (now - timedelta(hours=3), now, now + timedelta(hours=3), now + timedelta(hours=9)):
            # what is due then (the same local day) and when the next rings: as timing each one says
            assert engine.due_items(moment) == due.due_now(
                _full_read(moment), moment, NINE, clock.local_zone()
            )
            assert engine.next_wakeup(moment) == _next_wakeup(moment)
        engine.check(now)
        assert op in WHOLE or engine not in reads  # the others are mended in


def test_a_change_that_names_nothing_is_read_again_whole(db_path: Path, fake_clock: FakeClock) -> None:
    ana = contacts.create_contact(name="Ana").id
    now = clock.now()
    engine = ReminderEngine()
    assert engine.candidates(now) == []
    followups.create_followup(contact_id=ana, kind="networking", title="Call", due_date=now.date())
    first = engine.candidates(now)
    assert [f.title for f in first] == ["Call"]
    from journal.db import database

    database.execute_sql("UPDATE follow_up SET title = 'Changed behind its back'")
    changes.emit(Entity.DATABASE, Action.RESTORED)  # e.g. a backup restored
    assert [f.title for f in engine.candidates(now)] == ["Changed behind its back"]


def test_the_change_log_says_when_it_no_longer_reaches_back() -> None:
    start = changes.version
    assert changes.since(start) == []
    for n in range(10):
        changes.emit(Entity.QUOTA, Action.UPDATED, [n])
    assert [c.ids for c in changes.since(start) or []] == [(n,) for n in range(10)]
    for n in range(300):  # more than the log keeps
        changes.emit(Entity.QUOTA, Action.UPDATED, [n])
    assert changes.since(start) is None
    assert changes.since(changes.version - 3) is not None


def test_a_mend_keeps_a_contacts_new_name_and_drops_a_trashed_contacts_follow_ups(
    db_path: Path, fake_clock: FakeClock
) -> None:
    now = clock.now()
    ana = contacts.create_contact(name="Ana").id
    luis = contacts.create_contact(name="Luis").id
    for who in (ana, luis):
        followups.create_followup(contact_id=who, kind="networking", title="Call", due_date=now.date())
    engine = ReminderEngine()
    assert sorted(f.contact_name for f in engine.candidates(now)) == ["Ana", "Luis"]
    contacts.update_contact(ana, name="Ana María")
    contacts.trash_contact(luis)
    assert [f.contact_name for f in engine.candidates(now)] == ["Ana María"]
    assert engine.candidates(now) == _full_read(now)
