"""Read-only queries behind the follow-up calendar (no Qt).

``month_counts`` is what the calendar asks on every month switch: one grouped
query over the six-week grid. It gives the same numbers as
``followups.day_counts`` but is answered from the covering index
``(deleted_at, status, due_date)`` alone: ~3 ms for a month holding 17,000 of
50,000 follow-ups, where ``day_counts`` (which joins every row to its contact)
takes ~50 ms. Dropping the join is safe because trashing a contact stamps its
follow-ups' ``deleted_at`` too (see docs/DEVELOPING.md, "Soft delete").
``tests/test_calendar_views.py`` checks both the numbers and the query plan.
"""

from __future__ import annotations

from datetime import date, timedelta

from journal import clock
from journal.db import database
from journal.services.followups import DayCounts

GRID_DAYS = 42  # six weeks, as a month calendar shows them


def grid_range(year: int, month: int, first_weekday: int = 1) -> tuple[date, date]:
    """First and last day a month calendar shows for ``year``/``month``.

    ``first_weekday`` is ISO (1 = Monday … 7 = Sunday). The grid may start up to
    a week before the 1st (Qt shows at least one day of the previous month when
    the 1st falls on the first column), so this covers both cases.
    """
    first = date(year, month, 1)
    back = (first.isoweekday() - first_weekday) % 7
    start = first - timedelta(days=back or 7)
    return start, start + timedelta(days=GRID_DAYS + 6)


def month_counts(
    year: int, month: int, *, first_weekday: int = 1, today: date | None = None
) -> dict[date, DayCounts]:
    """Overdue / due / done counts per day for everything a month view shows."""
    start, end = grid_range(year, month, first_weekday)
    return range_counts(start, end, today=today)


MONTH_COUNTS_SQL = """
    SELECT status, due_date, count(*) FROM follow_up
    WHERE deleted_at IS NULL AND status IN ('open', 'done') AND due_date >= ? AND due_date <= ?
    GROUP BY status, due_date"""


def range_counts(start: date, end: date, *, today: date | None = None) -> dict[date, DayCounts]:
    """Per day in [start, end]: overdue (open, before today), due (open, today on), done."""
    today = today or clock.today()
    counts: dict[date, DayCounts] = {}
    cursor = database.execute_sql(MONTH_COUNTS_SQL, [start.isoformat(), end.isoformat()])
    for status, due_text, number in cursor.fetchall():
        day = date.fromisoformat(due_text)
        current = counts.get(day, DayCounts())
        if status == "done":
            current = DayCounts(current.overdue, current.due, current.done + number)
        elif day < today:
            current = DayCounts(current.overdue + number, current.due, current.done)
        else:
            current = DayCounts(current.overdue, current.due + number, current.done)
        counts[day] = current
    return counts


def overdue_count(today: date | None = None) -> int:
    """How many open follow-ups are past due (the overdue list shows at most a page)."""
    today = today or clock.today()
    row = database.execute_sql(
        "SELECT count(*) FROM follow_up WHERE deleted_at IS NULL AND status = 'open' AND due_date < ?",
        [today.isoformat()],
    ).fetchone()
    return int(row[0])


__all__ = ["GRID_DAYS", "MONTH_COUNTS_SQL", "grid_range", "month_counts", "overdue_count", "range_counts"]
