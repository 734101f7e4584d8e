"""The schema of a journal file as comparable text: what ``sqlite_master`` holds, normalized."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

_CONSTRAINT = re.compile(r"^(constraint|primary key|foreign key|unique|check)\b")


def _read(path: Path) -> sqlite3.Connection:
    """Read a closed file without leaving -wal/-shm files next to it (the fixtures are committed)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _split_top_level(body: str) -> list[str]:
    parts, depth, current = [], 0, []
    for ch in body:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    return [p for p in parts if p]


def normalized(kind: str, sql: str) -> str:
    """``sql`` with quoting, spacing, case and ``IF NOT EXISTS`` made uniform.

    A table's columns are compared as a set (ALTER TABLE ADD COLUMN appends, and nothing
    in the app reads columns by position); its constraints keep their order.
    """
    text = re.sub(r'["`\[\]]', "", sql)
    text = re.sub(r"\s+", " ", text).strip().lower()
    text = re.sub(r"\s*([(),=])\s*", r"\1", text)
    text = text.replace(" if not exists ", " ")
    if kind == "table" and not text.startswith("create virtual"):
        head, _, rest = text.partition("(")
        body, _, tail = rest.rpartition(")")
        items = _split_top_level(body)
        columns = sorted(i for i in items if not _CONSTRAINT.match(i))
        constraints = [i for i in items if _CONSTRAINT.match(i)]
        text = f"{head}({','.join(columns + constraints)}){tail}"
    return text


def schema_of(path: Path) -> dict[tuple[str, str], str]:
    """(type, name) -> normalized SQL of every table, index, trigger and view, and the user version."""
    conn = _read(path)
    try:
        rows = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        )
        found = {
            (kind, name): f"on {table}: " + normalized(kind, sql or "") for kind, name, table, sql in rows
        }
        found[("pragma", "user_version")] = str(conn.execute("PRAGMA user_version").fetchone()[0])
        return found
    finally:
        conn.close()


def data_tables(path: Path) -> list[str]:
    """The tables holding rows (not SQLite's own, not the search indexes' shadow tables)."""
    conn = _read(path)
    try:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        conn.close()
    virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    shadow = tuple(v + "_" for v in virtual)
    return sorted(n for n, _sql in rows if not n.startswith(("sqlite_", *shadow)) and n not in virtual)


def rows_of(path: Path, table: str) -> tuple[list[str], list[tuple[object, ...]]]:
    """(column names, rows in rowid order) of one table."""
    conn = _read(path)
    try:
        cursor = conn.execute(f'SELECT * FROM "{table}"')
        # in a stable order that needs no rowid (WITHOUT ROWID tables have none)
        return [d[0] for d in cursor.description], sorted(cursor.fetchall(), key=repr)
    finally:
        conn.close()


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schema"
#: The live contacts in every fixture of version 1 (see fill_journal.py).
V1_CONTACTS = ["Ana Núñez", "Bo Lindqvist", "Cy Okafor"]


def fixture_versions() -> list[int]:
    """The schema versions that have a fixture file (``vN.sqlite3``), in order."""
    found = (re.fullmatch(r"v(\d+)\.sqlite3", p.name) for p in FIXTURES.glob("v*.sqlite3"))
    return sorted(int(m.group(1)) for m in found if m)


def old_journal(path: Path, version: int = 1) -> Path:
    """A copy at ``path`` of the real journal file of schema ``version`` (made by that version's code)."""
    shutil.copyfile(FIXTURES / f"v{version}.sqlite3", path)
    path.chmod(0o600)  # as the app leaves a journal; a checkout's 0644 would be "fixed" with a notice
    return path
