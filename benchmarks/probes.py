"""What the benchmarks measure with: SQL statement counts, a cold page cache, memory.

- ``QueryCounter`` counts every SQL statement any thread runs on any ``sqlite3``
  connection opened after ``install()`` (a trace callback per connection), so a
  timed span can say how many queries it really ran.
- ``evict(path)`` drops the journal and its ``-wal`` from the OS page cache
  (``posix_fadvise(POSIX_FADV_DONTNEED)``); ``resident_fraction`` checks it worked.
- ``rss_mib()`` / ``peak_rss_mib()`` read ``/proc/self/status``.
"""

from __future__ import annotations

import ctypes
import mmap
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class QueryCounter:
    """Counts SQL statements on every connection made after ``install()`` (all threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.total = 0
        self._original = sqlite3.connect
        self.installed = False
        self.log: list[str] | None = None  # set to a list to keep the statements too

    def _trace(self, statement: str) -> None:
        if statement.startswith("--"):  # a trigger's body, reported as a comment line
            return
        with self._lock:
            self.total += 1
            if self.log is not None:
                self.log.append(statement)

    def watch(self, conn: sqlite3.Connection) -> None:
        """Count this already-open connection's statements too."""
        conn.set_trace_callback(self._trace)

    def install(self) -> None:
        """Wrap ``sqlite3.connect`` so every new connection is counted."""
        if self.installed:
            return
        original = self._original

        def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
            conn = original(*args, **kwargs)  # type: ignore[arg-type]
            conn.set_trace_callback(self._trace)
            return conn

        sqlite3.connect = connect  # type: ignore[assignment]
        self.installed = True

    @contextmanager
    def span(self) -> Iterator[list[int]]:
        """``with counter.span() as n:`` ... ``n[0]`` is the statements run inside."""
        box = [0]
        start = self.total
        try:
            yield box
        finally:
            box[0] = self.total - start


COUNTER = QueryCounter()

# ---------------------------------------------------------------------------- page cache


def journal_files(path: Path) -> list[Path]:
    """The journal and the files SQLite keeps beside it."""
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def evict(path: Path) -> None:
    """Drop the journal (and its -wal/-shm) from the OS page cache: the next read is cold."""
    for file in journal_files(path):
        fd = os.open(file, os.O_RDONLY)
        try:
            os.fsync(fd)  # dirty pages cannot be dropped; written ones can
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


_libc = ctypes.CDLL(None, use_errno=True)
_libc.mmap.restype = ctypes.c_void_p
_libc.mmap.argtypes = [
    ctypes.c_void_p,
    ctypes.c_size_t,
    ctypes.c_int,
    ctypes.c_int,
    ctypes.c_int,
    ctypes.c_long,
]
_libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
_libc.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p]


def resident_fraction(path: Path) -> float:
    """How much of the file is in the page cache (0..1), by ``mincore``; NaN if unknown."""
    size = path.stat().st_size
    if size == 0:
        return 0.0
    pages = (size + mmap.PAGESIZE - 1) // mmap.PAGESIZE
    fd = os.open(path, os.O_RDONLY)
    try:
        address = _libc.mmap(None, size, mmap.PROT_READ, mmap.MAP_SHARED, fd, 0)
        if address in (None, ctypes.c_void_p(-1).value):
            return float("nan")
        try:
            vec = (ctypes.c_ubyte * pages)()
            if _libc.mincore(address, size, vec) != 0:
                return float("nan")
            return sum(1 for v in bytes(vec) if v & 1) / pages
        finally:
            _libc.munmap(address, size)
    finally:
        os.close(fd)


def release_sqlite_cache(conn: sqlite3.Connection) -> None:
    """Empty this connection's own page cache too (a fresh start has none)."""
    conn.execute("PRAGMA shrink_memory")


# ---------------------------------------------------------------------------- memory


def _status_mib(key: str, pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def rss_mib(pid: int | str = "self") -> float:
    """Resident memory now, MiB."""
    return _status_mib("VmRSS", pid)


def peak_rss_mib(pid: int | str = "self") -> float:
    """Highest resident memory so far, MiB."""
    return _status_mib("VmHWM", pid)
