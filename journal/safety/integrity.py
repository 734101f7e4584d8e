"""Is this file a healthy journal? Checked without ever writing to it.

``diagnose(path)`` looks at the raw header, the size, the write-ahead log
(``-wal``) and then asks SQLite, read-only, for ``PRAGMA quick_check``.
``full_check(path)`` adds ``integrity_check`` and ``foreign_key_check`` (Help >
Check database, ``networking-journal check``). ``move_aside(path)`` renames a
damaged file (with its ``-wal``/``-shm``) so a fresh or restored journal can
take its place while the damaged one is kept.

SQLite creates a ``-shm`` index next to a WAL file even for read-only readers;
that is not part of the data and is rebuilt from the WAL.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from journal import db, errors
from journal.db import verdicts, wal
from journal.db.connection import JOURNAL_TABLES as _JOURNAL_TABLES
from journal.db.connection import SQLITE_HEADER, read_bytes
from journal.db.migrations import SCHEMA_VERSION
from journal.files import set_aside_name
from journal.safety.errors import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
T = TypeVar("T")

HEADER_SIZE = 100
JOURNAL_TABLES = set(_JOURNAL_TABLES)

# What went wrong, in plain words (context "Safety"). {name} is the file name.
EMPTY = "empty"
NOT_DATABASE = "not_database"
BAD_HEADER = "bad_header"
TRUNCATED = "truncated"
DAMAGED = "damaged"
FOREIGN_WAL = "foreign_wal"
DAMAGED_WAL = "damaged_wal"
NOT_JOURNAL = "not_journal"
FUTURE_SCHEMA = "future_schema"
UNREADABLE = "unreadable"
FOLDER = "folder"

MESSAGES = {
    EMPTY: QT_TRANSLATE_NOOP("Safety", "The journal file {name} is empty (0 bytes): its contents were lost."),
    NOT_DATABASE: QT_TRANSLATE_NOOP(
        "Safety", "The file {name} is not a journal database: it holds something else entirely."
    ),
    BAD_HEADER: QT_TRANSLATE_NOOP(
        "Safety", "The beginning of the journal file {name} is damaged, so it cannot be read safely."
    ),
    TRUNCATED: QT_TRANSLATE_NOOP(
        "Safety", "The journal file {name} is shorter than it should be: part of it was cut off."
    ),
    DAMAGED: errors.DAMAGED_TEMPLATE,  # the words of every refusal, and of damage met while working
    FOREIGN_WAL: QT_TRANSLATE_NOOP(
        "Safety",
        "Next to the journal file {name} there is a recent-changes file (ending in -wal) that "
        "belongs to a different file. Using it would mix two journals.",
    ),
    DAMAGED_WAL: QT_TRANSLATE_NOOP(
        "Safety",
        "The recent-changes file of {name} (ending in -wal) is damaged, so it cannot be read safely.",
    ),
    NOT_JOURNAL: QT_TRANSLATE_NOOP(
        "Safety", "The file {name} is a database, but not a Networking Journal database."
    ),
    FUTURE_SCHEMA: QT_TRANSLATE_NOOP(
        "Safety",
        "The journal {name} was written by a newer version of Networking Journal. Install the "
        "newer version to open it. The file has not been changed.",
    ),
    UNREADABLE: QT_TRANSLATE_NOOP(
        "Safety", "The journal file {name} cannot be read. Check that the disk is connected and readable."
    ),
    FOLDER: QT_TRANSLATE_NOOP(
        "Safety",
        "{name} is a folder, not a journal file. Give the journal file itself (for example "
        "journal.sqlite3 in that folder).",
    ),
}


@dataclass(frozen=True)
class Problem:
    kind: str
    path: Path
    detail: str = ""  # technical, English, for logs and the command line

    @property
    def template(self) -> str:
        """The English message for this kind of problem, with a ``{name}`` placeholder."""
        return MESSAGES[self.kind]

    @property
    def message(self) -> str:
        """The message naming the file."""
        return self.template.format(name=self.path.name)

    @property
    def damaged(self) -> bool:
        """Damage (offer restore / start empty) as opposed to "not ours" or "too new"."""
        return self.kind not in (FUTURE_SCHEMA, UNREADABLE, FOREIGN_WAL, FOLDER)

    @property
    def refuses_open(self) -> bool:
        """False only for a foreign WAL next to a healthy file: opening sets that WAL aside."""
        return self.kind != FOREIGN_WAL


@dataclass
class CheckReport:
    path: Path
    problem: Problem | None = None
    findings: list[str] = field(default_factory=list)  # integrity_check / foreign_key_check rows
    schema_version: int = 0
    contacts: int = 0
    interactions: int = 0

    @property
    def ok(self) -> bool:
        """True when no check found anything."""
        return self.problem is None and not self.findings


# -- raw file checks --------------------------------------------------------------------------------


def _page_size(header: bytes) -> int:
    value = struct.unpack(">H", header[16:18])[0]
    return 65536 if value == 1 else value


def _header_problem(path: Path, header: bytes, size: int, wal_size: int) -> Problem | None:
    if len(header) < HEADER_SIZE:
        kind = (
            TRUNCATED if header and SQLITE_HEADER.startswith(header[: len(SQLITE_HEADER)]) else NOT_DATABASE
        )
        return Problem(kind, path, f"only {size} bytes")
    if header[:16] != SQLITE_HEADER:
        same = sum(a == b for a, b in zip(header[:16], SQLITE_HEADER, strict=True))
        looks_sqlite = same >= 8 or header[21:24] == b"\x40\x20\x20"
        return Problem(BAD_HEADER if looks_sqlite else NOT_DATABASE, path, f"header {header[:16]!r}")
    page_size = _page_size(header)
    if page_size < 512 or page_size & (page_size - 1) or header[21:24] != b"\x40\x20\x20":
        return Problem(BAD_HEADER, path, f"page size {page_size}, payload fractions {header[21:24]!r}")
    # Encoding 0 = not chosen yet (a new file whose first page still lives in the WAL).
    if header[18] not in (1, 2) or header[19] not in (1, 2) or header[56:59] != b"\0\0\0" or header[59] > 3:
        return Problem(BAD_HEADER, path, "bad format version or text encoding")
    if size % page_size:
        return Problem(TRUNCATED, path, f"{size} bytes is not a whole number of {page_size}-byte pages")
    counter, pages, valid_for = (struct.unpack(">I", header[o : o + 4])[0] for o in (24, 28, 92))
    # With a WAL the file may legitimately lag behind (crash mid-checkpoint): SQLite repairs that.
    if pages and counter == valid_for and size < pages * page_size and wal_size == 0:
        return Problem(TRUNCATED, path, f"{size} bytes, header says {pages} pages of {page_size}")
    return None


def _wal_problem(path: Path) -> Problem | None:
    """Whether the write-ahead log belongs to this file and is whole (``journal.db.wal``)."""
    verdict = db.check_wal(path)
    if verdict.kind == wal.BROKEN:
        return Problem(DAMAGED_WAL, path, verdict.detail)
    if verdict.kind == wal.MAIN_DAMAGED:
        return Problem(DAMAGED, path, verdict.detail)
    if verdict.kind == wal.FOREIGN:
        return Problem(FOREIGN_WAL, path, verdict.detail)
    return None


def connect_read_only(path: Path, *, timeout: float = 10, locked: bool = False) -> sqlite3.Connection:
    """A connection that cannot write.

    ``locked``: through SQLite's locks, as every other program reads the file (SQLite
    creates -wal/-shm next to it). Otherwise a file without a -wal, which no program has
    open at this moment, is read as immutable: no side files appear next to it, but a
    program that starts writing while it is read is not seen — ``read_steadily`` notices.
    """
    uri = Path(path).resolve().as_uri()
    if locked or Path(f"{path}-wal").exists():
        return sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout)
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=timeout)


def _stamp(path: Path) -> tuple[int, int, int, bool] | None:
    """What changes when any program writes the file (a writer creates the -wal first)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns, Path(f"{path}-wal").exists()


def read_steadily(path: Path, read: Callable[[sqlite3.Connection], T], *, timeout: float = 10) -> T:
    """``read(conn)`` on a read-only connection, true to the file even when another program
    starts writing it meanwhile (the window, an import, a sync).

    An immutable read (no side files) counts only when the file did not change while it
    ran; otherwise it is repeated through SQLite's locks. Raises ``sqlite3.Error``.
    """
    path = Path(path)
    before = _stamp(path)
    locked = before is None or before[3]
    conn = connect_read_only(path, timeout=timeout, locked=locked)
    try:
        result = read(conn)
    except sqlite3.DatabaseError:
        if locked or _stamp(path) == before:
            raise
    else:
        if locked or _stamp(path) == before:
            return result
    finally:
        conn.close()
    log.info("%s changed while it was read; reading it again through SQLite's locks", path.name)
    conn = connect_read_only(path, timeout=timeout, locked=True)
    try:
        return read(conn)
    finally:
        conn.close()


def read_counts(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """(live contacts, live interactions, schema version) of an open journal file."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    counts = []
    for table in ("contact", "interaction"):
        try:
            row = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()
            counts.append(int(row[0]))
        except sqlite3.Error:
            counts.append(0)
    return counts[0], counts[1], version


def _failure(path: Path, exc: sqlite3.Error) -> Problem:
    """What an error of SQLite's while reading the file says about it."""
    text = str(exc).lower()
    unreadable = not isinstance(exc, sqlite3.DatabaseError) or "unable to open" in text or "disk i/o" in text
    return Problem(UNREADABLE if unreadable else DAMAGED, path, str(exc))


def _sqlite_problem(path: Path, quick: bool, *, without_wal: bool = False) -> tuple[Problem | None, int]:
    """Ask SQLite itself, read-only (``without_wal``: the file alone). Returns (problem, schema version)."""

    def ask(conn: sqlite3.Connection) -> tuple[Problem | None, int]:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version > SCHEMA_VERSION:
            return Problem(FUTURE_SCHEMA, path, f"schema {version} > {SCHEMA_VERSION}"), version
        if (version == 0 and tables) or (version > 0 and not tables >= JOURNAL_TABLES):
            return Problem(NOT_JOURNAL, path, f"schema {version}, tables {sorted(tables)[:5]}"), version
        if quick:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(20)")]
            if rows != ["ok"]:
                return Problem(DAMAGED, path, "; ".join(rows[:5])), version
        return None, version

    try:
        if not without_wal:
            return read_steadily(path, ask)
        uri = Path(path).resolve().as_uri()
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=10)
        try:
            return ask(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return _failure(path, exc), 0


def diagnose(path: Path | str, *, quick: bool = True) -> Problem | None:
    """What is wrong with the journal file at ``path`` (``None``: fine, or no file yet).

    Never writes to the file or its WAL. ``quick=False`` skips ``PRAGMA
    quick_check`` (which reads every page: seconds on a very large journal)
    and keeps only the instant checks.
    """
    path = Path(path).expanduser()
    wal = Path(f"{path}-wal")
    try:
        if not path.exists():
            return None
        if path.is_dir():  # --db ~/Documents: nothing to read, nothing damaged
            return Problem(FOLDER, path)
        size = path.stat().st_size
        wal_size = wal.stat().st_size if wal.exists() else 0
        header: bytes | None = None
        if size == 0:
            if wal_size == 0:
                return Problem(EMPTY, path, "0 bytes")
        else:
            header = read_bytes(path, 0, HEADER_SIZE)
            problem = _header_problem(path, header, size, wal_size)
            if problem is not None:
                return problem
        if wal_size:
            problem = _wal_problem(path)
            if problem is not None:
                if problem.kind == FOREIGN_WAL:  # what counts is the file without it
                    alone, _version = _sqlite_problem(path, quick, without_wal=True)
                    return alone or problem
                return problem
    except OSError as exc:
        return Problem(UNREADABLE, path, str(exc))
    problem, _version = _sqlite_problem(path, quick)
    return problem


def quick_check(path: Path | str) -> Problem | None:
    """The start-up check: the instant checks plus ``PRAGMA quick_check``."""
    return diagnose(path, quick=True)


def full_check(path: Path | str) -> CheckReport:
    """Help > Check database: every check, ``integrity_check`` and ``foreign_key_check``."""
    path = Path(path).expanduser()
    report = CheckReport(path)
    if not path.exists():
        report.problem = Problem(UNREADABLE, path, "no such file")
        return report
    report.problem = diagnose(path, quick=False)
    if report.problem is not None:
        return report
    damage: list[str] = []

    def ask(conn: sqlite3.Connection) -> tuple[list[str], list[str], tuple[int, int, int]]:
        found = integrity_check(conn)
        links = [
            f"{table} row {rowid} points to a missing {parent}"
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
        ]
        return found, links, read_counts(conn)

    try:
        damage, links, counts = read_steadily(path, ask)
        report.findings.extend(damage)
        report.findings.extend(links[: max(0, 200 - len(report.findings))])
        report.contacts, report.interactions, report.schema_version = counts
    except sqlite3.Error as exc:
        report.problem = _failure(path, exc)
        if report.problem.kind != DAMAGED:
            return report
        damage = [str(exc)]
    if report.findings and report.problem is None:
        report.problem = Problem(DAMAGED, path, "; ".join(report.findings[:3]))
    if report.problem is None or (report.problem.kind == DAMAGED and not damage):
        verdicts.record(path)  # the file is sound (broken links are the data's business)
    elif report.problem.kind == DAMAGED:
        verdicts.forget(path)
    return report


def move_aside(path: Path | str) -> Path:
    """Rename a damaged journal (and its -wal/-shm) to ``NAME.damaged-YYYYMMDD-HHMMSS``; keep it."""
    path = Path(path).expanduser()
    target = set_aside_name(path, "damaged")
    if path.exists():
        os.replace(path, target)
    for suffix in ("-wal", "-shm", "-journal"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    return target


def integrity_check(conn: sqlite3.Connection, limit: int = 100) -> list[str]:
    """SQLite's full check (every page, every index entry against its row); ``[]`` when fine."""
    rows = [r[0] for r in conn.execute(f"PRAGMA integrity_check({int(limit)})")]
    return [] if rows == ["ok"] else rows


def verify(path: Path | str) -> Problem | None:
    """The one check every command and the window run before using the journal, at any size.

    The instant checks and the write-ahead log first, then SQLite's ``integrity_check``
    (which also sees an index out of step with its table) — unless the journal was checked
    in full and has not changed outside this app since (``db.verdicts``). Never writes to it.
    """
    path = Path(path).expanduser()
    problem = diagnose(path, quick=False)
    if problem is not None or not path.exists() or path.stat().st_size == 0:
        return problem
    if verdicts.is_current(path):
        return None
    problem = _full_sqlite_problem(path)
    if problem is None:
        verdicts.record(path)
    else:
        verdicts.forget(path)
    return problem


def _full_sqlite_problem(path: Path) -> Problem | None:
    problem, _version = _sqlite_problem(path, quick=False)
    if problem is not None:
        return problem
    try:
        findings = read_steadily(path, lambda conn: integrity_check(conn, 20))
    except sqlite3.Error as exc:
        return _failure(path, exc)
    return Problem(DAMAGED, path, "; ".join(findings[:5])) if findings else None


def remember_damaged(path: Path | str, detail: str) -> None:
    """SQLite met damage in the journal at ``path`` while working: the next start checks it in full."""
    log.warning("damage met in %s: %s", Path(path).name, detail)
    verdicts.forget(path)
