"""The one database handle, opened late (``open_database``) and never at import."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee

from journal import paths
from journal.db.errors import DatabaseCorruptError

# Every thread gets its own SQLite connection (Peewee's default), so worker
# threads can read while the UI thread writes.
database = peewee.SqliteDatabase(None)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
RUNTIME_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -16_000,  # 16 MiB
    "temp_store": "memory",
}


def read_user_version(path: Path) -> int:
    """The schema version of an existing file, read without writing to it."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorruptError(
            f"{path} is damaged or is not a Networking Journal database ({exc})."
        ) from exc
    finally:
        conn.close()


def looks_like_sqlite(path: Path) -> bool:
    """True when the file starts with SQLite's header."""
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def create_private_file(path: Path) -> None:
    """Create an empty database file readable by the user only."""
    paths.ensure_private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def bind(path: Path) -> None:
    """Point the shared handle at ``path`` with the runtime pragmas."""
    if not database.is_closed():
        database.close()
    database.init(str(path), pragmas=RUNTIME_PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000)
    database.connect(reuse_if_open=True)


def raw_connection() -> sqlite3.Connection:
    """This thread's sqlite3 connection to the open journal (connecting first if needed)."""
    database.connect(reuse_if_open=True)
    conn: sqlite3.Connection = database.connection()
    return conn


# How many rows of each index ANALYZE looks at when ``optimize`` decides to run it:
# SQLite's advice for PRAGMA optimize (100..1000); milliseconds even on a million rows.
ANALYSIS_LIMIT = 400


def optimize() -> None:
    """Keep the planner's statistics fresh, as SQLite recommends: ``PRAGMA optimize``
    (bounded by ``analysis_limit``) before closing, and after bulk writes such as imports.

    Usually a no-op. It analyzes a table only when this connection's queries would have
    used statistics it lacks (never analyzed, or the table grew 25×). Never raises:
    a read-only, locked or full journal keeps its old statistics.
    """
    if database.database is None or database.is_closed():
        return
    conn: sqlite3.Connection = database.connection()
    if conn.in_transaction:
        return  # never inside someone's write
    try:
        timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute("PRAGMA busy_timeout = 200")  # the statistics can wait for a writer, not long
        try:
            conn.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
            conn.execute("PRAGMA optimize")
        finally:
            conn.execute("PRAGMA analysis_limit = 0")
            conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    except sqlite3.Error:
        pass


def close_database() -> None:
    """Close this thread's connection to the journal, if open (refreshing the planner's
    statistics first when they need it; see ``optimize``)."""
    if database.database is not None and not database.is_closed():
        optimize()
        database.close()


def database_path() -> Path | None:
    """The open journal's file, or None."""
    name = database.database
    return Path(name) if name and name != ":memory:" else None
