"""The data layer: Peewee models over one SQLite file. Imports no Qt."""

from __future__ import annotations

from pathlib import Path

from journal import paths
from journal.db.connection import (
    bind,
    close_database,
    create_private_file,
    database,
    database_path,
    looks_like_sqlite,
    raw_connection,
    read_user_version,
)
from journal.db.errors import (
    DatabaseCorruptError,
    DatabaseError,
    DatabaseFromFutureError,
    MigrationError,
)
from journal.db.migrations import SCHEMA_VERSION, BackupFn, migrate, refuse_future

__all__ = [
    "SCHEMA_VERSION",
    "DatabaseCorruptError",
    "DatabaseError",
    "DatabaseFromFutureError",
    "MigrationError",
    "close_database",
    "database",
    "database_path",
    "open_database",
    "raw_connection",
]


def open_database(path: Path | str, *, backup: BackupFn | None = None) -> Path:
    """Open (creating if needed) the journal at ``path`` and bring its schema up to date.

    A file from a newer version or one that is not a journal is refused
    before anything is written to it. ``backup(path, old_version)`` is called
    before a migration.
    """
    path = Path(path).expanduser()
    if path.exists() and path.stat().st_size > 0:
        if not looks_like_sqlite(path):
            raise DatabaseCorruptError(
                f"{path} is not a Networking Journal database (it is not an SQLite file, "
                "or its first bytes are damaged). It has not been changed."
            )
        refuse_future(read_user_version(path), path)
    elif not path.exists():
        create_private_file(path)
    else:
        paths.make_private_file(path)
    bind(path)
    try:
        migrate(path, backup)
    except Exception:
        close_database()
        raise
    for suffix in ("-wal", "-shm"):
        paths.make_private_file(Path(str(path) + suffix))
    return path
