"""Errors of the environment while saving, backing up or restoring.

"The disk is full" and "the folder is read-only" are told apart from bugs so the
user gets a message that says what is wrong and what to do. Messages are
English templates marked for translation in the context ``Safety``.
"""

from __future__ import annotations

import errno
import sqlite3

import peewee

from journal.services.errors import QT_TRANSLATE_NOOP, JournalError

DISK_FULL = "disk_full"
READ_ONLY = "read_only"

STORAGE_MESSAGES = {
    DISK_FULL: QT_TRANSLATE_NOOP(
        "Safety",
        "The disk is full, so the last change could not be saved. Everything saved before "
        "is safe. Free some space on the disk, then try again.",
    ),
    READ_ONLY: QT_TRANSLATE_NOOP(
        "Safety",
        "The journal's folder cannot be written to (it is read-only or you may not write "
        "there), so the last change could not be saved. Everything saved before is safe. "
        "Check that the disk is connected and writable, then try again.",
    ),
}

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def storage_problem(exc: BaseException | None) -> str | None:
    """``DISK_FULL``, ``READ_ONLY`` or ``None`` for an exception (or its causes)."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
            if exc.errno in _FULL_ERRNOS:
                return DISK_FULL
            if exc.errno in _READ_ONLY_ERRNOS:
                return READ_ONLY
        if isinstance(exc, sqlite3.Error | peewee.PeeweeException):
            text = str(exc).lower()
            if "disk is full" in text or "database or disk is full" in text:
                return DISK_FULL
            if "readonly" in text or "read-only" in text:
                return READ_ONLY
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


class SafetyError(JournalError):
    """A backup, restore or check could not be done; the message says why and what to do."""

    context = "Safety"


class BackupError(SafetyError):
    """No backup was made (the journal itself was not changed)."""


class RestoreError(SafetyError):
    """The backup was not restored (the journal was left as it was)."""


def storage_error(cls: type[SafetyError], exc: BaseException, fallback: str, **args: object) -> SafetyError:
    """``cls`` with the plain-words message for ``exc``'s kind of storage trouble."""
    kind = storage_problem(exc)
    if kind is not None:
        return cls(STORAGE_MESSAGES[kind])
    return cls(fallback, **args)
