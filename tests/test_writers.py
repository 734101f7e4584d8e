"""Issue 18.2: two writers at once. The second waits (visibly) for the first instead of failing,
up to a limit with a clear message; a long import lets small writes through within a second
and is still all or nothing (cancel, error, SIGKILL).

The other writer is a real second process holding SQLite's write lock, or a real import.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal import db
from journal.cli import main
from journal.interop import engine
from journal.services import contacts, interactions
from tests.helpers.elsewhere import open_elsewhere

ROOT = Path(__file__).resolve().parent.parent

_HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
print("released", flush=True)
"""


class Holder:
    """Another process that holds the journal's write lock for ``seconds``."""

    def __init__(self, path: Path, seconds: float) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _HOLD, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "locked"
        self.since = time.monotonic()

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


@pytest.fixture
def hold(db_path: Path) -> Iterator[list[Holder]]:
    holders: list[Holder] = []
    yield holders
    for holder in holders:
        holder.close()


class Recorder:
    """A wait-for-writer observer that remembers what it was told."""

    def __init__(self) -> None:
        self.waits: list[float] = []
        self.ends: list[bool] = []

    def waiting(self, elapsed: float, limit: float) -> None:
        self.waits.append(elapsed)

    def finished(self, acquired: bool) -> None:
        self.ends.append(acquired)


def _observe() -> Recorder:
    recorder = Recorder()
    db.set_write_wait_observer(recorder)
    return recorder


def test_a_write_waits_for_the_other_writer_then_saves(db_path: Path, hold: list[Holder]) -> None:
    person = contacts.create_contact(name="Ana")
    recorder = _observe()
    try:
        hold.append(Holder(db_path, 1.5))
        entry = interactions.log_interaction(contact_id=person.id, kind="networking", summary="waited")
    finally:
        db.set_write_wait_observer(None)
    waited = time.monotonic() - hold[0].since
    assert 1.0 < waited < 10
    assert interactions.Interaction.get_by_id(entry.id).summary == "waited"
    assert recorder.waits and recorder.ends == [True]


_COMMIT_WHEN_TOLD = """
import sqlite3, sys, time
from pathlib import Path
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.005)
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO tag (name) VALUES ('from the other writer')")
conn.execute("COMMIT")
print("committed", flush=True)
"""


def test_a_write_that_reads_first_is_not_undercut_by_another_writer(db_path: Path, tmp_path: Path) -> None:
    """A plain BEGIN let another writer commit between this transaction's read and its write;
    the write then failed at once with "database is locked" (SQLITE_BUSY_SNAPSHOT)."""
    from journal.services.events import write

    person = contacts.create_contact(name="Ana")
    go = tmp_path / "go"
    other = subprocess.Popen(
        [sys.executable, "-c", _COMMIT_WHEN_TOLD, str(db_path), str(go)], stdout=subprocess.PIPE, text=True
    )
    try:
        with write():
            contacts.Contact.get_by_id(person.id)  # this transaction has read
            go.touch()
            time.sleep(0.5)  # the other writer tries to commit now
            contacts.Contact.update(notes="mine").where(contacts.Contact.id == person.id).execute()
        out, _err = other.communicate(timeout=30)
    finally:
        other.kill()
        other.wait()
    assert out.strip() == "committed"
    assert contacts.Contact.get_by_id(person.id).notes == "mine"


def test_the_wait_has_a_limit_and_then_a_clear_message(
    db_path: Path, hold: list[Holder], monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.db import connection
    from journal.errors import WriterBusyError

    monkeypatch.setattr(connection, "WRITE_WAIT_LIMIT", 1.0)
    person = contacts.create_contact(name="Ana")
    hold.append(Holder(db_path, 20))
    with pytest.raises(WriterBusyError, match="Another program kept the journal busy"):
        interactions.log_interaction(contact_id=person.id, kind="networking", summary="never")
    assert interactions.Interaction.select().count() == 0


def test_the_command_line_says_it_waits_and_then_saves(db_path: Path, hold: list[Holder]) -> None:
    contacts.create_contact(name="Ana Núñez")
    db.close_database()
    hold.append(Holder(db_path, 1.5))
    result = subprocess.run(
        [sys.executable, "-m", "journal", "log", "coffee with @Ana Núñez", "--db", str(db_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Waiting for another program" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Saved interaction" in result.stdout


def _cards(path: Path, count: int, label: str) -> Path:
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{label} {i}\r\nEMAIL:{label.lower()}{i}@x.org\r\nEND:VCARD\r\n"
            for i in range(count)
        )
    )
    return path


def _import(path: Path, source: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "journal", "import", str(source), "--db", str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_imports_at_once_both_finish(db_path: Path, tmp_path: Path) -> None:
    contacts.create_contact(name="Already here")
    db.close_database()
    procs = [_import(db_path, _cards(tmp_path / f"{n}.vcf", 4000, f"Person{n}")) for n in ("A", "B")]
    outputs = [p.communicate(timeout=180) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "4000 added" in out
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 8001
    conn.close()


def _count(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        conn.close()


def test_small_writes_get_through_a_long_import_within_a_second(db_path: Path, tmp_path: Path) -> None:
    person = contacts.create_contact(name="Ana")
    source = _cards(tmp_path / "big.vcf", 20_000, "Imported")
    proc = _import(db_path, source)
    durations: list[float] = []
    seen: set[int] = set()
    while proc.poll() is None:
        start = time.monotonic()
        interactions.log_interaction(contact_id=person.id, kind="networking", summary="meanwhile")
        durations.append(time.monotonic() - start)
        seen.add(contacts.Contact.select().count())
        time.sleep(0.05)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "20000 added" in out
    assert [n for n in seen if 1 < n < 20_001], "no write happened while the import was under way"
    print("slowest writes during the import:", [round(d, 3) for d in sorted(durations)[-5:]], len(durations))
    assert max(durations) < 1.0, sorted(durations)[-5:]


def test_a_cancelled_import_undoes_what_it_already_wrote(db_path: Path, tmp_path: Path) -> None:
    contacts.create_contact(name="Before")
    before = _count(db_path)
    parsed = engine.read_file(_cards(tmp_path / "big.vcf", 5000, "Imported"), "vcard")
    seen: list[float] = []

    def cancelled() -> bool:
        return len(seen) > 0 and max(seen) > 0.6  # past the middle: several slices committed

    with pytest.raises(engine.ImportCancelled):
        engine.apply_import(parsed, progress=lambda f, _m: seen.append(f), cancelled=cancelled)
    assert _count(db_path) == before
    assert db.database.execute_sql("SELECT count(*) FROM meta WHERE key LIKE 'batch.%'").fetchone()[0] == 0


def test_an_import_killed_midway_is_undone_at_the_next_start(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts.create_contact(name="Before")
    db.close_database()
    # Another program (the window) has the journal open: the import goes in slices (alone, it
    # would be one transaction: ``tests/test_import_at_once.py``).
    with open_elsewhere(db_path):
        proc = _import(db_path, _cards(tmp_path / "big.vcf", 20_000, "Imported"))
        waited = threading.Event()
        while proc.poll() is None and _count(db_path) < 3000:
            waited.wait(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
    assert 1 < _count(db_path) < 20_001  # some slices were committed
    assert main(["export", "--format", "json", "-o", str(tmp_path / "out.json"), "--db", str(db_path)]) == 0
    assert "interrupted" in capsys.readouterr().err
    assert _count(db_path) == 1
