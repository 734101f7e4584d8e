"""What the last full check of each journal found, so big files are not read through every time.

``PRAGMA integrity_check`` (the only check that sees an index out of step with its table)
reads every row: about a second per 50 MB. Its verdict is kept here with the file's
identity (device, inode, size, modification and change times); while those are the same,
nothing outside SQLite changed the file, and the verdict stands. Every open by this app,
its own writes and its own checkpoints keep the verdict: after closing the journal the app
records the file as it left it (``bless``), but only when it had checked it (or found the
verdict standing) itself and saw no damage meanwhile. Anything else that touches the
file — another program, a copy, a restore — changes its identity, so the next start checks
it in full again. Damage SQLite meets while working is recorded too (``condemn``).

The verdicts live in one small JSON file in the app's data folder, written atomically.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

from journal import clock, files, paths

log = logging.getLogger(__name__)

FILENAME = "checked-journals.json"
OK = "ok"
DAMAGED = "damaged"
_MAX_ENTRIES = 50

_lock = threading.Lock()
_checked_here: set[str] = set()  # journals this process found healthy (and saw no damage in since)


def _key(path: Path | str) -> str:
    return str(Path(path).expanduser().resolve())


def signature(path: Path | str) -> list[int] | None:
    """The identity of the file's contents as the file system tells it (None if it is gone)."""
    try:
        st = Path(path).stat()
    except OSError:
        return None
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _store() -> Path:
    return paths.data_dir() / FILENAME


def _load() -> dict[str, dict[str, object]]:
    try:
        data = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(data: dict[str, dict[str, object]]) -> None:
    if len(data) > _MAX_ENTRIES:  # forget the oldest verdicts
        ordered = sorted(data.items(), key=lambda item: str(item[1].get("at", "")))
        data = dict(ordered[-_MAX_ENTRIES:])
    try:
        with files.atomic_write(_store(), create_folder=True) as out:
            json.dump(data, out, indent=1)
    except OSError:
        log.warning("could not record the journal check", exc_info=True)


def lookup(path: Path | str) -> tuple[str, str] | None:
    """(verdict, detail) recorded for the file exactly as it is now, or None."""
    current = signature(path)
    if current is None:
        return None
    with _lock:
        entry = _load().get(_key(path))
    if not entry or entry.get("signature") != current:
        return None
    verdict = str(entry.get("verdict", ""))
    if verdict == OK:
        _checked_here.add(_key(path))
    return verdict, str(entry.get("detail", ""))


def record(path: Path | str, verdict: str, detail: str = "") -> None:
    """Remember what a full check of the file as it is now found."""
    current = signature(path)
    if current is None:
        return
    key = _key(path)
    with _lock:
        if verdict == OK:
            _checked_here.add(key)
        else:
            _checked_here.discard(key)
        data = _load()
        data[key] = {
            "signature": current,
            "verdict": verdict,
            "detail": detail,
            "at": clock.now().isoformat(),
        }
        _save(data)


def bless(path: Path | str) -> None:
    """After this process worked on a journal it had found healthy: record it as it left it."""
    if _key(path) in _checked_here:
        record(path, OK)


def condemn(path: Path | str, detail: str) -> None:
    """SQLite met damage in the journal while working: remember it until the file changes."""
    log.warning("damage found in %s: %s", Path(path).name, detail)
    record(path, DAMAGED, detail)
