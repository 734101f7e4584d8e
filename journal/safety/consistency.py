"""Does the journal agree with itself? The checks after "the file is readable" (``integrity``).

``check(path)`` looks, without changing anything, at

- the search indexes: ``interaction_fts`` against the entries (SQLite's own FTS5
  integrity check), ``contact_fts`` against what each contact's rows say;
- the figures kept on each live contact (last talk, counts, next follow-up) against a recount;
- every row against the model's rules (``services.row_rules``, the services' own checks):
  a value the window cannot show, or one not written the way the journal writes it
  (an instant with an offset, a stale sort key).

``repair()`` (the open journal, one transaction) rebuilds what can be rebuilt — both search
indexes, the figures, the sort keys, values with a canonical form — and leaves rows that
break a rule for the user (they are listed; nothing is guessed or deleted).
``check_journal(path)`` runs ``integrity.full_check`` first and this only on a healthy file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal.db import database, fts, raw_connection
from journal.db.connection import begin_immediate
from journal.safety import integrity
from journal.safety.errors import QT_TRANSLATE_NOOP
from journal.services import derived, row_rules
from journal.services.errors import ValidationError
from journal.services.events import Action, Entity, changes, write

SEARCH_ENTRIES = "search_entries"
SEARCH_CONTACTS = "search_contacts"
FIGURES = "figures"
STORED_FORM = "stored_form"
RULE = "rule"

MESSAGES = {
    SEARCH_ENTRIES: QT_TRANSLATE_NOOP(
        "Safety", "The search index of the entries does not match the entries ({detail})."
    ),
    SEARCH_CONTACTS: QT_TRANSLATE_NOOP(
        "Safety", "The search index is out of date for %n contacts ({names})."
    ),
    FIGURES: QT_TRANSLATE_NOOP(
        "Safety",
        "The figures kept for %n contacts (last talk, counts, next follow-up) do not match their "
        "records ({names}).",
    ),
    STORED_FORM: QT_TRANSLATE_NOOP(
        "Safety", "{who}{table} record {row}: {column} is kept as “{stored}” instead of “{expected}”."
    ),
    RULE: QT_TRANSLATE_NOOP("Safety", "{who}{table} record {row}, {column}: {problem}"),
}
NAMES_SHOWN = 3


@dataclass(frozen=True)
class Finding:
    """One thing that does not agree. ``repairable``: ``repair()`` puts it right."""

    kind: str
    args: dict[str, Any]
    repairable: bool
    error: ValidationError | None = None  # RULE: the rule the row breaks
    count: int = -1  # for the messages with %n: how many

    @property
    def template(self) -> str:
        """The English message with ``{placeholders}`` (context "Safety")."""
        return MESSAGES[self.kind]

    @property
    def message(self) -> str:
        """The English message."""
        return self.template.replace("%n", str(self.count)).format(**self.args)


@dataclass
class ConsistencyReport:
    """What ``check`` found (at most ``limit`` findings of rows; ``more`` says how many were left out)."""

    findings: list[Finding] = field(default_factory=list)
    more: int = 0

    @property
    def ok(self) -> bool:
        """True when everything agrees."""
        return not self.findings

    @property
    def repairable(self) -> list[Finding]:
        """What ``repair()`` would put right."""
        return [f for f in self.findings if f.repairable]

    @property
    def broken_rules(self) -> list[Finding]:
        """Rows that break a rule: only the user (or a backup) can put them right."""
        return [f for f in self.findings if not f.repairable]


@dataclass
class JournalCheck:
    """Help ▸ Check database and ``networking-journal check``: the file, then its contents."""

    integrity: integrity.CheckReport
    consistency: ConsistencyReport | None = None  # None when the file itself has a problem

    @property
    def ok(self) -> bool:
        """True when nothing at all was found."""
        return self.integrity.ok and self.consistency is not None and self.consistency.ok


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    # WITHOUT ROWID tables (sync's change log) hold only keys: no rules to check, and no rowid to name
    return [
        name for name, sql in rows if row_rules.columns(name) and "WITHOUT ROWID" not in (sql or "").upper()
    ]


def _rows(conn: sqlite3.Connection, table: str) -> Iterator[tuple[int, dict[str, Any]]]:
    cursor = conn.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid')
    names = [d[0] for d in cursor.description][1:]
    for row in cursor:
        yield int(row[0]), dict(zip(names, row[1:], strict=True))


def _names(conn: sqlite3.Connection, ids: list[int]) -> str:
    """The first contacts' names, for a message ("Ana García, Bo Li, …")."""
    names = [_name_of(conn, i) for i in ids[:NAMES_SHOWN]]
    return ", ".join(n for n in names if n) + (", …" if len(ids) > NAMES_SHOWN else "")


def _name_of(conn: sqlite3.Connection, contact_id: Any) -> str:
    row = conn.execute("SELECT name FROM contact WHERE id = ?", (contact_id,)).fetchone()
    return str(row[0]) if row and isinstance(row[0], str) else ""


def _who(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> str:
    """Whose record this is, to find it in the window ("Ana García — "), or ""."""
    name = row.get("name") if table == "contact" else _name_of(conn, row.get("contact_id"))
    return f"{name} — " if isinstance(name, str) and name.strip() else ""


def _row_findings(conn: sqlite3.Connection) -> Iterator[tuple[Finding, tuple[str, int, str, Any] | None]]:
    """Rule and stored-form findings, with the fix (table, rowid, column, value) when there is one."""
    for table in _tables(conn):
        for rowid, row in _rows(conn, table):
            try:
                kept = row_rules.check_row(table, row, stored_form_is_utc=True)
            except row_rules.RowError as exc:
                args = {"who": _who(conn, table, row), "table": table, "row": rowid, "column": exc.column}
                yield Finding(RULE, {**args, "problem": str(exc.error)}, False, exc.error), None
                continue
            for column, value in kept.items():
                if column in row and value != row[column]:
                    args = {"who": _who(conn, table, row), "table": table, "row": rowid, "column": column}
                    args.update(stored=row[column], expected=value)
                    yield Finding(STORED_FORM, args, True), (table, rowid, column, value)


def _fts_problem(conn: sqlite3.Connection, table: str) -> str | None:
    """SQLite's own check of an FTS5 index (against its content table too)."""
    try:
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None


def check(path: Path | str, *, limit: int = 200) -> ConsistencyReport:
    """Everything above, read in one snapshot that is rolled back: nothing is written."""
    report = ConsistencyReport()
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
    try:
        # FTS5's integrity check is an INSERT that changes nothing: a write transaction of its own,
        # waited for like any write and rolled back at once; the rest reads one snapshot and
        # leaves the journal free for the window's writes meanwhile.
        begin_immediate(conn, folder=Path(path).parent)
        for table in ("interaction_fts", "contact_fts"):
            problem = _fts_problem(conn, table)
            if problem is not None:
                report.findings.append(Finding(SEARCH_ENTRIES, {"detail": f"{table}: {problem}"}, True))
        conn.execute("ROLLBACK")
        conn.execute("BEGIN")  # deferred on purpose: the checks below only read, from one snapshot
        stale = derived.stale_search(conn, limit=1_000_000)
        if stale:
            names = {"names": _names(conn, stale)}
            report.findings.append(Finding(SEARCH_CONTACTS, names, True, count=len(stale)))
        figures = sorted({cid for cid, _column in derived.stale_figures(conn, limit=1_000_000)})
        if figures:
            names = {"names": _names(conn, figures)}
            report.findings.append(Finding(FIGURES, names, True, count=len(figures)))
        for finding, _fix in _row_findings(conn):
            if len(report.findings) < limit:
                report.findings.append(finding)
            else:
                report.more += 1
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
    return report


def repair() -> int:
    """Rebuild, in one write on the open journal, what ``check`` can put right; the number of
    stored values rewritten to the journal's form. Rows that break a rule are left as they are."""
    with write():
        conn = raw_connection()
        fixes = [fix for _finding, fix in _row_findings(conn) if fix is not None]
        for table, rowid, column, value in fixes:
            conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (value, rowid))
        derived.refresh_live_contacts()
        derived.rebuild_search()
        fts.rebuild_interactions(database)
        for table in ("interaction_fts", "contact_fts"):
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        changes.emit(Entity.DATABASE, Action.UPDATED)
    return len(fixes)


def check_journal(path: Path | str) -> JournalCheck:
    """The file's integrity (``integrity.full_check``), then, on a healthy file, ``check``."""
    report = integrity.full_check(path)
    if not report.ok:
        return JournalCheck(report)
    return JournalCheck(report, check(path))
