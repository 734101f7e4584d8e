"""What is due at time T: pure functions over follow-ups and contact dates. No Qt, no database.

Terms used here:

- *due instant*: the aware UTC instant a follow-up falls due. A follow-up with a
  time is due at that local wall time on its day; a date-only one at the user's
  default reminder time. Local wall time is turned into an instant with the
  zone's rules for that very day, so a 09:00 follow-up stays at 09:00 across a
  DST change (08:00 UTC in Madrid winter, 07:00 UTC in summer).
- *reminder instant*: the due instant, or the snooze end if that is later.
- *pending*: open, reminder instant reached, and not yet reminded for that
  instant (``reminded_for`` is stored in the database, so a restart or a clock
  stepping backwards never shows a reminder twice).
- *missed*: pending for longer than ``MISSED_GRACE`` — it fell due while the app
  was closed or the laptop slept; missed reminders are shown together, once.

Birthdays are found by ``birthday_lookup_days`` (and ``reminder_queries``); the day a
contact is due to reconnect is computed and judged in ``services.derived`` (one rule).
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from journal.services.followups import FollowUpData

DEFAULT_REMINDER_TIME = time(9, 0)
# Late by more than this and a reminder counts as missed (the wall-clock check runs once a minute).
MISSED_GRACE = timedelta(minutes=2)


@dataclass(frozen=True)
class Reminder:
    """One reminder to show: the follow-up and the instant it is for."""

    followup: FollowUpData
    instant: datetime
    missed: bool = False


# --- follow-ups ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)  # thousands of overdue follow-ups share a few hundred days and times
def wall_to_utc(day: date, at: time, zone: tzinfo) -> datetime:
    """The UTC instant of a local wall-clock time on ``day``.

    A wall time that does not exist (the hour skipped when DST starts, e.g.
    02:30 in Madrid on the last Sunday of March) is read with the offset in
    force before the change, which lands the same distance after the gap
    (03:30 CEST). A repeated wall time (the autumn change) is its first
    occurrence (``fold=0``).
    """
    return datetime.combine(day, at.replace(tzinfo=None, fold=0), tzinfo=zone).astimezone(UTC)


def due_instant(item: FollowUpData, default_time: time, zone: tzinfo) -> datetime:
    """The moment a follow-up is due: its day at its time (or ``default_time``) in ``zone``."""
    return wall_to_utc(item.due_date, item.due_time or default_time, zone)


def reminder_instant(item: FollowUpData, default_time: time, zone: tzinfo) -> datetime:
    """When the reminder rings: the due instant, pushed later by a snooze."""
    instant = due_instant(item, default_time, zone)
    if item.snoozed_until is not None and item.snoozed_until > instant:
        return item.snoozed_until.astimezone(UTC)
    return instant


def due_now(
    items: Iterable[FollowUpData], now: datetime, default_time: time, zone: tzinfo
) -> list[tuple[FollowUpData, datetime]]:
    """Open follow-ups whose reminder time has come (not snoozed beyond now), oldest first."""
    found = [(f, reminder_instant(f, default_time, zone)) for f in unique(items) if f.status == "open"]
    return sorted(((f, at) for f, at in found if at <= now), key=lambda pair: (pair[1], pair[0].id))


def was_reminded(item: FollowUpData, instant: datetime) -> bool:
    """True when the reminder for ``instant`` (or a later one) was already shown."""
    return item.reminded_for is not None and item.reminded_for >= instant


def pending_reminders(
    items: Iterable[FollowUpData],
    now: datetime,
    default_time: time,
    zone: tzinfo,
    grace: timedelta = MISSED_GRACE,
) -> list[Reminder]:
    """Reminders to show now, each exactly once.

    ``missed``: late by more than ``grace`` although the follow-up already existed,
    unchanged, when it fell due (it rang while the app was closed or the laptop slept).
    A follow-up entered or rescheduled for a time already past is new, not missed.
    """
    return pending_among(due_now(items, now, default_time, zone), now, grace)


def pending_among(
    due_pairs: Iterable[tuple[FollowUpData, datetime]], now: datetime, grace: timedelta = MISSED_GRACE
) -> list[Reminder]:
    """``pending_reminders`` of follow-ups already paired with their instants (``due_now``'s answer)."""
    return [
        Reminder(f, at, missed=now - at > grace and f.updated_at <= at)
        for f, at in due_pairs
        if not was_reminded(f, at)
    ]


def next_due_instant(
    items: Iterable[FollowUpData], now: datetime, default_time: time, zone: tzinfo
) -> datetime | None:
    """The earliest reminder instant strictly after ``now`` (None when nothing is ahead)."""
    ahead = [
        at for f in items if f.status == "open" and (at := reminder_instant(f, default_time, zone)) > now
    ]
    return min(ahead, default=None)


def split_missed(reminders: Iterable[Reminder]) -> tuple[list[Reminder], list[Reminder]]:
    """(on time, missed) — missed ones are shown together in one notification."""
    fresh: list[Reminder] = []
    missed: list[Reminder] = []
    for reminder in reminders:
        (missed if reminder.missed else fresh).append(reminder)
    return fresh, missed


def unique(items: Iterable[FollowUpData]) -> list[FollowUpData]:
    """``items`` without repeats (the first of each id kept)."""
    seen: dict[int, FollowUpData] = {}
    for item in items:
        seen.setdefault(item.id, item)
    return list(seen.values())


# --- the daily digest: birthdays and people due to reconnect -------------------------------------


def digest_instant(day: date, default_time: time, zone: tzinfo) -> datetime:
    """Birthdays and reconnects are day reminders; they ring at the default reminder time."""
    return wall_to_utc(day, default_time, zone)


def digest_due(last_day: date | None, now: datetime, default_time: time, zone: tzinfo) -> bool:
    """Whether today's digest should be shown (at most once per local day, even if the clock steps back)."""
    today = now.astimezone(zone).date()
    if last_day is not None and last_day >= today:
        return False
    return now >= digest_instant(today, default_time, zone)


def next_digest_instant(last_day: date | None, now: datetime, default_time: time, zone: tzinfo) -> datetime:
    """The next instant a digest is due, strictly after ``now``."""
    day = now.astimezone(zone).date()
    while True:
        at = digest_instant(day, default_time, zone)
        if at > now and (last_day is None or day > last_day):
            return at
        day += timedelta(days=1)


# --- birthdays ----------------------------------------------------------------------------------


def parse_birthday(text: str) -> tuple[int | None, int, int] | None:
    """("YYYY-MM-DD" | "--MM-DD") -> (year or None, month, day); None when empty or malformed."""
    text = (text or "").strip()
    try:
        if text.startswith("--"):
            month, day = int(text[2:4]), int(text[5:7])
            date(2000, month, day)  # 2000 is a leap year, so 29 Feb is valid
            return None, month, day
        born = date.fromisoformat(text)
    except ValueError:
        return None
    return born.year, born.month, born.day


def birthday_in_year(text: str, year: int) -> date | None:
    """The day a birthday is remembered in ``year``.

    29 February falls on **28 February** in years without it: the reminder
    stays in the birthday's own month and comes early rather than late.
    """
    parsed = parse_birthday(text)
    if parsed is None:
        return None
    _, month, day = parsed
    if month == 2 and day == 29 and not calendar.isleap(year):
        day = 28
    return date(year, month, day)


def next_birthday(text: str, today: date) -> date | None:
    """The birthday on or after ``today``."""
    this_year = birthday_in_year(text, today.year)
    if this_year is None:
        return None
    if this_year >= today:
        return this_year
    return birthday_in_year(text, today.year + 1)


def birthday_lookup_days(day: date) -> list[tuple[int, int]]:
    """(month, day) pairs whose birthdays are remembered on ``day`` (adds 29 Feb on a non-leap 28 Feb)."""
    pairs = [(day.month, day.day)]
    if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
        pairs.append((2, 29))
    return pairs
