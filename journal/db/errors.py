"""Errors about the database file itself ("the environment is wrong")."""


class DatabaseError(Exception):
    """A database file cannot be used. The message says why and what to do."""


class DatabaseFromFutureError(DatabaseError):
    """The file was written by a newer version of the app."""


class DatabaseCorruptError(DatabaseError):
    """The file is damaged or is not a journal database at all."""


class MigrationError(DatabaseError):
    """Upgrading the file failed; it was left as it was."""


class WalDamagedError(DatabaseCorruptError):
    """The journal's write-ahead log (``-wal``) is damaged: using it would lose changes."""


class DatabaseMissingError(DatabaseError):
    """There is no journal at the path, and creating one was not asked for."""
