"""The reminder bookkeeping behind the scheduler: asks the services for candidates, decides
with ``due`` what to show, and records what was shown so it never shows twice. No Qt.

``check(now)`` is the one operation with side effects: it stores ``reminded_for`` for every
reminder it returns (and the day of the last digest), *before* anything is displayed, so a
crash, a restart or the clock stepping backwards cannot bring the same reminder back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from time import monotonic as _monotonic

from journal import clock
from journal.reminders import due
from journal.reminders.due import Reminder
from journal.services import followups, reminder_queries
from journal.services.events import changes
from journal.services.followups import FollowUpData
from journal.services.reminder_queries import ContactDates

DIGEST_KEY = "digest_day"


@dataclass(frozen=True)
class Digest:
    """Day reminders: birthdays today and people due to reconnect."""

    day: date
    birthdays: list[ContactDates] = field(default_factory=list)
    reconnect_total: int = 0
    reconnect: list[ContactDates] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.birthdays or self.reconnect_total)


@dataclass(frozen=True)
class ReminderBatch:
    """What one check found: reminders on time, missed ones (shown together) and the digest."""

    fresh: list[Reminder] = field(default_factory=list)
    missed: list[Reminder] = field(default_factory=list)
    digest: Digest | None = None

    def __bool__(self) -> bool:
        return bool(self.fresh or self.missed or self.digest)

    @property
    def reminders(self) -> list[Reminder]:
        """Missed reminders first, then the ones just due."""
        return [*self.missed, *self.fresh]


CACHE_SECONDS = 600.0


class ReminderEngine:
    """Candidates are read once and reused until the data changes (``changes.version``),
    the local day turns, or ten minutes pass (another process may have written): the
    once-a-minute check of an idle app then costs no query."""

    def __init__(self, default_time: Callable[[], time] = lambda: due.DEFAULT_REMINDER_TIME) -> None:
        self._default_time = default_time
        self._cache: tuple[tuple[date, int], float, list[FollowUpData]] | None = None

    def invalidate(self) -> None:
        """Forget the cached candidates (read them again at the next check)."""
        self._cache = None

    @property
    def default_time(self) -> time:
        """The time of day untimed follow-ups ring at."""
        return self._default_time()

    def candidates(self, now: datetime) -> list[FollowUpData]:
        """Open follow-ups that may ring on or before today, plus every snoozed one."""
        today = now.astimezone(clock.local_zone()).date()
        key = (today, changes.version)
        cached = self._cache
        if cached is not None and cached[0] == key and _monotonic() - cached[1] < CACHE_SECONDS:
            return list(cached[2])
        items = [*followups.open_due_until(today), *followups.open_snoozed()]
        self._cache = (key, _monotonic(), items)
        return list(items)

    def due_items(self, now: datetime | None = None) -> list[tuple[FollowUpData, datetime]]:
        """Every open follow-up whose reminder time has come (what the "due now" panel lists)."""
        now = now or clock.now()
        return due.due_now(self.candidates(now), now, self.default_time, clock.local_zone())

    def check(self, now: datetime | None = None) -> ReminderBatch:
        """Reminders not shown yet, recorded as shown; the digest once per local day."""
        now = now or clock.now()
        zone, at = clock.local_zone(), self.default_time
        pending = due.pending_reminders(self.candidates(now), now, at, zone)
        reminder_queries.mark_reminded_many([(r.followup.id, r.instant) for r in pending])
        fresh, missed = due.split_missed(pending)
        digest = None
        if due.digest_due(self._last_digest_day(), now, at, zone):
            digest = self._digest(now.astimezone(zone).date())
            reminder_queries.set_reminder_state(DIGEST_KEY, digest.day.isoformat())
        return ReminderBatch(fresh, missed, digest if digest else None)

    def next_wakeup(self, now: datetime | None = None) -> datetime | None:
        """The next instant something will be due (strictly after ``now``)."""
        now = now or clock.now()
        zone, at = clock.local_zone(), self.default_time
        items = self.candidates(now)
        following = followups.next_open_after(now.astimezone(zone).date())
        if following is not None:
            items += [f for f in followups.agenda(following.due_date) if f.status == "open"]
        instants = [
            due.next_due_instant(items, now, at, zone),
            due.next_digest_instant(self._last_digest_day(), now, at, zone),
        ]
        return min((i for i in instants if i is not None), default=None)

    def _last_digest_day(self) -> date | None:
        value = reminder_queries.reminder_state(DIGEST_KEY)
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            return None

    def _digest(self, day: date) -> Digest:
        birthdays = [
            c
            for month, d in due.birthday_lookup_days(day)
            for c in reminder_queries.birthday_contacts(month, d)
        ]
        total, reconnect = reminder_queries.reconnect_due_contacts(day, limit=20)
        return Digest(day, birthdays, total, reconnect)
