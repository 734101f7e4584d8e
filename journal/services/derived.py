"""What the journal keeps as copies of other rows: contact statistics and contact search text.

A ``contact`` row carries figures that would otherwise be counted on every list
(last interaction, networking and sales counts, open deals, next follow-up,
the day a reconnect falls due), and ``contact_fts`` carries each contact's
search text (name, organization, emails, tags, notes). Both are written only
here. Whoever changes a contact or its interactions, follow-ups, deals or tags
calls ``refresh_contact_stats(ids)`` inside the same write; bulk loaders (the
importer, the demo generator) call it too — past ``BULK`` contacts it switches
to set-based SQL — or ``refresh_all_contacts()`` and ``rebuild_search()`` after
loading a whole journal.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from journal import clock
from journal.db import raw_connection
from journal.db.fields import parse_utc

BULK = 300  # more contacts than this are refreshed with set-based SQL

# One subquery per denormalized column, on the contact aliased ``{c}``. The unary "+"
# on deleted_at keeps SQLite from picking a (deleted_at, ...) index over the
# per-contact one: a full scan per contact on a million interactions otherwise.
_STATS: dict[str, str] = {
    "last_interaction_at": """SELECT max(occurred_at) FROM interaction i
        WHERE i.contact_id = {c}.id AND +i.deleted_at IS NULL""",
    "last_networking_at": """SELECT max(occurred_at) FROM interaction i
        WHERE i.contact_id = {c}.id AND i.kind = 'networking' AND +i.deleted_at IS NULL""",
    "networking_count": """SELECT count(*) FROM interaction i
        WHERE i.contact_id = {c}.id AND i.kind = 'networking' AND +i.deleted_at IS NULL""",
    "sales_count": """SELECT count(*) FROM interaction i
        WHERE i.contact_id = {c}.id AND i.kind = 'sales' AND +i.deleted_at IS NULL""",
    "open_deal_count": """SELECT count(*) FROM deal d
        WHERE d.contact_id = {c}.id AND +d.deleted_at IS NULL AND d.stage NOT IN ('won', 'lost')""",
    "next_followup_on": """SELECT min(due_date) FROM follow_up f
        WHERE f.contact_id = {c}.id AND f.status = 'open' AND +f.deleted_at IS NULL""",
}
# The keep-in-touch cadence of contact ``c``: its own, else the shortest among its tags.
_CADENCE = """coalesce(c.cadence_days, (SELECT min(t.cadence_days) FROM contact_tag ct
    JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id))"""
# What the reconnect day depends on: the last talk that counts, the cadence, the snooze.
# Contacts without a cadence and without a due day keep "none" and are left out.
_RECONNECT_INPUTS = f"""
    SELECT c.id, c.created_at,
        CASE c.cadence_scope WHEN 'networking' THEN c.last_networking_at ELSE c.last_interaction_at END,
        {_CADENCE}, c.reconnect_snoozed_until
    FROM contact c
    WHERE (c.cadence_days IS NOT NULL OR c.reconnect_due_on IS NOT NULL
        OR EXISTS (SELECT 1 FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
            WHERE ct.contact_id = c.id AND t.cadence_days IS NOT NULL))"""
# The search text of the contact aliased ``c`` (the columns of contact_fts, in order).
_SEARCH_ROWS = """
    SELECT c.id, c.name, coalesce(o.name, ''),
        coalesce((SELECT group_concat(e.value, ' ') FROM contact_email e
                  WHERE e.contact_id = c.id), ''),
        coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct
                  JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id), ''),
        c.title || ' ' || c.location || ' ' || c.how_met || ' ' || c.notes
    FROM contact c LEFT JOIN organization o ON o.id = c.organization_id"""
_INSERT_SEARCH = "INSERT INTO contact_fts(rowid, name, organization, emails, tags, notes)"
_CHUNK = 500


def reconnect_due(
    last_talk: datetime | None,
    cadence: int | None,
    snoozed_until: date | None,
    created_at: datetime,
) -> date | None:
    """The day a contact becomes due to reconnect (None without a cadence)."""
    if not cadence:
        return None
    start = (last_talk or created_at).astimezone(clock.local_zone()).date()
    due = start + timedelta(days=cadence)
    if snoozed_until and snoozed_until > due:
        due = snoozed_until
    return due


# The one rule for "due to reconnect": from the day ``reconnect_due_on`` names, that day included.
# ``reconnect_due_sql("c")`` is it in SQL (one parameter: today as "YYYY-MM-DD").


def reconnect_is_due(due_on: date | None, today: date) -> bool:
    """True when a contact whose reconnect day is ``due_on`` is due for a talk on ``today``."""
    return due_on is not None and due_on <= today


def reconnect_due_sql(alias: str = "c") -> str:
    """``reconnect_is_due`` as an SQL condition on the contact aliased ``alias`` (parameter: today)."""
    return f"{alias}.reconnect_due_on IS NOT NULL AND {alias}.reconnect_due_on <= ?"


def effective_cadence(contact_id: int) -> int | None:
    """The contact's own keep-in-touch cadence in days, else the shortest among its tags."""
    sql = f"SELECT {_CADENCE} FROM contact c WHERE c.id = ?"
    row = raw_connection().execute(sql, (contact_id,)).fetchone()
    return int(row[0]) if row and row[0] else None


def _chunks(ids: Sequence[int]) -> Iterable[tuple[Sequence[int], str]]:
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        yield chunk, ",".join("?" * len(chunk))


def refresh_contact_stats(contact_ids: Iterable[int]) -> None:
    """Recompute the denormalized figures and the search text of these contacts (inside a write)."""
    ids = sorted(set(contact_ids))
    if not ids:
        return
    conn = raw_connection()
    if len(ids) <= BULK:
        _refresh_each(conn, ids)
    else:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS refresh_ids (id INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM temp.refresh_ids")
        conn.executemany("INSERT INTO temp.refresh_ids (id) VALUES (?)", [(i,) for i in ids])
        _refresh_set(conn, "id IN (SELECT id FROM temp.refresh_ids)")
        conn.execute("DELETE FROM temp.refresh_ids")
    reindex_search(ids)


def refresh_all_contacts() -> None:
    """Recompute every contact's figures with set-based SQL (after a bulk load; see ``rebuild_search``)."""
    _refresh_set(raw_connection(), "")


def refresh_live_contacts() -> None:
    """Recompute the figures of every contact not in the trash (a trashed contact keeps the
    figures it had; restoring it recomputes them)."""
    _refresh_set(raw_connection(), "deleted_at IS NULL")


def _refresh_each(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    """Few contacts: read each one's figures with one query, then write them back."""
    figures = ", ".join(f"({sql.format(c='c')})" for sql in _STATS.values())
    read = f"SELECT {figures} FROM contact c WHERE c.id = ?"
    write = f"UPDATE contact SET {', '.join(f'{name} = ?' for name in _STATS)} WHERE id = ?"
    for contact_id in ids:
        row = conn.execute(read, (contact_id,)).fetchone()
        if row is not None:
            conn.execute(write, (*row, contact_id))
    for chunk, marks in _chunks(ids):
        _update_reconnect(conn, f"c.id IN ({marks})", chunk)


def _refresh_set(conn: sqlite3.Connection, where: str) -> None:
    """Many contacts (``where`` selects them; "" means all): one UPDATE for all the figures."""
    figures = ", ".join(f"{name} = ({sql.format(c='contact')})" for name, sql in _STATS.items())
    conn.execute(f"UPDATE contact SET {figures}" + (f" WHERE {where}" if where else ""))
    _update_reconnect(conn, f"c.{where}" if where else "", ())


def _update_reconnect(conn: sqlite3.Connection, where: str, params: Sequence[int]) -> None:
    """Recompute ``reconnect_due_on`` of the contacts ``where`` selects (alias ``c``)."""
    updates = []
    sql = f"{_RECONNECT_INPUTS} AND {where}" if where else _RECONNECT_INPUTS
    for cid, created, last, cadence, snoozed in conn.execute(sql, params):
        due = reconnect_due(
            parse_utc(last) if last else None,
            cadence,
            date.fromisoformat(snoozed) if snoozed else None,
            parse_utc(created),
        )
        updates.append((due.isoformat() if due else None, cid))
    conn.executemany("UPDATE contact SET reconnect_due_on = ? WHERE id = ?", updates)


def reindex_search(contact_ids: Iterable[int]) -> None:
    """Rewrite the search text of these contacts (inside the write that changed them)."""
    conn = raw_connection()
    for chunk, marks in _chunks(sorted(set(contact_ids))):
        conn.execute(f"DELETE FROM contact_fts WHERE rowid IN ({marks})", chunk)
        conn.execute(f"{_INSERT_SEARCH} {_SEARCH_ROWS} WHERE c.id IN ({marks})", chunk)


def drop_search(contact_ids: Iterable[int]) -> None:
    """Remove the search text of contacts deleted for good."""
    conn = raw_connection()
    for chunk, marks in _chunks(sorted(set(contact_ids))):
        conn.execute(f"DELETE FROM contact_fts WHERE rowid IN ({marks})", chunk)


def index_new_contacts(first_id: int) -> None:
    """Write the search text of every contact from ``first_id`` on (a bulk insert's new rows)."""
    raw_connection().execute(f"{_INSERT_SEARCH} {_SEARCH_ROWS} WHERE c.id >= ?", (first_id,))


def rebuild_search() -> None:
    """Rebuild every contact's search text from scratch (after a whole journal is loaded)."""
    conn = raw_connection()
    conn.execute("DELETE FROM contact_fts")
    conn.execute(f"{_INSERT_SEARCH} {_SEARCH_ROWS}")


# --- checking (read-only; ``journal.safety.consistency`` and the tests) -------------------------

_FTS_ROWS = "SELECT rowid AS id, name, organization, emails, tags, notes FROM contact_fts"


def stale_search(conn: sqlite3.Connection, limit: int = 100) -> list[int]:
    """Contacts whose search text is missing, left over, or not what their rows say (at most ``limit``)."""
    sql = f"""SELECT id FROM ({_FTS_ROWS} EXCEPT {_SEARCH_ROWS})
        UNION SELECT id FROM ({_SEARCH_ROWS} EXCEPT {_FTS_ROWS}) ORDER BY 1 LIMIT ?"""
    return [int(r[0]) for r in conn.execute(sql, (limit,))]


def stale_figures(conn: sqlite3.Connection, limit: int = 100) -> list[tuple[int, str]]:
    """(contact, column) of live contacts whose stored figures differ from a recount (at most ``limit``).

    ``reconnect_due_on`` is left out: it depends on the local time zone when it was computed."""
    recount = ", ".join(f"({sql.format(c='c')})" for sql in _STATS.values())
    stored = ", ".join(f"c.{name}" for name in _STATS)
    found: list[tuple[int, str]] = []
    for row in conn.execute(f"SELECT c.id, {stored}, {recount} FROM contact c WHERE c.deleted_at IS NULL"):
        count = len(_STATS)
        for i, name in enumerate(_STATS):
            if row[1 + i] != row[1 + count + i]:
                found.append((int(row[0]), name))
                if len(found) >= limit:
                    return found
    return found
