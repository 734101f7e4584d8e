"""Logging interactions on a contact's timeline (networking or sales)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypedDict, Unpack

from journal import clock
from journal.db import database
from journal.db.fields import format_utc, parse_utc
from journal.db.models import (
    CHANNELS,
    KINDS,
    OBJECTION_CATEGORIES,
    OBJECTION_OUTCOMES,
    Contact,
    Deal,
    Interaction,
    Objection,
)
from journal.services.contact_records import check_deal, restore_record, trash_record
from journal.services.contacts import live_contact
from journal.services.date_rules import check_occurred_at
from journal.services.derived import refresh_contact_stats
from journal.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from journal.services.events import Action, Entity, changes, write
from journal.services.rows import data_of, live_row, trashed_row
from journal.services.search import TimelineRow
from journal.services.validation import (
    aware,
    choice,
    entry_values,
    known_fields,
    plain_text,
    required_fields,
    required_text,
)


@dataclass(frozen=True)
class ObjectionInput:
    """An objection as a form gives it; ``id`` names the stored one it edits (None: a new one)."""

    category: str
    detail: str = ""
    response: str = ""
    outcome: str = "pending"
    id: int | None = None


@dataclass(frozen=True)
class ObjectionData(ObjectionInput):
    """A stored objection (``id`` set): passed back in an edit, it keeps its row and uuid."""


@dataclass(frozen=True)
class InteractionData(TimelineRow):
    """An entry with all it holds: its line on the timeline, and its uuid, notes, deal and objections."""

    uuid: str
    notes: str
    deal_id: int | None
    deal_title: str
    objections: list[ObjectionData] = field(default_factory=list)


def _validate(kind: str, values: dict[str, Any]) -> None:
    choice("kind", kind, KINDS)
    if "channel" in values:
        choice("channel", values["channel"], CHANNELS)
    if "summary" in values:
        values["summary"] = required_text("summary", values["summary"])
    if "occurred_at" in values:
        aware("occurred_at", values["occurred_at"])
        check_occurred_at(values["occurred_at"])
    if "notes" in values:
        values["notes"] = plain_text("notes", values["notes"])
    entry_values(kind, values.get("value_direction"), values.get("value_type"), values.get("deal_id"))


def _save_objections(interaction: Interaction, objections: Sequence[ObjectionInput]) -> None:
    """Make the entry's live objections ``objections``: the ones named by id are updated in place
    (same row, same uuid), new ones added, the ones left out moved to the trash."""
    live = {
        o.id: o
        for o in Objection.select().where(
            (Objection.interaction == interaction) & Objection.deleted_at.is_null()
        )
    }
    for item in objections:
        choice("objection", item.category, OBJECTION_CATEGORIES)
        choice("outcome", item.outcome, OBJECTION_OUTCOMES)
        if item.id is not None and item.id not in live:
            raise ValidationError(
                "objections", QT_TRANSLATE_NOOP("Validation", "That objection is not part of this entry.")
            )
    stamp = clock.now()
    kept: set[int] = set()
    for item in objections:
        values = {
            "category": item.category,
            "detail": plain_text("detail", item.detail),
            "response": plain_text("response", item.response),
            "outcome": item.outcome,
        }
        row = live.get(item.id) if item.id is not None else None
        if row is None:
            Objection.create(interaction=interaction, **values)
            continue
        kept.add(row.id)
        if any(getattr(row, k) != v for k, v in values.items()):
            Objection.update(updated_at=stamp, **values).where(Objection.id == row.id).execute()
    removed = [i for i in live if i not in kept]
    if removed:
        Objection.update(deleted_at=stamp, updated_at=stamp).where(Objection.id.in_(removed)).execute()


def restore_objection(objection_id: int) -> None:
    """Bring a removed objection back to its entry (which must not be in the trash)."""
    with write():
        row = trashed_row(
            Objection, objection_id, QT_TRANSLATE_NOOP("Validation", "That objection is not in the trash.")
        )
        entry = _live(row.interaction_id)
        row.deleted_at = None
        row.updated_at = clock.now()
        row.save()
        changes.emit(Entity.INTERACTION, Action.UPDATED, [entry.id])


class InteractionFields(TypedDict, total=False):
    """An entry's fields as its form sets them: a new entry needs its ``summary``, an edit changes any."""

    occurred_at: datetime | None  # a new entry: None or left out is now
    channel: str
    summary: str
    notes: str
    value_direction: str | None
    value_type: str | None
    deal_id: int | None


_EDITABLE = tuple(InteractionFields.__annotations__)


def log_interaction(
    *,
    contact_id: int,
    kind: str,
    objections: Sequence[ObjectionInput] = (),
    **fields: Unpack[InteractionFields],
) -> InteractionData:
    """Add an entry to a contact's networking or sales timeline."""
    known_fields("interaction", fields, _EDITABLE)
    required_fields(fields, ("summary",))
    values: dict[str, Any] = {
        "channel": fields.get("channel", "other"),
        "summary": fields["summary"],
        "occurred_at": fields.get("occurred_at") or clock.now(),
        "value_direction": fields.get("value_direction") or None,
        "value_type": fields.get("value_type") or None,
        "deal_id": fields.get("deal_id"),
    }
    _validate(kind, values)
    if objections and kind != "sales":
        raise ValidationError(
            "objections", QT_TRANSLATE_NOOP("Validation", "Objections belong to sales entries.")
        )
    with write():
        live_contact(contact_id)
        check_deal(values["deal_id"], contact_id)
        notes = fields.get("notes", "").strip()
        interaction = Interaction.create(
            contact=contact_id, kind=kind, notes=notes, deal=values.pop("deal_id"), **values
        )
        _save_objections(interaction, objections)
        refresh_contact_stats([contact_id])
        changes.emit(Entity.INTERACTION, Action.CREATED, [interaction.id])
    return get_interaction(interaction.id)


def _live(interaction_id: int) -> Interaction:
    return live_row(
        Interaction, interaction_id, QT_TRANSLATE_NOOP("Validation", "That entry no longer exists.")
    )


def update_interaction(
    interaction_id: int,
    *,
    objections: Sequence[ObjectionInput] | None = None,
    **values: Unpack[InteractionFields],
) -> InteractionData:
    """Change a live entry's fields (and, for sales, its objections) in one write."""
    known_fields("interaction", values, _EDITABLE)
    with write():
        interaction = _live(interaction_id)
        merged = {
            "value_direction": interaction.value_direction,
            "value_type": interaction.value_type,
            "deal_id": interaction.deal_id,
            **values,
        }
        _validate(interaction.kind, merged)
        check_deal(merged["deal_id"], interaction.contact_id)
        for name, value in merged.items():
            if name == "deal_id":
                interaction.deal = value
            elif name == "notes":
                interaction.notes = (value or "").strip()
            else:
                setattr(interaction, name, value)
        interaction.updated_at = clock.now()
        interaction.save()
        if objections is not None:
            if objections and interaction.kind != "sales":
                raise ValidationError(
                    "objections",
                    QT_TRANSLATE_NOOP("Validation", "Objections belong to sales entries."),
                )
            _save_objections(interaction, objections)
        refresh_contact_stats([interaction.contact_id])
        changes.emit(Entity.INTERACTION, Action.UPDATED, [interaction_id])
    return get_interaction(interaction_id)


def trash_interaction(interaction_id: int) -> None:
    """Move an entry to the trash."""
    with write():
        trash_record(_live(interaction_id), Entity.INTERACTION)


def restore_interaction(interaction_id: int) -> None:
    """Bring an entry back from the trash (its contact must not be in the trash)."""
    with write():
        restore_record(
            Interaction,
            interaction_id,
            Entity.INTERACTION,
            QT_TRANSLATE_NOOP("Validation", "That entry is not in the trash."),
        )


def _objections_of(ids: list[int]) -> dict[int, list[ObjectionData]]:
    found: dict[int, list[ObjectionData]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = database.execute_sql(
            "SELECT interaction_id, id, category, detail, response, outcome FROM objection"
            f" WHERE interaction_id IN ({','.join('?' * len(chunk))}) AND deleted_at IS NULL ORDER BY id",
            chunk,
        ).fetchall()
        for interaction_id, objection_id, category, detail, response, outcome in rows:
            found.setdefault(interaction_id, []).append(
                ObjectionData(category, detail, response, outcome, id=objection_id)
            )
    return found


def _as_data(
    row: Interaction, contact_name: str, deal_title: str, objections: list[ObjectionData]
) -> InteractionData:
    return data_of(
        InteractionData, row, contact_name=contact_name, deal_title=deal_title, objections=objections
    )


def get_interaction(interaction_id: int) -> InteractionData:
    """One entry with its contact, deal and objections; ``NotFoundError`` when gone."""
    row = Interaction.get_or_none(Interaction.id == interaction_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Validation", "That entry no longer exists."))
    contact = Contact.get_by_id(row.contact_id)
    deal = Deal.get_or_none(Deal.id == row.deal_id) if row.deal_id else None
    return _as_data(row, contact.name, deal.title if deal else "", _objections_of([row.id]).get(row.id, []))


# A page of a contact's ledger in one read (a 2,000-entry contact opens often: building
# Peewee objects for it took most of the time).
_LEDGER_SQL = """
    SELECT i.id, i.uuid, i.contact_id, i.kind, i.channel, i.occurred_at, i.summary, i.notes,
           i.value_direction, i.value_type, i.deal_id, coalesce(d.title, '')
    FROM interaction i LEFT JOIN deal d ON d.id = i.deal_id
    WHERE i.contact_id = ? AND i.kind = ? AND i.deleted_at IS NULL{keyset}
    ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?"""


def interactions_for_contact(
    contact_id: int,
    *,
    kind: str,
    limit: int = 200,
    before: datetime | None = None,
    before_id: int | None = None,
) -> list[InteractionData]:
    """A contact's entries of one kind, newest first. Networking never mixes with sales."""
    choice("kind", kind, KINDS)
    found = database.execute_sql("SELECT name FROM contact WHERE id = ?", [contact_id]).fetchone()
    if found is None:
        raise Contact.DoesNotExist(f"no contact {contact_id}")
    params: list[Any] = [contact_id, kind]
    keyset = ""
    if before is not None:
        # keyset: entries sharing the boundary's timestamp are told apart by id
        keyset = " AND i.occurred_at < ?"
        params.append(format_utc(before))
        if before_id is not None:
            keyset = " AND (i.occurred_at < ? OR (i.occurred_at = ? AND i.id < ?))"
            params += [format_utc(before), before_id]
    rows = database.execute_sql(_LEDGER_SQL.format(keyset=keyset), [*params, limit]).fetchall()
    objections = _objections_of([r[0] for r in rows]) if kind == "sales" else {}
    name = found[0]
    return [
        InteractionData(
            r[0], r[2], name, r[3], r[4], parse_utc(r[5]), r[6], r[8], r[9], r[1], r[7], r[10], r[11],
            objections.get(r[0], []),
        )
        for r in rows
    ]  # fmt: skip
