"""kill -9 in the middle of a sync, 50 times: the journal stays sound and the next sync converges."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal import db
from journal.db.models import Contact
from journal.services import contacts, followups, interactions
from tests.helpers.dav_server import PASSWORD, DavServer
from tests.sync.journals import Journal, server_state, state

KILLS = 50


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["NETWORKING_JOURNAL_SYNC_PASSWORD"] = PASSWORD
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    return env


def _work(journal: Journal, rng: random.Random, n: int) -> None:
    from datetime import date

    with journal.use():
        for _ in range(n):
            person = contacts.create_contact(name=f"Person {rng.randrange(10**6)}", tags=["event"])
            interactions.log_interaction(contact_id=person.id, kind="networking", summary="Met")
            followups.create_followup(
                contact_id=person.id, kind="networking", title="Follow up", due_date=date(2027, 3, 1)
            )
        live = list(Contact.select().where(Contact.deleted_at.is_null()))
        for person in rng.sample(live, min(3, len(live))):
            contacts.update_contact(person.id, notes=f"note {rng.randrange(1000)}")
        if len(live) > 10 and rng.random() < 0.3:
            contacts.trash_contact(rng.choice(live).id)


@pytest.mark.slow
def test_sigkill_during_sync(tmp_path: Path, dav: DavServer) -> None:
    rng = random.Random(15)
    a = Journal(tmp_path / "a.sqlite3", dav)
    a.setup()
    _work(a, rng, 60)
    kills = 0
    for _round in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "journal", "sync", "--db", str(a.path), "now"],
            env=_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        start, cut_after = dav.requests, rng.randrange(1, 12)
        deadline = time.monotonic() + 60
        while child.poll() is None and dav.requests < start + cut_after and time.monotonic() < deadline:
            time.sleep(0.005)  # a process test: watch the server until the child is mid-sync
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
            kills += 1
        child.wait(timeout=30)
        check = subprocess.run(
            [sys.executable, "-m", "journal", "check", "--db", str(a.path)],
            capture_output=True,
            text=True,
            env=_env(),
            timeout=60,
        )
        assert check.returncode == 0, check.stderr
        _work(a, rng, rng.randrange(2, 5))
    assert kills >= KILLS // 2, f"only {kills} runs were killed mid-sync"
    a.sync()
    b = Journal(tmp_path / "b.sqlite3", dav)
    b.setup()
    for _ in range(2):
        b.sync()
        a.sync()
    on_server, uids = server_state(a)
    assert len(uids) == len(set(uids))
    assert state(a) == state(b) == on_server
    db.close_database()
