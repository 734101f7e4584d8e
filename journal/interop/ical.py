"""Follow-ups as iCalendar: VTODO (with DUE, STATUS and a VALARM) or, for calendars
that hide tasks, VEVENT. The UID is the follow-up's uuid, so re-exporting updates
the same items in the calendar instead of duplicating them.

Timed items are written in the user's time zone (``TZID`` plus its ``VTIMEZONE``), so a
weekly 23:45 check-in stays at 23:45 across daylight saving; repeating items carry
``DTSTART`` with their ``RRULE`` (RFC 5545 needs it to expand the rule)."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

import icalendar

from journal import clock
from journal.interop.vcard import PRODID

_TODO_STATUS = {"open": "NEEDS-ACTION", "done": "COMPLETED", "cancelled": "CANCELLED"}
_EVENT_STATUS = {"open": "CONFIRMED", "done": "CONFIRMED", "cancelled": "CANCELLED"}
_FREQ = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY"}


@dataclass(frozen=True)
class FollowUpItem:
    uuid: str
    title: str
    contact_name: str
    kind: str
    notes: str
    due_date: date
    due_time: time | None
    status: str
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None = None
    recurrence_unit: str | None = None
    recurrence_interval: int | None = None


def _due(item: FollowUpItem) -> date | datetime:
    """The due day, or the due instant in the local zone (UTC when the zone has no IANA name)."""
    if item.due_time is None:
        return item.due_date
    local = clock.local_datetime(item.due_date, item.due_time)
    return local if getattr(local.tzinfo, "key", None) else local.astimezone(UTC)


def build_calendar(items: Iterable[FollowUpItem], *, as_events: bool = False) -> bytes:
    """An iCalendar file of these follow-ups, as VTODOs or VEVENTs."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Networking Journal")
    stamp = clock.now()
    timed: list[datetime] = []
    for item in items:
        component = icalendar.Event() if as_events else icalendar.Todo()
        summary = f"{item.title} — {item.contact_name}" if item.contact_name else item.title
        component.add("uid", item.uuid)
        component.add("dtstamp", stamp)
        component.add("created", item.created_at)
        component.add("last-modified", item.updated_at)
        component.add("summary", summary)
        if item.notes:
            component.add("description", item.notes)
        component.add("categories", [item.kind])
        due = _due(item)
        if isinstance(due, datetime):
            timed.append(due)
        repeats = item.recurrence_unit in _FREQ and bool(item.recurrence_interval)
        if as_events:
            component.add("dtstart", due)
            if isinstance(due, datetime):
                component.add("dtend", due + timedelta(minutes=30))
            else:
                component.add("dtend", due + timedelta(days=1))
            component.add("transp", "TRANSPARENT")
            component.add("status", _EVENT_STATUS.get(item.status, "CONFIRMED"))
        else:
            if repeats:  # the rule repeats from DTSTART (DUE equal to it: due when it starts)
                component.add("dtstart", due)
            component.add("due", due)
            component.add("status", _TODO_STATUS.get(item.status, "NEEDS-ACTION"))
            if item.status == "done" and item.completed_at is not None:
                component.add("completed", item.completed_at)
                component.add("percent-complete", 100)
        if repeats and item.recurrence_unit:
            component.add(
                "rrule", {"freq": _FREQ[item.recurrence_unit], "interval": item.recurrence_interval}
            )
        if item.status == "open":
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary)
            if as_events:
                alarm.add("trigger", timedelta(0))
            else:
                alarm.add("trigger", timedelta(0), parameters={"RELATED": "END"})
            component.add_component(alarm)
        cal.add_component(component)
    zones = {d.tzinfo for d in timed if isinstance(d.tzinfo, tzinfo) and getattr(d.tzinfo, "key", None)}
    for zone in sorted(zones, key=lambda z: str(getattr(z, "key", ""))):
        first = min(d for d in timed if d.tzinfo is zone)
        cal.add_component(vtimezone(zone, first.year - 1))
    # the VTIMEZONEs go first, as RFC 5545 examples and most programs write them
    cal.subcomponents.sort(key=lambda c: c.name != "VTIMEZONE")
    data: bytes = cal.to_ical()
    return data


def _transitions(zone: tzinfo, year: int) -> list[tuple[datetime, timedelta, timedelta, str]]:
    """The zone's changes of UTC offset in ``year``: (local wall time before, old offset, new, name)."""
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    before = moment.astimezone(zone).utcoffset() or timedelta(0)
    while moment.year == year:
        step = moment + timedelta(hours=1)
        after = step.astimezone(zone).utcoffset() or timedelta(0)
        if after != before:
            found.append(
                ((step + before).replace(tzinfo=None), before, after, step.astimezone(zone).tzname() or "")
            )
            before = after
        moment = step
    return found


def vtimezone(zone: tzinfo, year: int) -> icalendar.Timezone:
    """A VTIMEZONE for ``zone`` with yearly rules (``RRULE``) as the zone keeps them from ``year`` on."""
    component = icalendar.Timezone()
    component.add("tzid", str(getattr(zone, "key", zone)))
    changes = _transitions(zone, year)
    if not changes:
        standing = datetime(year, 1, 1, tzinfo=zone)
        offset = standing.utcoffset() or timedelta(0)
        part = icalendar.TimezoneStandard()
        part.add("dtstart", datetime(year, 1, 1))
        part.add("tzoffsetfrom", offset)
        part.add("tzoffsetto", offset)
        part.add("tzname", standing.tzname() or "")
        component.add_component(part)
        return component
    for wall, old, new, name in changes:
        part = icalendar.TimezoneDaylight() if new > old else icalendar.TimezoneStandard()
        part.add("dtstart", wall)
        part.add("tzoffsetfrom", old)
        part.add("tzoffsetto", new)
        part.add("tzname", name)
        days = calendar.monthrange(wall.year, wall.month)[1]
        nth = -1 if wall.day + 7 > days else (wall.day - 1) // 7 + 1
        weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[wall.weekday()]
        part.add("rrule", {"freq": "YEARLY", "bymonth": wall.month, "byday": f"{nth}{weekday}"})
        component.add_component(part)
    return component
