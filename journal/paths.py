"""Where the app keeps its files. The one place that knows about platformdirs.

Tests point everything elsewhere with the ``NETWORKING_JOURNAL_HOME``
environment variable (all folders live under it) or ``NETWORKING_JOURNAL_DB``
(the database file only).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "NetworkingJournal"
DB_ENV = "NETWORKING_JOURNAL_DB"
HOME_ENV = "NETWORKING_JOURNAL_HOME"
DB_FILENAME = "journal.sqlite3"


def _home_override() -> Path | None:
    home = os.environ.get(HOME_ENV)
    return Path(home) if home else None


def data_dir() -> Path:
    """The folder of the journal and its backups."""
    home = _home_override()
    if home:
        return home / "data"
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def log_dir() -> Path:
    """The folder of the log file."""
    home = _home_override()
    if home:
        return home / "logs"
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def backup_dir() -> Path:
    """The folder of the default journal's backups."""
    return data_dir() / "backups"


def default_db_path() -> Path:
    """The journal file used without ``--db``: ``$NETWORKING_JOURNAL_DB``, else in ``data_dir()``."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / DB_FILENAME


def resolve_db_path(arg: str | os.PathLike[str] | None) -> Path:
    """The journal file to open: ``--db`` when given, else ``$NETWORKING_JOURNAL_DB``, else the default."""
    return Path(arg).expanduser() if arg else default_db_path()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the user only (0700 on POSIX)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def make_private_file(path: Path) -> None:
    """Restrict an existing file to the user (0600 on POSIX)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)
