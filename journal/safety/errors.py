"""Errors of the environment while saving, backing up or restoring.

"The disk is full" and "the folder is read-only" are told apart from bugs so the
user gets a message that says what is wrong and what to do. Messages are
English templates marked for translation in the context ``Safety``.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import peewee

from journal import errors
from journal.db import database_path
from journal.services.errors import QT_TRANSLATE_NOOP, JournalError

DISK_FULL = "disk_full"
READ_ONLY = "read_only"

STORAGE_MESSAGES = {
    DISK_FULL: errors.DISK_FULL_TEMPLATE,  # {folder}: use errors.DiskFullError
    READ_ONLY: QT_TRANSLATE_NOOP(
        "Safety",
        "The journal's folder cannot be written to (it is read-only or you may not write "
        "there), so the last change could not be saved. Everything saved before is safe. "
        "Check that the disk is connected and writable, then try again.",
    ),
}

_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def storage_problem(exc: BaseException | None) -> str | None:
    """``DISK_FULL``, ``READ_ONLY`` or ``None`` for an exception (or its causes)."""
    if errors.disk_full(exc):
        return DISK_FULL
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, OSError) and exc.errno in _READ_ONLY_ERRNOS:
            return READ_ONLY
        if isinstance(exc, sqlite3.Error | peewee.PeeweeException):
            text = str(exc).lower()
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


class BackupNotVerifiedError(BackupError):
    """The copy failed SQLite's check: the journal it was copied from is damaged."""


class RestoreError(SafetyError):
    """The backup was not restored (the journal was left as it was)."""


def storage_error(
    cls: type[SafetyError], exc: BaseException, fallback: str, *, folder: Path | None = None, **args: object
) -> errors.ExplainedError:
    """The plain-words error for ``exc``: ``DiskFullError`` (the one error for a full disk,
    naming ``folder``), ``cls`` saying the folder is read-only, or ``cls(fallback)``."""
    explained = as_explained(exc, folder, cls)
    return explained if explained is not None else cls(fallback, **args)


def as_explained(
    exc: BaseException, folder: Path | None = None, cls: type[SafetyError] | None = None
) -> errors.ExplainedError | None:
    """A raw storage error as the error the user is shown (None when it is something else)."""
    if isinstance(exc, errors.ExplainedError):
        return exc
    kind = DISK_FULL if errors.disk_full(exc, folder) else storage_problem(exc)
    if kind == DISK_FULL:
        return errors.DiskFullError(folder or Path(getattr(exc, "filename", None) or ".").parent)
    journal = database_path()
    if journal is not None and errors.corrupt(exc):
        return errors.JournalDamagedError(journal, str(exc))
    if kind == READ_ONLY:
        return (cls or SafetyError)(STORAGE_MESSAGES[READ_ONLY])
    return None
