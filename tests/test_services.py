"""Service operations and their validation errors, each on a fresh database."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from journal import clock
from journal.db.models import Contact, DealStageChange
from journal.services import (
    contacts,
    deals,
    followups,
    interactions,
    introductions,
    quotas,
    search,
    trash,
)
from journal.services.errors import NotFoundError, ValidationError
from journal.services.events import changes

pytestmark = pytest.mark.usefixtures("db_path")


def _contact(name: str = "Lucía Núñez", **kw: object) -> int:
    return contacts.create_contact(name=name, **kw).id  # type: ignore[arg-type]


def test_create_contact_with_everything() -> None:
    c = contacts.create_contact(
        name="  Lucía   Núñez ",
        organization="Ventas Iberia SL",
        title="Directora Comercial",
        emails=["lucia@example.es", "LUCIA@example.es", "l@x.es"],
        phones=["+34 600 111 222"],
        tags=["cliente", "madrid", "cliente"],
        birthday="--06-30",
        cadence_days=30,
    )
    assert c.name == "Lucía Núñez"
    assert c.organization == "Ventas Iberia SL"
    assert [e.value for e in c.emails] == ["lucia@example.es", "l@x.es"]
    assert c.emails[0].is_primary
    assert c.tags == ["cliente", "madrid"]
    assert c.birthday == "--06-30"
    assert c.created_at.tzinfo is not None
    assert len(c.uuid) == 36


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "A", "birthday": "2023-02-29"}, "birthday"),
        ({"name": "A", "birthday": "30/06"}, "birthday"),
        ({"name": "A", "cadence_days": 0}, "cadence_days"),
    ],
)
def test_contact_validation(values: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        contacts.create_contact(**values)  # type: ignore[arg-type]
    assert info.value.field == field
    assert Contact.select().count() == 0


def test_birthday_29_feb_without_year_is_valid() -> None:
    assert contacts.create_contact(name="Leap", birthday="--02-29").birthday == "--02-29"


def test_edit_contact_and_search_follows() -> None:
    cid = _contact("Marta Núñez", organization="Acme, Inc.")
    today = clock.today()
    assert [r.id for r in search.search_contacts(search.ContactFilter(text="nunez"), today=today)] == [cid]
    contacts.update_contact(cid, name="Marta Gómez", notes="loves sailing", tags=["mentor"])
    assert search.search_contacts(search.ContactFilter(text="nunez"), today=today) == []
    for text in ("gom", "sail", "mentor", "acme", "marta g"):
        assert [r.id for r in search.search_contacts(search.ContactFilter(text=text), today=today)] == [cid]
    assert search.search_contacts(search.ContactFilter(text='"*('), today=today) == []


def test_trash_and_restore_contact_with_history() -> None:
    cid = _contact()
    other = _contact("Tom O'Brien")
    interactions.log_interaction(contact_id=cid, kind="networking", summary="Coffee")
    f = followups.create_followup(contact_id=cid, kind="networking", title="Call", due_date=date(2026, 5, 1))
    earlier = interactions.log_interaction(contact_id=other, kind="sales", summary="Demo")
    interactions.trash_interaction(earlier.id)
    contacts.trash_contact(cid)
    assert [r.id for r in search.search_contacts(today=clock.today())] == [other]
    with pytest.raises(NotFoundError):
        followups.get_followup(f.id) and followups.complete_followup(f.id)
    kinds = {(i.entity, i.id) for i in trash.list_trash()}
    assert ("contact", cid) in kinds and ("interaction", earlier.id) in kinds
    trash.restore("contact", cid)
    c = contacts.get_contact(cid)
    assert c.networking_count == 1 and c.next_followup_on == date(2026, 5, 1)
    # the separately trashed entry of another contact stays in the trash
    assert ("interaction", earlier.id) in {(i.entity, i.id) for i in trash.list_trash()}


def test_log_interactions_keeps_kinds_apart() -> None:
    cid = _contact()
    deal = deals.create_deal(contact_id=cid, title="Licence", value="1200.50")
    interactions.log_interaction(
        contact_id=cid,
        kind="networking",
        summary="Intro to Tom",
        value_direction="gave",
        value_type="introduction",
        channel="meeting",
    )
    interactions.log_interaction(
        contact_id=cid,
        kind="sales",
        summary="Proposal call",
        deal_id=deal.id,
        objections=[interactions.ObjectionInput("price", "too high", "phased plan", "resolved")],
    )
    net = interactions.interactions_for_contact(cid, kind="networking")
    sales = interactions.interactions_for_contact(cid, kind="sales")
    assert [i.summary for i in net] == ["Intro to Tom"]
    assert [i.summary for i in sales] == ["Proposal call"]
    assert sales[0].objections[0].category == "price" and sales[0].deal_title == "Licence"
    c = contacts.get_contact(cid)
    assert (c.networking_count, c.sales_count, c.open_deal_count) == (1, 1, 1)


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"kind": "gossip", "summary": "x"}, "kind"),
        ({"kind": "networking", "summary": " "}, "summary"),
        ({"kind": "networking", "summary": "x", "channel": "pigeon"}, "channel"),
        (
            {"kind": "sales", "summary": "x", "value_direction": "gave", "value_type": "advice"},
            "value_direction",
        ),
        ({"kind": "networking", "summary": "x", "value_direction": "gave"}, "value_type"),
        (
            {"kind": "networking", "summary": "x", "occurred_at": datetime(2026, 1, 1)},
            "occurred_at",
        ),
    ],
)
def test_interaction_validation(kw: dict[str, object], field: str) -> None:
    cid = _contact()
    with pytest.raises(ValidationError) as info:
        interactions.log_interaction(contact_id=cid, **kw)  # type: ignore[arg-type]
    assert info.value.field == field


def test_interaction_fts_and_timeline_paging() -> None:
    cid = _contact()
    base = datetime(2026, 1, 1, 12, tzinfo=UTC)
    for n in range(25):
        interactions.log_interaction(
            contact_id=cid,
            kind="networking" if n % 2 else "sales",
            summary=f"Reunión número {n}",
            occurred_at=base + timedelta(days=n),
        )
    page = search.timeline_page(limit=10)
    assert [r.summary for r in page][:2] == ["Reunión número 24", "Reunión número 23"]
    rest = search.timeline_page(after=(page[-1].occurred_at, page[-1].id), limit=100)
    assert len(page) + len(rest) == 25
    assert all(r.kind == "sales" for r in search.timeline_page(search.TimelineFilter(kind="sales")))
    found = search.timeline_page(search.TimelineFilter(text="reunion numero 7"))
    assert [r.summary for r in found] == ["Reunión número 7"]
    entry = found[0]
    interactions.update_interaction(entry.id, summary="Almuerzo")
    assert search.timeline_page(search.TimelineFilter(text="almuerzo"))[0].id == entry.id


def test_followup_lifecycle(fake_clock: object) -> None:
    cid = _contact()
    f = followups.create_followup(
        contact_id=cid,
        kind="networking",
        title="Coffee",
        due_date=date(2026, 3, 12),
        due_time=time(9, 30),
    )
    assert contacts.get_contact(cid).next_followup_on == date(2026, 3, 12)
    snoozed = followups.snooze_followup(f.id, until=clock.now() + timedelta(hours=1))
    assert snoozed.snoozed_until is not None
    moved = followups.reschedule_followup(f.id, due_date=date(2026, 3, 20))
    assert moved.due_date == date(2026, 3, 20) and moved.snoozed_until is None
    assert followups.complete_followup(f.id) is None
    assert followups.get_followup(f.id).status == "done"
    with pytest.raises(ValidationError):
        followups.complete_followup(f.id)
    with pytest.raises(ValidationError):
        followups.snooze_followup(f.id, until=clock.now() - timedelta(hours=1))
    assert contacts.get_contact(cid).next_followup_on is None


def test_recurring_followup_schedules_next(fake_clock: object) -> None:
    cid = _contact()
    f = followups.create_followup(
        contact_id=cid,
        kind="sales",
        title="Monthly check",
        due_date=date(2026, 1, 31),
        recurrence_unit="month",
        recurrence_interval=1,
    )
    following = followups.complete_followup(f.id)
    assert following is not None
    # completed late (today is 10 Mar): the next one is not in the past
    assert following.due_date == date(2026, 3, 28)
    assert following.recurrence_unit == "month"


def test_followup_before_its_interaction_is_refused() -> None:
    cid = _contact()
    entry = interactions.log_interaction(
        contact_id=cid,
        kind="networking",
        summary="Met",
        occurred_at=datetime(2026, 3, 1, 12, tzinfo=UTC),
    )
    with pytest.raises(ValidationError) as info:
        followups.create_followup(
            contact_id=cid,
            kind="networking",
            title="Thanks",
            due_date=date(2026, 2, 27),
            interaction_id=entry.id,
        )
    assert info.value.field == "due_date"


def test_entries_and_follow_ups_point_only_to_a_live_deal_of_their_contact() -> None:
    cid, other = _contact(), _contact("Bea Martín")
    own = deals.create_deal(contact_id=cid, title="Own", value="10").id
    theirs = deals.create_deal(contact_id=other, title="Theirs", value="10").id
    trashed = deals.create_deal(contact_id=cid, title="Gone", value="10").id
    deals.trash_deal(trashed)
    today = clock.today()
    for deal_id in (theirs, trashed):
        with pytest.raises(ValidationError) as entry_refused:
            interactions.log_interaction(contact_id=cid, kind="sales", summary="Call", deal_id=deal_id)
        with pytest.raises(ValidationError) as task_refused:
            followups.create_followup(
                contact_id=cid, kind="sales", title="Call", due_date=today, deal_id=deal_id
            )
        assert entry_refused.value.field == task_refused.value.field == "deal_id"
    entry = interactions.log_interaction(contact_id=cid, kind="sales", summary="Call", deal_id=own)
    with pytest.raises(ValidationError) as edit_refused:
        interactions.update_interaction(entry.id, deal_id=theirs)
    assert edit_refused.value.field == "deal_id"
    task = followups.create_followup(contact_id=cid, kind="sales", title="Call", due_date=today, deal_id=own)
    assert (entry.deal_id, task.deal_id) == (own, own)


def test_calendar_counts_and_agenda(fake_clock: object) -> None:
    cid = _contact()
    today = clock.today()
    a = followups.create_followup(
        contact_id=cid, kind="networking", title="A", due_date=today - timedelta(days=2)
    )
    followups.create_followup(contact_id=cid, kind="sales", title="B", due_date=today)
    c = followups.create_followup(contact_id=cid, kind="sales", title="C", due_date=today)
    followups.complete_followup(c.id)
    counts = followups.day_counts(today - timedelta(days=5), today + timedelta(days=5))
    assert counts[today - timedelta(days=2)] == followups.DayCounts(overdue=1)
    assert counts[today] == followups.DayCounts(due=1, done=1)
    assert [f.title for f in followups.agenda(today)] == ["B", "C"]
    assert [f.id for f in followups.overdue()] == [a.id]


def test_deal_stages_and_history() -> None:
    cid = _contact()
    d = deals.create_deal(contact_id=cid, title="Pilot", value=Decimal("9999.99"), currency="eur")
    assert d.value == Decimal("9999.99") and d.currency == "EUR" and d.probability == 10
    deals.move_deal(d.id, stage="proposal")
    with pytest.raises(ValidationError) as info:
        deals.move_deal(d.id, stage="lost")
    assert info.value.field == "lost_reason"
    lost = deals.move_deal(d.id, stage="lost", lost_reason="Budget cut")
    assert lost.closed_at is not None and lost.probability == 0
    history = [(h.from_stage, h.to_stage) for h in deals.stage_history(d.id)]
    assert history == [(None, "prospect"), ("prospect", "proposal"), ("proposal", "lost")]
    assert DealStageChange.select().count() == 3
    assert contacts.get_contact(cid).open_deal_count == 0


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"value": "-5"}, "value"),
        ({"value": 1.5}, "value"),
        ({"value": "abc"}, "value"),
        ({"value": "10", "stage": "closing"}, "stage"),
        ({"value": "10", "currency": "euro"}, "currency"),
        ({"value": "10", "probability": 120}, "probability"),
    ],
)
def test_deal_validation(kw: dict[str, object], field: str) -> None:
    cid = _contact()
    with pytest.raises(ValidationError) as info:
        deals.create_deal(contact_id=cid, title="X", **kw)  # type: ignore[arg-type]
    assert info.value.field == field


def test_introductions_set_introduced_by() -> None:
    ana, ben = _contact("Ana"), _contact("Ben")
    intro = introductions.record_introduction(direction="introduced_me", person_a_id=ana, person_b_id=ben)
    assert contacts.get_contact(ben).introduced_by_name == "Ana"
    assert [i.id for i in introductions.introductions_for_contact(ana)] == [intro.id]
    with pytest.raises(ValidationError):
        introductions.record_introduction(direction="i_introduced", person_a_id=ana, person_b_id=ana)
    assert introductions.set_introduction_outcome(intro.id, outcome="business").outcome == "business"


def test_quota_is_exact_and_replaced() -> None:
    quotas.set_quota(period_start=date(2026, 3, 1), amount="30000.10")
    quotas.set_quota(period_start=date(2026, 3, 1), amount="32000")
    found = quotas.get_quota(date(2026, 3, 17))
    assert found is not None and found.amount == Decimal("32000")
    with pytest.raises(ValidationError):
        quotas.set_quota(period_start=date(2026, 3, 5), amount="1")


def test_changes_announced_after_commit_only() -> None:
    seen: list[tuple[str, str]] = []
    unsubscribe = changes.subscribe(lambda c: seen.append((c.entity, c.action)))
    try:
        _contact()
        with pytest.raises(ValidationError):
            contacts.create_contact(name="")
    finally:
        unsubscribe()
    assert seen == [("contact", "created")]


def test_cadence_and_reconnect(fake_clock: object) -> None:
    cid = _contact(cadence_days=30)
    contacts.update_contact(cid, cadence_days=30)
    interactions.log_interaction(
        contact_id=cid, kind="sales", summary="Call", occurred_at=clock.now() - timedelta(days=40)
    )
    today = clock.today()
    overdue = search.ContactFilter(overdue_reconnect=True)
    assert [r.id for r in search.search_contacts(overdue, today=today)] == [cid]
    contacts.update_contact(cid, cadence_scope="networking")
    interactions.log_interaction(contact_id=cid, kind="networking", summary="Coffee")
    assert search.search_contacts(overdue, today=today) == []
    contacts.set_tag_cadence("mentor", 7)
    other = _contact("Mentor Person", tags=["mentor"])
    assert contacts.get_contact(other).effective_cadence_days == 7


def test_demo_generator_fills_everything(db_path: Path) -> None:
    from journal.services import demo

    demo.generate()
    counts = {
        t: db_path and Contact._meta.database.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in (
            "contact",
            "interaction",
            "follow_up",
            "deal",
            "introduction",
            "quota",
            "objection",
        )
    }
    assert counts["contact"] == 60 and counts["interaction"] == 900
    assert all(counts.values())
    stages = {d.stage for d in deals.deals_by_stage()["won"] + deals.deals_by_stage()["prospect"]}
    assert stages == {"won", "prospect"}
    assert search.search_contacts(search.ContactFilter(text="nunez"), today=clock.today())


def test_contact_sorts_page_through_everyone(fake_clock: object) -> None:
    today = clock.today()
    ids = [_contact(f"Person {n:02d}") for n in range(30)]
    for n, cid in enumerate(ids[:10]):
        followups.create_followup(
            contact_id=cid, kind="networking", title="x", due_date=today + timedelta(days=10 - n)
        )
    for sort in search.CONTACT_SORTS:
        flt = search.ContactFilter(sort=sort)
        seen = []
        for offset in range(0, 40, 7):
            seen += [r.id for r in search.search_contacts(flt, today=today, limit=7, offset=offset)]
        assert sorted(seen) == sorted(ids), sort
    first = search.search_contacts(search.ContactFilter(sort="next_followup"), today=today, limit=3)
    assert [r.id for r in first] == [ids[9], ids[8], ids[7]]


def test_a_call_that_leaves_out_a_required_field_is_told_which() -> None:
    """A script or importer that builds the fields itself gets a ValidationError, not a KeyError."""
    ana = contacts.create_contact(name="Ana").id
    with pytest.raises(ValidationError) as missing:
        interactions.log_interaction(contact_id=ana, kind="networking", channel="call")  # type: ignore[call-arg]
    assert missing.value.field == "summary" and str(missing.value) == "The summary is missing."
    for left_out in ("kind", "title", "due_date"):
        fields = {"kind": "networking", "title": "Call", "due_date": date(2026, 5, 1)}
        del fields[left_out]
        with pytest.raises(ValidationError) as error:
            followups.create_followup(contact_id=ana, **fields)  # type: ignore[arg-type]
        assert error.value.field == left_out
    call = followups.create_followup(
        contact_id=ana, kind="networking", title="Call", due_date=date(2026, 5, 1)
    )
    # An edit changes what it names and keeps the rest (the form sends only what its user changed).
    followups.edit_followup(call.id, title="Call back")
    assert (followups.get_followup(call.id).title, followups.get_followup(call.id).due_date) == (
        "Call back",
        date(2026, 5, 1),
    )
