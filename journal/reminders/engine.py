"""The reminder bookkeeping behind the scheduler: asks the services for candidates, decides
with ``due`` what to show, and records what was shown so it never shows twice. No Qt.

``check(now)`` is the one operation with side effects: it stores ``reminded_for`` for every
reminder it returns (and the day of the last digest), *before* anything is displayed, so a
crash, a restart or the clock stepping backwards cannot bring the same reminder back.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from time import monotonic as _monotonic

from journal import clock
from journal.reminders import due
from journal.reminders.due import Reminder
from journal.services import followups, reminder_queries
from journal.services.events import Action, Entity, changes
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
MEND_LIMIT = 500  # follow-ups and contacts changed since the last read: more, and it is read again whole
#: Changes that move no follow-up: a new or edited entry or deal (only deleting one clears a
#: follow-up's link to it), an introduction, a quota, a pair set aside as not duplicates.
_NOT_FOLLOWUPS = {
    (entity, action)
    for entity in (Entity.INTERACTION, Entity.DEAL)
    for action in (Action.CREATED, Action.UPDATED, Action.REMINDED)
} | {
    (entity, action) for entity in (Entity.INTRODUCTION, Entity.QUOTA, Entity.DUPLICATE) for action in Action
}


@dataclass
class _Candidates:
    day: date
    version: int  # ``changes.version`` before they were read
    read_at: float  # monotonic
    due: list[FollowUpData]  # open_due_until(day)
    snoozed: list[FollowUpData]  # open_snoozed()
    # every open one with its reminder instant, by (instant, id), for ``timeline_for``'s
    # (default time, zone): computed once, then mended with the lists
    timeline: list[_Entry] | None = None
    timeline_for: tuple[time, tzinfo] | None = None


_Entry = tuple[datetime, int, FollowUpData]


def _entries(items: list[FollowUpData], at: time, zone: tzinfo) -> list[_Entry]:
    return [(due.reminder_instant(f, at, zone), f.id, f) for f in due.unique(items) if f.status == "open"]


def _instant(entry: _Entry) -> datetime:
    return entry[0]


class ReminderEngine:
    """Candidates are read once and reused until the local day turns or ten minutes pass (another
    process may have written): the once-a-minute check of an idle app then costs no query. A change
    made here meanwhile (``changes.since``) is mended in: only the follow-ups it names, and those of
    the contacts it names, are read again (a big journal has thousands of overdue follow-ups, and
    reading them all after every saved note held the window 0.1 s)."""

    def __init__(self, default_time: Callable[[], time] = lambda: due.DEFAULT_REMINDER_TIME) -> None:
        self._default_time = default_time
        self._cache: _Candidates | None = None

    def invalidate(self) -> None:
        """Forget the cached candidates (read them again at the next check)."""
        self._cache = None

    @property
    def default_time(self) -> time:
        """The time of day untimed follow-ups ring at."""
        return self._default_time()

    def is_stale(self, now: datetime) -> bool:
        """True when the next ``candidates(now)`` would read the journal again whole (never read,
        another local day, or older than ``CACHE_SECONDS``): what a periodic check is for."""
        cached = self._cache
        today = now.astimezone(clock.local_zone()).date()
        return cached is None or cached.day != today or _monotonic() - cached.read_at >= CACHE_SECONDS

    def candidates(self, now: datetime) -> list[FollowUpData]:
        """Open follow-ups that may ring on or before today, plus every snoozed one."""
        current = self._current(now)
        return [*current.due, *current.snoozed]

    def _current(self, now: datetime) -> _Candidates:
        """The cached candidates, read again or mended first when they need it."""
        today = now.astimezone(clock.local_zone()).date()
        version = changes.version  # before reading: a change committed meanwhile is mended in later
        cached = self._cache
        if (
            cached is None
            or self.is_stale(now)
            or (cached.version != version and not self._mend(cached, version))
        ):
            cached = self._cache = self._read(today, version)
        return cached

    def _read(self, today: date, version: int) -> _Candidates:
        read_at = _monotonic()
        return _Candidates(today, version, read_at, followups.open_due_until(today), followups.open_snoozed())

    def _mend(self, cached: _Candidates, version: int) -> bool:
        """Bring ``cached`` up to ``version`` by reading again what the changes since touched;
        False when they cannot be told apart (a whole import, a restored backup, too many)."""
        news = changes.since(cached.version)
        if news is None:
            return False
        followup_ids: set[int] = set()
        contact_ids: set[int] = set()
        for change in news:
            if change.entity == Entity.FOLLOWUP and change.ids:
                followup_ids.update(change.ids)
            elif change.entity == Entity.CONTACT and change.ids:
                contact_ids.update(change.ids)
            elif (change.entity, change.action) not in _NOT_FOLLOWUPS:
                return False
        if len(followup_ids) + len(contact_ids) > MEND_LIMIT:
            return False
        if followup_ids or contact_ids:
            due_again, snoozed_again = followups.open_due_until_among(cached.day, followup_ids, contact_ids)

            def untouched(f: FollowUpData) -> bool:
                return f.id not in followup_ids and f.contact_id not in contact_ids

            def kept(items: list[FollowUpData]) -> list[FollowUpData]:
                return [f for f in items if untouched(f)]

            cached.due = sorted([*kept(cached.due), *due_again], key=lambda f: (f.due_date, f.id))
            cached.snoozed = sorted([*kept(cached.snoozed), *snoozed_again], key=lambda f: f.id)
            if cached.timeline is not None and cached.timeline_for is not None:
                timeline = [e for e in cached.timeline if untouched(e[2])]
                timeline += _entries([*due_again, *snoozed_again], *cached.timeline_for)
                timeline.sort()  # one sorted run and a few new entries
                cached.timeline = timeline
        cached.version = version
        return True

    def _timeline(self, now: datetime) -> list[_Entry]:
        """The candidates as ``_Candidates.timeline``: what ``due_items``, ``check`` and ``next_wakeup``
        look at, so that they find the due ones by bisection instead of timing every follow-up."""
        cached = self._current(now)
        key = (self.default_time, clock.local_zone())
        if cached.timeline is None or cached.timeline_for != key:
            cached.timeline = sorted(_entries([*cached.due, *cached.snoozed], *key))
            cached.timeline_for = key
        return cached.timeline

    def due_items(self, now: datetime | None = None) -> list[tuple[FollowUpData, datetime]]:
        """Every open follow-up whose reminder time has come (what the "due now" panel lists)."""
        now = now or clock.now()
        timeline = self._timeline(now)
        return [(f, at) for at, _id, f in timeline[: bisect.bisect_right(timeline, now, key=_instant)]]

    def check(self, now: datetime | None = None) -> ReminderBatch:
        """Reminders not shown yet, recorded as shown; the digest once per local day."""
        now = now or clock.now()
        zone, at = clock.local_zone(), self.default_time
        pending = due.pending_among(self.due_items(now), now)
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
        timeline = self._timeline(now)
        ahead = bisect.bisect_right(timeline, now, key=_instant)
        later: list[FollowUpData] = []  # the next day with something due, past the candidates
        following = followups.next_open_after(now.astimezone(zone).date())
        if following is not None:
            later = [f for f in followups.agenda(following.due_date) if f.status == "open"]
        instants = [
            timeline[ahead][0] if ahead < len(timeline) else None,
            due.next_due_instant(later, now, at, zone),
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
