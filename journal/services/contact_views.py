"""Read-only queries behind a contact's page (paged timelines per kind)."""

from __future__ import annotations

from datetime import datetime

from journal.db.models import KINDS, Interaction
from journal.services.interactions import InteractionData, interactions_for_contact
from journal.services.validation import choice


def contact_interactions_page(
    contact_id: int, *, kind: str, after: tuple[datetime, int] | None = None, limit: int = 200
) -> list[InteractionData]:
    """Entries of one kind, newest first; ``after`` is the last shown row's (occurred_at, id),
    so "load more" never loses or repeats entries that share a timestamp."""
    before, before_id = after if after is not None else (None, None)
    return interactions_for_contact(contact_id, kind=kind, limit=limit, before=before, before_id=before_id)


def count_contact_interactions(contact_id: int, *, kind: str) -> int:
    choice("kind", kind, KINDS)
    return int(
        Interaction.select()
        .where(
            (Interaction.contact == contact_id)
            & (Interaction.kind == kind)
            & Interaction.deleted_at.is_null()
        )
        .count()
    )
