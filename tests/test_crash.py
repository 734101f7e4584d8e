"""Crash safety: SIGKILL at random moments, a killed import, a full disk, exceptions mid-write."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import peewee
import pytest

from journal import db
from journal.errors import DiskFullError
from journal.safety import integrity
from journal.safety.errors import DISK_FULL, READ_ONLY, storage_problem
from journal.services import contacts, interactions
from journal.services.events import write

ROOT = Path(__file__).resolve().parent.parent


def _start(path: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.writer", str(path), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _kill(proc: subprocess.Popen[str], pump: threading.Thread) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    pump.join(timeout=10)
    assert proc.stdout is not None
    proc.stdout.close()


def _read_lines(proc: subprocess.Popen[str], lines: list[str]) -> threading.Thread:
    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.strip())

    thread = threading.Thread(target=pump, daemon=True)
    thread.start()
    return thread


def _check_file(path: Path) -> sqlite3.Connection:
    assert integrity.diagnose(path) is None  # a crash leaves a WAL that is not mistaken for damage
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return conn


@pytest.mark.slow
def test_sigkill_while_logging_loses_no_committed_entry(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    rng = random.Random(1234)
    reported: set[int] = set()
    for _round in range(15):
        proc = _start(path, "loop")
        lines: list[str] = []
        pump = _read_lines(proc, lines)
        first = threading.Event()
        # Wait for the first committed id (start-up takes a moment), then kill at a random moment.
        deadline = 30.0
        while not lines and deadline > 0 and proc.poll() is None:
            first.wait(0.02)
            deadline -= 0.02
        assert any(x.isdigit() for x in lines), lines
        first.wait(rng.uniform(0.05, 0.4))
        _kill(proc, pump)
        reported.update(int(x) for x in lines if x.isdigit())
        conn = _check_file(path)
        present = {row[0] for row in conn.execute("SELECT id FROM interaction")}
        conn.close()
        assert reported <= present, sorted(reported - present)[:5]
    assert len(reported) > 15


@pytest.mark.slow
def test_killed_import_leaves_no_half_import(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    db.open_database(path)
    contacts.create_contact(name="Before the import")
    db.close_database()
    proc = _start(path, "import", "5000")
    lines: list[str] = []
    pump = _read_lines(proc, lines)
    waited = threading.Event()
    for _ in range(3000):
        if "halfway" in lines or proc.poll() is not None:
            break
        waited.wait(0.01)
    assert "halfway" in lines, lines
    _kill(proc, pump)
    assert "done" not in lines
    conn = _check_file(path)
    names = [r[0] for r in conn.execute("SELECT name FROM contact")]
    assert names == ["Before the import"]
    assert conn.execute("SELECT count(*) FROM interaction").fetchone()[0] == 0
    conn.close()


def test_disk_full_mid_import_rolls_back_everything(db_path: Path) -> None:
    keeper = contacts.create_contact(name="Saved before")
    pages = db.database.execute_sql("PRAGMA page_count").fetchone()[0]
    db.database.execute_sql(f"PRAGMA max_page_count = {pages + 5}")
    with pytest.raises(DiskFullError) as caught, write():
        for i in range(2000):
            c = contacts.create_contact(name=f"Big import {i}", notes="x" * 2000)
            interactions.log_interaction(contact_id=c.id, kind="networking", summary="imported")
    assert storage_problem(caught.value) == DISK_FULL
    db.database.execute_sql("PRAGMA max_page_count = 1073741823")
    assert [c.name for c in contacts.Contact.select()] == ["Saved before"]
    db.close_database()
    db.open_database(db_path)
    assert contacts.get_contact(keeper.id).name == "Saved before"
    assert db.database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_exception_mid_write_is_rolled_back(db_path: Path) -> None:
    with pytest.raises(RuntimeError), write():
        contacts.create_contact(name="Half")
        raise RuntimeError("boom")
    assert contacts.Contact.select().count() == 0


def test_storage_problems_are_recognised() -> None:
    assert storage_problem(sqlite3.OperationalError("database or disk is full")) == DISK_FULL
    assert storage_problem(peewee.OperationalError("attempt to write a readonly database")) == READ_ONLY
    assert storage_problem(OSError(28, "No space left on device")) == DISK_FULL
    assert storage_problem(PermissionError(13, "Permission denied")) == READ_ONLY
    assert storage_problem(ValueError("nope")) is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_two_cli_writers_never_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    db.open_database(path)
    db.close_database()
    procs = [_start(path, "loop") for _ in range(2)]
    outputs: list[list[str]] = [[], []]
    pumps = [_read_lines(p, out) for p, out in zip(procs, outputs, strict=True)]
    waited = threading.Event()
    for _ in range(3000):
        if all(len(out) > 20 for out in outputs):
            break
        waited.wait(0.01)
    for proc, pump in zip(procs, pumps, strict=True):
        _kill(proc, pump)
    conn = _check_file(path)
    present = {row[0] for row in conn.execute("SELECT id FROM interaction")}
    conn.close()
    assert all(len(out) > 20 for out in outputs)
    assert {int(x) for out in outputs for x in out if x.isdigit()} <= present
