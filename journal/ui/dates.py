"""Between Python's dates and times (what the services speak) and Qt's (what widgets show).

Instants stay aware UTC in the services; here they become the user's local wall time
(``clock.local_zone()``) for a widget, and a widget's local wall time becomes aware UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime

from journal import clock


def qdate(day: date) -> QDate:
    """A Python date as a ``QDate``."""
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    """A ``QDate`` (from a date edit or the calendar) as a Python date."""
    return date(value.year(), value.month(), value.day())


def qtime(value: time) -> QTime:
    """A time of day as a ``QTime``, to the minute."""
    return QTime(value.hour, value.minute)


def pytime(value: QTime) -> time:
    """A ``QTime`` (from a time edit) as a time of day, to the minute."""
    return time(value.hour(), value.minute())


def local_qdatetime(moment: datetime, *, seconds: bool = True) -> QDateTime:
    """An aware instant as the user's local wall time (to the second, or to the minute)."""
    local = moment.astimezone(clock.local_zone())
    return QDateTime(qdate(local.date()), QTime(local.hour, local.minute, local.second if seconds else 0))


def from_local_qdatetime(value: QDateTime) -> datetime:
    """A local wall time picked in a widget, to the minute, as an aware UTC instant."""
    wall = datetime.combine(pydate(value.date()), pytime(value.time()))
    return wall.replace(tzinfo=clock.local_zone()).astimezone(UTC)
