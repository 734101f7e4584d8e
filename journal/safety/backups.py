"""Verified backups of the journal with SQLite's online backup API.

A backup is a consistent snapshot even while the app writes (one backup step
inside one read transaction; WAL readers never block writers). Each copy is
written to a ``.partial`` file, checked with ``PRAGMA integrity_check``, then
renamed into place, so a listed backup is always a verified one. A small JSON
file next to it records when and why it was made and what it holds.

When backups are made (the callers decide): at start-up if the journal changed
since the last backup, at most once a day while the app runs, before every
migration (``backup_before_migration`` is passed to ``db.open_database``),
before a restore and before an import (``backup_before("import")``).

Backups of the default journal live in ``paths.backup_dir()``; backups of any
other file (``--db``) in a sub-folder named after it. Folders are 0700, files
0600. ``prune_backups`` thins them to the newest few plus one per recent day,
week and month (``Retention``).
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from journal import clock, paths
from journal.db.connection import database_path
from journal.errors import ExplainedError
from journal.files import fsync
from journal.safety.backup_files import META_SUFFIX, PARTIAL_SUFFIX, SUFFIX, write_meta
from journal.safety.backup_files import BackupInfo as BackupInfo  # the rest are re-exported
from journal.safety.backup_files import BackupPreview as BackupPreview
from journal.safety.backup_files import Retention as Retention
from journal.safety.backup_files import backup_folder as backup_folder
from journal.safety.backup_files import backups_to_keep as backups_to_keep
from journal.safety.backup_files import describe as describe
from journal.safety.backup_files import list_backups as list_backups
from journal.safety.backup_files import newest_backup as newest_backup
from journal.safety.backup_files import preview as preview
from journal.safety.backup_files import prune_backups as prune_backups
from journal.safety.backup_files import remove_quietly as remove_quietly
from journal.safety.backup_files import source_signature as source_signature
from journal.safety.errors import QT_TRANSLATE_NOOP, BackupError, BackupNotVerifiedError, storage_error
from journal.safety.integrity import connect_read_only, read_counts, remember_damaged

log = logging.getLogger(__name__)

DAILY_INTERVAL = timedelta(hours=24)


# -- making one -------------------------------------------------------------------------------------


def _candidates(folder: Path, stem: str, stamp: datetime, reason: str) -> Iterator[Path]:
    """Names for a backup made at ``stamp``: the plain one, then ``-2``, ``-3``… for the same second."""
    base = f"{stem}-{stamp.strftime('%Y%m%d-%H%M%S')}"
    yield folder / f"{base}-{reason}{SUFFIX}"
    for seq in range(2, 1000):
        yield folder / f"{base}-{seq}-{reason}{SUFFIX}"


def _clean_reason(reason: str) -> str:
    cleaned = re.sub(r"[^a-z-]+", "-", reason.lower()).strip("-")
    return cleaned or "manual"


def copy_database(source: Path, target: Path, *, verify: bool = True) -> tuple[int, int, int]:
    """Snapshot ``source`` into a new private file ``target`` (rollback journal mode).

    Returns the counts of the copy. Raises ``sqlite3.Error``/``OSError``; the
    half-written ``target`` is removed then. ``source`` is opened read-only.
    """
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    src = dst = None
    try:
        src = connect_read_only(source, locked=True)  # another program may be writing it
        dst = sqlite3.connect(target, timeout=10)
        src.backup(dst)  # one step = one read transaction = a consistent snapshot
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        if verify:
            rows = dst.execute("PRAGMA integrity_check").fetchall()
            if rows != [("ok",)]:
                raise sqlite3.DatabaseError(f"the copy failed its integrity check: {rows[:3]}")
        counts = read_counts(dst)
    except BaseException:
        for conn in (dst, src):
            if conn is not None:
                conn.close()
        remove_quietly(target, Path(f"{target}-journal"))
        raise
    dst.close()
    src.close()
    fsync(target)
    return counts


def create_backup(
    source: Path | str,
    *,
    reason: str = "manual",
    folder: Path | None = None,
    dest: Path | None = None,
    retention: Retention | None = None,
    prune: bool = True,
) -> BackupInfo:
    """Back up ``source`` and verify the copy; return what was written.

    ``dest`` writes one file there instead of into the backup folder (no
    thinning, no JSON). Raises ``BackupError`` with a plain-words message.
    """
    source = Path(source).expanduser()
    if not source.exists():
        raise BackupError(
            QT_TRANSLATE_NOOP("Safety", "There is no journal at {path} to back up."), path=str(source)
        )
    reason = _clean_reason(reason)
    created = clock.now()
    signature = source_signature(source)
    target_folder = Path(dest).expanduser().parent if dest is not None else (folder or backup_folder(source))
    try:
        final, counts = _copy_to_new_name(source, folder, dest, created, reason)
        fsync(final.parent)
    except BackupError:
        raise
    except (sqlite3.Error, OSError) as exc:
        log.warning("backup of %s failed: %s", source, exc)
        if isinstance(exc, sqlite3.DatabaseError) and "integrity check" in str(exc):
            remember_damaged(source, str(exc))  # the copy is page for page: the journal is damaged
        raise _failure(exc, target_folder) from exc
    info = BackupInfo.of(
        final, created, reason, counts, source=str(source.resolve()), source_signature=signature
    )
    if dest is None:  # a backup in the managed folder: described, and the folder thinned
        write_meta(info)
        if prune:
            try:
                prune_backups(final.parent, retention)
            except OSError:
                log.warning("could not thin the backups in %s", final.parent, exc_info=True)
    log.info("backup %s (%s) verified", final.name, reason)
    return info


def _copy_to_new_name(
    source: Path, folder: Path | None, dest: Path | None, created: datetime, reason: str
) -> tuple[Path, tuple[int, int, int]]:
    """Copy ``source`` under a name nobody else uses, even another backup in the same second.

    The name is claimed by creating its ``.partial`` file exclusively: a second backup that
    picked the same name finds it taken and moves on to the next one (``-2``, ``-3``…), and
    no backup ever removes another one's file in progress.
    """
    if dest is not None:
        final = Path(dest).expanduser()
        if final.exists():
            raise BackupError(
                QT_TRANSLATE_NOOP("Safety", "{path} already exists. Choose a new file name for the backup."),
                path=str(final),
            )
        paths.ensure_private_dir(final.parent)  # a new folder is the user's only
        partial = final.with_name(f".{final.name}.{os.getpid()}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}")
        counts = copy_database(source, partial)
        try:
            os.link(partial, final)  # never over a file that appeared meanwhile
        except FileExistsError:
            remove_quietly(partial)
            raise
        except OSError:  # no hard links on this file system
            os.replace(partial, final)
        else:
            remove_quietly(partial)
        return final, counts
    target_folder = paths.ensure_private_dir(folder or backup_folder(source))
    for final in _candidates(target_folder, source.stem, created, reason):
        if final.exists() or Path(f"{final}{META_SUFFIX}").exists():
            continue
        partial = final.with_name(final.name + PARTIAL_SUFFIX)
        try:
            counts = copy_database(source, partial)  # creates the partial exclusively: the claim
        except FileExistsError:
            continue  # another backup is writing this name right now
        os.replace(partial, final)
        return final, counts
    raise BackupError(QT_TRANSLATE_NOOP("Safety", "Too many backups in one second; try again in a moment."))


def _failure(exc: sqlite3.Error | OSError, folder: Path) -> ExplainedError:
    """What a failed copy means to the user: a damaged journal, or a full or locked disk."""
    if isinstance(exc, sqlite3.DatabaseError) and "integrity check" in str(exc):
        return BackupNotVerifiedError(
            QT_TRANSLATE_NOOP(
                "Safety",
                "The backup could not be verified, so it was not kept. The journal may be "
                "damaged: use Help > Check database.",
            )
        )
    return storage_error(
        BackupError,
        exc,
        QT_TRANSLATE_NOOP(
            "Safety", "The backup could not be written ({error}). The journal was not changed."
        ),
        folder=folder,
        error=str(exc),
    )


# -- when -------------------------------------------------------------------------------------------


def backup_before(reason: str, source: Path | None = None) -> BackupInfo | None:
    """Back up the open journal (or ``source``) before something risky, e.g. ``"import"``.

    Returns ``None`` when there is nothing to back up yet. Raises ``BackupError``
    (plain-words message) when the backup could not be made; callers should
    then not go ahead. Safe to call from a worker thread.
    """
    source = source or database_path()
    if source is None or not source.exists() or source.stat().st_size == 0:
        return None
    name = _clean_reason(reason)
    return create_backup(source, reason=name if name.startswith("before-") else f"before-{name}")


def backup_before_import() -> BackupInfo | None:
    """A verified copy before an import writes; skipped while the journal has no contacts."""
    from journal.db import database

    if not database.execute_sql("SELECT EXISTS (SELECT 1 FROM contact)").fetchone()[0]:
        return None
    return backup_before("import")


def backup_before_migration(path: Path, old_version: int) -> Path | None:
    """The ``backup`` hook of ``db.open_database``: a verified copy before upgrading."""
    info = create_backup(path, reason="before-migration")
    log.info("backed up schema %d file before migrating: %s", old_version, info.path)
    return info.path


def changed_since_last_backup(source: Path, backups: list[BackupInfo] | None = None) -> bool:
    """True when ``source`` was written to after its newest backup (or has none)."""
    listed = backups if backups is not None else list_backups(source)
    if not listed:
        return True
    return tuple(listed[0].source_signature) != source_signature(source)


def backup_if_changed(
    source: Path,
    *,
    reason: str,
    min_interval: timedelta | None = None,
    retention: Retention | None = None,
) -> BackupInfo | None:
    """Back up when the file changed since the newest backup (and that one is old enough)."""
    source = Path(source)
    if not source.exists() or source.stat().st_size == 0:
        return None
    listed = list_backups(source)
    if listed and min_interval is not None and clock.now() - listed[0].created_at < min_interval:
        return None
    if not changed_since_last_backup(source, listed):
        return None
    return create_backup(source, reason=reason, retention=retention)


def daily_backup_due(source: Path) -> bool:
    """At most one automatic backup a day while running, and only after changes."""
    listed = list_backups(source)
    if listed and clock.now() - listed[0].created_at < DAILY_INTERVAL:
        return False
    return changed_since_last_backup(source, listed)
