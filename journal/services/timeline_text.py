"""The timeline's text search: the newest entries matching the typed words, fast for
any word, common or rare.

Two ways to find one page, chosen by how common the words are:

- **Scan** (common words — one or two letters match most entries): walk the timeline
  newest first a chunk at a time and test each chunk's text with FTS5 itself, in a
  small temporary full-text table of the same tokenizer (``temp.timeline_probe``).
  The answer is exactly what the journal's index would say, and a page of a common
  word is found after a few hundred entries: milliseconds, however many entries
  match in all.
- **Index** (rare words): what a chunk does not fill is read through the journal's
  FTS5 index (``interaction_fts``), which is cheap exactly when matches are few.
  The old way for everything — count the matches, then join or walk the whole match
  set — cost 40–170 ms for one or two letters on a million entries, because FTS5
  has to merge the lists of every word that starts with them.

Both return rows in timeline order, so a page may start with scanned rows and
continue with indexed ones after the last scanned entry.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from journal.db import database, fts, raw_connection

FIRST_CHUNK = 400  # enough for a page of any word that most entries contain
MAX_SCAN = 2400  # past this many entries the index is the cheaper way
FEW_MATCHES = 3000  # as in search._match_clause: drive from the index below this

_PROBE = f"""CREATE VIRTUAL TABLE IF NOT EXISTS temp.timeline_probe USING fts5(
    summary, notes, content='', tokenize='{fts.TOKENIZE}')"""
_CHUNK = "CREATE TEMP TABLE IF NOT EXISTS timeline_chunk (id INTEGER PRIMARY KEY, occurred_at TEXT)"
Key = tuple[str, int]  # (occurred_at as stored, id): the timeline's keyset position


def _keyset(after: Key | None) -> tuple[str, list[Any]]:
    if after is None:
        return "i.occurred_at <= ?", ["9999-12-31"]
    # the plain bound lets SQLite seek the occurred_at index; the row value breaks ties
    return "i.occurred_at <= ? AND (i.occurred_at, i.id) < (?, ?)", [after[0], after[0], after[1]]


def _scan_chunk(
    conn: sqlite3.Connection, where: str, params: Sequence[Any], match: str, after: Key | None, size: int
) -> tuple[list[int], Key | None, int]:
    """Test the next ``size`` entries after ``after``: the ids that match, in order,
    the last entry looked at, and how many were looked at."""
    conn.execute("DELETE FROM temp.timeline_chunk")
    conn.execute("INSERT INTO temp.timeline_probe(timeline_probe) VALUES ('delete-all')")
    keyset, keyset_params = _keyset(after)
    conn.execute(
        f"""INSERT INTO temp.timeline_chunk (id, occurred_at)
            SELECT i.id, i.occurred_at FROM interaction i WHERE {where} AND {keyset}
            ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?""",
        [*params, *keyset_params, size],
    )
    conn.execute(
        # CROSS JOIN: from the chunk to the entries (the planner, knowing nothing of the
        # temporary table, could otherwise walk every entry and look each one up in it)
        """INSERT INTO temp.timeline_probe (rowid, summary, notes)
           SELECT i.id, i.summary, i.notes
           FROM temp.timeline_chunk CROSS JOIN interaction i ON i.id = timeline_chunk.id"""
    )
    count, last_at, last_id = conn.execute(
        """SELECT (SELECT count(*) FROM temp.timeline_chunk), occurred_at, id FROM temp.timeline_chunk
           ORDER BY occurred_at, id LIMIT 1"""
    ).fetchone() or (0, None, None)
    hits = conn.execute(
        """SELECT s.id FROM temp.timeline_chunk s
           WHERE s.id IN (SELECT rowid FROM temp.timeline_probe WHERE timeline_probe MATCH ?)
           ORDER BY s.occurred_at DESC, s.id DESC""",
        (match,),
    ).fetchall()
    last = (str(last_at), int(last_id)) if last_id is not None else None
    return [int(h[0]) for h in hits], last, int(count)


def matching_ids(
    where: str, params: Sequence[Any], text: str, *, after: Key | None, limit: int
) -> list[int] | None:
    """Ids of the newest ``limit`` entries after ``after`` that match ``where`` (SQL on
    ``interaction i``, with ``params``) and contain the words of ``text``, in timeline
    order; None when ``text`` has nothing to search for."""
    match = fts.match_expression(text)
    if not match:
        return None
    conn = raw_connection()
    conn.execute(_PROBE)
    conn.execute(_CHUNK)
    try:
        return _page(conn, where, params, match, after, limit)
    finally:  # the copies are only needed for this page
        conn.execute("DELETE FROM temp.timeline_chunk")
        conn.execute("INSERT INTO temp.timeline_probe(timeline_probe) VALUES ('delete-all')")


def _page(
    conn: sqlite3.Connection, where: str, params: Sequence[Any], match: str, after: Key | None, limit: int
) -> list[int]:
    found: list[int] = []
    scanned, size, position = 0, FIRST_CHUNK, after
    while True:
        hits, last, looked = _scan_chunk(conn, where, params, match, position, size)
        found.extend(hits)
        scanned += looked
        if len(found) >= limit or looked < size or last is None:
            return found[:limit]  # a full page, or the end of the timeline
        position = last
        # how many more entries a page needs at the density seen so far
        needed = (limit - len(found)) * scanned / len(found) if found else float("inf")
        if scanned + needed > MAX_SCAN:
            return found + _from_index(where, params, match, position, limit - len(found))
        size = min(MAX_SCAN - scanned, max(FIRST_CHUNK, int(needed * 1.2)))


def _from_index(where: str, params: Sequence[Any], match: str, after: Key, limit: int) -> list[int]:
    """The next ``limit`` matches after ``after``, through the journal's index."""
    conn = raw_connection()
    matches = fts.matches_up_to(database, "interaction", match, FEW_MATCHES)
    if matches == 0:
        return []
    # Few: drive from the index and sort them. Many: walk the timeline's own index in
    # order and test each entry against the match set (the unary "+" keeps SQLite from
    # driving from the match list then).
    column = "i.id" if matches <= FEW_MATCHES else "+i.id"
    keyset, keyset_params = _keyset(after)
    sql = f"""SELECT i.id FROM interaction i WHERE {where}
              AND {column} IN (SELECT rowid FROM interaction_fts WHERE interaction_fts MATCH ?)
              AND {keyset} ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?"""
    rows = conn.execute(sql, [*params, match, *keyset_params, limit]).fetchall()
    return [int(r[0]) for r in rows]
