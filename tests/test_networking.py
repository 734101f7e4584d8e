"""Networking measures: the reciprocity ledger, introduction chains and the reconnect list."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from journal.services import contacts, interactions, introductions, networking
from tests.conftest import FakeClock


def _give(cid: int, direction: str, vtype: str, days_ago: int, now: datetime) -> None:
    interactions.log_interaction(
        contact_id=cid,
        kind="networking",
        summary=f"{direction} {vtype}",
        occurred_at=now - timedelta(days=days_ago),
        value_direction=direction,
        value_type=vtype,
    )


def test_ledger_per_contact_and_overall(db_path: Path, fake_clock: FakeClock) -> None:
    now = fake_clock.current
    ana = contacts.create_contact(name="Ana").id
    bo = contacts.create_contact(name="Bo").id
    for vtype in ("introduction", "advice", "advice", "content", "referral"):
        _give(ana, "gave", vtype, 10, now)
    _give(ana, "received", "favour", 20, now)
    _give(ana, "received", "advice", 30, now)
    _give(ana, "gave", "favour", 400, now)  # older than 12 months
    _give(bo, "received", "referral", 5, now)
    interactions.log_interaction(contact_id=bo, kind="networking", summary="coffee")  # no value moved

    mine = networking.reciprocity_for_contact(ana)
    assert (mine.gave, mine.received, mine.balance) == (5, 2, 3)
    assert mine.by_type[("gave", "advice")] == 2
    total = networking.overall_reciprocity()
    assert (total.gave, total.received, total.balance) == (5, 3, 2)
    assert total.by_type == {
        ("gave", "introduction"): 1,
        ("gave", "advice"): 2,
        ("gave", "content"): 1,
        ("gave", "referral"): 1,
        ("received", "favour"): 1,
        ("received", "advice"): 1,
        ("received", "referral"): 1,
    }
    all_time = networking.overall_reciprocity(since=datetime(2000, 1, 1, tzinfo=UTC))
    assert (all_time.gave, all_time.received) == (6, 3)


def test_only_taking_relationships(db_path: Path, fake_clock: FakeClock) -> None:
    now = fake_clock.current
    ana = contacts.create_contact(name="Ana").id
    bo = contacts.create_contact(name="Bo").id
    cy = contacts.create_contact(name="Cy").id
    gone = contacts.create_contact(name="Gone").id
    _give(ana, "received", "advice", 3, now)
    _give(ana, "gave", "content", 2, now)  # balanced: not a taker
    _give(bo, "received", "referral", 4, now)
    _give(bo, "received", "favour", 1, now)
    _give(cy, "received", "advice", 2, now)
    _give(cy, "gave", "advice", 500, now)  # gave, but long ago: still only taking lately
    _give(gone, "received", "advice", 2, now)
    contacts.trash_contact(gone)
    taking = networking.taking_relationships()
    assert [(t.name, t.received) for t in taking] == [("Bo", 2), ("Cy", 1)]
    assert taking[0].last_received_at == now - timedelta(days=1)


def test_introduction_chain_and_both_sides(db_path: Path, fake_clock: FakeClock) -> None:
    ana = contacts.create_contact(name="Ana").id
    bo = contacts.create_contact(name="Bo").id
    cy = contacts.create_contact(name="Cy").id
    dee = contacts.create_contact(name="Dee").id
    introductions.record_introduction(direction="introduced_me", person_a_id=ana, person_b_id=bo)
    introductions.record_introduction(direction="introduced_me", person_a_id=bo, person_b_id=cy)
    intro = introductions.record_introduction(
        direction="i_introduced", person_a_id=cy, person_b_id=dee, context="Both hiring", outcome="met"
    )
    assert [c.name for c in networking.introduction_chain(cy)] == ["Cy", "Bo", "Ana"]
    assert [c.name for c in networking.introduction_chain(ana)] == ["Ana"]
    assert [c.name for c in networking.introduced_by_contact(ana)] == ["Bo"]
    assert [c.name for c in networking.introduced_by_contact(bo)] == ["Cy"]
    # "I introduced Cy to Dee" shows on both people's pages and changes nobody's introducer.
    assert introductions.introductions_for_contact(cy)[0].id == intro.id
    assert [i.id for i in introductions.introductions_for_contact(dee)] == [intro.id]
    assert contacts.get_contact(dee).introduced_by_id is None


def test_introduction_chain_stops_at_a_loop(db_path: Path, fake_clock: FakeClock) -> None:
    ana = contacts.create_contact(name="Ana").id
    bo = contacts.create_contact(name="Bo", introduced_by_id=ana).id
    contacts.update_contact(ana, introduced_by_id=bo)
    assert [c.name for c in networking.introduction_chain(bo)] == ["Bo", "Ana"]


def test_reconnect_list_most_overdue_first(db_path: Path, fake_clock: FakeClock) -> None:
    now = fake_clock.current
    today = date(2026, 3, 10)
    ana = contacts.create_contact(name="Ana", cadence_days=30).id
    bo = contacts.create_contact(name="Bo", cadence_days=7).id
    cy = contacts.create_contact(name="Cy", tags=["mentor"]).id
    contacts.set_tag_cadence("mentor", 14)
    fresh = contacts.create_contact(name="Fresh", cadence_days=30).id
    interactions.log_interaction(
        contact_id=ana, kind="sales", summary="Pricing call", occurred_at=now - timedelta(days=40)
    )
    interactions.log_interaction(
        contact_id=ana, kind="networking", summary="Coffee", occurred_at=now - timedelta(days=45)
    )
    interactions.log_interaction(
        contact_id=bo, kind="networking", summary="Lunch", occurred_at=now - timedelta(days=8)
    )
    interactions.log_interaction(
        contact_id=cy, kind="networking", summary="Call", occurred_at=now - timedelta(days=20)
    )
    interactions.log_interaction(contact_id=fresh, kind="networking", summary="Hi", occurred_at=now)

    rows = networking.reconnect_list(today=today)
    assert [(r.name, r.days_overdue) for r in rows] == [("Ana", 10), ("Cy", 6), ("Bo", 1)]
    assert (rows[0].last_summary, rows[0].last_kind, rows[0].cadence_days) == ("Pricing call", "sales", 30)
    assert rows[1].cadence_days == 14
    assert networking.reconnect_count(today=today) == 3
    page = networking.reconnect_list(today=today, limit=1, after=(rows[0].due_on, rows[0].contact_id))
    assert [r.name for r in page] == ["Cy"]

    contacts.update_contact(ana, cadence_scope="networking")
    ana_row = networking.reconnect_list(today=today)[0]
    assert (ana_row.name, ana_row.days_overdue, ana_row.last_summary) == ("Ana", 15, "Coffee")

    networking.reconnect_list(today=today)
    contacts.snooze_reconnect(cy, until=today + timedelta(days=7))
    interactions.log_interaction(contact_id=bo, kind="networking", summary="Catch-up")
    assert [r.name for r in networking.reconnect_list(today=today)] == ["Ana"]
