"""Networking measures: reciprocity (given vs received), relationship health, introduction
chains and the reconnect list. Aggregates run in SQL so a million interactions stay cheap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from journal import clock
from journal.db import database
from journal.db.fields import format_utc, parse_utc
from journal.db.models import Contact
from journal.services.derived import reconnect_due_sql, reconnect_is_due


@dataclass(frozen=True)
class Reciprocity:
    gave: int
    received: int
    by_type: dict[tuple[str, str], int]  # (direction, value_type) -> count

    @property
    def balance(self) -> int:
        """Given minus received: above zero, I gave more."""
        return self.gave - self.received


def reciprocity_for_contact(contact_id: int, *, since: datetime | None = None) -> Reciprocity:
    """What value moved between me and a contact in networking entries (last 12 months by default)."""
    since = since or clock.now() - timedelta(days=365)
    rows = database.execute_sql(
        """SELECT value_direction, value_type, count(*) FROM interaction
           WHERE contact_id = ? AND kind = 'networking' AND deleted_at IS NULL
             AND value_direction IS NOT NULL AND occurred_at >= ?
           GROUP BY value_direction, value_type""",
        [contact_id, format_utc(since)],
    ).fetchall()
    by_type = {(direction, vtype): count for direction, vtype, count in rows}
    gave = sum(n for (d, _t), n in by_type.items() if d == "gave")
    received = sum(n for (d, _t), n in by_type.items() if d == "received")
    return Reciprocity(gave, received, by_type)


HEALTH_STATES = ("none", "on_track", "due_soon", "overdue")
DUE_SOON_DAYS = 7


def relationship_health(reconnect_due_on: date | None, today: date) -> str:
    """ "none" (no cadence), "on_track", "due_soon" (within a week) or "overdue" (due for a talk:
    ``derived.reconnect_is_due``, the one rule the digest and the Reconnect page use too)."""
    if reconnect_due_on is None:
        return "none"
    if reconnect_is_due(reconnect_due_on, today):
        return "overdue"
    if reconnect_due_on <= today + timedelta(days=DUE_SOON_DAYS):
        return "due_soon"
    return "on_track"


# --- the overall ledger ---------------------------------------------------------------------------


def _since(since: datetime | None) -> datetime:
    return since or clock.now() - timedelta(days=365)


def overall_reciprocity(*, since: datetime | None = None) -> Reciprocity:
    """What value moved between me and everyone (last 12 months by default), counted in SQL."""
    rows = database.execute_sql(
        # Answered from the partial covering index interaction_value_ledger.
        """SELECT value_direction, value_type, count(*) FROM interaction
           WHERE kind = 'networking' AND occurred_at >= ? AND value_direction IS NOT NULL
             AND deleted_at IS NULL
           GROUP BY value_direction, value_type""",
        [format_utc(_since(since))],
    ).fetchall()
    by_type = {(direction, vtype): int(count) for direction, vtype, count in rows}
    gave = sum(n for (d, _t), n in by_type.items() if d == "gave")
    received = sum(n for (d, _t), n in by_type.items() if d == "received")
    return Reciprocity(gave, received, by_type)


@dataclass(frozen=True)
class TakingRelationship:
    """A contact who gave me value while I gave nothing back in the period."""

    contact_id: int
    name: str
    received: int
    last_received_at: datetime


def taking_relationships(*, since: datetime | None = None, limit: int = 200) -> list[TakingRelationship]:
    """Relationships where I have only been taking: received > 0, gave = 0 (most received first)."""
    rows = database.execute_sql(
        """SELECT i.contact_id, c.name,
                  sum(i.value_direction = 'received') AS received,
                  max(i.occurred_at)
           FROM interaction i JOIN contact c ON c.id = i.contact_id
           WHERE i.kind = 'networking' AND i.occurred_at >= ? AND i.value_direction IS NOT NULL
             AND i.deleted_at IS NULL AND c.deleted_at IS NULL
           GROUP BY i.contact_id
           HAVING sum(i.value_direction = 'gave') = 0
           ORDER BY received DESC, max(i.occurred_at) DESC, c.sort_key
           LIMIT ?""",
        [format_utc(_since(since)), limit],
    ).fetchall()
    return [TakingRelationship(int(r[0]), r[1], int(r[2]), parse_utc(r[3])) for r in rows]


# --- introductions: who introduced whom -------------------------------------------------------------


@dataclass(frozen=True)
class ContactRef:
    id: int
    name: str


MAX_CHAIN = 50


def introduction_chain(contact_id: int) -> list[ContactRef]:
    """The introduced-by chain, starting with the contact: [contact, who introduced them, who
    introduced that person, ...]. Stops at a loop or at a contact in the trash."""
    chain: list[ContactRef] = []
    seen: set[int] = set()
    current: int | None = contact_id
    while current is not None and current not in seen and len(chain) < MAX_CHAIN:
        row = (
            Contact.select(Contact.id, Contact.name, Contact.introduced_by)
            .where((Contact.id == current) & Contact.deleted_at.is_null())
            .first()
        )
        if row is None:
            break
        seen.add(current)
        chain.append(ContactRef(row.id, row.name))
        current = row.introduced_by_id
    return chain


def introduced_by_contact(contact_id: int, *, limit: int = 500) -> list[ContactRef]:
    """The people this contact introduced me to (their "introduced by" is this contact)."""
    rows = (
        Contact.select(Contact.id, Contact.name)
        .where((Contact.introduced_by == contact_id) & Contact.deleted_at.is_null())
        .order_by(Contact.sort_key, Contact.id)
        .limit(limit)
    )
    return [ContactRef(r.id, r.name) for r in rows]


# --- reconnect: who is overdue for a conversation ------------------------------------------------------


@dataclass(frozen=True)
class ReconnectEntry:
    contact_id: int
    name: str
    organization: str
    due_on: date
    days_overdue: int
    cadence_days: int | None  # effective: the contact's own, else the shortest of their tags'
    cadence_scope: str
    last_at: datetime | None
    last_kind: str
    last_channel: str
    last_summary: str


ReconnectCursor = tuple[date, int]  # (due_on, contact id) of the last row of the previous page


def reconnect_list(
    *, today: date | None = None, limit: int = 200, after: ReconnectCursor | None = None
) -> list[ReconnectEntry]:
    """Contacts due to reconnect given their cadence (``derived.reconnect_is_due``), most overdue
    first (keyset paged)."""
    today = today or clock.today()
    params: list[Any] = [today.isoformat()]
    keyset = ""
    if after is not None:
        keyset = "AND (c.reconnect_due_on > ? OR (c.reconnect_due_on = ? AND c.id > ?))"
        params += [after[0].isoformat(), after[0].isoformat(), after[1]]
    rows = database.execute_sql(
        f"""SELECT c.id, c.name, coalesce(o.name, ''), c.reconnect_due_on, c.cadence_scope,
                   coalesce(c.cadence_days, (SELECT min(t.cadence_days) FROM contact_tag ct
                        JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id))
            FROM contact c LEFT JOIN organization o ON o.id = c.organization_id
            WHERE c.deleted_at IS NULL AND {reconnect_due_sql("c")}
                  {keyset}
            ORDER BY c.reconnect_due_on, c.id LIMIT ?""",
        [*params, limit],
    ).fetchall()
    result = []
    for cid, name, org, due_text, scope, cadence in rows:
        due = date.fromisoformat(due_text)
        last = _last_interaction(cid, ("networking",) if scope == "networking" else ("networking", "sales"))
        result.append(
            ReconnectEntry(
                contact_id=cid,
                name=name,
                organization=org,
                due_on=due,
                days_overdue=(today - due).days,
                cadence_days=int(cadence) if cadence else None,
                cadence_scope=scope,
                last_at=parse_utc(last[0]) if last else None,
                last_kind=last[1] if last else "",
                last_channel=last[2] if last else "",
                last_summary=last[3] if last else "",
            )
        )
    return result


def _last_interaction(contact_id: int, kinds: tuple[str, ...]) -> tuple[str, str, str, str] | None:
    # One index seek per kind on (contact_id, kind, occurred_at) instead of sorting a long history.
    best: tuple[str, str, str, str] | None = None
    for kind in kinds:
        row = database.execute_sql(
            """SELECT occurred_at, kind, channel, summary FROM interaction
               WHERE contact_id = ? AND kind = ? AND deleted_at IS NULL
               ORDER BY occurred_at DESC LIMIT 1""",
            [contact_id, kind],
        ).fetchone()
        if row is not None and (best is None or row[0] > best[0]):
            best = (row[0], row[1], row[2], row[3])
    return best


def reconnect_count(*, today: date | None = None) -> int:
    """How many live contacts are due to reconnect on ``today`` (``derived.reconnect_is_due``)."""
    today = today or clock.today()
    return int(
        database.execute_sql(
            f"SELECT count(*) FROM contact c WHERE c.deleted_at IS NULL AND {reconnect_due_sql('c')}",
            [today.isoformat()],
        ).fetchone()[0]
    )
