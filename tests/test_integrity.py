"""Damaged files are recognised without being written to; secure deletion leaves no trace."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from journal import db
from journal.safety import integrity
from journal.services import contacts, interactions, trash
from tests.helpers.corrupt import KINDS, make_damaged, make_journal, snapshot

EXPECTED = {
    "empty": integrity.EMPTY,
    "not_database": integrity.NOT_DATABASE,
    "bad_header": integrity.BAD_HEADER,
    "truncated": integrity.TRUNCATED,
    "truncated_mid_page": integrity.TRUNCATED,
    "flipped": integrity.DAMAGED,
    "foreign_wal": integrity.FOREIGN_WAL,
    "alien_wal": integrity.FOREIGN_WAL,
}


@pytest.mark.parametrize("kind", KINDS)
def test_damage_is_found_without_writing(tmp_path: Path, kind: str) -> None:
    path = make_damaged(kind, tmp_path / "journal.sqlite3")
    before = snapshot(path)
    files = sorted(p.name for p in tmp_path.iterdir())
    problem = integrity.diagnose(path)
    assert problem is not None and problem.kind == EXPECTED[kind], problem
    assert problem.message
    # A foreign -wal next to a healthy file is not damage: opening sets it aside (tests/test_wal_files.py).
    assert problem.damaged == (problem.kind != integrity.FOREIGN_WAL)
    report = integrity.full_check(path)
    assert not report.ok
    assert snapshot(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files  # not even a -shm appeared


def test_healthy_journal_passes_every_check(tmp_path: Path) -> None:
    path = make_journal(tmp_path / "journal.sqlite3", people=5)
    assert integrity.diagnose(path) is None
    report = integrity.full_check(path)
    assert report.ok and (report.contacts, report.interactions) == (5, 5)
    assert integrity.diagnose(tmp_path / "missing.sqlite3") is None  # a new journal


def test_open_journal_with_wal_is_healthy(db_path: Path) -> None:
    contacts.create_contact(name="Ana")
    assert Path(f"{db_path}-wal").stat().st_size > 0
    assert integrity.diagnose(db_path) is None
    assert integrity.full_check(db_path).ok


def test_foreign_key_problems_are_reported(tmp_path: Path) -> None:
    path = make_journal(tmp_path / "journal.sqlite3", people=1)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE interaction SET contact_id = 999")
    conn.commit()
    conn.close()
    report = integrity.full_check(path)
    assert not report.ok
    assert any("interaction" in line and "contact" in line for line in report.findings)


def test_future_schema_is_not_damage(tmp_path: Path) -> None:
    path = make_journal(tmp_path / "journal.sqlite3", people=1)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 3}")
    conn.commit()
    conn.close()
    problem = integrity.diagnose(path)
    assert problem is not None and problem.kind == integrity.FUTURE_SCHEMA and not problem.damaged


def test_move_aside_keeps_the_file_and_its_wal(tmp_path: Path) -> None:
    path = make_damaged("foreign_wal", tmp_path / "journal.sqlite3")
    before = snapshot(path)
    moved = integrity.move_aside(path)
    assert not path.exists() and not Path(f"{path}-wal").exists()
    assert moved.name.startswith("journal.sqlite3.damaged-")
    assert moved.read_bytes() == before[""]
    assert Path(f"{moved}-wal").read_bytes() == before["-wal"]
    assert integrity.move_aside(path.with_name("gone.sqlite3")) is not None  # nothing there: no error


def test_journals_set_aside_in_the_same_second_are_all_kept(tmp_path: Path, fake_clock) -> None:
    path = tmp_path / "journal.sqlite3"
    kept = []
    for text in (b"first", b"second", b"third"):
        path.write_bytes(text)
        kept.append(integrity.move_aside(path))
    # 10:00 UTC is 11:00 in Madrid: the stamp is local time
    assert [p.name for p in kept] == [
        "journal.sqlite3.damaged-20260310-110000",
        "journal.sqlite3.damaged-20260310-110000-2",
        "journal.sqlite3.damaged-20260310-110000-3",
    ]
    assert [p.read_bytes() for p in kept] == [b"first", b"second", b"third"]


def _raw(path: Path) -> bytes:
    return b"".join(
        Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal") if Path(f"{path}{suffix}").exists()
    )


def test_empty_trash_leaves_no_trace_in_the_file(db_path: Path) -> None:
    keeper = contacts.create_contact(name="Keeper")
    for i in range(10):
        c = contacts.create_contact(name=f"Zanzibarquux {i}", notes="secretnotexyzzy " * 20)
        interactions.log_interaction(
            contact_id=c.id, kind="networking", summary="plughsummary", notes="plugh"
        )
        contacts.trash_contact(c.id)
    entry = interactions.log_interaction(contact_id=keeper.id, kind="sales", summary="frobozzsummary")
    interactions.trash_interaction(entry.id)
    assert b"Zanzibarquux" in _raw(db_path)
    result = trash.empty_trash()
    assert (result.contacts, result.interactions) == (10, 1) and result.wal_truncated
    raw = _raw(db_path)
    for secret in (b"Zanzibarquux", b"secretnotexyzzy", b"plugh", b"frobozz"):
        assert secret not in raw, secret
    assert Path(f"{db_path}-wal").stat().st_size == 0
    assert trash.list_trash() == []
    assert [c.name for c in contacts.Contact.select()] == ["Keeper"]
    assert db.database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.database.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_purge_contact_deletes_everything_about_them(db_path: Path) -> None:
    other = contacts.create_contact(name="Other")
    gone = contacts.create_contact(name="Qwertyuiop Person", notes="purgenotes", emails=["qwe@purge.example"])
    interactions.log_interaction(contact_id=gone.id, kind="networking", summary="purgesummary")
    result = trash.purge_contact(gone.id)
    assert result.contacts == 1 and result.interactions == 1
    raw = _raw(db_path)
    for secret in (b"Qwertyuiop", b"purgenotes", b"purgesummary", b"purge.example"):
        assert secret not in raw, secret
    assert [c.name for c in contacts.Contact.select()] == ["Other"]
    assert contacts.get_contact(other.id).name == "Other"


def test_safety_package_imports_no_qt() -> None:
    code = (
        "import sys, journal.safety.backups, journal.safety.restore, journal.safety.integrity, "
        "journal.safety.commands, journal.services.trash\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def _copy_contacts_and_checkpoint(path: Path, rows: int) -> None:
    """Another program's write: ``rows`` more contacts, checkpointed into the file, WAL removed."""
    writer = sqlite3.connect(path)
    columns = [r[1] for r in writer.execute("PRAGMA table_info(contact)")]
    picked = ", ".join(
        "NULL" if c == "id" else "lower(hex(randomblob(16)))" if c == "uuid" else c for c in columns
    )
    for _ in range(rows // 40):
        writer.execute(f"INSERT INTO contact ({', '.join(columns)}) SELECT {picked} FROM contact LIMIT 40")
    writer.commit()
    writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    writer.close()


@pytest.mark.parametrize("check", ["verify", "full_check"])
def test_a_writer_starting_during_the_check_is_not_taken_for_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, check: str
) -> None:
    # No -wal at the start (every program had closed the journal); another one opens it and
    # writes while the check reads: that is a busy journal, not a damaged one (CI's stress run).
    path = make_journal(tmp_path / "journal.sqlite3", people=3000)
    assert not Path(f"{path}-wal").exists()
    real_connect = sqlite3.connect
    wrote: list[int] = []

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        calls = [0]

        def midway() -> int:
            calls[0] += 1
            if calls[0] == 3 and not wrote:  # within the check
                wrote.append(1)
                _copy_contacts_and_checkpoint(path, 4000)
            return 0

        conn.set_progress_handler(midway, 1000)
        return conn

    monkeypatch.setattr(integrity.sqlite3, "connect", connect)
    if check == "verify":
        problem = integrity.verify(path)
    else:
        report = integrity.full_check(path)
        problem = None if report.ok else report.problem
    assert wrote, "the other program never wrote during the check"
    assert problem is None, problem.detail if problem else ""
    monkeypatch.undo()
    assert integrity.full_check(path).ok
