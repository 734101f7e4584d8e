"""A benchmark journal grown the way a user's grows, not bulk-built.

``demo.generate`` writes a journal in one go (indexes dropped and rebuilt in key
order, the search index rebuilt in one pass): its B-trees are packed and sorted,
which a journal that grew over years never is. So the demo rows are only the
*content*; this module replays them into a fresh journal created by the app,
with every index and trigger in place, in the order a person would have typed
them and in small transactions:

- contacts in the order they were added, a couple of hundred per transaction,
  each batch indexed for search the way the importer does it
  (``derived.index_new_contacts``);
- deals in the order they were opened;
- interactions in the order they were *logged*: most a little after they
  happened, one in eight back-filled weeks later, so ids follow time only
  roughly; 250 per transaction, so the FTS5 index is the result of thousands
  of small segments and its own automerge, as in real use;
- follow-ups in the order they were created.

No ``ANALYZE`` and no ``VACUUM``. Statistics, if any, come from the app
itself: the replay ends with one ordinary session through the services and
``db.close_database()``, which does what the app does when it closes.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

from journal import clock, db
from journal.services import calendar_views, demo, derived, search

CONTACT_BATCH = 200
INTERACTION_BATCH = 250
OTHER_BATCH = 500
# One in BACKFILL entries is logged weeks after it happened (typed up from notes later).
BACKFILL = 8


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]


def _copy(conn: sqlite3.Connection, table: str, where: str = "", params: tuple[object, ...] = ()) -> None:
    names = ", ".join(_columns(conn, table))
    sql = f"INSERT INTO main.{table} ({names}) SELECT {names} FROM scratch.{table}"
    conn.execute(sql + (f" WHERE {where}" if where else ""), params)


def _batches(conn: sqlite3.Connection, table: str, size: int) -> list[tuple[int, int]]:
    low, high = conn.execute(f"SELECT min(id), max(id) FROM scratch.{table}").fetchone()
    if low is None:
        return []
    return [(start, min(start + size - 1, high)) for start in range(low, high + 1, size)]


def _contacts(conn: sqlite3.Connection) -> None:
    for low, high in _batches(conn, "contact", CONTACT_BATCH):
        with db.database.atomic():
            _copy(conn, "contact", "id BETWEEN ? AND ?", (low, high))
            for child in ("contact_email", "contact_phone", "contact_tag"):
                _copy(conn, child, "contact_id BETWEEN ? AND ?", (low, high))
            derived.index_new_contacts(low)


def _by_order(conn: sqlite3.Connection, table: str, order: str) -> None:
    """Copy ``table`` in ``order`` (ids kept), ``OTHER_BATCH`` rows per transaction."""
    ids = [row[0] for row in conn.execute(f"SELECT id FROM scratch.{table} ORDER BY {order}")]
    names = ", ".join(_columns(conn, table))
    for start in range(0, len(ids), OTHER_BATCH):
        chunk = ids[start : start + OTHER_BATCH]
        marks = ",".join("?" * len(chunk))
        with db.database.atomic():
            conn.execute(
                f"INSERT INTO main.{table} ({names}) SELECT {names} FROM scratch.{table} "
                f"WHERE id IN ({marks}) ORDER BY {order}",
                chunk,
            )


def _interactions(conn: sqlite3.Connection) -> None:
    """Renumber the entries in the order they were logged and insert them in that order."""
    conn.execute("DROP TABLE IF EXISTS temp.replay")
    conn.execute("CREATE TEMP TABLE replay (new_id INTEGER PRIMARY KEY, old_id INTEGER NOT NULL)")
    conn.execute(
        f"""INSERT INTO temp.replay (new_id, old_id)
            SELECT row_number() OVER (ORDER BY logged, id), id FROM (
                SELECT id, CASE WHEN id % {BACKFILL} = 0
                    THEN datetime(occurred_at, printf('+%d days', 7 + (id * 7919) % 120))
                    ELSE datetime(occurred_at, printf('+%d minutes', (id * 104729) % 2880))
                END AS logged
                FROM scratch.interaction)"""
    )
    conn.execute("CREATE INDEX temp.replay_old ON replay (old_id)")
    names = _columns(conn, "interaction")
    picked = ", ".join("r.new_id" if n == "id" else f"i.{n}" for n in names)
    objection_names = [n for n in _columns(conn, "objection") if n != "id"]
    objection_picked = ", ".join("r.new_id" if n == "interaction_id" else f"o.{n}" for n in objection_names)
    (total,) = conn.execute("SELECT count(*) FROM temp.replay").fetchone()
    for low in range(1, total + 1, INTERACTION_BATCH):
        high = low + INTERACTION_BATCH - 1
        with db.database.atomic():
            conn.execute(
                f"INSERT INTO main.interaction ({', '.join(names)}) SELECT {picked} "
                "FROM temp.replay r JOIN scratch.interaction i ON i.id = r.old_id "
                "WHERE r.new_id BETWEEN ? AND ? ORDER BY r.new_id",
                (low, high),
            )
            conn.execute(
                f"INSERT INTO main.objection ({', '.join(objection_names)}) SELECT {objection_picked} "
                "FROM temp.replay r JOIN scratch.objection o ON o.interaction_id = r.old_id "
                "WHERE r.new_id BETWEEN ? AND ? ORDER BY r.new_id",
                (low, high),
            )
    conn.execute("DROP TABLE temp.replay")


def _first_session() -> None:
    """What a first session reads (the app's own queries), so that what the app does
    about statistics when it closes happens here too."""
    today = clock.today()
    for sort in search.CONTACT_SORTS:
        search.search_contacts(search.ContactFilter(sort=sort), today=today, limit=100)
        search.search_contacts(search.ContactFilter(text="ma", sort=sort), today=today, limit=100)
    search.count_contacts(search.ContactFilter(), today=today)
    search.timeline_page(limit=100)
    search.timeline_page(search.TimelineFilter(text="co"), limit=100)
    calendar_views.month_counts(today.year, today.month, today=today)
    from journal.services import followups, interactions

    followups.agenda(today)
    followups.overdue(today)
    heavy = db.database.execute_sql("SELECT min(id) FROM contact").fetchone()[0]
    interactions.interactions_for_contact(heavy, kind="networking", limit=100)
    interactions.interactions_for_contact(heavy, kind="sales", limit=100)


def grow(target: Path, size: demo.DemoSize, *, seed: int, log: bool = True) -> float:
    """Build the journal at ``target``; seconds taken."""
    started = time.perf_counter()
    scratch = target.with_name(target.stem + "-content.sqlite3")
    for path in (target, scratch):
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    db.open_database(scratch)
    demo.generate(size, seed=seed)
    db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close_database()
    if log:
        print(f"  content generated in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    db.open_database(target)  # the app creates the schema
    conn = db.raw_connection()
    conn.execute("PRAGMA synchronous = OFF")  # faster to build; the pages come out the same
    conn.execute("ATTACH DATABASE ? AS scratch", (str(scratch),))
    steps = [
        ("organizations and tags", lambda: [_copy(conn, t) for t in ("organization", "tag")]),
        ("contacts", lambda: _contacts(conn)),
        ("deals", lambda: _by_order(conn, "deal", "created_at, id")),
        ("deal history", lambda: _by_order(conn, "deal_stage_change", "changed_at, id")),
        ("interactions", lambda: _interactions(conn)),
        ("follow-ups", lambda: _by_order(conn, "follow_up", "date(due_date, '-9 days'), id")),
        ("introductions", lambda: _by_order(conn, "introduction", "occurred_on, id")),
        ("quotas", lambda: _by_order(conn, "quota", "period_start, id")),
    ]
    for name, step in steps:
        step_started = time.perf_counter()
        if name == "organizations and tags":
            with db.database.atomic():
                step()
        else:
            step()
        if log:
            print(f"  {name}: {time.perf_counter() - step_started:.0f} s", file=sys.stderr, flush=True)
    conn.execute("DETACH DATABASE scratch")
    conn.execute("PRAGMA synchronous = FULL")
    _first_session()
    db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close_database()
    for suffix in ("", "-wal", "-shm"):
        Path(str(scratch) + suffix).unlink(missing_ok=True)
    return time.perf_counter() - started


def today_iso() -> str:
    """The day a journal was grown (its follow-ups are relative to it)."""
    return date.today().isoformat()
