"""Another program that has a journal open, the way the window has it, while a ``with`` lasts.

``db.presence`` sees its lock on the journal's -shm; a read-only SQLite connection in another
process is all it takes (the process only reads once, then waits for its stdin to close).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_OPEN = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM contact").fetchone()
print("open", flush=True)
sys.stdin.read()
"""


@contextmanager
def open_elsewhere(path: Path) -> Iterator[None]:
    """The journal at ``path`` open in another process until the block ends."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _OPEN, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
        yield
    finally:
        proc.communicate("", timeout=30)
