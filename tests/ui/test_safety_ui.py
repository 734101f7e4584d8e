"""Back up now, Restore from backup…, Check database, and the damaged/future file flows at start-up."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QPushButton, QTreeWidget
from pytestqt.qtbot import QtBot

from journal import app, db
from journal.safety import backups, integrity
from journal.services import contacts
from journal.services.events import Change, changes
from journal.ui import ask
from journal.ui.context import AppContext
from journal.ui.main_window import MainWindow
from journal.ui.safety import controller, startup
from journal.ui.safety.restore_dialog import RestoreDialog
from tests.conftest import FakeClock
from tests.helpers.corrupt import KINDS, make_damaged, make_journal, snapshot
from tests.helpers.schema import old_journal


class Asked:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, confirm: bool = True) -> None:
        self.messages: list[tuple[str, str, str]] = []
        for name in ("inform", "show_error"):
            monkeypatch.setattr(
                ask, name, lambda _p, title, text, n=name: self.messages.append((n, title, text))
            )
        monkeypatch.setattr(ask, "confirm", lambda *_a: confirm)


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(AppContext(database_path=db_path, settings=QSettings()))
    qtbot.addWidget(win)
    controller.install(win)
    yield win
    win.safety.shutdown()


def _action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_back_up_now(qtbot: QtBot, window: MainWindow) -> None:
    contacts.create_contact(name="Ana")
    with qtbot.waitSignal(window.safety.backupFinished, timeout=20_000) as blocker:
        _action(window, "backupNowAction").trigger()
    info = blocker.args[0]
    assert isinstance(info, backups.BackupInfo) and info.contacts == 1
    assert "verified" in window.statusBar().currentMessage()


def test_backup_failure_is_explained(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = Asked(monkeypatch)

    def full(*_a: object, **_k: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "copy_database", full)
    with qtbot.waitSignal(window.safety.backupFinished, timeout=20_000):
        window.safety.back_up_now()
    assert asked.messages and asked.messages[0][0] == "show_error"
    assert "disk is full" in asked.messages[0][2] and "safe" in asked.messages[0][2]


def test_restore_dialog_lists_previews_and_restores(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = Asked(monkeypatch)
    contacts.create_contact(name="Ana")
    contacts.create_contact(name="Bea")
    backups.create_backup(window.context.database_path)
    contacts.create_contact(name="Added after the backup")
    seen: list[Change] = []
    unsubscribe = changes.subscribe(seen.append)

    def run_dialog(dialog: RestoreDialog) -> int:
        tree = dialog.findChild(QTreeWidget, "backupList")
        assert tree.topLevelItemCount() == 1
        assert tree.topLevelItem(0).text(2) == "2"
        assert "Ana" in dialog.preview.toPlainText() and "Bea" in dialog.preview.toPlainText()
        dialog.findChild(QPushButton, "restoreButton").click()
        return int(dialog.result())

    monkeypatch.setattr(RestoreDialog, "exec", run_dialog)
    try:
        with qtbot.waitSignal(window.safety.restoreFinished, timeout=20_000) as blocker:
            _action(window, "restoreBackupAction").trigger()
    finally:
        unsubscribe()
    assert not isinstance(blocker.args[0], BaseException), blocker.args[0]
    assert sorted(c.name for c in contacts.Contact.select()) == ["Ana", "Bea"]
    assert any(c.entity == "database" for c in seen)  # every view reloads
    reasons = [b.reason for b in backups.list_backups(window.context.database_path)]
    assert "before-restore" in reasons
    assert asked.messages[-1][1] == "Backup restored"


def test_restore_dialog_without_backups(qtbot: QtBot, db_path: Path) -> None:
    dialog = RestoreDialog([])
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_check_database(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = Asked(monkeypatch)
    contacts.create_contact(name="Ana")
    with qtbot.waitSignal(window.safety.checkFinished, timeout=20_000):
        _action(window, "checkDatabaseAction").trigger()
    assert asked.messages[0][0] == "inform" and "No problems" in asked.messages[0][2]


def test_daily_timer_backs_up_at_most_once_a_day(
    qtbot: QtBot, window: MainWindow, fake_clock: FakeClock
) -> None:
    contacts.create_contact(name="Ana")
    with qtbot.waitSignal(window.safety.backupFinished, timeout=20_000) as first:
        window.safety.start_automatic(check_first=False)
    assert isinstance(first.args[0], backups.BackupInfo) and first.args[0].reason == "startup"
    assert window.safety.timer.isActive() and window.safety.timer.interval() == controller.HOUR_MS
    contacts.create_contact(name="Bea")
    with qtbot.waitSignal(window.safety.backupFinished, timeout=20_000) as soon:
        window.safety.hourly()
    assert soon.args[0] is None  # changed, but not a day yet
    fake_clock.advance(hours=24)
    with qtbot.waitSignal(window.safety.backupFinished, timeout=20_000) as later:
        window.safety.hourly()
    assert isinstance(later.args[0], backups.BackupInfo) and later.args[0].reason == "daily"


# -- start-up ---------------------------------------------------------------------------------------


# A foreign -wal next to a healthy journal is set aside instead (tests/ui/test_startup_checks.py).
@pytest.mark.parametrize("kind", [kind for kind in KINDS if "wal" not in kind])
def test_damaged_journal_quit_leaves_it_untouched(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    path = make_damaged(kind, tmp_path / "journal.sqlite3")
    before = snapshot(path)
    offered: list[integrity.Problem] = []
    monkeypatch.setattr(
        startup,
        "choose_damaged_action",
        lambda _p, problem, _newest: offered.append(problem) or startup.QUIT,
    )
    assert not app.open_for_gui(path)
    assert offered and offered[0].damaged
    assert snapshot(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["journal.sqlite3", *(f"journal.sqlite3{s}" for s in before if s)]
    )


def test_damaged_journal_restore_newest_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = Asked(monkeypatch)
    path = make_journal(tmp_path / "journal.sqlite3", people=4)
    backups.create_backup(path)
    make_damaged("flipped", path)
    damaged = snapshot(path)[""]
    monkeypatch.setattr(startup, "choose_damaged_action", lambda _p, _problem, newest: startup.RESTORE)
    assert app.open_for_gui(path)
    try:
        assert contacts.Contact.select().count() == 4
    finally:
        db.close_database()
    (kept,) = [p for p in tmp_path.glob("journal.sqlite3.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert kept.read_bytes() == damaged
    assert "kept as" in asked.messages[-1][2]


def test_damaged_journal_start_empty(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Asked(monkeypatch)
    path = make_damaged("bad_header", tmp_path / "journal.sqlite3")
    damaged = snapshot(path)[""]
    monkeypatch.setattr(startup, "choose_damaged_action", lambda *_a: startup.EMPTY)
    assert app.open_for_gui(path)
    try:
        assert contacts.Contact.select().count() == 0
    finally:
        db.close_database()
    (kept,) = [p for p in tmp_path.glob("journal.sqlite3.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert kept.read_bytes() == damaged


def test_future_schema_refused_in_app_start_path(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = Asked(monkeypatch)
    path = make_journal(tmp_path / "journal.sqlite3", people=1)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = snapshot(path)
    monkeypatch.setattr(startup, "choose_damaged_action", lambda *_a: pytest.fail("not damage"))
    assert not app.open_for_gui(path)
    assert asked.messages[0][0] == "show_error" and "newer version" in asked.messages[0][2]
    assert snapshot(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.sqlite3"]


def test_migration_is_backed_up_at_start_up(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old_journal(path)  # a real version-1 file
    assert app.open_for_gui(path)
    db.close_database()
    assert [b.reason for b in backups.list_backups(path)] == ["before-migration"]


def test_damage_found_in_background_offers_the_same_choices(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    Asked(monkeypatch)
    path = window.context.database_path
    contacts.create_contact(name="Ana")
    problem = integrity.Problem(integrity.DAMAGED, path, "test")
    monkeypatch.setattr(integrity, "quick_check", lambda _p: problem)
    monkeypatch.setattr(startup, "choose_damaged_action", lambda *_a: startup.EMPTY)
    with qtbot.waitSignal(window.safety.checkFinished, timeout=20_000):
        window.safety.start_automatic(check_first=True)
    assert contacts.Contact.select().count() == 0  # a fresh journal is open
    assert list(path.parent.glob("journal.sqlite3.damaged-*"))
