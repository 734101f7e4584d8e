"""Does the ``-wal`` file next to a journal belong to it? Decided before any read-write open.

SQLite merges every committed frame of a ``-wal`` file whose header and checksums are
valid into the main file at the next checkpoint, and silently ignores everything after
the first frame that does not check out. So a WAL left by *another* database (a copied
or restored file next to an old WAL) is merged in for good, and a WAL with garbage in
the middle loses every transaction after the garbage. ``inspect`` reads the WAL the way
SQLite does, frame by frame, and then holds it against the main file:

1. the header: magic, format version, page size (the same as the file's), checksum;
2. the frames: salts and the running checksum, as SQLite checks them. Past the first
   bad frame it keeps looking: a run of adjacent frames that chain to each other and hold
   a commit *followed by more frames of the run* means whole transactions that SQLite
   would drop (whoever wrote those frames had seen that commit), so the WAL is ``BROKEN``:
   refuse, keep both files. A run whose only commit is its last frame is not: a writer
   killed after writing its commit but before telling the other connections leaves such
   a tail, which the survivors write over from its start, so several kills layer several
   tails (each ending in a commit) — SQLite ignores them all;
3. against the main file: our journal never shrinks (no VACUUM), so the sizes the WAL's
   commits describe never decrease and the last one is never smaller than the file; and
   every page of the file beyond the first commit's size can only have come from this
   WAL's checkpoints, so it must equal one of the WAL's copies of that page — or be
   zeros, a hole the checkpoint made growing the file and has not filled yet. Page 1 must
   be the same kind of file (text encoding, application id) and not older than the
   file's own. A WAL that fails any of these is ``FOREIGN``;
4. ``probe``: SQLite itself, read-only, through the WAL: ``quick_check`` and the schema
   of a journal. Only when that fails while the file alone is fine is the WAL foreign.

A WAL that another process is using right now (it holds SQLite's shared lock on the
file) is that process's own and is trusted without reading it. Otherwise it is read
while ``held_still`` holds every SQLite lock byte of the file, so that no writer can start
while it is read: a WAL read while someone appends to it or starts it over is no evidence.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import struct
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from journal.db.connection import read_bytes, reads_through

WAL_HEADER = 32
FRAME_HEADER = 24
MAGIC_LITTLE = 0x377F0682  # checksums over little-endian words
MAGIC_BIG = 0x377F0683
VERSION = 3007000
DB_HEADER = 100
_MASK = 0xFFFFFFFF

NONE = "none"  # no WAL, or an empty one: nothing to merge
OK = "ok"
FOREIGN = "foreign"  # it belongs to another database: set it aside (kept), open the file without it
BROKEN = "broken"  # our WAL, but damaged in a way that would lose committed transactions: refuse
MAIN_DAMAGED = "main_damaged"  # the main file itself fails SQLite's check


@dataclass(frozen=True)
class WalVerdict:
    kind: str
    detail: str = ""  # technical, English, for logs and --details
    frames: int = 0  # frames SQLite would use (up to the last commit)
    commits: int = 0

    @property
    def usable(self) -> bool:
        """True when opening the journal with this WAL is safe."""
        return self.kind in (NONE, OK)


def wal_path(path: Path) -> Path:
    """The write-ahead log of the journal at ``path``."""
    return Path(f"{path}-wal")


def checksum(data: bytes, s1: int, s2: int, big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum of ``data`` (a multiple of 8 bytes), continuing from (s1, s2)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    pairs = iter(words)
    for x0, x1 in zip(pairs, pairs, strict=True):
        s1 = (s1 + x0 + s2) & _MASK
        s2 = (s2 + x1 + s1) & _MASK
    return s1, s2


@dataclass
class _Frame:
    offset: int  # of the page data in the WAL file
    pgno: int
    commit: int  # the database size in pages after this commit, 0 if not a commit frame


class _Reader:
    """One pass over a WAL file, as SQLite's recovery reads it."""

    def __init__(
        self, handle: object, size: int, page_size: int, big: bool, salts: bytes, seed: tuple[int, int]
    ):
        self.handle = handle
        self.size = size
        self.page_size = page_size
        self.big = big
        self.salts = salts
        self.seed = seed
        self.frames: list[_Frame] = []  # valid frames up to and including the last commit
        self.broken_at: int | None = None  # index of the first frame SQLite would stop at
        self.after_break: list[_Frame] = []  # later frames that still chain to their predecessor
        self.runs: list[list[_Frame]] = []  # after_break cut where a frame does not chain to the one before

    def _read(self, count: int) -> bytes:
        data: bytes = self.handle.read(count)  # type: ignore[attr-defined]
        return data

    def run(self) -> None:
        s1, s2 = self.seed
        pending: list[_Frame] = []
        index = 0
        stride = FRAME_HEADER + self.page_size
        previous_stored: bytes | None = None
        while WAL_HEADER + (index + 1) * stride <= self.size:
            header = self._read(FRAME_HEADER)
            page = self._read(self.page_size)
            pgno, commit = struct.unpack(">II", header[:8])
            frame = _Frame(WAL_HEADER + index * stride + FRAME_HEADER, pgno, commit)
            salts_match = header[8:16] == self.salts
            if self.broken_at is None:
                c1, c2 = checksum(header[:8] + page, s1, s2, self.big)
                if salts_match and pgno and struct.pack(">II", c1, c2) == header[16:24]:
                    s1, s2 = c1, c2
                    pending.append(frame)
                    if commit:
                        self.frames.extend(pending)
                        pending = []
                else:
                    self.broken_at = index
            elif salts_match and pgno and previous_stored is not None:
                p1, p2 = struct.unpack(">II", previous_stored)
                if struct.pack(">II", *checksum(header[:8] + page, p1, p2, self.big)) == header[16:24]:
                    self.after_break.append(frame)
                    if not self.runs or self.runs[-1][-1].offset != frame.offset - stride:
                        self.runs.append([])
                    self.runs[-1].append(frame)
            previous_stored = header[16:24]
            index += 1
        if self.broken_at is None and pending:
            self.broken_at = index  # an unfinished last transaction: SQLite ignores it too

    def lost_runs(self) -> list[list[_Frame]]:
        """The runs behind the first bad frame that prove committed transactions would be lost.

        A run is frames next to each other, each chaining to the one before. A commit with
        more frames of its run after it was seen as committed by whoever wrote those frames,
        so SQLite would drop a transaction that was saved: damage. A run whose only commit is
        its last frame is the tail of a transaction nobody ever saw committed (its writer was
        killed before telling the others, who then wrote over its beginning), and runs after
        each other are such tails layered by several kills: SQLite ignores them, and so do we.
        """
        return [run for run in self.runs if any(f.commit for f in run[:-1])]


def _page(path: Path, pgno: int, page_size: int) -> bytes:
    return read_bytes(path, (pgno - 1) * page_size, page_size)


def _wal_page(handle: object, frame: _Frame, page_size: int) -> bytes:
    handle.seek(frame.offset)  # type: ignore[attr-defined]
    data: bytes = handle.read(page_size)  # type: ignore[attr-defined]
    return data


def _against_main(path: Path, handle: object, reader: _Reader, main_size: int) -> str | None:
    """Why these frames cannot be this file's (None when they can)."""
    page_size = reader.page_size
    commits = [f.commit for f in reader.frames if f.commit]
    if not commits:
        return None
    if any(b < a for a, b in itertools.pairwise(commits)):
        return f"the WAL's database shrinks between commits ({commits[:6]}…)"
    main_pages = main_size // page_size
    if commits[-1] < main_pages:
        return f"the WAL describes {commits[-1]} pages, the file has {main_pages}"
    by_page: dict[int, list[_Frame]] = {}
    for frame in reader.frames:
        by_page.setdefault(frame.pgno, []).append(frame)
    # Pages past the first commit's size were not in the file when this WAL began: only a
    # checkpoint of this very WAL can have written them, so each is one of its copies.
    for pgno in range(commits[0] + 1, main_pages + 1):
        copies = by_page.get(pgno)
        if not copies:
            return f"page {pgno} of the file is not in the WAL that must have written it"
        content = _page(path, pgno, page_size)
        if content.count(0) == len(content):
            # A checkpoint first grows the file to the database's size, then copies each page
            # whose newest copy a reader's snapshot allows; a page written again since then
            # waits, as a hole of zeros, for a later checkpoint (SQLite reads it from the WAL).
            continue
        if all(_wal_page(handle, frame, page_size) != content for frame in copies):
            return f"page {pgno} of the file matches none of the WAL's copies of it"
    first = by_page.get(1)
    if first:
        return _page_one_problem(_page(path, 1, page_size), _wal_page(handle, first[-1], page_size))
    return None


def _page_one_problem(main: bytes, wal: bytes) -> str | None:
    if not wal.startswith(b"SQLite format 3\x00"):
        return "the WAL's page 1 is not a database header"
    encoding = main[56:60]
    if (encoding != b"\0\0\0\0" and wal[56:60] != encoding) or wal[68:72] != main[68:72]:
        return "the WAL's page 1 is another kind of file (text encoding or application id)"
    fields = {"change counter": 24, "schema cookie": 40, "user version": 60}
    for name, offset in fields.items():
        ours, theirs = (struct.unpack(">I", page[offset : offset + 4])[0] for page in (main, wal))
        if theirs < ours:  # these only ever grow
            return f"the WAL's page 1 is older than the file's ({name} {theirs} < {ours})"
    return None


def inspect(path: Path | str) -> WalVerdict:
    """Read the WAL next to ``path`` and decide whether it belongs to it (never writes)."""
    path = Path(path)
    wal = wal_path(path)
    try:
        size = wal.stat().st_size
    except FileNotFoundError:
        return WalVerdict(NONE)
    if size < WAL_HEADER:
        return WalVerdict(NONE, "shorter than a WAL header")
    main_size = path.stat().st_size if path.exists() else 0
    with open(wal, "rb") as handle:
        header = handle.read(WAL_HEADER)
        if header.count(0) == WAL_HEADER and size == WAL_HEADER:
            return WalVerdict(NONE, "an empty WAL header")
        magic, version, page_size, _seq = struct.unpack(">4I", header[:16])
        if magic not in (MAGIC_LITTLE, MAGIC_BIG):
            return WalVerdict(BROKEN, f"not a WAL header (magic {magic:#x})")
        if version != VERSION:
            return WalVerdict(BROKEN, f"unknown WAL format {version}")
        if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
            return WalVerdict(BROKEN, f"WAL page size {page_size}")
        big = magic == MAGIC_BIG
        if struct.pack(">II", *checksum(header[:24], 0, 0, big)) != header[24:32]:
            return WalVerdict(BROKEN, "the WAL header's checksum is wrong")
        if main_size >= DB_HEADER:
            db_page = struct.unpack(">H", read_bytes(path, 16, 2))[0]
            db_page = 65536 if db_page == 1 else db_page
            if db_page != page_size:
                return WalVerdict(FOREIGN, f"WAL page size {page_size}, the file's is {db_page}")
        reader = _Reader(handle, size, page_size, big, header[16:24], struct.unpack(">II", header[24:32]))
        reader.run()
        frames, commits = len(reader.frames), sum(1 for f in reader.frames if f.commit)
        lost_runs = reader.lost_runs()
        if lost_runs:
            lost = sum(1 for run in lost_runs for f in run if f.commit)
            return WalVerdict(
                BROKEN,
                f"frame {reader.broken_at} does not check out; {lost} committed transactions follow it",
                frames,
                commits,
            )
        if not frames:
            return WalVerdict(NONE, "no committed frames", 0, 0)
        if main_size >= DB_HEADER:
            reason = _against_main(path, handle, reader, main_size)
            if reason is not None:
                return WalVerdict(FOREIGN, reason, frames, commits)
    return WalVerdict(OK, "", frames, commits)


def _check(uri: str, tables: set[str]) -> str | None:
    conn = sqlite3.connect(uri, uri=True, timeout=10)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        if rows != ["ok"]:
            return "; ".join(rows)
        found = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) and not found >= tables:
            return f"tables {sorted(found)[:6]}"
        return None
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def probe(path: Path | str, tables: set[str]) -> WalVerdict:
    """Ask SQLite, read-only, whether the file and its WAL make a healthy journal together.

    ``tables``: names a journal always has. Creates at most a ``-shm`` index (not data).
    """
    path = Path(path)
    uri = path.resolve().as_uri()
    combined = _check(f"{uri}?mode=ro", tables)
    if combined is None:
        return WalVerdict(OK)
    alone = _check(f"{uri}?mode=ro&immutable=1", tables)
    if alone is None:
        return WalVerdict(FOREIGN, f"with its WAL the file fails SQLite's check: {combined}")
    return WalVerdict(MAIN_DAMAGED, alone)


PENDING_BYTE = 0x40000000  # SQLite's lock bytes: PENDING, RESERVED, then 510 SHARED bytes


def flock_struct(kind: int, start: int, length: int) -> bytes:
    """A ``struct flock`` for ``fcntl`` (its field order differs between Linux and the BSDs)."""
    if sys.platform.startswith(("darwin", "freebsd", "openbsd", "netbsd")):
        return struct.pack("qqihh", start, length, 0, kind, os.SEEK_SET)
    return struct.pack("hhqqi4x", kind, os.SEEK_SET, start, length, 0)


def flock_kind(data: bytes) -> int:
    """The lock type of a ``struct flock`` that ``F_GETLK`` filled in."""
    if sys.platform.startswith(("darwin", "freebsd", "openbsd", "netbsd")):
        return int(struct.unpack("qqihh", data)[3])
    return int(struct.unpack("hhqqi4x", data)[0])


def in_use_elsewhere(path: Path | str) -> bool | None:
    """Whether another process has the journal open (SQLite's shared lock on the file).

    ``None`` where this cannot be told (not POSIX). Never asks about a file this process
    has open through SQLite: closing our descriptor would drop its locks (POSIX rule).
    """
    if os.name != "posix":
        return None
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, flock_struct(fcntl.F_WRLCK, PENDING_BYTE, 512))
        return flock_kind(answer) != fcntl.F_UNLCK
    except OSError:
        return None
    finally:
        os.close(fd)


@contextmanager
def held_still(path: Path | str) -> Iterator[bool | None]:
    """Hold every SQLite lock byte of ``path``: no connection can start reading or writing it.

    Yields True while held, False when another process has the journal open (then it is
    theirs), None where this cannot be done (not POSIX, a file we may not write to). Never
    for a file this process has open through SQLite (closing our descriptor drops its locks).
    """
    if os.name != "posix":
        yield None
        return
    import fcntl

    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        yield None
        return
    try:
        try:
            fcntl.fcntl(fd, fcntl.F_SETLK, flock_struct(fcntl.F_WRLCK, PENDING_BYTE, 512))
        except OSError:
            yield False
            return
        with reads_through(path, fd):  # another descriptor closed would drop the lock
            yield True
    finally:
        os.close(fd)  # releases the lock


Mover = Callable[[Path], Path]
