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

import hashlib
import json
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Hashable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from journal import clock, paths
from journal.db.connection import database_path
from journal.safety.errors import QT_TRANSLATE_NOOP, BackupError, storage_error
from journal.safety.integrity import connect_read_only, read_counts

log = logging.getLogger(__name__)

SUFFIX = ".sqlite3"
META_SUFFIX = ".json"
PARTIAL_SUFFIX = ".partial"
DAILY_INTERVAL = timedelta(hours=24)
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<seq>\d+))?-(?P<reason>[a-z][a-z-]*)\.sqlite3$"
)


@dataclass(frozen=True)
class Retention:
    """How many backups survive thinning (newest first, one per period)."""

    recent: int = 3
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # aware UTC
    reason: str
    contacts: int
    interactions: int
    schema_version: int
    size: int
    source: str = ""
    source_signature: tuple[int, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class BackupPreview:
    info: BackupInfo
    recent_contacts: list[str]
    recent_interactions: list[tuple[str, str, str]]  # (when, contact, summary)


# -- where ------------------------------------------------------------------------------------------


def _same_file(a: Path, b: Path) -> bool:
    return a.expanduser().resolve() == b.expanduser().resolve()


def backup_folder(source: Path) -> Path:
    """Where the backups of ``source`` live (not created here)."""
    source = Path(source)
    if _same_file(source, paths.default_db_path()):
        return paths.backup_dir()
    digest = hashlib.sha256(str(source.expanduser().resolve()).encode()).hexdigest()[:8]
    return paths.backup_dir() / f"{source.stem}-{digest}"


def source_signature(source: Path) -> tuple[int, ...]:
    """Size and modification time of the file and its WAL: changes whenever data is written."""
    result: list[int] = []
    for file in (Path(source), Path(f"{source}-wal")):
        try:
            st = file.stat()
        except FileNotFoundError:
            result += [0, 0]
            continue
        # An empty WAL (created by merely opening the file) means no change.
        result += [st.st_size, st.st_mtime_ns if st.st_size else 0]
    return tuple(result)


# -- making one -------------------------------------------------------------------------------------


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _unique_path(folder: Path, stem: str, stamp: datetime, reason: str) -> Path:
    base = f"{stem}-{stamp.strftime('%Y%m%d-%H%M%S')}"
    candidate = folder / f"{base}-{reason}{SUFFIX}"
    seq = 2
    while candidate.exists() or Path(f"{candidate}{META_SUFFIX}").exists():
        candidate = folder / f"{base}-{seq}-{reason}{SUFFIX}"
        seq += 1
    return candidate


def _clean_reason(reason: str) -> str:
    cleaned = re.sub(r"[^a-z-]+", "-", reason.lower()).strip("-")
    return cleaned or "manual"


def remove_quietly(*files: Path) -> None:
    """Delete these files if they exist; a file that cannot be removed is only logged."""
    for file in files:
        try:
            file.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            log.warning("could not remove %s", file)


def copy_database(source: Path, target: Path, *, verify: bool = True) -> tuple[int, int, int]:
    """Snapshot ``source`` into a new private file ``target`` (rollback journal mode).

    Returns the counts of the copy. Raises ``sqlite3.Error``/``OSError``; the
    half-written ``target`` is removed then. ``source`` is opened read-only.
    """
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    src = dst = None
    try:
        src = connect_read_only(source)
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
    _fsync(target)
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
    managed = dest is None
    try:
        if dest is None:
            target_folder = paths.ensure_private_dir(folder or backup_folder(source))
            final = _unique_path(target_folder, source.stem, created, reason)
        else:
            final = Path(dest).expanduser()
            if final.exists():
                raise BackupError(
                    QT_TRANSLATE_NOOP(
                        "Safety", "{path} already exists. Choose a new file name for the backup."
                    ),
                    path=str(final),
                )
            final.parent.mkdir(parents=True, exist_ok=True)
        partial = final.with_name(final.name + PARTIAL_SUFFIX)
        remove_quietly(partial)
        contacts, interactions, version = copy_database(source, partial)
        os.replace(partial, final)
        _fsync(final.parent)
    except BackupError:
        raise
    except (sqlite3.Error, OSError) as exc:
        log.warning("backup of %s failed: %s", source, exc)
        if isinstance(exc, sqlite3.DatabaseError) and "integrity check" in str(exc):
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Safety",
                    "The backup could not be verified, so it was not kept. The journal may be "
                    "damaged: use Help > Check database.",
                )
            ) from exc
        raise storage_error(
            BackupError,
            exc,
            QT_TRANSLATE_NOOP(
                "Safety", "The backup could not be written ({error}). The journal was not changed."
            ),
            error=str(exc),
        ) from exc
    info = BackupInfo(
        path=final,
        created_at=created,
        reason=reason,
        contacts=contacts,
        interactions=interactions,
        schema_version=version,
        size=final.stat().st_size,
        source=str(source.resolve()),
        source_signature=signature,
    )
    if managed:
        _write_meta(info)
        if prune:
            try:
                prune_backups(final.parent, retention)
            except OSError:
                log.warning("could not thin the backups in %s", final.parent, exc_info=True)
    log.info("backup %s (%s) verified", final.name, reason)
    return info


def _write_meta(info: BackupInfo) -> None:
    meta = asdict(info)
    meta["path"] = info.path.name
    meta["created_at"] = info.created_at.isoformat()
    meta["source_signature"] = list(info.source_signature)
    target = Path(f"{info.path}{META_SUFFIX}")
    try:
        fd = os.open(target, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(meta, handle, indent=1)
    except OSError:
        log.warning("could not write %s", target, exc_info=True)


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


# -- listing and thinning ---------------------------------------------------------------------------


def _read_meta(path: Path) -> BackupInfo | None:
    meta_file = Path(f"{path}{META_SUFFIX}")
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        created = datetime.fromisoformat(meta["created_at"]).astimezone(UTC)
        return BackupInfo(
            path=path,
            created_at=created,
            reason=str(meta.get("reason", "")),
            contacts=int(meta.get("contacts", 0)),
            interactions=int(meta.get("interactions", 0)),
            schema_version=int(meta.get("schema_version", 0)),
            size=path.stat().st_size,
            source=str(meta.get("source", "")),
            source_signature=tuple(int(v) for v in meta.get("source_signature", [])),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def describe(path: Path) -> BackupInfo:
    """What a backup file holds, from its JSON or by reading it (read-only)."""
    path = Path(path)
    known = _read_meta(path)
    if known is not None:
        return known
    match = _NAME.match(path.name)
    if match:
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        reason = match["reason"]
    else:
        created = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        reason = ""
    contacts = interactions = version = 0
    try:
        conn = connect_read_only(path, timeout=5)
        try:
            contacts, interactions, version = read_counts(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        pass
    return BackupInfo(path, created, reason, contacts, interactions, version, path.stat().st_size)


def list_backups(source: Path | None = None, *, folder: Path | None = None) -> list[BackupInfo]:
    """Verified backups of ``source`` (or in ``folder``), newest first."""
    if folder is None:
        if source is None:
            raise ValueError("give a source or a folder")
        folder = backup_folder(source)
    if not folder.is_dir():
        return []
    found = [describe(p) for p in folder.iterdir() if p.is_file() and p.name.endswith(SUFFIX)]
    return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)


def newest_backup(source: Path) -> BackupInfo | None:
    listed = list_backups(source)
    return listed[0] if listed else None


def backups_to_keep(backups: list[BackupInfo], retention: Retention) -> set[Path]:
    """Newest ``recent`` backups, plus the newest one of each of the latest N days/weeks/months."""
    ordered = sorted(backups, key=lambda b: (b.created_at, b.path.name), reverse=True)
    keep = {b.path for b in ordered[: max(retention.recent, 1)]}
    zone = clock.local_zone()
    rules: list[tuple[int, Callable[[datetime], Hashable]]] = [
        (retention.daily, lambda d: d.date()),
        (retention.weekly, lambda d: d.isocalendar()[:2]),
        (retention.monthly, lambda d: (d.year, d.month)),
    ]
    for count, period in rules:
        seen: set[Hashable] = set()
        for backup in ordered:
            if len(seen) >= count:
                break
            key = period(backup.created_at.astimezone(zone))
            if key not in seen:
                seen.add(key)
                keep.add(backup.path)
    return keep


def prune_backups(folder: Path, retention: Retention | None = None) -> list[Path]:
    """Delete the backups ``retention`` does not keep; return the deleted files."""
    listed = list_backups(folder=folder)
    keep = backups_to_keep(listed, retention or Retention())
    removed = []
    for backup in listed:
        if backup.path not in keep:
            remove_quietly(backup.path, Path(f"{backup.path}{META_SUFFIX}"))
            removed.append(backup.path)
    for leftover in folder.glob(f"*{SUFFIX}{PARTIAL_SUFFIX}"):  # from a crash mid-backup
        remove_quietly(leftover)
    return removed


def preview(path: Path, limit: int = 8) -> BackupPreview:
    """A glimpse of a backup: recently changed contacts and latest entries (read-only)."""
    info = describe(path)
    contacts: list[str] = []
    entries: list[tuple[str, str, str]] = []
    try:
        conn = connect_read_only(path, timeout=5)
        try:
            contacts = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM contact WHERE deleted_at IS NULL ORDER BY updated_at DESC LIMIT ?",
                    (limit,),
                )
            ]
            entries = [
                (str(r[0])[:16].replace("T", " "), r[1], r[2])
                for r in conn.execute(
                    "SELECT i.occurred_at, c.name, i.summary FROM interaction i "
                    "JOIN contact c ON c.id = i.contact_id WHERE i.deleted_at IS NULL "
                    "ORDER BY i.occurred_at DESC LIMIT ?",
                    (limit,),
                )
            ]
        finally:
            conn.close()
    except sqlite3.Error:
        log.warning("could not preview %s", path, exc_info=True)
    return BackupPreview(info, contacts, entries)
