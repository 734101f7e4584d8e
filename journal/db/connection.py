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


def close_database() -> None:
    """Close this thread's connection to the journal, if open."""
    if database.database is not None and not database.is_closed():
        database.close()


def database_path() -> Path | None:
    """The open journal's file, or None."""
    name = database.database
    return Path(name) if name and name != ":memory:" else None
