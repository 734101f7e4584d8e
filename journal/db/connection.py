"""The one database handle, opened late (``open_database``) and never at import.

How a write transaction starts (every ``database.atomic()``, so every ``write()``):
``BEGIN IMMEDIATE``, which takes SQLite's write lock at once instead of on the first
write (a plain ``BEGIN`` fails with "database is locked" without waiting when another
writer got there first). While another connection holds the lock we poll every
``POLL_MS`` and tell the ``WriteWaitObserver`` (the window shows a progress, the command
line a line), up to ``WRITE_WAIT_LIMIT`` seconds; then ``WriterBusyError`` says so.

Errors: SQLite's "disk is full" becomes ``DiskFullError``, a damaged page
``JournalDamagedError`` (both ``journal.errors``). When SQLite has already rolled a
transaction back by itself (it does after a full disk), the ROLLBACK that follows is
skipped instead of failing with "cannot rollback - no transaction is active" and hiding
the real error.

POSIX drops *all* of a process's locks on a file when *any* descriptor of it is closed.
So while this process has the journal open through SQLite, its bytes are read through one
descriptor kept open meanwhile (``read_bytes``), never by opening and closing the file.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

import peewee

from journal import errors, paths
from journal.db import verdicts
from journal.db.errors import DatabaseCorruptError

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
POLL_MS = 100  # how long one attempt at the write lock waits
WRITE_WAIT_LIMIT = 30.0  # seconds; a chunked import lets writes through far sooner
JOURNAL_TABLES = frozenset({"contact", "interaction"})
RUNTIME_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -16_000,  # 16 MiB
    "temp_store": "memory",
}


class WriteWaitObserver(Protocol):
    """Told while a write waits for another writer (called on the waiting thread)."""

    def waiting(self, elapsed: float, limit: float) -> None:
        """Still waiting after ``elapsed`` seconds (of at most ``limit``)."""

    def finished(self, acquired: bool) -> None:
        """The wait is over: the lock was taken, or the limit was reached."""


_observer: WriteWaitObserver | None = None


def write_wait_observer() -> WriteWaitObserver | None:
    """Who hears about waits for the write lock now."""
    return _observer


def set_write_wait_observer(observer: WriteWaitObserver | None) -> WriteWaitObserver | None:
    """Who hears about waits for the write lock (one for the process); returns the previous one."""
    global _observer
    previous, _observer = _observer, observer
    return previous


# -- which files this process has open, and reading them safely ---------------------------------------

_files_lock = threading.Lock()
_open_counts: dict[tuple[int, int], int] = {}
_pinned: dict[tuple[int, int], int] = {}  # one read-only descriptor per file open here
_conn_keys: dict[int, tuple[int, int]] = {}
_lent: set[int] = set()  # descriptors in _pinned that belong to ``reads_through`` callers


def _file_key(path: Path | str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def open_here(path: Path | str) -> bool:
    """True while this process has the file open through the journal handle."""
    key = _file_key(path)
    with _files_lock:
        return key is not None and _open_counts.get(key, 0) > 0


def read_bytes(path: Path | str, offset: int, size: int) -> bytes:
    """``size`` bytes of the file at ``offset`` (fewer at its end), never dropping SQLite's locks."""
    key = _file_key(path)
    with _files_lock:
        fd = _pinned.get(key) if key is not None else None
        if fd is not None:
            return os.pread(fd, size, offset)
    with open(path, "rb") as handle:
        handle.seek(offset)
        return handle.read(size)


@contextmanager
def reads_through(path: Path | str, fd: int) -> Iterator[None]:
    """Meanwhile ``read_bytes(path, …)`` reads through ``fd``, opening and closing no other descriptor.

    For code that holds POSIX locks on the file through ``fd``: closing any descriptor of
    a file drops every lock this process holds on it.
    """
    key = _file_key(path)
    with _files_lock:
        mine = key is not None and key not in _pinned
        if mine:
            _pinned[key] = fd  # type: ignore[index]
            _lent.add(fd)
    try:
        yield
    finally:
        if mine:
            with _files_lock:
                _lent.discard(fd)
                if _pinned.get(key) == fd:  # type: ignore[arg-type]
                    _pinned.pop(key, None)  # type: ignore[arg-type]


def _track_open(conn: sqlite3.Connection, path: str) -> None:
    key = _file_key(path)
    if key is None:
        return
    with _files_lock:
        _conn_keys[id(conn)] = key
        _open_counts[key] = _open_counts.get(key, 0) + 1
        if key not in _pinned:
            try:
                _pinned[key] = os.open(path, os.O_RDONLY)
            except OSError:
                pass


def _track_close(conn: sqlite3.Connection, path: str) -> None:
    with _files_lock:
        key = _conn_keys.pop(id(conn), None)
        if key is None:
            return
        left = _open_counts.get(key, 1) - 1
        if left > 0:
            _open_counts[key] = left
            return
        _open_counts.pop(key, None)
        fd = _pinned.pop(key, None)
        if fd in _lent:  # not ours to close: its owner closes it
            fd = None
    if fd is not None:
        os.close(fd)  # no connection of ours holds locks on it any more
    verdicts.bless(path)  # the journal as this process left it keeps its checked verdict


# -- the handle ---------------------------------------------------------------------------------------


def _folder_of(db: peewee.SqliteDatabase) -> Path:
    name = db.database
    return Path(name).parent if name and name != ":memory:" else Path.cwd()


class JournalDatabase(peewee.SqliteDatabase):
    """Peewee's SQLite handle with the journal's transaction start and error translation."""

    def _connect(self) -> sqlite3.Connection:
        try:
            conn: sqlite3.Connection = super()._connect()
        except sqlite3.Error as exc:
            converted = translate(exc, self.database)
            if converted is exc:
                raise
            raise converted from exc
        _track_open(conn, self.database)
        return conn

    def _close(self, conn: sqlite3.Connection) -> None:
        try:
            super()._close(conn)
        finally:
            _track_close(conn, self.database)

    def begin(self, lock_type: str | None = None) -> None:
        """``BEGIN IMMEDIATE`` for every transaction (each may write), waiting for another writer."""
        with peewee.__exception_wrapper__:
            begin_immediate(self.connection(), folder=_folder_of(self))

    def commit(self) -> None:
        """COMMIT; a full disk at this point is ``DiskFullError``."""
        try:
            super().commit()
        except peewee.PeeweeException as exc:
            raise translate(exc, self.database) from exc

    def rollback(self) -> None:
        """ROLLBACK, unless SQLite already rolled back by itself (after a full disk)."""
        if not self.is_closed() and not self.connection().in_transaction:
            log.warning("SQLite had already rolled the transaction back")
            return
        super().rollback()

    def execute_sql(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        """Run ``sql``; SQLite's full disk and damaged pages come out as ``journal.errors`` types."""
        rollback = sql.lstrip()[:8].upper() == "ROLLBACK"
        if rollback and not self.is_closed() and not self.connection().in_transaction:
            # the savepoint went with the whole transaction, which SQLite rolled back itself
            log.warning("skipped %s: SQLite had already rolled back", sql.strip()[:40])
            return self.cursor()
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except peewee.PeeweeException as exc:
            raise translate(exc, self.database) from exc


def translate(exc: BaseException, database_name: str | None = None) -> BaseException:
    """``DiskFullError`` / ``JournalDamagedError`` for SQLite's full disk or damaged page, else ``exc``."""
    name = database_name or database.database or ""
    folder = Path(name).parent if name and name != ":memory:" else Path.cwd()
    if errors.disk_full(exc, folder):
        return errors.DiskFullError(folder)
    if errors.corrupt(exc) and name:
        return errors.JournalDamagedError(name, str(exc))
    return exc


def begin_immediate(conn: sqlite3.Connection, *, folder: Path | None = None) -> None:
    """``BEGIN IMMEDIATE`` on ``conn``, waiting visibly for another writer (see the module doc)."""
    conn.execute(f"PRAGMA busy_timeout = {POLL_MS}")
    start = time.monotonic()
    waited = False
    observer = _observer
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if errors.disk_full(exc):
                    raise errors.DiskFullError(folder or Path.cwd()) from exc
                if not errors.busy(exc):
                    raise
                elapsed = time.monotonic() - start
                if elapsed >= WRITE_WAIT_LIMIT:
                    log.warning("gave up waiting for the write lock after %.1f s", elapsed)
                    raise errors.WriterBusyError(WRITE_WAIT_LIMIT) from exc
                if not waited:
                    log.info("waiting for another writer")
                waited = True
                if observer is not None:
                    observer.waiting(elapsed, WRITE_WAIT_LIMIT)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if waited and observer is not None:
            observer.finished(conn.in_transaction)


# Every thread gets its own SQLite connection (Peewee's default), so worker
# threads can read while the UI thread writes.
database = JournalDatabase(None)


def read_user_version(path: Path) -> int:
    """The schema version of an existing file, read without writing to it."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        if errors.disk_full(exc, path.parent):
            raise errors.DiskFullError(path.parent) from exc
        raise DatabaseCorruptError(
            f"{path} is damaged or is not a Networking Journal database ({exc})."
        ) from exc
    finally:
        conn.close()


def looks_like_sqlite(path: Path) -> bool:
    """True when the file starts with SQLite's header."""
    return read_bytes(path, 0, len(SQLITE_HEADER)) == SQLITE_HEADER


def create_private_file(path: Path) -> None:
    """Create an empty database file readable by the user only (and its folder, if missing)."""
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
