"""The trash: everything deleted, restorable until the trash is emptied."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from journal.db.models import Contact, Deal, FollowUp, Interaction, Introduction
from journal.services import contacts, deals, followups, interactions, introductions
from journal.services.errors import QT_TRANSLATE_NOOP, NotFoundError


@dataclass(frozen=True)
class TrashItem:
    entity: str  # contact | interaction | followup | deal | introduction
    id: int
    title: str
    contact_name: str
    deleted_at: datetime


_RESTORE: dict[str, Callable[[int], None]] = {
    "contact": contacts.restore_contact,
    "interaction": interactions.restore_interaction,
    "followup": followups.restore_followup,
    "deal": deals.restore_deal,
    "introduction": introductions.restore_introduction,
}


def list_trash(limit: int = 1000) -> list[TrashItem]:
    """Trashed items, newest first. Children trashed with their contact are shown once."""
    items: list[TrashItem] = [
        TrashItem("contact", c.id, c.name, c.name, c.deleted_at)
        for c in Contact.select().where(Contact.deleted_at.is_null(False))
    ]
    live_contact = Contact.deleted_at.is_null()
    for model, entity, title in (
        (Interaction, "interaction", Interaction.summary),
        (FollowUp, "followup", FollowUp.title),
        (Deal, "deal", Deal.title),
    ):
        query = (
            model.select(model.id, title.alias("title"), Contact.name.alias("contact_name"), model.deleted_at)
            .join(Contact, on=(model.contact == Contact.id))
            .where(model.deleted_at.is_null(False) & live_contact)
            .objects()
        )
        items.extend(TrashItem(entity, r.id, r.title, r.contact_name, r.deleted_at) for r in query)
    for intro in Introduction.select().where(Introduction.deleted_at.is_null(False)):
        items.append(TrashItem("introduction", intro.id, intro.context or "", "", intro.deleted_at))
    items.sort(key=lambda i: i.deleted_at, reverse=True)
    return items[:limit]


def restore(entity: str, item_id: int) -> None:
    restore_fn = _RESTORE.get(entity)
    if restore_fn is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Validation", "Nothing to restore."))
    restore_fn(item_id)
