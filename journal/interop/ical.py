"""Follow-ups as iCalendar: VTODO (with DUE, STATUS and a VALARM) or, for calendars
that hide tasks, VEVENT. The UID is the follow-up's uuid, so re-exporting updates
the same items in the calendar instead of duplicating them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

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
    if item.due_time is None:
        return item.due_date
    return clock.local_datetime(item.due_date, item.due_time).astimezone(UTC)


def build_calendar(items: Iterable[FollowUpItem], *, as_events: bool = False) -> bytes:
    """An iCalendar file of these follow-ups, as VTODOs or VEVENTs."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Networking Journal")
    stamp = clock.now()
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
        if as_events:
            component.add("dtstart", due)
            if isinstance(due, datetime):
                component.add("dtend", due + timedelta(minutes=30))
            else:
                component.add("dtend", due + timedelta(days=1))
            component.add("transp", "TRANSPARENT")
            component.add("status", _EVENT_STATUS.get(item.status, "CONFIRMED"))
        else:
            component.add("due", due)
            component.add("status", _TODO_STATUS.get(item.status, "NEEDS-ACTION"))
            if item.status == "done" and item.completed_at is not None:
                component.add("completed", item.completed_at)
                component.add("percent-complete", 100)
        if item.recurrence_unit in _FREQ and item.recurrence_interval:
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
    data: bytes = cal.to_ical()
    return data
