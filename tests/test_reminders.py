"""What is due when: injected clock, no waiting, no Qt."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from journal import clock, db
from journal.reminders import due
from journal.reminders.engine import ReminderEngine
from journal.reminders.offers import offer_for_change
from journal.services import contacts, deals, derived, followups, interactions, reminder_queries
from journal.services.events import Action, Change, Entity
from tests.conftest import FakeClock

MADRID = ZoneInfo("Europe/Madrid")
NINE = time(9, 0)


def _contact(name: str = "Ana López", **values: object) -> int:
    return contacts.create_contact(name=name, **values).id


def _followup(contact_id: int, day: date, at: time | None = None, **values: object) -> int:
    return followups.create_followup(
        contact_id=contact_id, kind="networking", title="Call back", due_date=day, due_time=at, **values
    ).id


# --- due instants, DST ------------------------------------------------------------------------


def test_date_only_follow_up_rings_at_the_default_time(db_path: Path, fake_clock: FakeClock) -> None:
    item = followups.get_followup(_followup(_contact(), date(2026, 3, 12)))
    assert due.due_instant(item, NINE, MADRID) == datetime(2026, 3, 12, 8, 0, tzinfo=UTC)
    assert due.due_instant(item, time(18, 30), MADRID) == datetime(2026, 3, 12, 17, 30, tzinfo=UTC)


def test_wall_time_follows_the_march_dst_change_in_madrid() -> None:
    # DST starts on Sunday 29 March 2026: 09:00 is 08:00 UTC before, 07:00 UTC after.
    assert due.wall_to_utc(date(2026, 3, 28), NINE, MADRID) == datetime(2026, 3, 28, 8, tzinfo=UTC)
    assert due.wall_to_utc(date(2026, 3, 30), NINE, MADRID) == datetime(2026, 3, 30, 7, tzinfo=UTC)
    # 02:30 does not exist that night: it rings at 03:30 CEST, never "not at all".
    assert due.wall_to_utc(date(2026, 3, 29), time(2, 30), MADRID) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    # 02:30 happens twice on 25 October: the first one.
    assert due.wall_to_utc(date(2026, 10, 25), time(2, 30), MADRID) == datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC
    )


def test_daily_recurrence_keeps_local_time_across_dst(db_path: Path, fake_clock: FakeClock) -> None:
    fake_clock.current = datetime(2026, 3, 28, 6, 0, tzinfo=UTC)
    fid = _followup(_contact(), date(2026, 3, 28), NINE, recurrence_unit="day", recurrence_interval=1)
    instants = []
    for _ in range(3):
        item = followups.get_followup(fid)
        instants.append(due.due_instant(item, NINE, MADRID))
        following = followups.complete_followup(fid)
        assert following is not None
        fid = following.id
        fake_clock.advance(days=1)
    assert instants == [
        datetime(2026, 3, 28, 8, tzinfo=UTC),
        datetime(2026, 3, 29, 7, tzinfo=UTC),
        datetime(2026, 3, 30, 7, tzinfo=UTC),
    ]


def test_monthly_recurrence_across_month_ends(db_path: Path, fake_clock: FakeClock) -> None:
    fake_clock.current = datetime(2026, 1, 31, 7, 0, tzinfo=UTC)
    fid = _followup(_contact(), date(2026, 1, 31), recurrence_unit="month", recurrence_interval=1)
    following = followups.complete_followup(fid)
    assert following is not None and following.due_date == date(2026, 2, 28)
    assert followups.next_occurrence(date(2028, 1, 31), "month", 1) == date(2028, 2, 29)
    assert followups.next_occurrence(date(2026, 12, 31), "month", 2) == date(2027, 2, 28)


# --- pending, missed, never twice -------------------------------------------------------------


def test_due_and_missed_computation(db_path: Path, fake_clock: FakeClock) -> None:
    cid = _contact()
    today = clock.today()  # 10 March, 11:00 in Madrid
    early = _followup(cid, today, time(10, 59))  # one minute ago: on time
    later = _followup(cid, today, time(15, 0))
    engine = ReminderEngine(lambda: NINE)
    batch = engine.check()
    assert [r.followup.id for r in batch.fresh] == [early]
    assert batch.missed == []
    assert engine.next_wakeup() == datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
    fake_clock.advance(hours=5)  # the laptop slept through 15:00
    batch = engine.check()
    assert [r.followup.id for r in batch.missed] == [later]
    assert {f.id for f, _ in engine.due_items()} == {early, later}


def test_clock_jumping_forward_8_hours_fires_each_missed_reminder_once(
    db_path: Path, fake_clock: FakeClock
) -> None:
    cid = _contact()
    ids = [_followup(cid, clock.today(), time(h, 0)) for h in (12, 14, 16, 18)]
    tomorrow = _followup(cid, clock.today() + timedelta(days=1), time(12, 0))
    engine = ReminderEngine(lambda: NINE)
    assert not engine.check().reminders
    fake_clock.advance(hours=8)  # 19:00 in Madrid
    batch = engine.check()
    assert sorted(r.followup.id for r in batch.missed) == ids  # together, in one batch
    assert batch.fresh == []
    assert not engine.check().reminders  # exactly once
    assert tomorrow not in [f.id for f, _ in engine.due_items()]


def test_clock_stepping_back_fires_nothing_twice(db_path: Path, fake_clock: FakeClock) -> None:
    cid = _contact()
    fid = _followup(cid, clock.today(), time(11, 30))
    engine = ReminderEngine(lambda: NINE)
    fake_clock.advance(hours=1)
    assert [r.followup.id for r in engine.check().reminders] == [fid]
    fake_clock.advance(hours=-3)  # NTP or the user moved the clock back
    assert not engine.check()
    fake_clock.advance(hours=3)
    assert not engine.check().reminders


def test_acknowledgements_survive_a_restart(db_path: Path, fake_clock: FakeClock) -> None:
    cid = _contact()
    fid = _followup(cid, clock.today(), time(10, 30))
    assert [r.followup.id for r in ReminderEngine().check().reminders] == [fid]
    db.close_database()
    db.open_database(db_path)
    engine = ReminderEngine()  # a new process
    assert not engine.check()
    assert [f.id for f, _ in engine.due_items()] == [fid]  # still due (not done), just not re-announced


def test_snooze_brings_the_reminder_back_once(db_path: Path, fake_clock: FakeClock) -> None:
    fid = _followup(_contact(), clock.today(), time(10, 0))
    engine = ReminderEngine()
    assert len(engine.check().reminders) == 1
    followups.snooze_followup(fid, until=clock.now() + timedelta(minutes=15))
    assert engine.due_items() == []
    assert engine.next_wakeup() == clock.now() + timedelta(minutes=15)
    fake_clock.advance(minutes=15)
    batch = engine.check()
    assert [r.followup.id for r in batch.fresh] == [fid]
    assert not engine.check()


def test_follow_up_entered_for_the_past_is_new_not_missed(db_path: Path, fake_clock: FakeClock) -> None:
    _followup(_contact(), clock.today() - timedelta(days=2))
    batch = ReminderEngine().check()
    assert len(batch.fresh) == 1 and not batch.missed


def test_done_and_cancelled_never_ring(db_path: Path, fake_clock: FakeClock) -> None:
    cid = _contact()
    followups.complete_followup(_followup(cid, clock.today(), time(10, 0)))
    followups.cancel_followup(_followup(cid, clock.today(), time(10, 0)))
    assert not ReminderEngine().check().reminders


# --- keep in touch ------------------------------------------------------------------------------


def test_cadence_is_reset_by_logging_an_interaction(db_path: Path, fake_clock: FakeClock) -> None:
    fake_clock.advance(days=-40)
    cid = _contact(cadence_days=30)
    net = _contact("Networking only", cadence_days=30, cadence_scope="networking")
    fake_clock.advance(days=40)
    total, rows = reminder_queries.reconnect_due_contacts(clock.today())
    assert total == 2 and {r.id for r in rows} == {cid, net}
    interactions.log_interaction(contact_id=cid, kind="sales", summary="Quick call", channel="call")
    interactions.log_interaction(contact_id=net, kind="sales", summary="Invoice", channel="email")
    total, rows = reminder_queries.reconnect_due_contacts(clock.today())
    assert [r.id for r in rows] == [net]  # a sales entry does not count for a networking-only cadence
    interactions.log_interaction(contact_id=net, kind="networking", summary="Coffee", channel="meeting")
    assert reminder_queries.reconnect_due_contacts(clock.today())[0] == 0


def test_reconnect_day_by_scope(db_path: Path, fake_clock: FakeClock) -> None:
    """The day the app stores (``derived``): last talk that counts, in local days, plus the cadence."""
    fake_clock.current = datetime(2026, 2, 1, 12, tzinfo=UTC)
    anyone = _contact("Any talk", cadence_days=30)
    networking = _contact("Networking only", cadence_days=30, cadence_scope="networking")
    for cid in (anyone, networking):
        interactions.log_interaction(contact_id=cid, kind="networking", summary="Coffee")
    fake_clock.current = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)  # 00:30 on 2 March in Madrid
    for cid in (anyone, networking):
        interactions.log_interaction(contact_id=cid, kind="sales", summary="Invoice")
    assert contacts.get_contact(anyone).reconnect_due_on == date(2026, 4, 1)
    assert contacts.get_contact(networking).reconnect_due_on == date(2026, 3, 3)
    assert derived.reconnect_is_due(date(2026, 3, 3), date(2026, 3, 3))
    assert not derived.reconnect_is_due(None, date(2026, 3, 3))


# --- birthdays ------------------------------------------------------------------------------------


def test_a_29_february_birthday_is_remembered_on_the_28th_in_other_years(
    db_path: Path, fake_clock: FakeClock
) -> None:
    leap = _contact("Leap Day", birthday="1992-02-29")
    engine = ReminderEngine(lambda: NINE)
    for day, expected in ((date(2028, 2, 28), []), (date(2028, 2, 29), [leap]), (date(2027, 2, 28), [leap])):
        assert [c.id for c in engine._digest(day).birthdays] == expected, day


def test_digest_names_birthdays_once_a_day(db_path: Path, fake_clock: FakeClock) -> None:
    fake_clock.current = datetime(2027, 2, 28, 7, 0, tzinfo=UTC)  # 08:00 in Madrid
    leap = _contact("Leap Day", birthday="1992-02-29")
    plain = _contact("No Year", birthday="--02-28")
    _contact("Other", birthday="--03-01")
    engine = ReminderEngine(lambda: NINE)
    assert engine.check().digest is None  # before the default reminder time
    assert engine.next_wakeup() == datetime(2027, 2, 28, 8, 0, tzinfo=UTC)
    fake_clock.advance(hours=1)
    digest = engine.check().digest
    assert digest is not None and {c.id for c in digest.birthdays} == {leap, plain}
    assert engine.check().digest is None
    fake_clock.advance(hours=-2)
    assert engine.check().digest is None
    fake_clock.advance(days=1, hours=2)  # 1 March, 10:00 in Madrid
    digest = engine.check().digest
    assert digest is not None and [c.name for c in digest.birthdays] == ["Other"]


# --- offers ---------------------------------------------------------------------------------------


def test_winning_a_deal_offers_a_satisfaction_check(db_path: Path, fake_clock: FakeClock) -> None:
    cid = _contact()
    deal = deals.create_deal(contact_id=cid, title="Website", value="1200", stage="negotiation")
    assert offer_for_change(Change(Entity.DEAL, Action.UPDATED, (deal.id,))) is None
    deals.move_deal(deal.id, stage="won")
    offer = offer_for_change(Change(Entity.DEAL, Action.UPDATED, (deal.id,)), post_sale_days=10)
    assert offer is not None and offer.kind == "sales" and offer.deal_id == deal.id
    assert offer.due_date == clock.today() + timedelta(days=10)
    assert "Website" in offer.title()


def test_networking_meeting_offers_a_thank_you(db_path: Path, fake_clock: FakeClock) -> None:
    cid = _contact()
    meeting = interactions.log_interaction(
        contact_id=cid, kind="networking", summary="Coffee", channel="meeting"
    )
    call = interactions.log_interaction(contact_id=cid, kind="networking", summary="Call", channel="call")
    sale = interactions.log_interaction(contact_id=cid, kind="sales", summary="Demo", channel="meeting")
    offer = offer_for_change(Change(Entity.INTERACTION, Action.CREATED, (meeting.id,)))
    assert offer is not None and offer.interaction_id == meeting.id and offer.kind == "networking"
    assert offer.due_date == clock.today() + timedelta(days=1)
    assert offer_for_change(Change(Entity.INTERACTION, Action.CREATED, (call.id,))) is None
    assert offer_for_change(Change(Entity.INTERACTION, Action.CREATED, (sale.id,))) is None


def test_an_introduction_logged_offers_recording_it(db_path: Path, fake_clock: FakeClock) -> None:
    """Each offer that follows a networking entry names the entry, its person and its ledger."""
    from journal.reminders.offers import offers_for_change

    cid = _contact()
    for value_direction, channel, direction, reasons in (
        ("gave", "meeting", "i_introduced", {"thank_you", "introduction"}),
        ("received", "call", "introduced_me", {"introduction"}),
    ):
        entry = interactions.log_interaction(
            contact_id=cid,
            kind="networking",
            summary="Intro",
            channel=channel,
            value_direction=value_direction,
            value_type="introduction",
        )
        made = offers_for_change(Change(Entity.INTERACTION, Action.CREATED, (entry.id,)))
        found = {o.reason: o for o in made}
        assert set(found) == reasons
        intro = found["introduction"]
        assert (intro.key, intro.direction, intro.due_date) == (
            f"introduction:{entry.id}",
            direction,
            clock.today(),
        )
        for offer in made:
            assert (offer.contact_id, offer.kind, offer.interaction_id) == (cid, "networking", entry.id)
            assert offer.contact_name == "Ana López" and "Ana López" in offer.title()
    assert found.get("thank_you") is None


def test_the_contact_page_birthday_comes_early_rather_than_late_in_common_years() -> None:
    """``next_birthday`` (used by the contact page's "turns N in D days") keeps 29 Feb in February."""
    from datetime import date as _date

    from journal.reminders.due import next_birthday, parse_birthday

    assert parse_birthday("1984-02-29") == (1984, 2, 29)
    assert parse_birthday("--02-30") is None
    assert next_birthday("1984-02-29", _date(2027, 1, 10)) == _date(2027, 2, 28)
    assert next_birthday("1984-02-29", _date(2027, 3, 1)) == _date(2028, 2, 29)
    assert next_birthday("--12-31", _date(2026, 12, 31)) == _date(2026, 12, 31)
