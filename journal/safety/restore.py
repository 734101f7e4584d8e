"""Putting a backup back in place of the journal.

The backup is verified first (``integrity_check``, a journal, not from a newer
version). The current journal is backed up (``before-restore``) or, if it is
damaged, moved aside; then the backup's pages are copied into the live file
with SQLite's backup API, in one transaction, so other connections see either
the old journal or the restored one, never a mix. An older schema is upgraded
the next time the file is opened (``db.open_database``).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from journal import db, paths
from journal.db.migrations import SCHEMA_VERSION
from journal.safety import backups, integrity
from journal.safety.errors import QT_TRANSLATE_NOOP, BackupError, RestoreError, storage_error

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    target: Path
    restored_from: Path
    safety_backup: Path | None  # the journal as it was just before, if it was healthy
    moved_aside: Path | None  # the damaged journal, kept under a new name
    contacts: int
    interactions: int
    schema_version: int


def verify_backup(backup: Path) -> tuple[int, int, int]:
    """(contacts, interactions, schema version) of a usable backup, else ``RestoreError``."""
    report = integrity.full_check(backup)
    if report.problem is not None:
        if report.problem.kind == integrity.FUTURE_SCHEMA:
            raise RestoreError(
                QT_TRANSLATE_NOOP(
                    "Safety",
                    "The backup {name} was made by a newer version of Networking Journal "
                    "(schema {found}; this version understands up to {known}). Install the newer "
                    "version to restore it. Nothing was changed.",
                ),
                name=backup.name,
                found=_version_of(backup),
                known=SCHEMA_VERSION,
            )
        raise RestoreError(
            QT_TRANSLATE_NOOP(
                "Safety",
                "The backup {name} cannot be used: {reason} Nothing was changed; choose another backup.",
            ),
            name=backup.name,
            reason=report.problem.message,
        )
    if report.schema_version == 0:
        raise RestoreError(
            QT_TRANSLATE_NOOP("Safety", "The backup {name} is empty. Nothing was changed."), name=backup.name
        )
    return report.contacts, report.interactions, report.schema_version


def _version_of(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _copy_into_live(backup: Path, target: Path) -> None:
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            dst.execute("PRAGMA journal_mode=WAL")
            src.backup(dst)  # one transaction on the live file
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    finally:
        src.close()


def restore_backup(backup: Path | str, target: Path | str) -> RestoreResult:
    """Restore ``backup`` into the journal at ``target`` (which may be open elsewhere).

    Raises ``RestoreError`` (plain words) and leaves ``target`` as it was when
    the backup is unusable, the current journal cannot be backed up first, or
    writing fails.
    """
    backup = Path(backup).expanduser()
    target = Path(target).expanduser()
    if not backup.is_file():
        raise RestoreError(QT_TRANSLATE_NOOP("Safety", "There is no backup at {path}."), path=str(backup))
    if target.exists() and backup.resolve() == target.resolve():
        raise RestoreError(QT_TRANSLATE_NOOP("Safety", "That file is the journal itself, not a backup."))
    contacts, interactions, version = verify_backup(backup)
    safety: Path | None = None
    moved: Path | None = None
    current = integrity.diagnose(target, quick=True) if target.exists() else None
    if current is not None and current.kind == integrity.FOREIGN_WAL:  # set aside (kept): not ours
        db.opening.secure_wal(target, lambda notice: log.warning("%s", notice.message))
        current = None
    if current is not None and not current.damaged:
        raise RestoreError(
            QT_TRANSLATE_NOOP("Safety", "The journal was not replaced: {reason}"), reason=current.message
        )
    if current is not None:
        moved = integrity.move_aside(target)
        log.warning("moved damaged journal aside to %s before restoring", moved)
    elif target.exists() and target.stat().st_size > 0:
        try:
            safety = backups.create_backup(target, reason="before-restore").path
        except BackupError as exc:
            raise RestoreError(
                QT_TRANSLATE_NOOP(
                    "Safety",
                    "The current journal could not be backed up first, so it was not replaced. {reason}",
                ),
                reason=str(exc),
            ) from exc
    try:
        if not target.exists() or target.stat().st_size == 0:
            paths.ensure_private_dir(target.parent)
            partial = target.with_name(target.name + ".restoring")
            backups.remove_quietly(partial)
            backups.copy_database(backup, partial, verify=False)
            conn = sqlite3.connect(partial)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
            finally:
                conn.close()
            os.replace(partial, target)
        else:
            _copy_into_live(backup, target)
    except (sqlite3.Error, OSError) as exc:
        raise storage_error(
            RestoreError,
            exc,
            QT_TRANSLATE_NOOP(
                "Safety", "The backup could not be restored ({error}). The journal was not changed."
            ),
            error=str(exc),
        ) from exc
    paths.make_private_file(target)
    log.info("restored %s into %s", backup.name, target)
    return RestoreResult(target, backup, safety, moved, contacts, interactions, version)
