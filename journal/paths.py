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
    """Make sure the folder ``path`` exists; the folders created here are the user's only (0700).

    A folder that already exists is left exactly as it is (never chmod-ed): it may be a
    shared folder such as ``/tmp`` or one the user set up on purpose.
    """
    path = Path(path)
    missing: list[Path] = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:  # made meanwhile by someone else: not ours to change
            continue
        if os.name == "posix":
            os.chmod(folder, 0o700)  # the umask may have taken more than group and others
    if not path.is_dir():
        raise NotADirectoryError(f"{path} is not a folder")
    return path


def make_private_file(path: Path) -> None:
    """Restrict a file the app created to the user (0600 on POSIX)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def is_private(path: Path) -> bool:
    """True when nobody but the owner may read or write ``path`` (always True off POSIX)."""
    return os.name != "posix" or not (path.stat().st_mode & 0o077)
