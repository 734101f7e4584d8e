"""Hypothesis for the date logic behind reminders."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from journal.reminders import due
from journal.services.followups import FollowUpData, add_months, next_occurrence

ZONES = st.sampled_from(
    [ZoneInfo("Europe/Madrid"), ZoneInfo("America/New_York"), ZoneInfo("Australia/Sydney"), UTC]
)
DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
TIMES = st.times().map(lambda t: t.replace(microsecond=0))
INSTANTS = st.datetimes(
    min_value=datetime(1995, 1, 1), max_value=datetime(2085, 1, 1), timezones=st.just(UTC)
)


def _item(n: int, day: date, at: time | None, snoozed: datetime | None, status: str) -> FollowUpData:
    stamp = datetime(1990, 1, 1, tzinfo=UTC)
    return FollowUpData(
        id=n, uuid=str(n), contact_id=1, contact_name="A", kind="networking", title="t", notes="",
        due_date=day, due_time=at, status=status, snoozed_until=snoozed, recurrence_unit=None,
        recurrence_interval=None, interaction_id=None, deal_id=None, completed_at=None,
        reminded_for=None, created_at=stamp, updated_at=stamp,
    )  # fmt: skip


ITEMS = st.lists(
    st.builds(
        _item,
        st.integers(1, 10_000),
        DAYS,
        st.none() | TIMES,
        st.none() | INSTANTS,
        st.sampled_from(["open", "open", "done", "cancelled"]),
    ),
    max_size=20,
)


@given(DAYS, st.integers(-1200, 1200))
def test_add_months_stays_in_the_target_month_and_never_overshoots(day: date, months: int) -> None:
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day == min(day.day, calendar.monthrange(result.year, result.month)[1])


@given(DAYS, st.integers(-600, 600), st.integers(-600, 600))
def test_add_months_composes_for_days_every_month_has(day: date, a: int, b: int) -> None:
    day = day.replace(day=min(day.day, 28))
    assert add_months(add_months(day, a), b) == add_months(day, a + b)
    assert add_months(day, 0) == day


@given(DAYS, st.sampled_from(["day", "week", "month"]), st.integers(1, 999))
def test_recurrence_always_moves_forward_to_a_real_date(day: date, unit: str, every: int) -> None:
    following = next_occurrence(day, unit, every)
    assert isinstance(following, date) and following > day
    if unit == "month":
        assert following.day <= day.day


@given(ITEMS, INSTANTS, TIMES, ZONES)
def test_next_due_instant_is_never_in_the_past(
    items: list[FollowUpData], now: datetime, default: time, zone: ZoneInfo
) -> None:
    following = due.next_due_instant(items, now, default, zone)
    if following is not None:
        assert following > now
        assert all(
            due.reminder_instant(f, default, zone) >= following
            for f in items
            if f.status == "open" and due.reminder_instant(f, default, zone) > now
        )
    pending = due.pending_reminders(items, now, default, zone)
    assert all(r.instant <= now and r.followup.status == "open" for r in pending)


@given(DAYS, TIMES, ZONES)
def test_wall_time_round_trips_except_in_the_spring_gap(day: date, at: time, zone: ZoneInfo) -> None:
    instant = due.wall_to_utc(day, at, zone)
    assert instant.tzinfo is UTC
    back = instant.astimezone(zone)
    # Only a skipped wall time moves, and only forward, by the size of the gap (at most 1 hour here).
    wall = datetime.combine(day, at)
    assert timedelta(0) <= back.replace(tzinfo=None) - wall <= timedelta(hours=1)


@given(st.integers(1901, 2099))
def test_every_birthday_is_remembered_exactly_once_a_year(year: int) -> None:
    """What the digest looks up each day (``birthday_lookup_days``) covers every month and day a
    birthday can have, once a year; 29 February on the 28th when the year has none."""
    seen: dict[tuple[int, int], date] = {}
    day = date(year, 1, 1)
    while day.year == year:
        for pair in due.birthday_lookup_days(day):
            assert pair not in seen, (pair, day, seen.get(pair))
            seen[pair] = day
        day += timedelta(days=1)
    every = {(d.month, d.day) for d in (date(2000, 1, 1) + timedelta(days=n) for n in range(366))}
    assert set(seen) == every
    assert seen[(2, 29)] == date(year, 2, 29 if calendar.isleap(year) else 28)
