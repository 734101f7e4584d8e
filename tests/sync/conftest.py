"""Sync tests: a real Radicale on 127.0.0.1 (fresh storage per test) and journals A and B."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.dav_server import DavServer
from tests.sync.journals import Journal


class MemoryKeyring:
    """A keyring back-end that keeps passwords in a dict (tests never touch the real keyring)."""

    priority = 1

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.saved.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.saved[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        self.saved.pop((service, user), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    from journal.sync import secrets

    backend = MemoryKeyring()
    monkeypatch.setattr(secrets, "_backend", lambda: backend)
    monkeypatch.setattr(secrets, "_memory", {})
    return backend


@pytest.fixture
def dav() -> Iterator[DavServer]:
    server = DavServer()
    yield server
    server.stop()


@pytest.fixture
def journals(tmp_path: Path, dav: DavServer) -> Iterator[tuple[Journal, Journal]]:
    a = Journal(tmp_path / "a.sqlite3", dav)
    b = Journal(tmp_path / "b.sqlite3", dav)
    a.setup()
    b.setup()
    yield a, b
    from journal import db

    db.close_database()
