"""The sync commands, run as the user runs them (a child process) against a real Radicale."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from journal import db
from journal.safety import backups
from journal.services import contacts
from tests.helpers.dav_server import PASSWORD, USER, DavServer
from tests.helpers.schema import old_journal


def _cli(*args: str, password: str | None = PASSWORD) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "NETWORKING_JOURNAL_SYNC_PASSWORD"}
    if password is not None:
        env["NETWORKING_JOURNAL_SYNC_PASSWORD"] = password
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # no keyring: the CI machine has none
    return subprocess.run(
        [sys.executable, "-m", "journal", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_setup_now_status_forget(tmp_path: Path, dav: DavServer) -> None:
    journal = tmp_path / "j.sqlite3"
    db.open_database(journal)
    contacts.create_contact(name="Ana García")
    db.close_database()
    setup = _cli("sync", "--db", str(journal), "setup", dav.url, "--user", USER)
    assert setup.returncode == 0, setup.stderr
    assert "contacts: created Networking Journal" in setup.stdout
    assert "No keyring is available" in setup.stdout
    now = _cli("sync", "--db", str(journal), "now")
    assert now.returncode == 0, now.stderr
    assert now.stdout.startswith("pushed 1, pulled 0, merged 0, conflicts 0")
    status = _cli("sync", "--db", str(journal), "status")
    assert f"Server: {dav.url} (user {USER})" in status.stdout and "Changes waiting: 0" in status.stdout
    assert list((tmp_path / "home" / "data" / "backups").rglob("*before-sync*.sqlite3"))  # backed up first
    forget = _cli("sync", "--db", str(journal), "forget")
    assert forget.returncode == 0 and "no longer syncs" in forget.stdout
    assert "not set up" in _cli("sync", "--db", str(journal), "status").stdout


def test_now_fails_with_the_reason(tmp_path: Path, dav: DavServer) -> None:
    journal = tmp_path / "j.sqlite3"
    db.open_database(journal)
    db.close_database()
    assert "not set up" in _cli("sync", "--db", str(journal), "now").stderr
    assert _cli("sync", "--db", str(journal), "setup", dav.url, "--user", USER).returncode == 0
    wrong = _cli("sync", "--db", str(journal), "now", password="wrong")
    assert wrong.returncode == 1 and "did not accept the user name or password" in wrong.stderr
    no_password = _cli("sync", "--db", str(journal), "now", password=None)
    assert no_password.returncode == 1 and "password is needed" in no_password.stderr
    dav.stop()
    offline = _cli("sync", "--db", str(journal), "now")
    assert offline.returncode == 1 and "cannot be reached" in offline.stderr


def test_plain_http_to_another_machine_is_refused_before_any_traffic(tmp_path: Path) -> None:
    journal = tmp_path / "j.sqlite3"
    db.open_database(journal)
    db.close_database()
    refused = _cli("sync", "--db", str(journal), "setup", "http://dav.example.com/", "--user", USER)
    assert refused.returncode == 1 and "plain http" in refused.stderr


def test_sync_commands_open_the_journal_as_every_command_does(tmp_path: Path) -> None:
    """Backed up before an upgrade, a damaged file refused, a mistyped --db never created."""
    old = old_journal(tmp_path / "old.sqlite3")
    status = _cli("sync", "--db", str(old), "status")
    assert status.returncode == 0, status.stderr
    assert [b.reason for b in backups.list_backups(old)] == ["before-migration"]

    missing = tmp_path / "typo.sqlite3"
    setup = _cli("sync", "--db", str(missing), "setup", "https://dav.example.com/", "--user", USER)
    assert setup.returncode == 1 and f"There is no journal at {missing}" in setup.stderr
    assert not missing.exists()

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    refused = _cli("sync", "--db", str(damaged), "now")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.splitlines()[0] == _cli("check", "--db", str(damaged)).stderr.splitlines()[0]
