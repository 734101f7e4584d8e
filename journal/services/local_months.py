"""The user's local calendar months: their first days, their edges as stored UTC text.

Stored instants are UTC; a month is the user's (``clock.local_zone()``), so its edges are
local midnights.
"""

from __future__ import annotations

from datetime import date, datetime, time

from journal import clock
from journal.db.fields import format_utc, parse_utc


def add_months(month: date, count: int) -> date:
    """The first day of the month ``count`` months after ``month`` (before, if negative)."""
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def month_of(day: date) -> date:
    """The first day of ``day``'s month."""
    return date(day.year, day.month, 1)


def local_midnight_utc(day: date) -> str:
    """The stored (UTC text) form of local midnight at the start of ``day``."""
    return format_utc(datetime.combine(day, time(0), tzinfo=clock.local_zone()))


def local_month_of(stored: str) -> date:
    """The local calendar month (its first day) of a stored UTC moment."""
    return month_of(parse_utc(stored).astimezone(clock.local_zone()).date())


def last_months(months: int, today: date | None = None) -> list[date]:
    """First days of the last ``months`` local months, oldest first, the current one last."""
    current = month_of(today or clock.today())
    return [add_months(current, -back) for back in range(months - 1, -1, -1)]
