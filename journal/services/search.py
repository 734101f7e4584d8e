"""The queries behind the contact list and the timeline: paged, index-backed.

Both return plain rows a page at a time so item models can load lazily; the
text search goes through the FTS5 indexes (prefix matching, accents ignored).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from journal.db import database, fts
from journal.db.fields import format_utc, parse_utc
from journal.services import timeline_text
from journal.services.derived import reconnect_due_sql

CONTACT_SORTS = ("name", "last_interaction", "next_followup")


@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    tag: str | None = None
    kind: str | None = None  # None (all), "networking", "sales" or "both"
    overdue_reconnect: bool = False
    open_deals: bool = False
    sort: str = "name"


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    organization: str
    title: str
    last_interaction_at: datetime | None
    next_followup_on: date | None
    reconnect_due_on: date | None
    networking_count: int
    sales_count: int
    open_deal_count: int


_ORDER = {
    "name": "c.sort_key, c.id",
    "last_interaction": "c.last_interaction_at DESC, c.id DESC",
    # contacts with a next follow-up, soonest first (index order); the rest follow by name
    "next_followup": "c.next_followup_on, c.id",
    "no_followup": "c.sort_key, c.id",
}


# How a text match joins the list. With few matches, collect them and sort
# (cheap). With many, walk the list's own index in display order and test
# each row against the match set (materialized once): a page fills quickly
# and nothing big is sorted. The unary "+" keeps SQLite from driving the
# query from the match list instead.
FEW_MATCHES = 3000


def _match_clause(table: str, alias: str, match: str) -> str:
    matches = fts.matches_up_to(database, table, match, FEW_MATCHES)
    if matches == 0:
        return "(0 AND ? IS NULL)"  # keeps the parameter count; nothing can match
    column = f"{alias}.id" if matches <= FEW_MATCHES else f"+{alias}.id"
    return f"{column} IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)"


def _contact_where(flt: ContactFilter, today: date) -> tuple[str, list[Any]]:
    clauses = ["c.deleted_at IS NULL"]
    params: list[Any] = []
    match = fts.match_expression(flt.text)
    if match:
        clauses.append(_match_clause("contact", "c", match))
        params.append(match)
    elif flt.text.strip():
        clauses.append("0")  # only punctuation typed: nothing can match
    if flt.tag:
        clauses.append(
            "c.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE t.name = ?)"
        )
        params.append(flt.tag)
    if flt.kind == "networking":
        clauses.append("c.networking_count > 0")
    elif flt.kind == "sales":
        clauses.append("c.sales_count > 0")
    elif flt.kind == "both":
        clauses.append("c.networking_count > 0 AND c.sales_count > 0")
    if flt.overdue_reconnect:
        clauses.append(reconnect_due_sql("c"))
        params.append(today.isoformat())
    if flt.open_deals:
        clauses.append("c.open_deal_count > 0")
    return " AND ".join(clauses), params


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _datetime(value: str | None) -> datetime | None:
    return parse_utc(value) if value else None


_ROW_SQL = """
    SELECT c.id, c.name, coalesce(o.name, ''), c.title, c.last_interaction_at,
           c.next_followup_on, c.reconnect_due_on, c.networking_count, c.sales_count,
           c.open_deal_count
    FROM contact c LEFT JOIN organization o ON o.id = c.organization_id"""


def _rows(where: str, params: list[Any], order: str, limit: int, offset: int) -> list[ContactRow]:
    sql = f"{_ROW_SQL} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
    cursor = database.execute_sql(sql, [*params, limit, offset])
    return [
        ContactRow(r[0], r[1], r[2], r[3], _datetime(r[4]), _date(r[5]), _date(r[6]), r[7], r[8], r[9])
        for r in cursor.fetchall()
    ]


def search_contacts(
    flt: ContactFilter = ContactFilter(), *, today: date, limit: int = 200, offset: int = 0
) -> list[ContactRow]:
    """One page of the contact list, in the filter's order, read straight from indexes."""
    where, params = _contact_where(flt, today)
    if flt.sort != "next_followup":
        return _rows(where, params, _ORDER.get(flt.sort, _ORDER["name"]), limit, offset)
    # Two index-ordered runs instead of sorting every contact: those with a
    # follow-up by date, then those without by name.
    dated = f"{where} AND c.next_followup_on IS NOT NULL"
    rows = _rows(dated, params, _ORDER["next_followup"], limit, offset)
    if len(rows) < limit:
        skipped = 0
        if offset:
            total = database.execute_sql(f"SELECT count(*) FROM contact c WHERE {dated}", params).fetchone()[
                0
            ]
            skipped = max(0, offset - int(total))
        rows += _rows(
            f"{where} AND c.next_followup_on IS NULL",
            params,
            _ORDER["no_followup"],
            limit - len(rows),
            skipped,
        )
    return rows


def count_contacts(flt: ContactFilter = ContactFilter(), *, today: date) -> int:
    """How many contacts the filter finds (what the list's count shows)."""
    where, params = _contact_where(flt, today)
    return int(database.execute_sql(f"SELECT count(*) FROM contact c WHERE {where}", params).fetchone()[0])


@dataclass(frozen=True)
class TimelineFilter:
    kind: str | None = None  # None = all
    channel: str | None = None
    start: datetime | None = None  # inclusive, aware
    end: datetime | None = None  # exclusive, aware
    text: str = ""
    contact_id: int | None = None


@dataclass(frozen=True)
class TimelineRow:
    """An entry as the timeline lists it (``interactions.InteractionData`` adds the rest)."""

    id: int
    contact_id: int
    contact_name: str
    kind: str
    channel: str
    occurred_at: datetime
    summary: str
    value_direction: str | None
    value_type: str | None


def timeline_page(
    flt: TimelineFilter = TimelineFilter(),
    *,
    after: tuple[datetime, int] | None = None,
    limit: int = 100,
) -> list[TimelineRow]:
    """Interactions newest first; pass the last row's (occurred_at, id) as ``after`` for more."""
    clauses = ["i.deleted_at IS NULL"]
    params: list[Any] = []
    if flt.kind:
        clauses.append("i.kind = ?")
        params.append(flt.kind)
    if flt.channel:
        clauses.append("i.channel = ?")
        params.append(flt.channel)
    if flt.start:
        clauses.append("i.occurred_at >= ?")
        params.append(format_utc(flt.start))
    if flt.end:
        clauses.append("i.occurred_at < ?")
        params.append(format_utc(flt.end))
    if flt.contact_id is not None:
        clauses.append("i.contact_id = ?")
        params.append(flt.contact_id)
    key = (format_utc(after[0]), after[1]) if after is not None else None
    if flt.text.strip():
        ids = timeline_text.matching_ids(" AND ".join(clauses), params, flt.text, after=key, limit=limit)
        if not ids:
            return []  # nothing matches (or only punctuation was typed)
        marks = ",".join("?" * len(ids))
        return _timeline_rows(f"i.id IN ({marks})", ids, len(ids))
    if key is not None:
        # the plain bound lets SQLite seek the occurred_at index; the row value breaks ties
        clauses.append("i.occurred_at <= ? AND (i.occurred_at, i.id) < (?, ?)")
        params.extend([key[0], key[0], key[1]])
    else:
        clauses.append("i.occurred_at <= ?")
        params.append("9999-12-31")
    return _timeline_rows(" AND ".join(clauses), params, limit)


def _timeline_rows(where: str, params: list[Any], limit: int) -> list[TimelineRow]:
    # Trashing a contact stamps its interactions, so no join is needed to hide
    # them; a join here made SQLite build a Bloom filter over every contact.
    sql = f"""
        SELECT i.id, i.contact_id, (SELECT c.name FROM contact c WHERE c.id = i.contact_id),
               i.kind, i.channel, i.occurred_at, i.summary, i.value_direction, i.value_type
        FROM interaction i
        WHERE {where}
        ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?"""
    cursor = database.execute_sql(sql, [*params, limit])
    return [
        TimelineRow(r[0], r[1], r[2], r[3], r[4], parse_utc(r[5]), r[6], r[7], r[8])
        for r in cursor.fetchall()
    ]
