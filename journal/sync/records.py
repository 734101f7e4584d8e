"""The journal's records as sync fields, read in bulk (a first sync reads 100,000 entries)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from journal.db.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Deal,
    DealStageChange,
    FollowUp,
    Interaction,
    Introduction,
    Objection,
    Organization,
    Tag,
)
from journal.services.contacts import LabeledValue
from journal.sync.mapping import contact as contact_map
from journal.sync.mapping.common import Fields, day_text, text, utc_text

ENTITIES = ("contact", "deal", "interaction", "introduction", "followup")
MODELS: dict[str, Any] = {
    "contact": Contact,
    "followup": FollowUp,
    "interaction": Interaction,
    "deal": Deal,
    "introduction": Introduction,
}
CHUNK = 500


@dataclass
class LocalRecord:
    entity: str
    id: int
    uuid: str
    fields: Fields
    updated_at: datetime
    trashed: bool
    kind: str  # the ledger (networking | sales), for conflict notes
    contact_ids: tuple[int, ...]  # the people it belongs to


def _record(entity: str, row: Any, fields: Fields, kind: str, contact_ids: tuple[int, ...]) -> LocalRecord:
    """The ``LocalRecord`` of journal ``row`` (any synced model: id, uuid, updated_at, deleted_at)."""
    return LocalRecord(
        entity, row.id, row.uuid, fields, row.updated_at, row.deleted_at is not None, kind, contact_ids
    )


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _uuids(model: Any, ids: Iterable[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    wanted = sorted({i for i in ids if i})
    for chunk in _chunks(wanted):
        found.update(model.select(model.id, model.uuid).where(model.id.in_(chunk)).tuples())
    return found


def _contacts(ids: list[int]) -> list[LocalRecord]:
    rows = list(Contact.select().where(Contact.id.in_(ids)))
    emails: dict[int, list[LabeledValue]] = defaultdict(list)
    phones: dict[int, list[LabeledValue]] = defaultdict(list)
    for model, target in ((ContactEmail, emails), (ContactPhone, phones)):
        query = model.select().where(model.contact.in_(ids)).order_by(model.is_primary.desc(), model.id)
        for item in query:
            target[item.contact_id].append(LabeledValue(item.value, item.label, item.is_primary))
    tags: dict[int, list[str]] = defaultdict(list)
    for contact_id, name in (
        ContactTag.select(ContactTag.contact, Tag.name).join(Tag).where(ContactTag.contact.in_(ids)).tuples()
    ):
        tags[contact_id].append(name)
    orgs = dict(
        Organization.select(Organization.id, Organization.name)
        .where(Organization.id.in_([r.organization_id for r in rows if r.organization_id]))
        .tuples()
    )
    introducers = _uuids(Contact, [r.introduced_by_id for r in rows])
    found = []
    for row in rows:
        view = SimpleNamespace(**row.__data__)
        view.organization = orgs.get(row.organization_id, "")
        view.emails, view.phones, view.tags = emails[row.id], phones[row.id], tags[row.id]
        view.introduced_by_uuid = introducers.get(row.introduced_by_id or 0, "")
        fields = contact_map.local_fields(view)
        found.append(_record("contact", row, fields, "networking", (row.id,)))
    return found


def _followups(ids: list[int]) -> list[LocalRecord]:
    rows = list(FollowUp.select().where(FollowUp.id.in_(ids)))
    people = _uuids(Contact, [r.contact_id for r in rows])
    deals = _uuids(Deal, [r.deal_id for r in rows])
    sources = _uuids(Interaction, [r.interaction_id for r in rows])
    found = []
    for r in rows:
        due = r.due_date.isoformat() + (f"T{r.due_time.strftime('%H:%M')}" if r.due_time else "")
        fields = {
            "contact": people.get(r.contact_id, ""),
            "kind": r.kind,
            "title": text(r.title),
            "notes": text(r.notes),
            "due": due,
            "status": r.status,
            "completed_at": utc_text(r.completed_at) if r.status == "done" else "",
            "recurrence": f"{r.recurrence_unit}:{r.recurrence_interval or 1}" if r.recurrence_unit else "",
            "snoozed_until": utc_text(r.snoozed_until),
            "deal": deals.get(r.deal_id or 0, ""),
            "interaction": sources.get(r.interaction_id or 0, ""),
        }
        found.append(_record("followup", r, fields, r.kind, (r.contact_id,)))
    return found


def _interactions(ids: list[int]) -> list[LocalRecord]:
    rows = list(Interaction.select().where(Interaction.id.in_(ids)))
    people = _uuids(Contact, [r.contact_id for r in rows])
    deals = _uuids(Deal, [r.deal_id for r in rows])
    objections: dict[int, list[list[str]]] = defaultdict(list)
    query = Objection.select().where(Objection.interaction.in_(ids) & Objection.deleted_at.is_null())
    for o in query.order_by(Objection.id):
        objections[o.interaction_id].append([o.category, text(o.detail), text(o.response), o.outcome])
    found = []
    for r in rows:
        fields = {
            "contact": people.get(r.contact_id, ""),
            "kind": r.kind,
            "channel": r.channel,
            "occurred_at": utc_text(r.occurred_at),
            "summary": text(r.summary),
            "notes": text(r.notes),
            "value_direction": r.value_direction or "",
            "value_type": r.value_type or "",
            "deal": deals.get(r.deal_id or 0, ""),
            "objections": objections[r.id],
        }
        found.append(_record("interaction", r, fields, r.kind, (r.contact_id,)))
    return found


def money_text(value: Any) -> str:
    """A Decimal amount as plain fixed-point text, or an empty string for None."""
    return format(value, "f") if value is not None else ""


def _deals(ids: list[int]) -> list[LocalRecord]:
    rows = list(Deal.select().where(Deal.id.in_(ids)))
    people = _uuids(Contact, [r.contact_id for r in rows])
    history: dict[int, list[list[str]]] = defaultdict(list)
    query = DealStageChange.select().where(DealStageChange.deal.in_(ids))
    for c in query.order_by(DealStageChange.changed_at, DealStageChange.id):
        history[c.deal_id].append([c.from_stage or "", c.to_stage, utc_text(c.changed_at)])
    found = []
    for r in rows:
        fields = {
            "contact": people.get(r.contact_id, ""),
            "created": utc_text(r.created_at),
            "title": text(r.title),
            "notes": text(r.notes),
            "value": money_text(r.value),
            "currency": r.currency,
            "stage": r.stage,
            "probability": r.probability,
            "expected_close": day_text(r.expected_close),
            "lost_reason": text(r.lost_reason),
            "stage_changed_at": utc_text(r.stage_changed_at),
            "closed_at": utc_text(r.closed_at),
            "history": history[r.id],
        }
        found.append(_record("deal", r, fields, "sales", (r.contact_id,)))
    return found


def _introductions(ids: list[int]) -> list[LocalRecord]:
    rows = list(Introduction.select().where(Introduction.id.in_(ids)))
    people = _uuids(Contact, [r.person_a_id for r in rows] + [r.person_b_id for r in rows])
    found = []
    for r in rows:
        fields = {
            "direction": r.direction,
            "person_a": people.get(r.person_a_id, ""),
            "person_b": people.get(r.person_b_id, ""),
            "occurred_on": day_text(r.occurred_on),
            "context": text(r.context),
            "outcome": r.outcome,
        }
        found.append(_record("introduction", r, fields, "networking", (r.person_a_id, r.person_b_id)))
    return found


_LOADERS = {
    "contact": _contacts,
    "followup": _followups,
    "interaction": _interactions,
    "deal": _deals,
    "introduction": _introductions,
}


def load(entity: str, ids: Iterable[int]) -> list[LocalRecord]:
    """The ``entity`` records with these ids (trashed ones too) as sync fields, read in chunks."""
    wanted = sorted(set(ids))
    found: list[LocalRecord] = []
    for chunk in _chunks(wanted):
        found.extend(_LOADERS[entity](chunk))
    return found


def load_by_uuid(entity: str, uuids: Iterable[str]) -> dict[str, LocalRecord]:
    """The ``entity`` records with these uuids, by uuid; uuids not in the journal are left out."""
    model = MODELS[entity]
    wanted = sorted(set(uuids))
    ids: list[int] = []
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        ids.extend(i for (i,) in model.select(model.id).where(model.uuid.in_(chunk)).tuples())
    return {r.uuid: r for r in load(entity, ids)}


def contact_names(uuids: Iterable[str]) -> dict[str, str]:
    """The names of the contacts with these uuids, by uuid; unknown uuids are left out."""
    wanted = sorted({u for u in uuids if u})
    found: dict[str, str] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found.update(Contact.select(Contact.uuid, Contact.name).where(Contact.uuid.in_(chunk)).tuples())
    return found


def ids_for_uuids(entity: str, uuids: Iterable[str]) -> dict[str, int]:
    """The journal ids of the ``entity`` records with these uuids, by uuid; unknown uuids are left out."""
    model = MODELS[entity]
    wanted = sorted({u for u in uuids if u})
    found: dict[str, int] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found.update(model.select(model.uuid, model.id).where(model.uuid.in_(chunk)).tuples())
    return found


def referenced_uuids(record: LocalRecord) -> set[str]:
    """The people a record links to (their names go into CONTACT)."""
    f = record.fields
    return {v for k in ("contact", "person_a", "person_b") if (v := f.get(k))}
