"""Server changes into the journal, through the same validation as the dialogs.

Each function takes a record's fields (as ``records`` reads them) and creates
or updates the journal's record, inside the caller's ``write()`` transaction.
They raise ``ValidationError`` for data the journal would not accept from a
dialog either; ``Unassigned`` when the person it belongs to is not here.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from journal import clock
from journal.db.models import (
    CHANNELS,
    FOLLOWUP_STATUSES,
    INTRODUCTION_DIRECTIONS,
    INTRODUCTION_OUTCOMES,
    KINDS,
    RECURRENCE_UNITS,
    STAGES,
    Contact,
    Deal,
    DealStageChange,
    FollowUp,
    Interaction,
    Introduction,
)
from journal.services import contacts, deals, followups, interactions, introductions
from journal.services.contacts import LabeledValue
from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError
from journal.services.events import Action, Entity, changes
from journal.services.interactions import ObjectionInput
from journal.services.validation import choice, required_text
from journal.sync.mapping.common import Fields, parse_utc_text, record_uuid_for
from journal.sync.mapping.followup import due_parts
from journal.sync.records import MODELS, ids_for_uuids


class Unassigned(Exception):
    """The record's person is not in this journal (yet)."""


def _id_of(entity: str, uuid: str) -> int | None:
    if not uuid:
        return None
    return ids_for_uuids(entity, [uuid]).get(uuid)


def _person(uuid: str) -> int:
    found = _id_of("contact", uuid)
    if found is None:
        raise Unassigned(uuid)
    if Contact.get_by_id(found).deleted_at is not None:
        contacts.restore_contact(found)  # trashed here, given an entry elsewhere: the person comes back
    return found


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def restore_if_trashed(entity: str, record_id: int) -> None:
    """Bring the record back from the trash if it is there; an entry brings its trashed people back too."""
    model = MODELS[entity]
    row = model.get_or_none(model.id == record_id)
    if row is None or row.deleted_at is None:
        return
    if entity == "contact":
        contacts.restore_contact(record_id)
        return
    people = [row.person_a_id, row.person_b_id] if entity == "introduction" else [row.contact_id]
    for person in people:  # the person comes back with the entry that survived
        if Contact.get_by_id(person).deleted_at is not None:
            contacts.restore_contact(person)
    row = model.get_by_id(record_id)
    if row.deleted_at is not None:
        {
            "followup": followups.restore_followup,
            "interaction": interactions.restore_interaction,
            "deal": deals.restore_deal,
            "introduction": introductions.restore_introduction,
        }[entity](record_id)


def trash(entity: str, record_id: int) -> None:
    """Move the record to the trash (its server item was deleted); nothing if missing or trashed already."""
    model = MODELS[entity]
    row = model.get_or_none(model.id == record_id)
    if row is None or row.deleted_at is not None:
        return
    {
        "contact": contacts.trash_contact,
        "followup": followups.trash_followup,
        "interaction": interactions.trash_interaction,
        "deal": deals.trash_deal,
        "introduction": introductions.trash_introduction,
    }[entity](record_id)


# -- contacts ----------------------------------------------------------------------------------------


def _contact_values(fields: Fields, record_id: int | None) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name in ("emails", "phones"):
            values[name] = [LabeledValue(v, label, primary) for v, label, primary in value]
        elif name in ("met_on", "reconnect_snoozed_until"):
            values[name] = _day(value)
        elif name == "introduced_by":
            target = _id_of("contact", record_uuid_for(value)) if value else None
            values["introduced_by_id"] = target if target != record_id else None
        elif name == "cadence_scope":
            values[name] = value or "any"
        else:
            values[name] = value
    return values


def apply_contact(record_id: int | None, fields: Fields, *, uuid: str) -> int:
    """Create the contact (keeping ``uuid``) or update it from a card's fields; returns its id."""
    values = _contact_values(fields, record_id)
    if record_id is None:
        name = values.pop("name")
        created = contacts.create_contact(name=name, **values)
        Contact.update(uuid=uuid).where(Contact.id == created.id).execute()
        return created.id
    contacts.update_contact(record_id, **values)
    return record_id


# -- follow-ups ----------------------------------------------------------------------------------------


def apply_followup(record_id: int | None, fields: Fields, *, uuid: str) -> int:
    """Create or update a follow-up from a task's fields (kind, title, status checked); returns its id."""
    contact_id = _person(fields["contact"])
    kind = str(choice("kind", fields["kind"] or "networking", KINDS))
    title = required_text("title", fields["title"])
    status = str(choice("status", fields["status"], FOLLOWUP_STATUSES))
    due_day, due_time = due_parts(fields["due"])
    unit, interval = [*fields["recurrence"].split(":"), ""][:2] if fields["recurrence"] else (None, None)
    if unit is not None:
        choice("recurrence_unit", unit, RECURRENCE_UNITS)
    deal_id = _id_of("deal", fields["deal"])
    interaction_id = _id_of("interaction", fields["interaction"])
    values = {
        "contact": contact_id,
        "kind": kind,
        "title": title,
        "notes": (fields["notes"] or "").strip(),
        "due_date": due_day or clock.today(),
        "due_time": due_time,
        "status": status,
        "completed_at": parse_utc_text(fields["completed_at"]) if status == "done" else None,
        "recurrence_unit": unit,
        "recurrence_interval": max(1, min(int(interval or 1), followups.MAX_RECURRENCE)) if unit else None,
        "snoozed_until": parse_utc_text(fields["snoozed_until"]),
        "deal": deal_id,
        "interaction": interaction_id,
        "updated_at": clock.now(),
    }
    if status == "done" and values["completed_at"] is None:
        values["completed_at"] = clock.now()
    previous_contact = None
    if record_id is None:
        row = FollowUp.create(uuid=uuid, **values)
        record_id = row.id
        changes.emit(Entity.FOLLOWUP, Action.CREATED, [record_id])
    else:
        previous_contact = FollowUp.get_by_id(record_id).contact_id
        FollowUp.update(**values).where(FollowUp.id == record_id).execute()
        changes.emit(Entity.FOLLOWUP, Action.UPDATED, [record_id])
    contacts.refresh_contact_stats([contact_id, *([previous_contact] if previous_contact else [])])
    return record_id


# -- journal entries -----------------------------------------------------------------------------------


def _objections(fields: Fields) -> list[ObjectionInput]:
    found = []
    for item in fields.get("objections") or []:
        if isinstance(item, list) and len(item) == 4:
            found.append(ObjectionInput(str(item[0]), str(item[1]), str(item[2]), str(item[3])))
    return found


def apply_interaction(record_id: int | None, fields: Fields, *, uuid: str) -> int:
    """Create or update an interaction from an entry's fields (moved if its person or ledger changed)."""
    contact_id = _person(fields["contact"])
    kind = str(choice("kind", fields["kind"], KINDS))
    occurred = parse_utc_text(fields["occurred_at"]) or clock.now()
    channel = fields["channel"] if fields["channel"] in CHANNELS else "other"
    deal_id = _id_of("deal", fields["deal"]) if kind == "sales" else None
    values: dict[str, Any] = {
        "channel": channel,
        "summary": fields["summary"],
        "occurred_at": occurred,
        "notes": fields["notes"],
        "value_direction": fields["value_direction"] or None,
        "value_type": fields["value_type"] or None,
        "deal_id": deal_id,
    }
    objections = _objections(fields) if kind == "sales" else []
    if record_id is None:
        created = interactions.log_interaction(
            contact_id=contact_id, kind=kind, objections=objections, **values
        )
        Interaction.update(uuid=uuid).where(Interaction.id == created.id).execute()
        return created.id
    row = Interaction.get_by_id(record_id)
    if (row.contact_id, row.kind) != (contact_id, kind):
        previous = row.contact_id
        Interaction.update(contact=contact_id, kind=kind, deal=None).where(
            Interaction.id == record_id
        ).execute()
        contacts.refresh_contact_stats([previous])
    interactions.update_interaction(record_id, objections=objections, **values)
    return record_id


def apply_deal(record_id: int | None, fields: Fields, *, uuid: str) -> int:
    """Create or update a deal from an entry's fields, with its stage, dates and history; returns its id."""
    contact_id = _person(fields["contact"])
    stage = str(choice("stage", fields["stage"], STAGES))
    value = deals.parse_money(fields["value"] or "0")
    probability = fields["probability"]
    if not isinstance(probability, int) or not 0 <= probability <= 100:
        probability = None
    if record_id is None:
        created = deals.create_deal(
            contact_id=contact_id,
            title=fields["title"],
            value=value,
            currency=fields["currency"] or "EUR",
            stage=stage,
            probability=probability,
            expected_close=_day(fields["expected_close"]),
            notes=fields["notes"],
            lost_reason=fields["lost_reason"] or ("?" if stage == "lost" else ""),
        )
        record_id = created.id
        Deal.update(uuid=uuid).where(Deal.id == record_id).execute()
    else:
        deals.update_deal(
            record_id,
            title=fields["title"],
            value=value,
            currency=fields["currency"] or "EUR",
            probability=probability if probability is not None else Deal.get_by_id(record_id).probability,
            expected_close=_day(fields["expected_close"]),
            notes=fields["notes"],
        )
    row = Deal.get_by_id(record_id)
    if row.contact_id != contact_id:
        previous = row.contact_id
        Deal.update(contact=contact_id).where(Deal.id == record_id).execute()
        contacts.refresh_contact_stats([previous])
    now = clock.now()
    Deal.update(
        stage=stage,
        lost_reason=(fields["lost_reason"] or "") if stage == "lost" else "",
        stage_changed_at=parse_utc_text(fields["stage_changed_at"]) or now,
        closed_at=parse_utc_text(fields["closed_at"]),
        created_at=parse_utc_text(fields["created"]) or row.created_at,
    ).where(Deal.id == record_id).execute()
    DealStageChange.delete().where(DealStageChange.deal == record_id).execute()
    for item in fields.get("history") or []:
        if isinstance(item, list) and len(item) == 3 and item[1] in STAGES:
            DealStageChange.create(
                deal=record_id,
                from_stage=item[0] if item[0] in STAGES else None,
                to_stage=item[1],
                changed_at=parse_utc_text(item[2]) or now,
            )
    contacts.refresh_contact_stats([contact_id])
    changes.emit(Entity.DEAL, Action.UPDATED, [record_id])
    return record_id


def apply_introduction(record_id: int | None, fields: Fields, *, uuid: str) -> int:
    """Create or update an introduction of two different people from an entry's fields; returns its id."""
    direction = str(choice("direction", fields["direction"], INTRODUCTION_DIRECTIONS))
    outcome = str(choice("outcome", fields["outcome"] or "pending", INTRODUCTION_OUTCOMES))
    person_a, person_b = _person(fields["person_a"]), _person(fields["person_b"])
    if person_a == person_b:
        raise ValidationError("person_b_id", QT_TRANSLATE_NOOP("Validation", "Choose two different people."))
    occurred = _day(fields["occurred_on"]) or clock.today()
    if record_id is None:
        created = introductions.record_introduction(
            direction=direction,
            person_a_id=person_a,
            person_b_id=person_b,
            occurred_on=occurred,
            context=fields["context"],
            outcome=outcome,
        )
        Introduction.update(uuid=uuid).where(Introduction.id == created.id).execute()
        return created.id
    Introduction.update(
        direction=direction,
        person_a=person_a,
        person_b=person_b,
        occurred_on=occurred,
        context=(fields["context"] or "").strip(),
        outcome=outcome,
        updated_at=clock.now(),
    ).where(Introduction.id == record_id).execute()
    changes.emit(Entity.INTRODUCTION, Action.UPDATED, [record_id])
    return record_id


APPLY = {
    "contact": apply_contact,
    "followup": apply_followup,
    "interaction": apply_interaction,
    "deal": apply_deal,
    "introduction": apply_introduction,
}


def apply(
    entity: str, record_id: int | None, fields: Fields, *, uuid: str, updated_at: datetime | None
) -> int:
    """Create or update; then date the record by its latest edit (not by when it was pulled)."""
    new_id = APPLY[entity](record_id, fields, uuid=uuid)
    if updated_at is not None:
        model = MODELS[entity]
        model.update(updated_at=updated_at).where(model.id == new_id).execute()
    return new_id


__all__ = ["APPLY", "Unassigned", "apply", "restore_if_trashed", "trash"]
