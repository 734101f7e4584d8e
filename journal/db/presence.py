"""Whether another program has the journal open right now.

Every SQLite connection to a journal in WAL mode holds a shared POSIX lock on one byte of the
``-shm`` file (its "dead man's switch", byte 128) for as long as it is open. Linux lists every
POSIX lock in ``/proc/locks``; such a lock on the -shm held by another process means another
program (the window, a command, a sync) has the journal open. Elsewhere, or when in doubt, the
answer is "maybe", and callers act as if another program were there.

The -shm is never opened here, only looked up: opening and closing it would drop this process's
own SQLite locks on it (POSIX locks belong to the process, and any close of the file releases
them). For a journal this process does not have open, ``wal.in_use_elsewhere`` asks the lock
itself (``F_GETLK``), on every POSIX system.
"""

from __future__ import annotations

import os
from pathlib import Path

LOCKS = Path("/proc/locks")


def others_have_open(path: Path | str) -> bool:
    """False only when no other process holds a lock on the journal's -shm (Linux); else True."""
    try:
        inode = os.stat(f"{path}-shm").st_ino
        table = LOCKS.read_text(encoding="ascii", errors="replace")
    except OSError:
        return True
    me = os.getpid()
    for line in table.splitlines():
        # "12: POSIX  ADVISORY  READ 4711 fe:00:2253906 128 128" ("->" before POSIX: a waiter)
        fields = line.replace("->", " ").split()
        if len(fields) < 6:
            return True  # a layout this code does not know
        pid, where = fields[4], fields[5]
        if where.rsplit(":", 1)[-1] == str(inode) and pid != str(me):
            return True
    return False
