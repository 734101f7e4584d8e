"""Issue 13: a large import into a nearly empty journal that nobody else has open is written in one
transaction, the indexes built after the rows (``interop.sliced.at_once``).

It must give the very journal the slices give, keep every index, and stay all or nothing: a
cancel, an error and a SIGKILL inside that one transaction leave the journal as it was.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from journal import db
from journal.db import database, raw_connection
from journal.interop import engine, sliced
from journal.interop.errors import ImportCancelled, ImportFileError
from journal.services import contacts, derived, search
from tests.conftest import FakeClock
from tests.helpers.elsewhere import open_elsewhere

ROOT = Path(__file__).resolve().parent.parent
COUNT = sliced.AT_ONCE_MIN + 500


def _uid(n: int) -> str:
    return f"urn:uuid:0000a000-0000-4000-8000-{n:012d}"


def _vcards(path: Path) -> Path:
    """Cards with most of what a phone writes, a few repeated, companies and a group."""
    cards = []
    for n in range(COUNT):
        lines = [
            "BEGIN:VCARD",
            "VERSION:4.0",
            f"UID:{_uid(n)}",
            f"FN:Persona {n} Núñez",
            f"N:Núñez;Persona {n};;;",
        ]
        if n % 3:
            lines.append(f"EMAIL;TYPE=work:p{n}@example.org")
        if n % 5 == 0:
            lines.append(f"TEL;TYPE=cell:+34 600 {n:06d}")
        if n % 7 == 0:
            lines.append(f"ADR;TYPE=home:;;Calle {n};Madrid;;28001;España")
        if n % 4 == 0:
            lines += [f"ORG:Empresa {n % 50}", "TITLE:Directora"]
        if n % 11 == 0:
            lines.append("CATEGORIES:clientes,amigos")
        if n % 13 == 0:
            lines.append(f"NICKNAME:Pepe{n}")
        if n % 17 == 0:
            lines.append("BDAY:19800131")
        if n % 19 == 0:
            lines.append(f"URL:https://example.org/{n}")
        if n % 23 == 0:
            lines.append(f"NOTE:Conocida en la feria {n}")
        cards.append(lines)
    cards += [list(cards[n]) for n in range(0, 300, 3)]  # exported twice: the same people again
    cards.append(["BEGIN:VCARD", "VERSION:4.0", "KIND:org", "FN:Empresa Sola", "TEL:+34 910 000 000"])
    group = ["BEGIN:VCARD", "VERSION:4.0", "KIND:group", "FN:Comité", f"UID:{_uid(10**9)}"]
    cards.append(group + [f"MEMBER:{_uid(n)}" for n in range(0, 40, 4)])
    path.write_text("".join("\r\n".join([*c, "END:VCARD"]) + "\r\n" for c in cards), encoding="utf-8")
    return path


def _linkedin(path: Path) -> Path:
    """LinkedIn connections: each one also an entry "Connected on LinkedIn"."""
    rows = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    rows += [
        f"Ana{n},García,https://www.linkedin.com/in/ana-{n},{f'ana{n}@example.com' if n % 2 else ''},"
        f"Org {n % 97},CEO,{1 + n % 28:02d} Mar {2010 + n % 15}"
        for n in range(COUNT)
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


FILES: dict[str, Callable[[Path], Path]] = {"vcard": _vcards, "linkedin": _linkedin}


def _indexes() -> list[tuple[str, str]]:
    return database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
    ).fetchall()


def _dump() -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows but their random uuids (and the meta keys, which name the batch)."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    tables = [r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        if table.startswith("sqlite_") or table == "meta" or table.endswith(("_data", "_idx")):
            continue  # FTS5's own b-trees: their layout depends on how the text was written
        columns = [r[1] for r in database.execute_sql(f'PRAGMA table_info("{table}")')]
        # An import writes each part's entries in date order, so their ids depend on the parts.
        skip = {"uuid", "id"} if table == "interaction" else {"uuid"}
        keep = ", ".join(f'"{c}"' for c in columns if c not in skip)
        found[table] = database.execute_sql(f'SELECT {keep} FROM "{table}" ORDER BY {keep}').fetchall()
    found["contact search"] = database.execute_sql(
        "SELECT rowid FROM contact_fts WHERE contact_fts MATCH 'nu* OR garc* OR madrid' ORDER BY rowid"
    ).fetchall()
    found["entry search"] = database.execute_sql(
        "SELECT i.contact_id, i.occurred_at FROM interaction_fts f JOIN interaction i ON i.id = f.rowid"
        " WHERE interaction_fts MATCH 'linkedin' ORDER BY 1, 2"
    ).fetchall()
    return found


def _statements() -> list[str]:
    seen: list[str] = []
    raw_connection().set_trace_callback(seen.append)
    return seen


@pytest.mark.parametrize("kind", FILES)
def test_one_transaction_gives_the_journal_the_slices_give(
    tmp_path: Path, fake_clock: FakeClock, kind: str
) -> None:
    source = FILES[kind](tmp_path / f"file.{kind}")
    journals = {}
    for alone in (False, True):
        db.open_database(tmp_path / f"{alone}.sqlite3")
        try:
            contacts.create_contact(name="Already here", emails=["p4@example.org", "ana5@example.com"])
            indexes = _indexes()
            seen = _statements()
            plan = engine.apply_import(engine.read_file(source), others_here=not alone)
            raw_connection().set_trace_callback(None)
            begins = [s for s in seen if s.upper().startswith("BEGIN")]
            assert (len(begins) == 1) is alone, len(begins)  # the slices: one transaction each
            assert _indexes() == indexes  # every index is there again, as it was
            assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
            # The search text and the figures are what the rows say (the slices' had left a group's
            # members written in an earlier slice without the group's tag in their search text).
            assert derived.stale_search(raw_connection()) == []
            assert derived.stale_figures(raw_connection()) == []
            journals[alone] = (plan.added, plan.merged, plan.skipped, _dump())
        finally:
            db.close_database()
    sliced_one, at_once = journals[False], journals[True]
    assert at_once[:3] == sliced_one[:3]
    assert at_once[0] >= COUNT - 1 and at_once[1] >= 1
    assert at_once[3].keys() == sliced_one[3].keys()
    for table, rows in sliced_one[3].items():
        assert at_once[3][table] == rows, table


def test_the_search_statistics_and_lookups_work_after_one_transaction(
    tmp_path: Path, db_path: Path, fake_clock: FakeClock
) -> None:
    plan = engine.apply_import(engine.read_file(_linkedin(tmp_path / "c.csv")), others_here=False)
    assert plan.added == COUNT
    ana = contacts.Contact.get(contacts.Contact.name == "Ana41 García")
    assert ana.networking_count == 1 and ana.last_networking_at is not None
    found = search.search_contacts(search.ContactFilter(text="ana41"), today=fake_clock().date())
    assert ana.id in [c.id for c in found] and all(c.name.startswith("Ana41") for c in found)
    query = "SELECT count(*) FROM contact_email WHERE value_key = 'ana41@example.com'"
    assert "USING" in database.execute_sql(f"EXPLAIN QUERY PLAN {query}").fetchall()[0][-1]
    assert database.execute_sql(query).fetchone()[0] == 1
    conn = raw_connection()
    assert derived.stale_search(conn) == [] and derived.stale_figures(conn) == []


def test_not_at_once_beside_another_program_or_into_a_full_journal(tmp_path: Path, db_path: Path) -> None:
    assert sliced.at_once(COUNT, others_here=False)
    assert not sliced.at_once(COUNT, others_here=True)  # the window's own threads write meanwhile
    assert not sliced.at_once(sliced.AT_ONCE_MIN - 1, others_here=False)
    assert not sliced.at_once(sliced.AT_ONCE_MAX + 1, others_here=False)
    with open_elsewhere(db_path):  # another program with the journal open
        assert not sliced.at_once(COUNT, others_here=False)
    assert sliced.at_once(COUNT, others_here=False)


@pytest.mark.parametrize("alone", [True, False], ids=["at once", "in slices"])
@pytest.mark.parametrize("how", ["cancel", "error"])
def test_a_cancel_or_an_error_past_the_middle_changes_nothing(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, alone: bool
) -> None:
    contacts.create_contact(name="Before")  # with no organization: a NULL that undoing must not trip on
    before, indexes = _dump(), _indexes()
    parsed = engine.read_file(_vcards(tmp_path / "cards.vcf"))
    seen: list[float] = []

    def late(contact_ids: list[int]) -> None:  # at once: the last thing, after the indexes are back
        if max(seen, default=0) > 0.5 and not failed:
            failed.append(True)  # once: undoing the slices refreshes figures too
            raise ImportFileError("boom")
        refresh(contact_ids)

    failed: list[bool] = []

    refresh = derived.refresh_contact_stats
    if how == "error":
        monkeypatch.setattr(derived, "refresh_contact_stats", late)
    with pytest.raises(ImportCancelled if how == "cancel" else ImportFileError):
        engine.apply_import(
            parsed,
            progress=lambda f, _m: seen.append(f),
            cancelled=lambda: how == "cancel" and max(seen, default=0) > 0.5,
            others_here=not alone,
        )
    assert max(seen) > 0.5  # it was well under way (in slices: several committed)
    # Everything goes, the new organizations too (undoing slices had kept them all).
    assert _dump() == before and _indexes() == indexes
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


_KILLED = """
import os, signal, sys
from journal import db
from journal.interop import engine
db.open_database(sys.argv[1])
parsed = engine.read_file(sys.argv[2])
def progress(done, _what):
    if done > 0.5:  # past the middle of the one transaction
        os.kill(os.getpid(), signal.SIGKILL)
engine.apply_import(parsed, progress=progress, others_here=False)
"""


def test_an_import_killed_inside_its_one_transaction_leaves_nothing(tmp_path: Path, db_path: Path) -> None:
    contacts.create_contact(name="Before")
    indexes = _indexes()
    db.close_database()
    source = _vcards(tmp_path / "cards.vcf")
    proc = subprocess.run([sys.executable, "-c", _KILLED, str(db_path), str(source)], cwd=ROOT, check=False)
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(db_path)  # as the file is, before the app has looked at it
    try:
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'batch.%'").fetchone()[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    db.open_database(db_path)
    assert _indexes() == indexes
    assert [c.name for c in contacts.Contact.select()] == ["Before"]
