"""Interactions, deals and introductions <-> VJOURNAL, told apart by X-NJ-KIND.

Every entry carries X-NJ-LEDGER (networking | sales) and a category of the
same name, and links its person by ``CONTACT;ALTREP="urn:uuid:..."`` plus
X-NJ-CONTACT-UID. A journal entry written by another app with the category
"networking" or "sales" (and no X-NJ-KIND) is taken in as an interaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from journal.sync.mapping import ical
from journal.sync.mapping.common import Fields, RenderContext, text

_LEDGER_FIELD = ical.categories_kind("kind")
_CONTACT = ical.contact_link("contact")

INTERACTION: tuple[ical.CalField, ...] = (
    _CONTACT,
    _LEDGER_FIELD,
    ical.text_prop("channel", "X-NJ-CHANNEL", default="other"),
    ical.utc_prop("occurred_at", "DTSTART"),
    ical.text_prop("summary", "SUMMARY"),
    ical.text_prop("notes", "DESCRIPTION"),
    ical.text_prop("value_direction", "X-NJ-VALUE-DIRECTION"),
    ical.text_prop("value_type", "X-NJ-VALUE-TYPE"),
    ical.ref_prop("deal", "X-NJ-DEAL-UID"),
    ical.json_prop("objections", "X-NJ-OBJECTIONS"),  # [[category, detail, response, outcome], ...]
)

DEAL: tuple[ical.CalField, ...] = (
    _CONTACT,
    ical.utc_prop("created", "DTSTART"),
    ical.text_prop("title", "SUMMARY"),
    ical.text_prop("notes", "DESCRIPTION"),
    ical.text_prop("value", "X-NJ-VALUE"),
    ical.text_prop("currency", "X-NJ-CURRENCY"),
    ical.text_prop("stage", "X-NJ-STAGE"),
    ical.int_prop("probability", "X-NJ-PROBABILITY"),
    ical.day_prop("expected_close", "X-NJ-EXPECTED-CLOSE"),
    ical.text_prop("lost_reason", "X-NJ-LOST-REASON"),
    ical.utc_prop("stage_changed_at", "X-NJ-STAGE-CHANGED-AT"),
    ical.utc_prop("closed_at", "X-NJ-CLOSED-AT"),
    ical.json_prop("history", "X-NJ-STAGE-HISTORY"),  # [[from, to, at], ...]
)

INTRODUCTION: tuple[ical.CalField, ...] = (
    ical.text_prop("direction", "X-NJ-DIRECTION"),
    ical.ref_prop("person_a", "X-NJ-PERSON-A"),
    ical.ref_prop("person_b", "X-NJ-PERSON-B"),
    ical.day_prop("occurred_on", "DTSTART"),
    ical.text_prop("context", "DESCRIPTION"),
    ical.text_prop("outcome", "X-NJ-OUTCOME"),
)

SPECS: dict[str, tuple[ical.CalField, ...]] = {
    "interaction": INTERACTION,
    "deal": DEAL,
    "introduction": INTRODUCTION,
}


def entity_of(component: Any) -> str | None:
    """Which record a VJOURNAL is, or None if it is someone else's diary entry."""
    kind = ical.prop_text(component, "X-NJ-KIND").lower()
    if kind in SPECS:
        return kind
    if not kind and _LEDGER_FIELD.get(component, RenderContext()):
        return "interaction"
    return None


def parse(text_: str, ctx: RenderContext) -> tuple[str, str, Fields] | None:
    """(UID, entity, fields), or None when the item is not one of ours to take in."""
    calendar = ical.parse_calendar(text_)
    component = ical.master(calendar, ("VJOURNAL",)) if calendar is not None else None
    if component is None:
        return None
    entity = entity_of(component)
    if entity is None:
        return None
    fields = ical.read_fields(component, SPECS[entity], ctx)
    if entity == "interaction" and not ical.prop_text(component, "X-NJ-KIND") and not fields["summary"]:
        fields["summary"] = fields["notes"].split("\n", 1)[0][:200]
    return text(component.get("UID", "")), entity, fields


def _finish(entity: str) -> Any:
    def finish(component: Any, fields: Fields, ctx: RenderContext) -> None:
        ical.replace(component, "X-NJ-KIND", entity)
        ical.replace(component, "STATUS", "FINAL")
        if entity == "deal":
            ical.replace(component, "X-NJ-LEDGER", "sales")
            ical.replace(component, "CATEGORIES", ["sales"])
        elif entity == "introduction":
            ical.replace(component, "X-NJ-LEDGER", "networking")
            ical.replace(component, "CATEGORIES", ["networking"])
            people = [p for p in (fields["person_a"], fields["person_b"]) if p]
            ical.set_contacts(component, people, ctx)
            names = [ctx.contact_names.get(p, "?") for p in people]
            ical.replace(component, "SUMMARY", " → ".join(names))

    return finish


def render(
    entity: str, fields: Fields, *, uid: str, base: str | None, ctx: RenderContext, updated_at: datetime
) -> str:
    """The VJOURNAL to upload for an interaction, deal or introduction (over ``base``), with its kind."""
    return ical.render_item(
        component_name="VJOURNAL",
        spec=SPECS[entity],
        fields=fields,
        uid=uid,
        base=base,
        ctx=ctx,
        updated_at=updated_at,
        extra=_finish(entity),
    )
