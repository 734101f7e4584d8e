"""Networking measures: reciprocity (given vs received) and relationship health."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import peewee

from journal import clock
from journal.db.models import Interaction


@dataclass(frozen=True)
class Reciprocity:
    gave: int
    received: int
    by_type: dict[tuple[str, str], int]  # (direction, value_type) -> count

    @property
    def balance(self) -> int:
        return self.gave - self.received


def reciprocity_for_contact(contact_id: int, *, since: datetime | None = None) -> Reciprocity:
    """What value moved between me and a contact in networking entries (last 12 months by default)."""
    since = since or clock.now() - timedelta(days=365)
    rows = (
        Interaction.select(
            Interaction.value_direction, Interaction.value_type, peewee.fn.COUNT(Interaction.id)
        )
        .where(
            (Interaction.contact == contact_id)
            & (Interaction.kind == "networking")
            & Interaction.deleted_at.is_null()
            & Interaction.value_direction.is_null(False)
            & (Interaction.occurred_at >= since)
        )
        .group_by(Interaction.value_direction, Interaction.value_type)
        .tuples()
    )
    by_type = {(direction, vtype): count for direction, vtype, count in rows}
    gave = sum(n for (d, _t), n in by_type.items() if d == "gave")
    received = sum(n for (d, _t), n in by_type.items() if d == "received")
    return Reciprocity(gave, received, by_type)


HEALTH_STATES = ("none", "on_track", "due_soon", "overdue")
DUE_SOON_DAYS = 7


def relationship_health(reconnect_due_on: date | None, today: date) -> str:
    """ "none" (no cadence), "on_track", "due_soon" (within a week) or "overdue"."""
    if reconnect_due_on is None:
        return "none"
    if reconnect_due_on < today:
        return "overdue"
    if reconnect_due_on <= today + timedelta(days=DUE_SOON_DAYS):
        return "due_soon"
    return "on_track"
