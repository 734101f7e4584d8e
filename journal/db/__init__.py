"""The data layer: Peewee models over one SQLite file. Imports no Qt."""

from __future__ import annotations

from journal.db.connection import (
    bind,
    close_database,
    create_private_file,
    database,
    database_path,
    looks_like_sqlite,
    raw_connection,
    read_user_version,
    set_write_wait_observer,
)
from journal.db.errors import (
    DatabaseCorruptError,
    DatabaseError,
    DatabaseFromFutureError,
    DatabaseMissingError,
    MigrationError,
    WalDamagedError,
)
from journal.db.migrations import SCHEMA_VERSION, BackupFn, migrate, refuse_future
from journal.db.opening import OpenNotice, check_wal, open_database

__all__ = [
    "SCHEMA_VERSION",
    "BackupFn",
    "DatabaseCorruptError",
    "DatabaseError",
    "DatabaseFromFutureError",
    "DatabaseMissingError",
    "MigrationError",
    "OpenNotice",
    "WalDamagedError",
    "bind",
    "check_wal",
    "close_database",
    "create_private_file",
    "database",
    "database_path",
    "looks_like_sqlite",
    "migrate",
    "open_database",
    "raw_connection",
    "read_user_version",
    "refuse_future",
    "set_write_wait_observer",
]
