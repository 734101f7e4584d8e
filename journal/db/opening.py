"""Opening a journal: everything that must hold before SQLite may write to the file.

``open_database(path)`` refuses a file that is not a journal or comes from a newer
version, checks the ``-wal`` file next to it (``journal.db.wal``) — a foreign one is set
aside (renamed, kept) and a damaged one refused with both files left as they are —,
makes an existing journal readable by its owner only, and only then opens it read-write
and brings its schema up to date. What it did on the way (a WAL set aside, permissions
tightened) is told through ``notify(OpenNotice)`` — once, since it changes the files.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal.db import verdicts, wal
from journal.db.connection import (
    JOURNAL_TABLES,
    bind,
    close_database,
    create_private_file,
    looks_like_sqlite,
    open_here,
    read_user_version,
)
from journal.db.errors import (
    DatabaseCorruptError,
    DatabaseError,
    DatabaseMissingError,
    WalDamagedError,
)
from journal.db.migrations import BackupFn, migrate, refuse_future
from journal.errors import QT_TRANSLATE_NOOP
from journal.files import set_aside_name

log = logging.getLogger(__name__)

FOREIGN_WAL_SET_ASIDE = "foreign_wal_set_aside"
TIGHTENED = "tightened"
NOTICES = {
    FOREIGN_WAL_SET_ASIDE: QT_TRANSLATE_NOOP(
        "Safety",
        "Next to {name} there was a recent-changes file (ending in -wal) that belongs to a "
        "different database: using it would have mixed two files. It was set aside, unchanged, "
        "as {kept}, and the journal was opened as it was last saved.",
    ),
    TIGHTENED: QT_TRANSLATE_NOOP(
        "Safety",
        "Other users of this computer could read the journal {name}; it is now readable by you only.",
    ),
}


@dataclass(frozen=True)
class OpenNotice:
    """Something opening the journal did that the user should hear about (once)."""

    kind: str
    args: dict[str, Any] = field(default_factory=dict)

    @property
    def template(self) -> str:
        """The English message with ``{placeholders}`` (context "Safety")."""
        return NOTICES[self.kind]

    @property
    def message(self) -> str:
        """The English message, filled in."""
        return self.template.format(**self.args)

    def __str__(self) -> str:
        return self.message


Notify = Callable[[OpenNotice], None]


def set_aside_wal(path: Path) -> Path | None:
    """Rename the ``-wal`` of ``path`` to ``NAME-wal.foreign-STAMP`` (kept); None if it is in use."""
    source = wal.wal_path(path)
    target = set_aside_name(source, "foreign")
    with wal.held_still(path) as free:
        if free is False:
            return None
        try:
            os.link(source, target)  # never over another file
            source.unlink()
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links
            os.rename(source, target)
        shm = Path(f"{path}-shm")  # the index of the WAL just moved: not data, rebuilt by SQLite
        if shm.exists():
            shm.unlink()
    log.warning("set aside a foreign WAL of %s as %s", path.name, target.name)
    return target


def check_wal(path: Path) -> wal.WalVerdict:
    """Whether the WAL next to ``path`` may be used (``journal.db.wal``); moves nothing.

    A WAL that this or another process is using right now is trusted as theirs.
    """
    if open_here(path):
        return wal.WalVerdict(wal.OK, "open in this process")
    in_use = wal.WalVerdict(wal.OK, "in use by another process")
    with wal.held_still(path) as still:
        if still is False:
            return in_use
        verdict = wal.inspect(path)  # held still: no writer appends to it or starts it over meanwhile
    if verdict.kind == wal.NONE:
        return verdict
    if still is None and wal.in_use_elsewhere(path):  # read while it may have been written
        return in_use
    if verdict.kind == wal.OK:
        verdict = wal.probe(path, set(JOURNAL_TABLES))
    return verdict


def secure_wal(path: Path, notify: Notify) -> None:
    """Before a read-write open: refuse a damaged WAL, set a foreign one aside (told to ``notify``)."""
    verdict = check_wal(path)
    if verdict.kind == wal.BROKEN:
        raise WalDamagedError(
            f"The recent-changes file of {path} (ending in -wal) is damaged ({verdict.detail}), so "
            "opening the journal would lose changes that were saved. Both files have been left as "
            "they are. Run 'networking-journal check' for details, or restore a backup."
        )
    if verdict.kind == wal.MAIN_DAMAGED:
        raise DatabaseCorruptError(
            f"{path} is damaged ({verdict.detail}). It has not been changed. "
            "Run 'networking-journal check' for details, or restore a backup."
        )
    if verdict.kind == wal.FOREIGN:
        log.warning("foreign WAL next to %s: %s", path, verdict.detail)
        kept = set_aside_wal(path)
        if kept is not None:
            notify(OpenNotice(FOREIGN_WAL_SET_ASIDE, {"name": path.name, "kept": kept.name}))


def tighten_permissions(path: Path, notify: Notify) -> None:
    """Make an existing journal (and its -wal/-shm) readable by its owner only, saying so once."""
    if os.name != "posix":
        return
    mode = path.stat().st_mode
    if not mode & 0o077:
        return
    try:
        os.chmod(path, stat.S_IMODE(mode) & 0o700)
    except PermissionError:
        log.warning("could not make %s private (not its owner)", path)
        return
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            try:
                os.chmod(side, 0o600)
            except PermissionError:
                pass
    notify(OpenNotice(TIGHTENED, {"name": path.name}))


def _log_notice(notice: OpenNotice) -> None:
    log.info("%s", notice.message)


def open_database(
    path: Path | str,
    *,
    backup: BackupFn | None = None,
    notify: Notify | None = None,
    create: bool = True,
) -> Path:
    """Open (creating if needed and ``create``) the journal at ``path``, schema brought up to date.

    A file from a newer version, one that is not a journal, or one whose WAL is damaged is
    refused before anything is written to it (``DatabaseError``); without ``create`` a
    missing file is ``DatabaseMissingError``. ``backup(path, old_version)`` is called
    before a migration; ``notify`` hears what was done on the way (``OpenNotice``).
    """
    path = Path(path).expanduser()
    tell = notify or _log_notice
    if path.exists():
        if path.stat().st_size > 0 and not looks_like_sqlite(path):
            raise DatabaseCorruptError(
                f"{path} is not a Networking Journal database (it is not an SQLite file, "
                "or its first bytes are damaged). It has not been changed."
            )
        secure_wal(path, tell)
        if path.stat().st_size > 0 or wal.wal_path(path).exists():
            refuse_future(read_user_version(path), path)
        tighten_permissions(path, tell)
    elif create:
        create_private_file(path)
        verdicts.trust(path)  # made here: sound until something else changes it
    else:
        raise DatabaseMissingError(f"There is no journal at {path}.")
    bind(path)
    try:
        migrate(path, backup)
    except BaseException:
        close_database()
        raise
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists() and os.name == "posix" and side.stat().st_mode & 0o077:
            os.chmod(side, 0o600)
    return path


__all__ = ["NOTICES", "DatabaseError", "Notify", "OpenNotice", "check_wal", "open_database", "secure_wal"]
