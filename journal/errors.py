"""Errors of the environment that every layer may raise and the user must understand.

"The disk is full", "another program is writing to the journal" and "the journal is
damaged" happen below the services (in the database connection, in backups, in
exports), so they live in the base layer. Each is an ``ExplainedError``: ``str()`` is the
English message; the UI translates ``template`` in ``context`` and fills in ``args_map``
(``journal.ui.ask.error_text``). ``services.errors.JournalError`` is one too.

``disk_full(exc)``, ``busy(exc)`` and ``corrupt(exc)`` recognise SQLite's and the
operating system's versions of these errors, following ``__cause__``/``__context__``
(a failed ROLLBACK after a full disk hides the real error in its context).
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction by pyside6-lupdate without translating it here."""
    return text


class ExplainedError(Exception):
    """An error whose message says what is wrong and what to do (English ``str()``)."""

    context = "Safety"

    def __init__(self, template: str, **args: Any) -> None:
        self.template = template
        self.args_map = args
        super().__init__(template.format(**args) if args else template)


DISK_FULL_TEMPLATE = QT_TRANSLATE_NOOP(
    "Safety",
    "The disk is full, so what you were saving (a change, an import, a backup or an export) "
    "could not be written. Nothing was half-written and everything saved before is safe. Free "
    "some space on the disk that holds {folder} (delete or move large files, empty the trash), "
    "then try again.",
)
BUSY_TEMPLATE = QT_TRANSLATE_NOOP(
    "Safety",
    "Another program kept the journal busy for more than {seconds} seconds (another "
    "Networking Journal window, an import or a command), so the last change was not "
    "saved. Nothing was half-saved. Wait until the other program has finished, then try again.",
)
# The one sentence every refusal of a damaged journal starts with (integrity.MESSAGES too).
DAMAGED_TEMPLATE = QT_TRANSLATE_NOOP(
    "Safety", "The journal file {name} is damaged: some of its pages do not read back correctly."
)
DAMAGED_ADVICE = QT_TRANSLATE_NOOP(
    "Safety",
    "Nothing more was written to it. Open Networking Journal to restore the newest verified "
    "backup (the damaged file is kept), or run 'networking-journal check' for details.",
)


class DiskFullError(ExplainedError):
    """A write failed because the disk (or the user's quota) is full; nothing was half-saved."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        super().__init__(DISK_FULL_TEMPLATE, folder=str(folder))


class WriterBusyError(ExplainedError):
    """Another connection held the journal's write lock for longer than we wait."""

    def __init__(self, seconds: float) -> None:
        super().__init__(BUSY_TEMPLATE, seconds=round(seconds))


class JournalDamagedError(ExplainedError):
    """SQLite found a damaged page while working (``SQLITE_CORRUPT`` / ``SQLITE_NOTADB``)."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        super().__init__(DAMAGED_TEMPLATE, name=self.path.name)


NO_ROOM_BYTES = 256 * 1024  # below this, an I/O error while writing is the full disk
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
SQLITE_BUSY = 5
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26


def _chain(exc: BaseException | None) -> list[BaseException]:
    found: list[BaseException] = []
    while exc is not None and len(found) < 8 and exc not in found:
        found.append(exc)
        exc = exc.__cause__ or exc.__context__
    return found


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return int(code) & 0xFF if isinstance(code, int) else None


def disk_full(exc: BaseException | None, folder: Path | None = None) -> bool:
    """True when ``exc`` (or what caused it) means the disk or the quota is full.

    With ``folder``, SQLite's vaguer "disk I/O error" counts too when that folder's disk has
    (almost) no room left: SQLite says so when it cannot even make its ``-shm`` index.
    """
    for item in _chain(exc):
        if isinstance(item, DiskFullError):
            return True
        if isinstance(item, OSError) and item.errno in _FULL_ERRNOS:
            return True
        if _sqlite_code(item) == SQLITE_FULL:
            return True
        if isinstance(item, sqlite3.Error) or type(item).__module__ == "peewee":
            text = str(item).lower()
            if "disk is full" in text:
                return True
            if folder is not None and (_sqlite_code(item) == SQLITE_IOERR or "disk i/o error" in text):
                return _no_room(folder)
    return False


def _no_room(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NO_ROOM_BYTES
    except OSError:
        return False


def busy(exc: BaseException | None) -> bool:
    """True for SQLite's "database is locked" (``SQLITE_BUSY`` and its extended codes)."""
    item = exc
    if item is None:
        return False
    code = _sqlite_code(item)
    if code is not None:
        return code == SQLITE_BUSY
    return "database is locked" in str(item).lower()


def corrupt(exc: BaseException | None) -> bool:
    """True when SQLite says the file is damaged or not a database."""
    for item in _chain(exc):
        if isinstance(item, JournalDamagedError):
            return True
        code = _sqlite_code(item)
        if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return True
        if isinstance(item, sqlite3.DatabaseError) or type(item).__module__ == "peewee":
            text = str(item).lower()
            if "malformed" in text or "file is not a database" in text:
                return True
    return False
