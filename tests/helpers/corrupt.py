"""Damaged journal files of every kind, made fresh for each test (small and deterministic)."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from journal import db

KINDS = (
    "empty",
    "not_database",
    "bad_header",
    "truncated",
    "truncated_mid_page",
    "flipped",
    "foreign_wal",
    "alien_wal",
)


_TEMPLATES = tempfile.TemporaryDirectory(prefix="journal-templates-")
_BUILD = """
import sys
from pathlib import Path
from journal import db
from journal.services import contacts, interactions
path, people = Path(sys.argv[1]), int(sys.argv[2])
db.open_database(path)
for i in range(people):
    c = contacts.create_contact(name=f"Person {i}", notes="note " * 40, emails=[f"p{i}@example.org"])
    interactions.log_interaction(contact_id=c.id, kind="networking", summary=f"coffee {i}", notes="x" * 300)
db.close_database()
"""


def make_journal(path: Path, people: int = 40) -> Path:
    """A healthy, closed journal (no WAL left) with ``people`` contacts and one entry each.

    Built once per size in a child process and copied, so the shared database
    handle of the test process is never pointed at a file the test then damages
    (a leftover view reconnecting to it would write to it).
    """
    template = Path(_TEMPLATES.name) / f"journal-{people}.sqlite3"
    if not template.exists():
        subprocess.run(
            [sys.executable, "-c", _BUILD, str(template), str(people)],
            cwd=Path(__file__).resolve().parents[2],
            check=True,
            timeout=120,
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, path)
    return path


def _wal_of_other_database(folder: Path, schema: str, rows: int) -> bytes:
    """The -wal file of another database, grabbed while its writer still runs (as after a crash)."""
    other = folder / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.executescript(schema)
    conn.commit()
    for i in range(rows):
        conn.execute("INSERT INTO t(x) VALUES (?)", (f"other {i} " * 20,))
    conn.commit()
    data = Path(f"{other}-wal").read_bytes()
    conn.close()
    for file in folder.glob("other.sqlite3*"):
        file.unlink()
    return data


def make_damaged(kind: str, path: Path) -> Path:
    """Write a damaged journal of ``kind`` at ``path``; return ``path``."""
    if kind == "empty":
        path.write_bytes(b"")
        return path
    if kind == "not_database":
        path.write_text("Dear diary, these are not the droids you are looking for.\n" * 200)
        return path
    make_journal(path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    if kind == "bad_header":
        data[0:16] = b"SQLite formXt 3\x00"
        data[21] = 0x41
    elif kind == "truncated":
        data = data[: (len(data) // page_size // 2) * page_size]
    elif kind == "truncated_mid_page":
        data = data[: len(data) // 2 + 123]
    elif kind == "flipped":
        rng = random.Random(7)
        for page in range(1, len(data) // page_size):  # every b-tree page but the first
            start = page * page_size
            for offset in range(0, 12):
                data[start + offset] ^= rng.randrange(1, 256)
    elif kind in ("foreign_wal", "alien_wal"):
        schema = (
            "CREATE TABLE t(id INTEGER PRIMARY KEY, x TEXT);"
            if kind == "alien_wal"
            else "CREATE TABLE contact(id INTEGER PRIMARY KEY, x TEXT);"
            "CREATE TABLE interaction(id INTEGER PRIMARY KEY, x TEXT);"
            "CREATE TABLE t(id INTEGER PRIMARY KEY, x TEXT);"
            f"PRAGMA user_version = {db.SCHEMA_VERSION};"
        )
        Path(f"{path}-wal").write_bytes(_wal_of_other_database(path.parent, schema, 300))
    else:
        raise ValueError(kind)
    path.write_bytes(bytes(data))
    return path


def snapshot(path: Path) -> dict[str, bytes]:
    """The bytes of the file and its WAL (the -shm index is not data)."""
    found = {}
    for suffix in ("", "-wal"):
        file = Path(f"{path}{suffix}")
        if file.exists():
            found[suffix] = file.read_bytes()
    return found


def copy_journal(source: Path, target: Path) -> None:
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", f"{target}{suffix}")
