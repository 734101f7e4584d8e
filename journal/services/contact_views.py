"""Read-only queries behind a contact's page (paged timelines per kind).

``interactions.interactions_for_contact`` pages with a strict ``before`` time,
which skips entries that share the last row's timestamp; this pages with the
(occurred_at, id) key instead so "load more" never loses or repeats an entry.
"""

from __future__ import annotations

from datetime import datetime

from journal.db.models import KINDS, Contact, Deal, Interaction
from journal.services.interactions import InteractionData, _as_data, _objections_of
from journal.services.validation import choice


def contact_interactions_page(
    contact_id: int, *, kind: str, after: tuple[datetime, int] | None = None, limit: int = 200
) -> list[InteractionData]:
    """Entries of one kind, newest first; ``after`` is the last shown row's (occurred_at, id)."""
    choice("kind", kind, KINDS)
    contact = Contact.get_by_id(contact_id)
    query = Interaction.select().where(
        (Interaction.contact == contact_id) & (Interaction.kind == kind) & Interaction.deleted_at.is_null()
    )
    if after is not None:
        when, last_id = after
        query = query.where(
            (Interaction.occurred_at < when)
            | ((Interaction.occurred_at == when) & (Interaction.id < last_id))
        )
    rows = list(query.order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(limit))
    deal_ids = {r.deal_id for r in rows if r.deal_id}
    titles = (
        {d.id: d.title for d in Deal.select(Deal.id, Deal.title).where(Deal.id.in_(deal_ids))}
        if deal_ids
        else {}
    )
    objections = _objections_of([r.id for r in rows]) if kind == "sales" else {}
    return [_as_data(r, contact.name, titles.get(r.deal_id, ""), objections.get(r.id, [])) for r in rows]


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
