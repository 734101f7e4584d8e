"""Follow-ups <-> VTODO.

DUE (a date, or a local time written in UTC; with TZID when it repeats, so
the phone keeps the wall time over DST), STATUS and COMPLETED, RRULE with
DTSTART while open (kept as X-NJ-RRULE once closed, so a phone does not show
a finished task as repeating), a VALARM at the reminder time while open,
RELATED-TO the deal, and the person as CONTACT / X-NJ-CONTACT-UID.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import icalendar

from journal.sync.mapping import ical
from journal.sync.mapping.common import Fields, RenderContext, parse_utc_text, text

REMINDER_TIME = time(9, 0)  # same default as journal.reminders.due.DEFAULT_REMINDER_TIME
_STATUS_IN = {"NEEDS-ACTION": "open", "IN-PROCESS": "open", "COMPLETED": "done", "CANCELLED": "cancelled"}
_STATUS_OUT = {"open": "NEEDS-ACTION", "done": "COMPLETED", "cancelled": "CANCELLED"}
_FREQ_IN = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month"}
_FREQ_OUT = {v: k for k, v in _FREQ_IN.items()}
ALARM_MARK = "X-NJ-ALARM"


def _due_get(component: Any, ctx: RenderContext) -> str:
    value = component.get("DUE") or component.get("DTSTART")
    moment = getattr(value, "dt", None) if value is not None else None
    if isinstance(moment, datetime):
        local = moment.astimezone(ctx.local_zone()) if moment.tzinfo else moment
        return local.strftime("%Y-%m-%dT%H:%M")
    if isinstance(moment, date):
        return moment.isoformat()
    return ""


def due_parts(value: str) -> tuple[date | None, time | None]:
    """The day and time (or None) of a ``due`` of ``YYYY-MM-DD[THH:MM]``; (None, None) if empty."""
    if not value:
        return None, None
    if "T" in value:
        moment = datetime.strptime(value, "%Y-%m-%dT%H:%M")
        return moment.date(), moment.time()
    return date.fromisoformat(value), None


def _due_value(value: str, repeating: bool, ctx: RenderContext) -> date | datetime | None:
    day, at = due_parts(value)
    if day is None:
        return None
    if at is None:
        return day
    local = datetime.combine(day, at, ctx.local_zone())
    if repeating and ical.zone_name(ctx.local_zone()):
        return local
    return local.astimezone(UTC)


def _due_set(component: Any, value: str, ctx: RenderContext) -> None:
    ical.replace(component, "DUE", _due_value(value, _recurrence_get(component, ctx) != "", ctx))


def _status_get(component: Any, ctx: RenderContext) -> str:
    return _STATUS_IN.get(text(component.get("STATUS", "NEEDS-ACTION")).upper(), "open")


def _status_set(component: Any, value: str, ctx: RenderContext) -> None:
    ical.replace(component, "STATUS", _STATUS_OUT[value])
    ical.replace(component, "PERCENT-COMPLETE", 100 if value == "done" else None)


def _recurrence_get(component: Any, ctx: RenderContext) -> str:
    rule = component.get("RRULE")
    if rule is None:
        raw = ical.prop_text(component, "X-NJ-RRULE")
        rule = icalendar.vRecur.from_ical(raw) if raw else None
    if not rule:
        return ""
    freq = _FREQ_IN.get(str((rule.get("FREQ") or [""])[0]).upper())
    interval = int((rule.get("INTERVAL") or [1])[0] or 1)
    return f"{freq}:{interval}" if freq else ""


def _recurrence_set(component: Any, value: str, ctx: RenderContext) -> None:
    component.pop("RRULE", None)
    component.pop("X-NJ-RRULE", None)
    if value:
        unit, interval = value.split(":")
        component.add("RRULE", {"FREQ": _FREQ_OUT[unit], "INTERVAL": int(interval)})


SPEC: tuple[ical.CalField, ...] = (
    ical.contact_link("contact"),
    ical.categories_kind("kind"),
    ical.text_prop("title", "SUMMARY"),
    ical.text_prop("notes", "DESCRIPTION"),
    ical.CalField("due", _due_get, _due_set),
    ical.CalField("status", _status_get, _status_set),
    ical.utc_prop("completed_at", "COMPLETED"),
    ical.CalField("recurrence", _recurrence_get, _recurrence_set),
    ical.utc_prop("snoozed_until", "X-NJ-SNOOZED-UNTIL"),
    ical.ref_prop("deal", "X-NJ-DEAL-UID"),
    ical.ref_prop("interaction", "X-NJ-INTERACTION-UID"),
)


def _finish(component: Any, fields: Fields, ctx: RenderContext) -> None:
    """Everything derived from the fields: RRULE vs X-NJ-RRULE, DTSTART, RELATED-TO, the alarm."""
    ical.replace(component, "X-NJ-KIND", "followup")
    rule = component.get("RRULE") or (
        icalendar.vRecur.from_ical(ical.prop_text(component, "X-NJ-RRULE"))
        if component.get("X-NJ-RRULE")
        else None
    )
    component.pop("RRULE", None)
    component.pop("X-NJ-RRULE", None)
    due = _due_value(fields["due"], bool(rule) and fields["status"] == "open", ctx)
    if rule:
        if fields["status"] == "open":
            component.add("RRULE", rule)
            ical.replace(component, "DTSTART", due)
            ical.replace(component, "DUE", due)
        else:
            ical.replace(component, "X-NJ-RRULE", rule.to_ical().decode())
    deal = fields["deal"]
    related = [r for r in ical.values_of(component, "RELATED-TO") if text(r) != deal]
    component.pop("RELATED-TO", None)
    for value in related:
        component.add("RELATED-TO", value)
    if deal:
        component.add("RELATED-TO", deal)
    component.subcomponents = [
        c for c in component.subcomponents if not (c.name == "VALARM" and c.get(ALARM_MARK) is not None)
    ]
    if fields["status"] == "open" and due is not None:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", fields["title"])
        snoozed = parse_utc_text(fields["snoozed_until"])
        if snoozed is not None:
            alarm.add("trigger", snoozed)
        elif isinstance(due, datetime):
            alarm.add("trigger", timedelta(0), parameters={"RELATED": "END"})
        else:
            alarm.add(
                "trigger",
                timedelta(hours=REMINDER_TIME.hour, minutes=REMINDER_TIME.minute),
                parameters={"RELATED": "END"},
            )
        alarm.add(ALARM_MARK, "due")
        component.add_component(alarm)


def parse(text_: str, ctx: RenderContext) -> tuple[str, Fields] | None:
    """(UID, fields) of the main VTODO in an iCalendar text, or None if it holds none."""
    calendar = ical.parse_calendar(text_)
    component = ical.master(calendar, ("VTODO",)) if calendar is not None else None
    if component is None:
        return None
    return text(component.get("UID", "")), ical.read_fields(component, SPEC, ctx)


def render(fields: Fields, *, uid: str, base: str | None, ctx: RenderContext, updated_at: datetime) -> str:
    """The VTODO to upload for a follow-up (over ``base``), with its recurrence, deal and reminder alarm."""
    return ical.render_item(
        component_name="VTODO",
        spec=SPEC,
        fields=fields,
        uid=uid,
        base=base,
        ctx=ctx,
        updated_at=updated_at,
        extra=_finish,
    )
