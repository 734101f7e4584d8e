"""Writing files the user keeps (exports, backup copies, small state files) safely.

``atomic_write(target)`` writes into a temporary file in the target's folder and renames
it over ``target`` only when everything was written and flushed to disk: a full disk,
a crash or an error never leaves a truncated file behind, and an existing file stays as
it was until the new one is complete. New files are readable by the user only (0600).
A full disk raises ``journal.errors.DiskFullError`` (the temporary file is removed).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from journal import paths
from journal.errors import DiskFullError, disk_full

PRIVATE_FILE = 0o600


def fsync(path: Path) -> None:
    """Ask the disk to keep ``path`` (a file, or a folder after a rename) as it is now; quietly skipped
    where it cannot (folders cannot be opened on some systems)."""
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


@contextmanager
def atomic_write(
    target: Path | str,
    *,
    binary: bool = False,
    encoding: str = "utf-8",
    newline: str | None = None,
    create_folder: bool = False,
) -> Iterator[IO[Any]]:
    """A file object whose contents replace ``target`` when the block ends without error.

    ``create_folder`` creates a missing folder (readable by the user only); otherwise a
    missing folder is an error, as with ``open``.
    """
    target = Path(target).expanduser()
    folder = target.parent
    if create_folder:
        paths.ensure_private_dir(folder)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    except OSError as exc:
        if disk_full(exc):
            raise DiskFullError(folder) from exc
        raise
    temporary = Path(name)
    try:
        try:  # mkstemp makes it 0600 already; say so where umask or platform might differ
            if os.name == "posix":
                os.fchmod(fd, PRIVATE_FILE)
            handle: IO[Any] = (
                os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, newline=newline)
            )
        except BaseException:
            os.close(fd)
            raise
        with handle as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException as exc:
        try:
            temporary.unlink()
        except OSError:
            pass
        if isinstance(exc, Exception) and not isinstance(exc, DiskFullError) and disk_full(exc):
            raise DiskFullError(folder) from exc
        raise
    fsync(folder)


def write_bytes(target: Path | str, data: bytes) -> None:
    """``atomic_write`` for data already in memory."""
    with atomic_write(target, binary=True) as out:
        out.write(data)


def append_private(target: Path | str, text: str) -> Path:
    """Append ``text`` to a file readable by the user only (created with its folder if missing)."""
    target = Path(target)
    paths.ensure_private_dir(target.parent)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(text)
    return target
