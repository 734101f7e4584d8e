"""A long change done in several short transactions that is still all or nothing.

A single transaction that writes 20,000 contacts holds SQLite's write lock for seconds,
and every other writer (the window saving a note) waits that long. A ``Batch`` does the
work in steps instead — each step its own short ``write()`` — and keeps, in the same
transaction as each step, an undo record in the journal itself (``meta`` rows
``batch.<token>.<step>``):

- the rows each step added, per table, as a rowid range: while a step holds the write
  lock nobody else inserts, so everything in ``(before, after]`` is the step's own;
- the contacts it changed, as they were before (a temporary trigger copies each row
  before its first update).

``finish`` removes the records in the last step's transaction, so a finished batch is
committed as a whole. ``undo`` takes every step back in one transaction: the contacts as
they were, the added rows deleted — except rows something else now points to (a note the
window logged for a new contact meanwhile) and contacts changed since by someone else,
which are kept and counted. A batch interrupted by a crash is found by
``undo_interrupted`` (run before the journal is used) and undone the same way, unless the
process that started it is still running.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import socket
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from journal import clock
from journal.db import raw_connection
from journal.db.fields import format_utc
from journal.services import derived
from journal.services.errors import QT_TRANSLATE_NOOP
from journal.services.events import Action, Entity, changes, write

log = logging.getLogger(__name__)

PREFIX = "batch."
_running: set[str] = set()  # batches this process is doing right now (a worker thread's import)
UNDONE = QT_TRANSLATE_NOOP(
    "Safety",
    "An import was interrupted before it finished (the app or the computer stopped), so what it "
    "had written was taken back: the journal is as it was before that import. Import the file "
    "again to bring its contacts in.",
)


@dataclass
class UndoReport:
    """What undoing a batch did."""

    token: str
    deleted: int = 0  # rows removed
    restored: int = 0  # contacts put back as they were
    kept: int = 0  # rows left because something else uses them or changed them since


def _tables(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables with rowids (no FTS shadow tables, no meta)."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [
        name
        for name, sql in rows
        if name != "meta"
        and not name.startswith("sqlite_")
        and name not in virtual
        and not any(name.startswith(f"{v}_") for v in virtual)
        and "WITHOUT ROWID" not in (sql or "").upper()
    ]


def _max_rowids(conn: sqlite3.Connection, tables: list[str]) -> dict[str, int]:
    return {t: int(conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{t}"').fetchone()[0]) for t in tables}


def _encode(value: Any) -> Any:
    return {"b64": base64.b64encode(value).decode()} if isinstance(value, bytes) else value


def _decode(value: Any) -> Any:
    return base64.b64decode(value["b64"]) if isinstance(value, dict) else value


class Batch:
    """One all-or-nothing change made of short transactions (``step``), see the module doc."""

    def __init__(self, kind: str) -> None:
        self.token = f"{kind}-{uuid.uuid4().hex[:12]}"
        self.steps = 0
        self.contact_ids: set[int] = set()
        _running.add(self.token)

    @contextmanager
    def step(self, *, last: bool = False) -> Iterator[None]:
        """One short transaction of the batch; ``last`` also commits the batch as a whole."""
        with write():
            conn = raw_connection()
            tables = _tables(conn)
            before = _max_rowids(conn, tables)
            conn.execute("DROP TABLE IF EXISTS temp.batch_before")
            conn.execute("CREATE TEMP TABLE batch_before AS SELECT * FROM main.contact WHERE 0")
            conn.execute(
                "CREATE TEMP TRIGGER IF NOT EXISTS batch_snapshot BEFORE UPDATE ON main.contact "
                "WHEN old.id NOT IN (SELECT id FROM temp.batch_before) BEGIN "
                "INSERT INTO batch_before SELECT * FROM main.contact WHERE id = old.id; END"
            )
            try:
                yield
                after = _max_rowids(conn, tables)
                columns = [d[0] for d in conn.execute("SELECT * FROM temp.batch_before LIMIT 0").description]
                changed = [
                    dict(zip(columns, map(_encode, row), strict=True))
                    for row in conn.execute("SELECT * FROM temp.batch_before")
                ]
            finally:
                conn.execute("DROP TRIGGER IF EXISTS temp.batch_snapshot")
            ranges = {t: [before[t], after[t]] for t in tables if after[t] > before[t]}
            self.contact_ids.update(
                range(ranges.get("contact", [0, 0])[0] + 1, ranges.get("contact", [0, 0])[1] + 1)
            )
            self.contact_ids.update(int(row["id"]) for row in changed)
            if last:
                conn.execute("DELETE FROM meta WHERE key LIKE ?", (f"{PREFIX}{self.token}.%",))
                _running.discard(self.token)
            else:
                record = {
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "at": format_utc(clock.now()),
                    "ranges": ranges,
                    "changed": changed,
                    "after": {str(r["id"]): _updated_at(conn, int(r["id"])) for r in changed},
                }
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    (f"{PREFIX}{self.token}.{self.steps:05d}", json.dumps(record)),
                )
            conn.execute("DROP TABLE IF EXISTS temp.batch_before")
        self.steps += 1

    def close(self) -> None:
        """The batch ended without committing any step: nothing to undo."""
        _running.discard(self.token)

    def undo(self) -> UndoReport:
        """Take every committed step back (one transaction)."""
        try:
            return undo_batch(self.token)
        finally:
            _running.discard(self.token)  # if undoing failed, the next start does it


def _updated_at(conn: sqlite3.Connection, contact_id: int) -> str | None:
    row = conn.execute("SELECT updated_at FROM contact WHERE id = ?", (contact_id,)).fetchone()
    return str(row[0]) if row and row[0] is not None else None


def _references(conn: sqlite3.Connection, tables: list[str]) -> dict[str, list[tuple[str, str]]]:
    """table -> [(child table, child column)] of the foreign keys pointing at it."""
    found: dict[str, list[tuple[str, str]]] = {}
    for child in tables:
        for row in conn.execute(f'PRAGMA foreign_key_list("{child}")'):
            found.setdefault(row[2], []).append((child, row[3]))
    return found


@dataclass
class _Undo:
    conn: sqlite3.Connection
    ranges: dict[str, list[list[int]]] = field(default_factory=dict)  # table -> every step's range
    report: UndoReport = field(default_factory=lambda: UndoReport(""))

    def ours(self, table: str, column: str = "rowid") -> str:
        spans = self.ranges.get(table, [])
        return " OR ".join(f"({column} > {lo} AND {column} <= {hi})" for lo, hi in spans) or "0"

    def _count(self, table: str, where: str) -> int:
        return int(self.conn.execute(f'SELECT count(*) FROM "{table}" WHERE {where}').fetchone()[0])

    def _delete(self, table: str, where: str) -> None:
        total = self._count(table, self.ours(table))
        gone = self.conn.execute(f'DELETE FROM "{table}" WHERE {where}').rowcount
        self.report.deleted += gone
        self.report.kept += total - gone

    def delete_added(self, tables: list[str]) -> list[int]:
        """Delete the rows the steps added, keeping what others use now; the contact ids deleted.

        A new contact something else points to (an entry logged for it meanwhile) is kept with
        everything the steps gave it; rows that nothing points to any more (an organization
        made for the new contacts) go.
        """
        refs = _references(self.conn, tables)
        to_contact: dict[str, list[str]] = {}
        for child, col in refs.get("contact", []):
            if child != "contact":
                to_contact.setdefault(child, []).append(col)
        # (Every such subquery leaves NULLs out: ``x IN (..., NULL)`` is NULL, never false, and
        # ``NOT NULL`` kept every row — an undone import's organizations stayed behind.)
        used = " OR ".join(
            f'id IN (SELECT "{col}" FROM "{child}" WHERE "{col}" IS NOT NULL AND NOT ({self.ours(child)}))'
            for child, cols in to_contact.items()
            for col in cols
        )
        contacts = f"({self.ours('contact')})" + (f" AND NOT ({used})" if used else "")
        deleted = [r[0] for r in self.conn.execute(f"SELECT id FROM contact WHERE {contacts}")]
        kept = f"SELECT id FROM contact WHERE ({self.ours('contact')}) AND NOT ({contacts})"
        for child, cols in to_contact.items():  # children first, but not those of a kept contact
            if child in self.ranges:
                spared = " AND ".join(f'coalesce("{col}", 0) NOT IN ({kept})' for col in cols)
                self._delete(child, f"({self.ours(child)}) AND {spared}")
        if "contact" in self.ranges:
            self._delete("contact", contacts)
        rest = [t for t in tables if t in self.ranges and t != "contact" and t not in to_contact]
        for table in _children_first(rest, refs):
            still = " OR ".join(
                f'rowid IN (SELECT "{col}" FROM "{child}" WHERE "{col}" IS NOT NULL)'
                for child, col in refs.get(table, [])
            )
            self._delete(table, f"({self.ours(table)})" + (f" AND NOT ({still})" if still else ""))
        return deleted


def _children_first(tables: list[str], refs: dict[str, list[tuple[str, str]]]) -> list[str]:
    """``tables`` ordered so that each comes after those of them that point at it (an organization's
    values before the organization: else they still point at it when its turn comes, and it is kept)."""
    left, ordered = list(tables), []
    while left:
        ready = [t for t in left if not any(c in left and c != t for c, _col in refs.get(t, []))] or left[:1]
        ordered += ready
        left = [t for t in left if t not in ready]
    return ordered


def _records(conn: sqlite3.Connection, token: str) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT value FROM meta WHERE key LIKE ? ORDER BY key DESC", (f"{PREFIX}{token}.%",))
    return [json.loads(r[0]) for r in rows]


def undo_batch(token: str) -> UndoReport:
    """Undo the committed steps of batch ``token`` in one transaction."""
    with write():
        conn = raw_connection()
        undo = _Undo(conn, report=UndoReport(token))
        records = _records(conn, token)
        restored: list[int] = []
        for record in records:  # newest step first
            for table, span in record["ranges"].items():
                undo.ranges.setdefault(table, []).append(span)
            for row in record["changed"]:
                cid = int(row["id"])
                if _updated_at(conn, cid) != record["after"].get(str(cid)):
                    undo.report.kept += 1  # changed by someone else since: theirs now
                    continue
                columns = [c for c in row if c != "id"]
                conn.execute(
                    f"UPDATE contact SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                    [*(_decode(row[c]) for c in columns), cid],
                )
                restored.append(cid)
        deleted = undo.delete_added(_tables(conn))
        conn.execute("DELETE FROM meta WHERE key LIKE ?", (f"{PREFIX}{token}.%",))
        derived.drop_search(deleted)
        derived.refresh_contact_stats(restored)
        undo.report.restored = len(restored)
        changes.emit(Entity.DATABASE, Action.IMPORTED)
    log.info("undid batch %s: %s", token, undo.report)
    return undo.report


def _owner_alive(record: dict[str, Any]) -> bool:
    if record.get("host") != socket.gethostname():
        return False  # a journal on a shared disk: that machine's process cannot finish it here
    pid = int(record.get("pid", 0))
    if pid <= 0 or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def undo_interrupted() -> list[UndoReport]:
    """Undo the batches a crash interrupted (their process is gone); run before using the journal."""
    conn = raw_connection()
    rows = conn.execute("SELECT key, value FROM meta WHERE key LIKE ?", (f"{PREFIX}%",)).fetchall()
    owners: dict[str, dict[str, Any]] = {}
    for key, value in rows:
        token = key[len(PREFIX) :].rsplit(".", 1)[0]
        owners.setdefault(token, json.loads(value))
    return [
        undo_batch(token)
        for token, record in owners.items()
        if token not in _running and not _owner_alive(record)
    ]
