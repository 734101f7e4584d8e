"""iCalendar building blocks for follow-ups (VTODO) and journal entries (VJOURNAL).

A mapping is a tuple of ``CalField`` (fields-dict key, getter, setter). When
writing back, only properties whose value changed are touched, so whatever
another client put in the item (its own X- properties, attendees, alarms it
added) is kept.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

import icalendar

from journal.interop.vcard import PRODID, unescape
from journal.sync.mapping.common import Fields, RenderContext, record_uuid_for, text, utc_text

Getter = Callable[[Any, RenderContext], Any]
Setter = Callable[[Any, Any, RenderContext], None]


@dataclass(frozen=True)
class CalField:
    name: str
    get: Getter
    set: Setter


def values_of(component: Any, prop: str) -> list[Any]:
    """Every value of ``prop`` in ``component`` as a list (iCalendar gives one or a list)."""
    value = component.get(prop)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def replace(component: Any, prop: str, value: Any, parameters: dict[str, str] | None = None) -> None:
    """Set ``prop`` to ``value``, dropping any earlier values; an empty value only removes it."""
    component.pop(prop, None)
    if value not in (None, "", []):
        if isinstance(value, str) and prop.upper().startswith("X-"):
            value = icalendar.vText(value)  # escaped: servers split unescaped commas into lists
        component.add(prop, value, parameters=parameters)


def prop_text(component: Any, prop: str, default: str = "") -> str:
    """A property's text; X- properties come back from the parser still escaped."""
    value = component.get(prop)
    if value is None:
        return default
    if isinstance(value, list):
        value = value[0]
    if prop.upper().startswith("X-"):
        return text(unescape(str(value)))
    return text(value)


def text_prop(name: str, prop: str, default: str = "") -> CalField:
    """A text field in ``prop``; a value equal to ``default`` is left out of the item."""

    def get(component: Any, ctx: RenderContext) -> str:
        return prop_text(component, prop) or default

    def set_(component: Any, value: str, ctx: RenderContext) -> None:
        replace(component, prop, "" if value == default else value)

    return CalField(name, get, set_)


def int_prop(name: str, prop: str) -> CalField:
    """An integer field in ``prop``; text that is not an integer (under ten characters) reads as None."""

    def get(component: Any, ctx: RenderContext) -> int | None:
        raw = prop_text(component, prop)
        return int(raw) if raw.lstrip("-").isdigit() and len(raw) < 10 else None

    def set_(component: Any, value: int | None, ctx: RenderContext) -> None:
        replace(component, prop, None if value is None else str(value))

    return CalField(name, get, set_)


def json_prop(name: str, prop: str) -> CalField:
    """A list of records (stage history, objections) as JSON text in one X- property."""

    def get(component: Any, ctx: RenderContext) -> list[Any]:
        raw = prop_text(component, prop)
        try:
            value = json.loads(raw) if raw else []
        except ValueError:
            return []
        return value if isinstance(value, list) else []

    def set_(component: Any, value: list[Any], ctx: RenderContext) -> None:
        replace(
            component, prop, json.dumps(value, ensure_ascii=False, separators=(",", ":")) if value else ""
        )

    return CalField(name, get, set_)


def utc_prop(name: str, prop: str) -> CalField:
    """An instant (stored UTC, seconds): a DATE-TIME property."""

    def get(component: Any, ctx: RenderContext) -> str:
        value = component.get(prop)
        if value is None:
            return ""
        moment = getattr(value, "dt", None)
        if isinstance(moment, datetime):
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=ctx.local_zone())
            return utc_text(moment)
        if isinstance(moment, date):
            return utc_text(datetime.combine(moment, time(12), ctx.local_zone()))
        raw = text(value)
        try:
            return utc_text(datetime.fromisoformat(raw.replace("Z", "+00:00")))
        except ValueError:
            return ""

    def set_(component: Any, value: str, ctx: RenderContext) -> None:
        replace(
            component,
            prop,
            datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC) if value else None,
        )

    return CalField(name, get, set_)


def day_prop(name: str, prop: str) -> CalField:
    """A calendar day (VALUE=DATE); a DATE-TIME from another client counts by its local day."""

    def get(component: Any, ctx: RenderContext) -> str:
        value = component.get(prop)
        moment = getattr(value, "dt", None) if value is not None else None
        if isinstance(moment, datetime):
            if moment.tzinfo is not None:
                moment = moment.astimezone(ctx.local_zone())
            return moment.date().isoformat()
        if isinstance(moment, date):
            return moment.isoformat()
        raw = text(value) if value is not None else ""
        try:
            return date.fromisoformat(raw[:10]).isoformat() if raw else ""
        except ValueError:
            return ""

    def set_(component: Any, value: str, ctx: RenderContext) -> None:
        replace(component, prop, date.fromisoformat(value) if value else None)

    return CalField(name, get, set_)


def categories_kind(name: str) -> CalField:
    """networking | sales, from X-NJ-LEDGER or a category; written to both."""

    def get(component: Any, ctx: RenderContext) -> str:
        ledger = prop_text(component, "X-NJ-LEDGER").lower()
        if ledger in ("networking", "sales"):
            return ledger
        for value in values_of(component, "CATEGORIES"):
            for cat in getattr(value, "cats", [value]):
                if text(cat).lower() in ("networking", "sales"):
                    return text(cat).lower()
        return ""

    def set_(component: Any, value: str, ctx: RenderContext) -> None:
        replace(component, "X-NJ-LEDGER", value)
        kept: list[str] = []
        for existing in values_of(component, "CATEGORIES"):
            kept.extend(text(c) for c in getattr(existing, "cats", [existing]))
        kept = [c for c in kept if c.lower() not in ("networking", "sales")]
        replace(component, "CATEGORIES", [value, *kept] if value else kept)

    return CalField(name, get, set_)


def contact_link(name: str) -> CalField:
    """The person: ``CONTACT;ALTREP="urn:uuid:..."`` plus ``X-NJ-CONTACT-UID``; the value is the uuid."""

    def get(component: Any, ctx: RenderContext) -> str:
        uid = prop_text(component, "X-NJ-CONTACT-UID")
        if uid:
            return record_uuid_for(uid)
        for contact in values_of(component, "CONTACT"):
            altrep = text(getattr(contact, "params", {}).get("ALTREP", ""))
            if altrep.lower().startswith("urn:uuid:"):
                return record_uuid_for(altrep)
        return ""

    def set_(component: Any, value: str, ctx: RenderContext) -> None:
        set_contacts(component, [value] if value else [], ctx)

    return CalField(name, get, set_)


def set_contacts(component: Any, uuids: list[str], ctx: RenderContext) -> None:
    """Write the linked people as CONTACT lines (name, ALTREP) and the first one's X-NJ-CONTACT-UID."""
    component.pop("CONTACT", None)
    component.pop("X-NJ-CONTACT-UID", None)
    for uuid in uuids:
        component.add(
            "CONTACT", ctx.contact_names.get(uuid, "") or uuid, parameters={"ALTREP": f"urn:uuid:{uuid}"}
        )
    if uuids:
        component.add("X-NJ-CONTACT-UID", f"urn:uuid:{uuids[0]}")


def ref_prop(name: str, prop: str) -> CalField:
    """A link to another journal record by its UID (the value is the record uuid)."""

    def get(component: Any, ctx: RenderContext) -> str:
        raw = prop_text(component, prop)
        return record_uuid_for(raw) if raw else ""

    def set_(component: Any, value: str, ctx: RenderContext) -> None:
        replace(component, prop, value)

    return CalField(name, get, set_)


# -- whole items ----------------------------------------------------------------------------------


def parse_calendar(text_: str) -> Any | None:
    """The parsed iCalendar text, or None if it is not valid iCalendar."""
    try:
        return icalendar.Calendar.from_ical(text_)
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def master(calendar: Any, names: tuple[str, ...]) -> Any | None:
    """The item's main component (not an override of one occurrence)."""
    for component in calendar.walk():
        if component.name in names and component.get("RECURRENCE-ID") is None:
            return component
    return None


def read_fields(component: Any, spec: tuple[CalField, ...], ctx: RenderContext) -> Fields:
    """The fields of ``component``, read through each field of ``spec``."""
    return {f.name: f.get(component, ctx) for f in spec}


def modified_at(component: Any) -> datetime | None:
    """The component's LAST-MODIFIED (else DTSTAMP) as an aware UTC datetime; None if neither has a time."""
    for prop in ("LAST-MODIFIED", "DTSTAMP"):
        value = component.get(prop)
        moment = getattr(value, "dt", None) if value is not None else None
        if isinstance(moment, datetime):
            return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return None


def render_item(
    *,
    component_name: str,
    spec: tuple[CalField, ...],
    fields: Fields,
    uid: str,
    base: str | None,
    ctx: RenderContext,
    updated_at: datetime,
    extra: Callable[[Any, Fields, RenderContext], None] | None = None,
) -> str:
    """The calendar to upload: ``base``'s component (or a new one), changed fields written, stamps renewed."""
    calendar = parse_calendar(base) if base else None
    component = master(calendar, (component_name,)) if calendar is not None else None
    fresh = calendar is None or component is None
    if fresh:
        calendar = icalendar.Calendar()
        calendar.add("version", "2.0")
        calendar.add("prodid", PRODID)
        component = icalendar.cal.Component.from_ical(f"BEGIN:{component_name}\r\nEND:{component_name}\r\n")
        component.add("uid", uid)
        calendar.add_component(component)
    assert calendar is not None and component is not None
    current = read_fields(component, spec, ctx)
    for field_spec in spec:
        if fresh or current[field_spec.name] != fields[field_spec.name]:
            field_spec.set(component, fields[field_spec.name], ctx)
    if extra is not None:
        extra(component, fields, ctx)
    replace(calendar, "PRODID", PRODID)
    replace(component, "DTSTAMP", datetime.now(UTC).replace(microsecond=0))
    replace(component, "LAST-MODIFIED", updated_at.astimezone(UTC).replace(microsecond=0))
    if any(
        isinstance(getattr(v, "dt", None), datetime) and getattr(v.dt, "tzinfo", None) not in (None, UTC)
        for v in component.values()
        if hasattr(v, "dt")
    ):
        calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data.decode("utf-8")


def zone_name(zone: tzinfo) -> str:
    """The IANA name of a zone (``Europe/Madrid``), or an empty string for a zone without one."""
    return str(getattr(zone, "key", "") or "")
