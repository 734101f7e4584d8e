"""Removing one person from the existing backups ("Delete permanently", with backups).

Each backup that holds the contact (found by uuid) is rewritten without them and
everything that is only theirs — the same rows ``services.trash.purge_contact`` deletes
from the journal: their emails, phones, tags, entries with their objections, deals,
follow-ups, introductions, duplicate dismissals and merge records (the schema's
``ON DELETE CASCADE``; whoever they introduced keeps the rest of their record).

A backup is never left half-done: the work happens on a copy (``secure_delete`` on, the
search indexes merged so no deleted word survives in them), ``VACUUM INTO`` writes a
compact file without free pages, which is verified (integrity, foreign keys, search
index, the person gone, everyone else there) and only then replaces the backup in one
rename. If anything fails, that backup stays exactly as it was and is reported.

Not removed: what was written about the person in other people's records (an entry
with someone else that names them, notes), exports, and copies of the journal or of
backups kept anywhere else (``backup -o FILE``, other disks).
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from journal.files import fsync
from journal.safety.backup_files import (
    PARTIAL_SUFFIX,
    SUFFIX,
    BackupInfo,
    list_backups,
    remove_quietly,
    write_meta,
)
from journal.safety.integrity import connect_read_only

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class BackupPurgeResult:
    """What became of each backup of the journal."""

    cleaned: list[Path] = field(default_factory=list)  # rewritten without the person
    untouched: list[Path] = field(default_factory=list)  # did not hold them
    failed: list[tuple[Path, str]] = field(default_factory=list)  # left as they were, and why

    @property
    def ok(self) -> bool:
        """True when no backup holds the person any more."""
        return not self.failed


def _holds(path: Path, contact_uuid: str) -> bool:
    conn = connect_read_only(path, timeout=5)
    try:
        return conn.execute("SELECT 1 FROM contact WHERE uuid = ?", (contact_uuid,)).fetchone() is not None
    finally:
        conn.close()


def backups_holding(source: Path, contact_uuid: str) -> list[BackupInfo]:
    """The backups of the journal at ``source`` that still hold this contact."""
    found = []
    for info in list_backups(source):
        try:
            if _holds(info.path, contact_uuid):
                found.append(info)
        except sqlite3.Error:
            log.warning("could not read backup %s", info.path.name)
    return found


def _delete_contact(work: Path, contact_uuid: str, clean: Path) -> None:
    """Delete the contact from ``work`` and write the compacted result to ``clean``."""
    conn = sqlite3.connect(work, isolation_level=None, timeout=10)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("BEGIN IMMEDIATE")
        row = conn.execute("SELECT id FROM contact WHERE uuid = ?", (contact_uuid,)).fetchone()
        if row is not None:
            conn.execute("DELETE FROM contact_fts WHERE rowid = ?", (row[0],))
            # Everything that is theirs goes with them (ON DELETE CASCADE); the entries'
            # search index follows through its delete trigger.
            conn.execute("DELETE FROM contact WHERE id = ?", (row[0],))
        conn.execute("COMMIT")
        for table in ("interaction_fts", "contact_fts"):  # merge segments: no deleted word survives
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        conn.execute("VACUUM INTO ?", (str(clean),))
    finally:
        conn.close()


def verify_clean(clean: Path, contact_uuid: str, original: Path) -> tuple[int, int]:
    """Check the rewritten backup before it replaces ``original``; its (contacts, entries) kept live."""
    conn = sqlite3.connect(f"{clean.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise sqlite3.DatabaseError("the rewritten backup failed its integrity check")
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            raise sqlite3.DatabaseError("the rewritten backup has records pointing nowhere")
        if conn.execute("SELECT 1 FROM contact WHERE uuid = ?", (contact_uuid,)).fetchone() is not None:
            raise sqlite3.DatabaseError("the contact is still in the rewritten backup")
        before = sqlite3.connect(f"{original.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            expected = before.execute(
                "SELECT count(*) FROM contact WHERE uuid <> ?", (contact_uuid,)
            ).fetchone()
        finally:
            before.close()
        if conn.execute("SELECT count(*) FROM contact").fetchone() != expected:
            raise sqlite3.DatabaseError("the rewritten backup lost other contacts")
        counts = [
            int(conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0])
            for table in ("contact", "interaction")
        ]
    finally:
        conn.close()
    return counts[0], counts[1]


def purge_backup(info: BackupInfo, contact_uuid: str) -> bool:
    """Rewrite one backup without the contact; False when it did not hold them.

    Raises ``sqlite3.Error`` / ``OSError``; the backup is then left as it was."""
    path = info.path
    if not _holds(path, contact_uuid):
        return False
    stem = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.name
    # Both end in .sqlite3.partial: thinning the folder removes them if a crash left them.
    work = path.with_name(f"{stem}.purge-work{SUFFIX}{PARTIAL_SUFFIX}")
    clean = path.with_name(f"{stem}.purge-clean{SUFFIX}{PARTIAL_SUFFIX}")
    remove_quietly(work, clean)
    try:
        shutil.copyfile(path, work)
        os.chmod(work, 0o600)
        _delete_contact(work, contact_uuid, clean)
        os.chmod(clean, 0o600)
        contacts, interactions = verify_clean(clean, contact_uuid, path)
        fsync(clean)
        os.replace(clean, path)
        fsync(path.parent)
    finally:
        remove_quietly(work, Path(f"{work}-journal"), clean, Path(f"{clean}-journal"))
    if Path(f"{path}.json").exists():  # the description next to it says what it holds now
        write_meta(replace(info, contacts=contacts, interactions=interactions, size=path.stat().st_size))
    return True


def purge_from_backups(
    source: Path, contact_uuid: str, *, progress: Progress | None = None
) -> BackupPurgeResult:
    """Remove the contact from every backup of the journal at ``source``, one backup at a time."""
    report = progress or (lambda _f, _m: None)
    result = BackupPurgeResult()
    listed = list_backups(source)
    for n, info in enumerate(listed):
        report(n / max(1, len(listed)), info.path.name)
        try:
            (result.cleaned if purge_backup(info, contact_uuid) else result.untouched).append(info.path)
        except (sqlite3.Error, OSError) as exc:
            log.warning("could not remove a contact from backup %s: %s", info.path.name, exc)
            result.failed.append((info.path, str(exc)))
    report(1.0, "done")
    return result
