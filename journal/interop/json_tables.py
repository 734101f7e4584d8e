"""The shape of our JSON export: its format name and version, and the journal's tables as the
export and the import see them (from ``sqlite_master``, so tables added by later schema
versions need nothing here): which, with which columns, parents before children."""

from __future__ import annotations

from journal.db import raw_connection

FORMAT = "networking-journal"
# 1: instants in the stored UTC form ("2026-03-10 08:00:00.000000");
# 2: instants with their offset ("2026-03-10T08:00:00.000000+00:00").
FORMAT_VERSION = 2


def data_tables() -> list[str]:
    """Real tables of the journal (not SQLite's own, not the search indexes)."""
    sql = "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    rows = raw_connection().execute(sql).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [
        name
        for name, _sql in rows
        if not name.startswith(("sqlite_", "sync_"))  # sync state belongs to this file and its server
        and name not in virtual
        and not any(name.startswith(v + "_") for v in virtual)
    ]


def table_columns(table: str) -> list[tuple[str, bool]]:
    """(name, not null) of each column."""
    return [(row[1], bool(row[3])) for row in raw_connection().execute(f'PRAGMA table_info("{table}")')]


def foreign_keys(table: str) -> dict[str, str]:
    """column -> referenced table."""
    return {row[3]: row[2] for row in raw_connection().execute(f'PRAGMA foreign_key_list("{table}")')}


def parents_first(tables: list[str]) -> list[str]:
    """Parents before children."""
    deps = {t: {p for p in foreign_keys(t).values() if p != t and p in tables} for t in tables}
    ordered: list[str] = []
    while deps:
        ready = sorted(t for t, parents in deps.items() if not parents - set(ordered))
        if not ready:  # a cycle: keep the rest in name order
            ready = sorted(deps)
        for t in ready:
            ordered.append(t)
            del deps[t]
    return ordered
