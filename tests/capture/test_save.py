"""Saving a capture: everything in one transaction through the services, undone in one."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from journal import clock
from journal.capture.directory import JournalPeople
from journal.capture.model import Capture
from journal.capture.parser import parse
from journal.capture.save import CaptureError, SavedCapture, save_capture, undo_capture
from journal.db import database
from journal.db.models import Contact, FollowUp, Interaction, Objection
from journal.services import contacts, deals, followups, interactions, trash
from journal.services.errors import ValidationError
from journal.services.events import Change, changes


@pytest.fixture
def journal(db_path: Path, fake_clock: object) -> dict[str, int]:
    ana = contacts.create_contact(name="Ana Núñez", organization="Acme")
    pedro = contacts.create_contact(name="Pedro Gómez", organization="Soylent")
    deal = deals.create_deal(contact_id=pedro.id, title="Renovación 2026", value="1200")
    return {"ana": ana.id, "pedro": pedro.id, "deal": deal.id}


def _parse(text: str) -> Capture:
    return parse(text, today=clock.today(), now=clock.now(), people=JournalPeople())


@pytest.fixture
def statements() -> Iterator[list[str]]:
    """Every SQL statement the test's connection runs (BEGIN/COMMIT included)."""
    seen: list[str] = []
    connection = database.connection()
    connection.set_trace_callback(seen.append)
    yield seen
    connection.set_trace_callback(None)


def _begins(seen: list[str]) -> int:
    return sum(1 for s in seen if s.strip().upper().startswith("BEGIN"))


def test_saves_interaction_value_objection_and_followup_in_one_transaction(
    journal: dict[str, int], statements: list[str]
) -> None:
    capture = _parse("llamada con @Pedro #ventas objeción precio, seguimiento el martes")
    assert capture.ready, [p.message for p in capture.problems]
    statements.clear()
    saved = save_capture(capture)
    assert _begins(statements) == 1
    assert saved.contact_id == journal["pedro"] and not saved.contact_created
    entry = interactions.get_interaction(saved.interaction_id)
    assert (entry.kind, entry.channel, entry.deal_id) == ("sales", "call", journal["deal"])
    assert entry.summary == "Llamada con Pedro Gómez objeción precio"
    assert [o.category for o in entry.objections] == ["price"]
    assert saved.followup_id is not None
    due = followups.get_followup(saved.followup_id)
    assert (due.due_date, due.kind, due.interaction_id, due.deal_id) == (
        date(2026, 3, 17),
        "sales",
        saved.interaction_id,
        journal["deal"],
    )
    assert contacts.get_contact(journal["pedro"]).next_followup_on == date(2026, 3, 17)


def test_networking_value_and_a_timed_followup(journal: dict[str, int]) -> None:
    saved = save_capture(_parse("coffee with @ana nunez gave advice, follow up tomorrow at 10:00"))
    entry = interactions.get_interaction(saved.interaction_id)
    assert (entry.kind, entry.channel, entry.value_direction, entry.value_type) == (
        "networking",
        "meeting",
        "gave",
        "advice",
    )
    assert entry.occurred_at == clock.now()
    due = followups.get_followup(saved.followup_id or 0)
    assert (due.due_date, due.due_time) == (date(2026, 3, 11), time(10, 0))
    assert due.title == "Coffee with Ana Núñez gave advice"


def test_changes_are_announced_after_the_commit_only(journal: dict[str, int], db_path: Path) -> None:
    committed: list[tuple[str, int]] = []

    def listener(change: Change) -> None:
        # another connection sees the rows only once the transaction is committed
        other = sqlite3.connect(db_path)
        try:
            count = other.execute("SELECT count(*) FROM interaction").fetchone()[0]
        finally:
            other.close()
        committed.append((change.entity, count))

    changes.subscribe(listener)
    save_capture(_parse("café con @Ana, seguimiento en 2 semanas"))
    entities = {entity for entity, _ in committed}
    assert {"interaction", "followup"} <= entities
    assert all(count == 1 for _, count in committed)


def test_creates_the_contact_only_when_confirmed(journal: dict[str, int]) -> None:
    capture = _parse("café con @Zoe Quintana #red me dio un consejo")
    before = Contact.select().count()
    with pytest.raises(CaptureError) as refused:
        save_capture(capture)
    assert refused.value.problems[0].code == "unknown_person"
    assert Contact.select().count() == before
    saved = save_capture(capture, create_person=True)
    assert saved.contact_created
    assert contacts.get_contact(saved.contact_id).name == "Zoe Quintana"
    entry = interactions.get_interaction(saved.interaction_id)
    assert (entry.contact_id, entry.value_direction, entry.value_type) == (
        saved.contact_id,
        "received",
        "advice",
    )


def test_a_capture_with_problems_is_refused_with_them(journal: dict[str, int]) -> None:
    capture = _parse("café con @Luis, seguimiento el 30 de febrero")
    with pytest.raises(CaptureError) as refused:
        save_capture(capture, create_person=True)
    assert {p.code for p in refused.value.problems} == {"bad_date"}
    assert Interaction.select().count() == 0


def test_a_failure_in_the_last_part_leaves_nothing(journal: dict[str, int]) -> None:
    """The follow-up is written last; the service refuses a follow-up due before the entry
    it follows, so the entry and the contact created for it must go too."""
    capture = _parse("café con @Zoe Quintana ayer, seguimiento mañana")
    assert capture.followup is not None
    broken = dataclasses.replace(
        capture, followup=dataclasses.replace(capture.followup, due_date=date(2026, 3, 1))
    )
    counts = [m.select().count() for m in (Contact, Interaction, FollowUp, Objection)]
    seen: list[Change] = []
    changes.subscribe(seen.append)
    with pytest.raises(ValidationError) as refused:
        save_capture(broken, create_person=True)
    assert refused.value.field == "due_date"
    assert [m.select().count() for m in (Contact, Interaction, FollowUp, Objection)] == counts
    assert seen == []


def test_a_deal_closed_since_parsing_is_refused_by_the_service(journal: dict[str, int]) -> None:
    capture = _parse("llamada con @Pedro objeción precio")
    assert capture.deal is not None and capture.deal.deal is not None
    deals.trash_deal(journal["deal"])
    with pytest.raises(ValidationError):
        save_capture(capture)
    assert Interaction.select().count() == 0


def test_undo_moves_everything_to_the_trash_in_one_transaction(
    journal: dict[str, int], statements: list[str]
) -> None:
    saved = save_capture(_parse("café con @Zoe Quintana, seguimiento el viernes"), create_person=True)
    statements.clear()
    undo_capture(saved)
    assert _begins(statements) == 1
    assert not contacts.contact_exists(saved.contact_id)
    items = {(i.entity, i.id) for i in trash.list_trash()}
    assert ("contact", saved.contact_id) in items
    trash.restore("contact", saved.contact_id)  # the trash gives it all back together
    assert interactions.get_interaction(saved.interaction_id).contact_id == saved.contact_id
    assert followups.get_followup(saved.followup_id or 0).status == "open"
    assert followups.followups_for_contact(saved.contact_id, kind="networking")


def test_undo_keeps_an_existing_contact(journal: dict[str, int]) -> None:
    saved = save_capture(_parse("coffee with @Ana, follow up in 2 weeks"))
    undo_capture(saved)
    assert contacts.contact_exists(journal["ana"])
    assert interactions.interactions_for_contact(journal["ana"], kind="networking") == []
    assert followups.followups_for_contact(journal["ana"], kind="networking") == []
    assert contacts.get_contact(journal["ana"]).next_followup_on is None
    trashed = {(i.entity, i.id) for i in trash.list_trash()}
    assert {("interaction", saved.interaction_id), ("followup", saved.followup_id)} <= trashed


def test_undo_twice_is_harmless(journal: dict[str, int]) -> None:
    saved = save_capture(_parse("coffee with @Ana"))
    undo_capture(saved)
    undo_capture(saved)
    assert Interaction.select().where(Interaction.deleted_at.is_null()).count() == 0


def test_saved_capture_says_what_undo_needs(journal: dict[str, int]) -> None:
    saved = save_capture(_parse("coffee with @Ana"))
    assert saved == SavedCapture(
        contact_id=journal["ana"],
        contact_name="Ana Núñez",
        contact_created=False,
        interaction_id=saved.interaction_id,
        followup_id=None,
    )


def test_the_entry_keeps_the_moment_it_happened(journal: dict[str, int]) -> None:
    saved = save_capture(_parse("llamada con @Ana ayer a las 18:00"))
    entry = interactions.get_interaction(saved.interaction_id)
    assert entry.occurred_at.astimezone(clock.local_zone()).replace(tzinfo=None).isoformat() == (
        "2026-03-09T18:00:00"
    )
    assert entry.occurred_at < clock.now() - timedelta(hours=12)


def test_an_introduction_told_in_the_text_is_recorded_with_the_entry_and_undone_with_it(
    journal: dict[str, int], statements: list[str]
) -> None:
    from journal.services import introductions

    capture = _parse("café con @Ana gave intro to @Pedro, seguimiento el viernes")
    assert capture.introduction is not None and capture.introduction.other.id == journal["pedro"]
    statements.clear()
    saved = save_capture(capture)
    assert _begins(statements) == 1  # entry, follow-up and introduction: one transaction
    assert saved.introduction_id is not None
    recorded = introductions.get_introduction(saved.introduction_id)
    assert (recorded.direction, recorded.person_a_id, recorded.person_b_id) == (
        "i_introduced",
        journal["ana"],
        journal["pedro"],
    )
    undo_capture(saved)
    assert introductions.introductions_for_contact(journal["ana"]) == []

    kept_apart = save_capture(_parse("café con @Ana gave intro to @Pedro"), record_introduction=False)
    assert kept_apart.introduction_id is None
