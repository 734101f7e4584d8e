"""The stress test's two false alarms, made deterministic: a healthy WAL left by killed writers.

Each WAL here is written by SQLite itself through the app's services; the files are copied
while the journal is still open, exactly as a SIGKILL leaves them (no checkpoint on close).

1. Layered tails. A writer killed after writing its commit frames but before telling the
   other connections (the wal-index) leaves a whole transaction nobody saw committed; a
   surviving writer starts over its first frames, and a second such kill lays a shorter tail
   over the first one's. Behind the first bad frame there are then two commit frames, the
   first followed by more frames — but of another, unrelated tail. SQLite ignores them all.
2. Checkpoint holes. A checkpoint first grows the file to the database's size, then copies
   only the pages whose newest copy every reader's snapshot allows; a page written again
   since stays zeros in the file until a later checkpoint (SQLite reads it from the WAL).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from journal import db
from journal.cli import main
from journal.db import wal
from journal.safety import integrity
from journal.services import interactions
from journal.services.events import write
from tests.helpers.corrupt import make_journal

Files = dict[str, bytes]


def _files(path: Path) -> Files:
    return {s: Path(f"{path}{s}").read_bytes() for s in ("", "-wal") if Path(f"{path}{s}").exists()}


def _put(files: Files, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    for suffix, data in files.items():
        Path(f"{path}{suffix}").write_bytes(data)


def _killed_after(start: Files, folder: Path, work: Callable[[int], None]) -> Files:
    """The journal ``start`` after ``work(contact_id)``, as a kill right after it leaves it."""
    path = folder / "journal.sqlite3"
    _put(start, path)
    db.open_database(path)
    try:
        db.database.execute_sql("PRAGMA wal_autocheckpoint = 0")
        work(1)  # "Person 0" of make_journal
        return _files(path)  # copied while open: what SIGKILL leaves
    finally:
        db.close_database()


def _entries(count: int, label: str) -> Callable[[int], None]:
    def work(person: int) -> None:
        for i in range(count):  # one transaction each
            interactions.log_interaction(contact_id=person, kind="networking", summary=f"{label} {i}")

    return work


def _one_transaction(count: int, label: str) -> Callable[[int], None]:
    def work(person: int) -> None:
        with write():  # many frames, one commit at the end
            for i in range(count):
                interactions.log_interaction(
                    contact_id=person, kind="sales", summary=f"{label} {i}", notes="z" * 3000
                )

    return work


def _summaries(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT summary FROM interaction")}
    finally:
        conn.close()


def _frames(data: bytes) -> int:
    page = int.from_bytes(data[8:12], "big")
    return (len(data) - wal.WAL_HEADER) // (wal.FRAME_HEADER + page)


def test_tails_of_writers_killed_while_committing_are_not_damage(tmp_path: Path) -> None:
    base = make_journal(tmp_path / "base" / "journal.sqlite3", people=5)
    start = _files(base)
    saved = _killed_after(start, tmp_path / "s0", _entries(3, "saved"))  # in the WAL, committed
    first_kill = _killed_after(saved, tmp_path / "b1", _one_transaction(40, "lost one"))
    survivor = _killed_after(saved, tmp_path / "a1", _entries(1, "survivor"))
    second_kill = _killed_after(survivor, tmp_path / "b2", _one_transaction(15, "lost two"))
    last = _killed_after(survivor, tmp_path / "a2", _entries(1, "last"))
    sizes = [len(w["-wal"]) for w in (last, second_kill, first_kill)]
    assert sizes == sorted(sizes) and len(set(sizes)) == 3, sizes
    # What the file holds: each later write laid over the one before, from its start.
    layered = bytearray(first_kill["-wal"])
    for layer in (second_kill, last):
        layered[: len(layer["-wal"])] = layer["-wal"]
    path = tmp_path / "journal.sqlite3"
    _put({"": saved[""], "-wal": bytes(layered)}, path)
    assert _frames(layered) > _frames(last["-wal"])

    verdict = wal.inspect(path)
    assert verdict.kind == wal.OK, verdict
    assert integrity.diagnose(path) is None
    assert main(["check", "--db", str(path)]) == 0
    db.open_database(path)  # the way every command and the window open it: nothing set aside
    db.close_database()
    assert [p.name for p in tmp_path.iterdir() if "foreign" in p.name] == []
    summaries = _summaries(path)
    assert {"saved 0", "saved 1", "saved 2", "survivor 0", "last 0"} <= summaries
    assert not any(s.startswith("lost") for s in summaries)  # exactly what SQLite keeps


def test_a_wal_with_a_torn_middle_and_later_commits_is_still_refused(tmp_path: Path) -> None:
    base = make_journal(tmp_path / "base" / "journal.sqlite3", people=5)
    saved = _killed_after(_files(base), tmp_path / "s0", _entries(12, "saved"))
    data = bytearray(saved["-wal"])
    page = int.from_bytes(data[8:12], "big")
    middle = wal.WAL_HEADER + (_frames(data) // 2) * (wal.FRAME_HEADER + page) + wal.FRAME_HEADER
    data[middle + 100 : middle + 164] = bytes(range(64))  # garbage inside one frame's page
    path = tmp_path / "journal.sqlite3"
    _put({"": saved[""], "-wal": bytes(data)}, path)
    assert wal.inspect(path).kind == wal.BROKEN


def test_pages_a_checkpoint_left_for_later_are_not_a_foreign_wal(tmp_path: Path) -> None:
    base = make_journal(tmp_path / "base" / "journal.sqlite3", people=5)
    path = tmp_path / "live" / "journal.sqlite3"
    _put(_files(base), path)
    db.open_database(path)
    reader = sqlite3.connect(path)
    try:
        db.database.execute_sql("PRAGMA wal_autocheckpoint = 0")
        interactions.log_interaction(contact_id=1, kind="networking", summary="small")  # the WAL's first
        with write():  # the file grows inside the WAL, a page or so per entry
            first = [
                interactions.log_interaction(
                    contact_id=1, kind="sales", summary=f"first {i}", notes="z" * 3000
                )
                for i in range(30)
            ]
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM interaction").fetchone()  # a snapshot here
        with write():  # pages in the middle of those written again
            for entry in first[:10]:
                interactions.update_interaction(entry.id, notes="y" * 3000)
        busy, _log, done = db.database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert busy == 0 and done > 0
        left = _files(path)  # killed now
    finally:
        reader.close()
        db.close_database()
    target = tmp_path / "journal.sqlite3"
    _put(left, target)
    page = int.from_bytes(left["-wal"][8:12], "big")
    holes = [n for n in range(len(left[""]) // page) if left[""][n * page : (n + 1) * page].count(0) == page]
    assert holes, "the checkpoint left no page for later"

    verdict = wal.inspect(target)
    assert verdict.kind == wal.OK, verdict
    assert integrity.diagnose(target) is None
    assert main(["check", "--db", str(target)]) == 0
    db.open_database(target)
    db.close_database()
    assert not [p.name for p in tmp_path.iterdir() if "foreign" in p.name]
    summaries = _summaries(target)
    assert {f"first {i}" for i in range(30)} <= summaries
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT notes FROM interaction WHERE summary = 'first 0'").fetchone()[0] == "y" * 3000
    conn.close()
    shutil.rmtree(tmp_path / "live")


_TRY_TO_WRITE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=0)
try:
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("SELECT count(*) FROM contact").fetchone()
    conn.rollback()
    print("wrote")
except sqlite3.OperationalError as exc:
    print("busy" if "locked" in str(exc) or "busy" in str(exc) else exc)
"""


def test_the_wal_is_read_while_no_other_process_can_start_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A WAL read while a writer appends to it or starts it over is no evidence of anything.

    (The stress test: a process opening the journal read the WAL while another wrote, and
    that writer was killed before the check asked whether the WAL was in use.)
    """
    base = make_journal(tmp_path / "base" / "journal.sqlite3", people=5)
    saved = _killed_after(_files(base), tmp_path / "s0", _entries(3, "saved"))
    path = tmp_path / "journal.sqlite3"
    _put(saved, path)
    attempts: list[str] = []
    real = wal.inspect

    def inspect_while_another_process_writes(target: Path | str) -> wal.WalVerdict:
        attempt = subprocess.run(
            [sys.executable, "-c", _TRY_TO_WRITE, str(target)], capture_output=True, text=True, timeout=60
        )
        attempts.append(attempt.stdout.strip() + attempt.stderr.strip())
        return real(target)

    monkeypatch.setattr(wal, "inspect", inspect_while_another_process_writes)
    assert integrity.diagnose(path) is None
    assert attempts and set(attempts) == {"busy"}, attempts
    assert main(["check", "--db", str(path)]) == 0  # the lock is gone afterwards
