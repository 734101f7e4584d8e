"""Whether a journal passed the full check as it is now, so a big one is not read through every time.

``PRAGMA integrity_check`` (the only check that sees an index out of step with its table)
reads every row: about a second per 50 MB. When a journal passes it, the file's identity
(device, inode, size, modification and change times) is written next to it, in
``NAME-checked`` (like SQLite's ``-wal``: not data, readable by the user only). While the
identity is the same, nothing changed the file and the check need not run again.

This app's own work keeps the verdict: a journal this process checked — or created — is
recorded again, as it was left, when the process's last connection to it closes
(``bless``, called by ``journal.db.connection``). A journal changed by anything else —
another program, a copy, a restore — has another identity, so the next start checks it in
full. Damage SQLite meets while working removes the record (``forget``): the next start
checks in full and refuses. A damaged journal never gets a record (refused untouched).
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

from journal import clock, files

log = logging.getLogger(__name__)

SUFFIX = "-checked"

_lock = threading.Lock()
_checked_here: set[str] = set()  # journals this process found healthy or made (no damage seen since)


def _key(path: Path | str) -> str:
    return str(Path(path).expanduser().absolute())


def record_file(path: Path | str) -> Path:
    """Where the verdict of the journal at ``path`` is kept."""
    return Path(f"{path}{SUFFIX}")


def signature(path: Path | str) -> list[int] | None:
    """The identity of the file's contents as the file system tells it (None if it is gone)."""
    try:
        st = Path(path).stat()
    except OSError:
        return None
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def is_current(path: Path | str) -> bool:
    """True when the journal passed the full check and has not changed outside this app since."""
    current = signature(path)
    try:
        kept = json.loads(record_file(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if current is None or not isinstance(kept, dict) or kept.get("signature") != current:
        return False
    with _lock:
        _checked_here.add(_key(path))
    return True


def record(path: Path | str) -> None:
    """The full check found the journal healthy as it is now."""
    current = signature(path)
    if current is None:
        return
    with _lock:
        _checked_here.add(_key(path))
    try:
        with files.atomic_write(record_file(path)) as out:
            json.dump({"signature": current, "checked_at": clock.now().isoformat()}, out)
    except OSError:  # a read-only folder: the check simply runs again next time
        log.info("could not record the check of %s", Path(path).name)


def trust(path: Path | str) -> None:
    """This process made the journal: it is sound as far as anything here can tell."""
    with _lock:
        _checked_here.add(_key(path))


def bless(path: Path | str) -> None:
    """This process's last connection to the journal closed: record it as it was left."""
    with _lock:
        known = _key(path) in _checked_here
    if known:
        record(path)


def forget(path: Path | str) -> None:
    """Damage was found: drop the record, so the next start checks in full (and refuses)."""
    with _lock:
        _checked_here.discard(_key(path))
    try:
        record_file(path).unlink()
    except FileNotFoundError:
        pass
    except OSError:
        log.warning("could not remove %s", record_file(path).name)
