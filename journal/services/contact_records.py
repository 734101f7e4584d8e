"""What the records that belong to one contact (interactions, follow-ups, deals) share:
the deal they may point to, and moving one to the trash and back, with the contact's
figures refreshed and the change announced. Call these inside the service's ``with write():``."""

from __future__ import annotations

from typing import Any

from journal import clock
from journal.db.models import Deal
from journal.services.contacts import live_contact
from journal.services.derived import refresh_contact_stats
from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError
from journal.services.events import Action, Entity, changes
from journal.services.rows import trashed_row


def check_deal(deal_id: int | None, contact_id: int) -> None:
    """``ValidationError`` on ``deal_id`` unless it is None or a live deal of this contact."""
    if deal_id is None:
        return
    deal = Deal.get_or_none((Deal.id == deal_id) & Deal.deleted_at.is_null())
    if deal is None or deal.contact_id != contact_id:
        raise ValidationError(
            "deal_id", QT_TRANSLATE_NOOP("Validation", "That deal does not belong to this contact.")
        )


def trash_record(row: Any, entity: Entity) -> None:
    """Stamp the live ``row`` as trashed and announce ``(entity, Action.TRASHED)``."""
    row.deleted_at = clock.now()
    row.save()
    refresh_contact_stats([row.contact_id])
    changes.emit(entity, Action.TRASHED, [row.id])


def restore_record(model: Any, record_id: int, entity: Entity, not_in_trash: str) -> None:
    """Bring ``model`` row ``record_id`` back from the trash (its contact must be live).

    ``not_in_trash`` is the message (``QT_TRANSLATE_NOOP("Validation", ...)``) of the
    ``NotFoundError`` raised when there is no such row in the trash."""
    row = trashed_row(model, record_id, not_in_trash)
    live_contact(row.contact_id)
    row.deleted_at = None
    row.save()
    refresh_contact_stats([row.contact_id])
    changes.emit(entity, Action.RESTORED, [record_id])
