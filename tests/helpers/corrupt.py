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
    return _copy_of(path, f"journal-{people}.sqlite3", _BUILD, people, timeout=120)


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


def _bump_schema(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute(f"PRAGMA schema_version = {version + 1}")


def damage_index(path: Path, index: str = "contact_deleted_at_sort_key") -> None:
    """Put ``index`` out of step with its table, every page still well-formed.

    With ``writable_schema`` the index is made to look partial (``WHERE 0``), so rows changed
    meanwhile do not reach it; then it gets its real definition back. ``quick_check`` still
    says "ok"; only ``integrity_check`` (and wrong query results) show it.
    """
    conn = sqlite3.connect(path)
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (index,)).fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (f"{sql} WHERE 0", index))
    _bump_schema(conn)
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE contact SET sort_key = sort_key || ' moved' WHERE id % 3 = 0")
    conn.commit()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, index))
    _bump_schema(conn)
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def damage_table_page(path: Path, table: str = "interaction") -> int:
    """Scramble the cell pointers of one leaf page of ``table`` in the middle of the file; its page number."""
    conn = sqlite3.connect(path)
    leaves = [
        r[0]
        for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (table,)
        )
    ]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    page = leaves[len(leaves) // 2]
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size
    cells = int.from_bytes(data[start + 3 : start + 5], "big")
    rng = random.Random(page)
    for i in range(cells):  # each cell pointer now points into the middle of nowhere
        pointer = start + 8 + 2 * i
        data[pointer : pointer + 2] = rng.randrange(page_size + 1, 65535).to_bytes(2, "big")
    path.write_bytes(bytes(data))
    return page


_BUILD_BIG = """
import sys
from pathlib import Path
from journal import db
from journal.services import contacts, interactions
from journal.services.events import write
path, megabytes = Path(sys.argv[1]), int(sys.argv[2])
db.open_database(path)
with write():  # one transaction: fast, and the file is made by the app's own services
    i = 0
    while db.database.execute_sql("PRAGMA page_count").fetchone()[0] * 4096 < megabytes * 1024 * 1024:
        c = contacts.create_contact(name=f"Person {i}", notes=f"note {i} " * 1200, emails=[f"p{i}@x.org"])
        interactions.log_interaction(contact_id=c.id, kind="networking", summary=f"met {i}", notes="x" * 99)
        i += 1
db.close_database()
"""


def make_big_journal(path: Path, megabytes: int = 34) -> Path:
    """A healthy, closed journal bigger than ``megabytes`` (past the window's quick start-up check)."""
    return _copy_of(path, f"big-{megabytes}.sqlite3", _BUILD_BIG, megabytes, timeout=300)


def _copy_of(path: Path, name: str, script: str, size: int, *, timeout: float) -> Path:
    """A copy at ``path`` of the template ``name``, built once by ``script`` in a child process."""
    template = Path(_TEMPLATES.name) / name
    if not template.exists():
        subprocess.run(
            [sys.executable, "-c", script, str(template), str(size)],
            cwd=Path(__file__).resolve().parents[2],
            check=True,
            timeout=timeout,
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, path)
    return path
