"""Test set-up: offscreen Qt, a fresh database per test, a fixed clock when asked."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from journal import clock, db


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, log and settings folders."""
    home = tmp_path / "home"
    monkeypatch.setenv("NETWORKING_JOURNAL_HOME", str(home))
    monkeypatch.delenv("NETWORKING_JOURNAL_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return home


@pytest.fixture(autouse=True)
def no_leftover_listeners() -> Iterator[None]:
    """Views of an earlier test must not react to this test's changes."""
    from journal.services.events import changes

    before = list(changes._listeners)
    yield
    changes._listeners[:] = before
    if "PySide6.QtCore" in sys.modules:  # background readers finish before the next test
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    """A fresh journal database, open for the test."""
    path = tmp_path / "journal.sqlite3"
    db.open_database(path)
    yield path
    db.close_database()


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self.current += timedelta(**delta)


@pytest.fixture
def fake_clock() -> Iterator[FakeClock]:
    """Clock fixed at 2026-03-10 10:00 UTC, local zone Europe/Madrid."""
    fake = FakeClock(datetime(2026, 3, 10, 10, 0, tzinfo=UTC))
    clock.set_clock(fake)
    clock.set_local_zone(ZoneInfo("Europe/Madrid"))
    yield fake
    clock.set_clock(None)
    clock.set_local_zone(None)
