"""The calendar's read-only queries: the six-week grid, per-day counts, the plan."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from journal.db import database
from journal.services import calendar_views, contacts, followups
from journal.services.followups import DayCounts
from tests.conftest import FakeClock


def _followup(contact_id: int, day: date, title: str = "Call back") -> int:
    return followups.create_followup(contact_id=contact_id, kind="networking", title=title, due_date=day).id


def test_grid_range_covers_six_weeks_around_the_month() -> None:
    for year, month in ((2026, 3), (2026, 2), (2025, 12), (2026, 6)):
        for first_weekday in (1, 7):
            start, end = calendar_views.grid_range(year, month, first_weekday)
            first = date(year, month, 1)
            assert start < first
            assert start.isoweekday() == first_weekday
            assert (end - start).days >= calendar_views.GRID_DAYS - 1 + 6
            last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            assert end > last


def test_month_counts_split_overdue_due_done(db_path: Path, fake_clock: FakeClock) -> None:
    today = date(2026, 3, 10)
    ana = contacts.create_contact(name="Ana Núñez").id
    late = _followup(ana, date(2026, 3, 5))
    _followup(ana, date(2026, 3, 5), "Another")
    _followup(ana, today)
    done = _followup(ana, date(2026, 3, 12))
    followups.complete_followup(done)
    cancelled = _followup(ana, date(2026, 3, 20))
    followups.cancel_followup(cancelled)
    _followup(ana, date(2026, 4, 2))  # shown in March's grid (trailing days)
    _followup(ana, date(2026, 6, 1))  # not in the grid

    counts = calendar_views.month_counts(2026, 3, today=today)

    assert counts[date(2026, 3, 5)] == DayCounts(overdue=2)
    assert counts[today] == DayCounts(due=1)
    assert counts[date(2026, 3, 12)] == DayCounts(done=1)
    assert date(2026, 3, 20) not in counts
    assert counts[date(2026, 4, 2)] == DayCounts(due=1)
    assert date(2026, 6, 1) not in counts
    start, end = calendar_views.grid_range(2026, 3)
    slow = followups.day_counts(start, end, today)
    assert counts == {day: c for day, c in slow.items() if c != DayCounts()}
    assert calendar_views.overdue_count(today) == 2

    followups.complete_followup(late)
    assert calendar_views.month_counts(2026, 3, today=today)[date(2026, 3, 5)] == DayCounts(overdue=1, done=1)


def test_trashed_contacts_follow_ups_are_not_counted(db_path: Path, fake_clock: FakeClock) -> None:
    ana = contacts.create_contact(name="Ana").id
    _followup(ana, date(2026, 3, 11))
    contacts.trash_contact(ana)
    assert calendar_views.month_counts(2026, 3) == {}
    assert calendar_views.overdue_count() == 0
    contacts.restore_contact(ana)
    assert calendar_views.month_counts(2026, 3) == {date(2026, 3, 11): DayCounts(due=1)}


def test_month_query_reads_only_the_covering_index(db_path: Path) -> None:
    plan = database.execute_sql(
        "EXPLAIN QUERY PLAN " + calendar_views.MONTH_COUNTS_SQL, ["2026-02-23", "2026-04-12"]
    ).fetchall()
    details = " | ".join(str(row[-1]) for row in plan)
    assert "COVERING INDEX" in details, details
    assert "SCAN follow_up" not in details, details
    overdue_plan = database.execute_sql(
        "EXPLAIN QUERY PLAN SELECT count(*) FROM follow_up "
        "WHERE deleted_at IS NULL AND status = 'open' AND due_date < ?",
        ["2026-03-10"],
    ).fetchall()
    assert "SCAN follow_up" not in " | ".join(str(row[-1]) for row in overdue_plan)
