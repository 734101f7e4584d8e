"""Issue 18.6: backups made in the same second never clash, and the day's pre-import backups are kept."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from journal.safety import backups
from journal.services import contacts
from tests.conftest import FakeClock
from tests.helpers.corrupt import make_journal

ROOT = Path(__file__).resolve().parent.parent

_BACKUP_AT_ONCE = """
import sys, time
from datetime import datetime, UTC
from pathlib import Path
from journal import clock
from journal.safety import backups
from journal.safety.errors import SafetyError
clock.set_clock(lambda: datetime(2026, 3, 10, 10, 0, 0, tzinfo=UTC))  # the same second for both
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.001)
try:
    info = backups.create_backup(Path(sys.argv[1]), reason="before-import")
    print("ok", info.path.name, flush=True)
except SafetyError as exc:
    print("failed", exc, flush=True)
"""


def test_backups_of_one_journal_in_the_same_second_all_succeed(tmp_path: Path) -> None:
    journal = make_journal(tmp_path / "journal.sqlite3", people=400)
    seen: set[str] = set()
    for attempt in range(4):
        go = tmp_path / f"go-{attempt}"
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", _BACKUP_AT_ONCE, str(journal), str(go)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            for _ in range(3)
        ]
        time.sleep(0.5)  # all three are waiting for the go
        go.touch()
        outputs = [p.communicate(timeout=60)[0].strip() for p in procs]
        assert all(out.startswith("ok") for out in outputs), outputs
        names = [out.split()[1] for out in outputs]
        assert len(set(names)) == 3, names
        seen.update(names)
    assert len(seen) == 12
    listed = backups.list_backups(journal)
    assert len(listed) == 12 and all(b.contacts == 400 for b in listed)  # all of today's pre-import ones


def test_every_pre_import_backup_of_the_day_is_kept(db_path: Path, fake_clock: FakeClock) -> None:
    made = []
    for i in range(6):
        contacts.create_contact(name=f"Before import {i}")
        info = backups.backup_before("import")
        assert info is not None
        made.append(info.path)
        fake_clock.advance(minutes=7)
    kept = {b.path for b in backups.list_backups(db_path)}
    assert set(made) <= kept, sorted(p.name for p in set(made) - kept)
    first = min(backups.list_backups(db_path), key=lambda b: b.created_at)
    assert first.contacts == 1  # the state before the first import can be restored
    fake_clock.advance(days=1)
    contacts.create_contact(name="Tomorrow")
    backups.create_backup(db_path, reason="manual")
    assert len(backups.list_backups(db_path)) < 7  # yesterday's are thinned as usual


def test_a_backup_never_deletes_another_ones_file_in_progress(db_path: Path, fake_clock: FakeClock) -> None:
    contacts.create_contact(name="Ana")
    folder = backups.backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    running = folder / "journal-20260310-095959-manual.sqlite3.partial"  # another process, now
    running.write_bytes(b"being written")
    stale = folder / "journal-20260101-080000-manual.sqlite3.partial"  # left by a crash long ago
    stale.write_bytes(b"half")
    old = datetime(2026, 1, 1, 8, 0, tzinfo=UTC).timestamp()
    os.utime(stale, (old, old))
    backups.create_backup(db_path, reason="manual")
    assert running.exists()
    assert not stale.exists()
