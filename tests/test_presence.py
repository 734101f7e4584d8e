"""Whether another program has the journal open (``db.presence``): seen from the -shm's locks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journal.db import presence
from journal.services import contacts

pytestmark = pytest.mark.skipif(not presence.LOCKS.exists(), reason="Linux lists POSIX locks in /proc/locks")

HOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM contact").fetchone()
print("open", flush=True)
sys.stdin.readline()
conn.close()
"""


def test_this_program_alone_is_alone(db_path: Path) -> None:
    contacts.create_contact(name="Ana")  # this process has the journal open, in WAL mode
    assert Path(f"{db_path}-shm").exists()
    assert presence.others_have_open(db_path) is False


def test_another_program_with_the_journal_open_is_seen(db_path: Path) -> None:
    contacts.create_contact(name="Ana")
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        assert presence.others_have_open(db_path) is True
    finally:
        child.communicate("\n", timeout=30)
    assert presence.others_have_open(db_path) is False
    contacts.create_contact(name="Bea")  # and this process's own locks were left alone
    assert contacts.Contact.select().count() == 2


def test_without_a_shm_the_answer_is_maybe(tmp_path: Path) -> None:
    assert presence.others_have_open(tmp_path / "journal.sqlite3") is True
