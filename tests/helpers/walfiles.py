"""Write-ahead logs made by the app itself in child processes: our own, a foreign one, a broken one.

Each journal is written by the real services in a child process that ends with
``os._exit`` while the journal is still open, so its ``-wal`` file stays behind exactly as
after a crash (no checkpoint on close).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WAL_HEADER = 32
FRAME_HEADER = 24

_WRITER = """
import json, os, sys
from pathlib import Path
from journal import db
from journal.services import contacts, interactions
path, fresh, people, commits = Path(sys.argv[1]), sys.argv[2] == "fresh", int(sys.argv[3]), int(sys.argv[4])
if not fresh:  # an existing journal: made and closed first, so its WAL holds only the later writes
    db.open_database(path)
    for i in range(people):
        contacts.create_contact(name=f"{sys.argv[5]} {i}", notes="n" * 200)
    db.close_database()
db.open_database(path)
db.database.execute_sql("PRAGMA wal_autocheckpoint = 0")
if fresh:
    for i in range(people):
        contacts.create_contact(name=f"{sys.argv[5]} {i}", notes="n" * 200)
person = contacts.create_contact(name=f"{sys.argv[5]} writer")
ids = []
for i in range(commits):  # one transaction each
    ids.append(interactions.log_interaction(contact_id=person.id, kind="networking", summary=f"t{i}").id)
print(json.dumps(ids), flush=True)
os._exit(0)  # no close: the WAL stays, as after a crash
"""


def journal_with_wal(
    path: Path, *, people: int, commits: int, fresh: bool = False, label: str = "Person"
) -> list[int]:
    """A journal at ``path`` whose last ``commits`` transactions (at least) are only in its WAL.

    ``fresh``: the journal is created inside the WAL too (nothing was ever checkpointed).
    Returns the ids of the interactions logged, one per transaction.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            _WRITER,
            str(path),
            "fresh" if fresh else "old",
            str(people),
            str(commits),
            label,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert Path(f"{path}-wal").stat().st_size > WAL_HEADER, "the writer left no WAL"
    ids: list[int] = json.loads(result.stdout.strip().splitlines()[-1])
    return ids


def foreign_wal(folder: Path, *, fresh: bool, people: int = 300) -> bytes:
    """The WAL of another, independent and larger journal (made in ``folder``, then removed)."""
    other = folder / "other-journal" / "journal.sqlite3"
    journal_with_wal(other, people=people, commits=5, fresh=fresh, label="Stranger")
    data = Path(f"{other}-wal").read_bytes()
    for file in other.parent.iterdir():
        file.unlink()
    other.parent.rmdir()
    return data


def page_size(wal: Path) -> int:
    """The page size written in a WAL header."""
    return int.from_bytes(wal.read_bytes()[8:12], "big")


def frame_count(wal: Path) -> int:
    """How many whole frames the WAL file holds."""
    size = page_size(wal)
    return (wal.stat().st_size - WAL_HEADER) // (FRAME_HEADER + size)


def garble_frame(wal: Path, frame: int, length: int = 64) -> None:
    """Overwrite ``length`` bytes in the middle of the page of frame number ``frame`` (0-based)."""
    size = page_size(wal)
    offset = WAL_HEADER + frame * (FRAME_HEADER + size) + FRAME_HEADER + size // 2
    with open(wal, "r+b") as handle:
        handle.seek(offset)
        handle.write(os.urandom(length))
