"""Records <-> server items, one module per kind: ``contact`` (vCard), ``followup`` (VTODO),
``entries`` (VJOURNAL for interactions, deals and introductions)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from journal.sync.mapping import contact, entries, followup, ical
from journal.sync.mapping.common import Fields, RenderContext

EXTENSION = {"contacts": ".vcf", "followups": ".ics", "entries": ".ics"}
CONTENT_TYPE = {
    "contacts": "text/vcard; charset=utf-8",
    "followups": "text/calendar; charset=utf-8",
    "entries": "text/calendar; charset=utf-8",
}
_KIND_LINE = re.compile(r"^X-NJ-KIND:(\w+)", re.MULTILINE | re.IGNORECASE)


def uid_for(entity: str, record_uuid: str) -> str:
    """A record's server UID: ``urn:uuid:`` plus its uuid for a contact, the bare uuid for the others."""
    return f"urn:uuid:{record_uuid}" if entity == "contact" else record_uuid


def parse_item(kind: str, text: str, ctx: RenderContext) -> tuple[str, str, Fields] | None:
    """(server UID, entity, fields) of an item, or None if it is nothing the journal takes in."""
    if kind == "contacts":
        fields = contact.parse(text)
        return (contact.uid_of(text), "contact", fields) if fields is not None else None
    if kind == "followups":
        found = followup.parse(text, ctx)
        return (found[0], "followup", found[1]) if found is not None else None
    return entries.parse(text, ctx)


def quick_entity(kind: str, text: str) -> str:
    """The entity of an item without parsing it fully (orders the inbox: deals before entries)."""
    if kind == "contacts":
        return "contact"
    if kind == "followups":
        return "followup"
    match = _KIND_LINE.search(text)
    return match.group(1).lower() if match else "interaction"


def modified_at(kind: str, text: str) -> datetime | None:
    """When the item was last edited: a card's REV, else LAST-MODIFIED (or DTSTAMP); None if none."""
    if kind == "contacts":
        return contact.modified_at(text)
    calendar = ical.parse_calendar(text)
    component = ical.master(calendar, ("VTODO", "VJOURNAL")) if calendar is not None else None
    return ical.modified_at(component) if component is not None else None


def render_item(
    entity: str, fields: Fields, *, uid: str, base: str | None, ctx: RenderContext, updated_at: datetime
) -> str:
    """The text to upload for a record: ``base`` (the server's last text, if any) with the fields in."""
    updated_at = updated_at.astimezone(UTC)
    if entity == "contact":
        return contact.render(fields, uid=uid, base=base, ctx=ctx, updated_at=updated_at)
    if entity == "followup":
        return followup.render(fields, uid=uid, base=base, ctx=ctx, updated_at=updated_at)
    return entries.render(entity, fields, uid=uid, base=base, ctx=ctx, updated_at=updated_at)
