"""Backup files: where they live, what each holds, listing, thinning and previewing them.

``backups`` (making backups and deciding when) re-exports these names, so callers
write ``backups.list_backups(...)`` whichever module holds the code.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable, Hashable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from journal import clock, paths
from journal.safety.integrity import connect_read_only, read_counts

log = logging.getLogger(__name__)

STALE_PARTIAL_SECONDS = 3600  # a backup in progress writes its .partial file all along
SUFFIX = ".sqlite3"
META_SUFFIX = ".json"
PARTIAL_SUFFIX = ".partial"
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

    @classmethod
    def of(
        cls,
        path: Path,
        created_at: datetime,
        reason: str,
        counts: tuple[int, int, int],
        *,
        source: str = "",
        source_signature: tuple[int, ...] = (),
    ) -> BackupInfo:
        """Backup file ``path`` at its present size, holding ``counts`` (as ``read_counts`` gives them:
        contacts, interactions, schema version)."""
        contacts, interactions, version = counts
        size = path.stat().st_size
        return cls(path, created_at, reason, contacts, interactions, version, size, source, source_signature)


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


# -- the files ---------------------------------------------------------------------------------------


def remove_quietly(*files: Path) -> None:
    """Delete these files if they exist; a file that cannot be removed is only logged."""
    for file in files:
        try:
            file.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            log.warning("could not remove %s", file)


def write_meta(info: BackupInfo) -> None:
    """The JSON file next to a backup: when and why it was made, what it holds."""
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
    counts = (0, 0, 0)
    try:
        conn = connect_read_only(path, timeout=5)
        try:
            counts = read_counts(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        pass
    return BackupInfo.of(path, created, reason, counts)


def list_backups(source: Path | None = None, *, folder: Path | None = None) -> list[BackupInfo]:
    """Verified backups of ``source`` (or in ``folder``), newest first."""
    if folder is None:
        if source is None:
            raise ValueError("give a source or a folder")
        folder = backup_folder(source)
    if not folder.is_dir():
        return []
    found = []
    for file in folder.iterdir():
        if file.name.endswith(SUFFIX) and file.is_file():
            try:
                found.append(describe(file))
            except FileNotFoundError:  # thinned by another backup meanwhile
                continue
    return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)


def newest_backup(source: Path) -> BackupInfo | None:
    """The newest verified backup of ``source``, or None."""
    listed = list_backups(source)
    return listed[0] if listed else None


def backups_to_keep(backups: list[BackupInfo], retention: Retention) -> set[Path]:
    """Newest ``recent`` backups, the newest one of each of the latest N days/weeks/months, and
    every backup made today before a risky step (``before-import``, ``before-restore``…), so the
    state before the day's first import can always be restored."""
    ordered = sorted(backups, key=lambda b: (b.created_at, b.path.name), reverse=True)
    keep = {b.path for b in ordered[: max(retention.recent, 1)]}
    zone = clock.local_zone()
    today = clock.now().astimezone(zone).date()
    keep |= {
        b.path
        for b in ordered
        if b.reason.startswith("before-") and b.created_at.astimezone(zone).date() == today
    }
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
    for leftover in folder.glob(f"*{SUFFIX}{PARTIAL_SUFFIX}"):  # from a crash mid-backup...
        try:  # ...but not one another backup is writing right now
            stale = time.time() - leftover.stat().st_mtime > STALE_PARTIAL_SECONDS
        except FileNotFoundError:
            continue
        if stale:
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
