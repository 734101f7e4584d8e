"""Contacts <-> vCard (3.0, or 4.0 when the address book advertises it).

``CONTACT_FIELDS`` is the whole mapping, one line per field: the key in the
fields dict (also the attribute of the journal's contact and the keyword of
``services.contacts.update_contact``), and the vCard property it lives in.
A new contact field is one more line. The first property of a kind belongs to
the journal; further ones (a second URL, a second address) and every property
not listed stay in the card as they came.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from journal.interop.vcard import PRODID
from journal.sync.mapping.card_fields import (
    Card,
    CardField,
    birthday_field,
    day_field,
    int_field,
    is_linkedin,
    labeled_field,
    linkedin_field,
    location_field,
    n_field,
    org_field,
    ref_field,
    tags_field,
    text_field,
)
from journal.sync.mapping.common import (
    Fields,
    RenderContext,
    text,
)
from journal.sync.mapping.vcard_lines import escape_value, new_line, parse_card, render_card

CONTACT_FIELDS: tuple[CardField, ...] = (
    text_field("name", "FN"),
    n_field("family_name", 0),
    n_field("given_name", 1),
    org_field("organization"),
    text_field("title", "TITLE"),
    labeled_field("emails", "EMAIL", extra_type="INTERNET"),
    labeled_field("phones", "TEL"),
    text_field("website", "URL", select=lambda ln: not is_linkedin(ln)),
    linkedin_field("linkedin_url"),
    location_field("location"),
    birthday_field("birthday"),
    text_field("notes", "NOTE"),
    tags_field("tags"),
    text_field("how_met", "X-NJ-HOW-MET", legacy="X-NETWORKING-JOURNAL-HOW-MET"),
    day_field("met_on", "X-NJ-MET-ON", legacy="X-NETWORKING-JOURNAL-MET-ON"),
    int_field("cadence_days", "X-NJ-CADENCE-DAYS", legacy="X-NETWORKING-JOURNAL-CADENCE-DAYS"),
    text_field("cadence_scope", "X-NJ-CADENCE-SCOPE", default="any"),
    day_field("reconnect_snoozed_until", "X-NJ-RECONNECT-SNOOZED-UNTIL"),
    ref_field("introduced_by", "X-NJ-INTRODUCED-BY"),
)


def _fallback_name(card: Card, fields: Fields) -> str:
    for candidate in (
        " ".join(p for p in (fields["given_name"], fields["family_name"]) if p),
        fields["organization"],
        fields["emails"][0][0] if fields["emails"] else "",
        fields["phones"][0][0] if fields["phones"] else "",
    ):
        if candidate:
            return str(candidate)
    return ""


def parse(text_: str) -> Fields | None:
    """The contact fields in a vCard, or None if it is not a vCard."""
    lines = parse_card(text_)
    if not lines:
        return None
    card = Card(lines)
    fields = {f.name: f.read(card) for f in CONTACT_FIELDS}
    if not fields["name"]:
        fields["name"] = _fallback_name(card, fields)
    return fields


def uid_of(text_: str) -> str:
    """The UID of a vCard text, or an empty string if it has none."""
    line = Card(parse_card(text_)).first("UID")
    return line.decoded().strip() if line else ""


def modified_at(text_: str) -> datetime | None:
    """The card's REV as an aware UTC datetime, or None if it is missing or in no known form."""
    line = Card(parse_card(text_)).first("REV")
    value = text(line.value) if line else ""
    for fmt in ("%Y%m%dT%H%M%SZ", "%Y-%m-%dT%H:%M:%SZ", "%Y%m%dT%H%M%S%z", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            parsed = datetime.strptime(value, fmt)
            return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
        except ValueError:
            continue
    return None


def local_fields(row: Any) -> Fields:
    """The fields of the journal's contact ``row`` (a ContactDetail), in the form ``parse`` gives."""
    return {f.name: f.local(row) for f in CONTACT_FIELDS}


def render(fields: Fields, *, uid: str, base: str | None, ctx: RenderContext, updated_at: datetime) -> str:
    """The card to upload: ``base`` (the server's last text) with the journal's fields written in."""
    lines = parse_card(base) if base else []
    if not lines:
        version = "4.0" if ctx.vcard_version.startswith("4") else "3.0"
        lines = [
            new_line("BEGIN", "VCARD"),
            new_line("VERSION", version),
            new_line("UID", uid),
            new_line("END", "VCARD"),
        ]
    card = Card(lines)
    current = {f.name: f.read(card) for f in CONTACT_FIELDS}
    for spec in CONTACT_FIELDS:
        if current[spec.name] != fields[spec.name]:
            spec.write(card, fields[spec.name])
    if card.first("N") is None:
        n_field("family_name", 0).write(card, "")
    if card.first("FN") is None:
        card.put("FN", escape_value(fields["name"]))
    card.put("PRODID", PRODID)
    card.put("REV", updated_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    return render_card(card.lines)
