"""Help ▸ Check database finds a drifted search index or a record that breaks a rule, and
offers to rebuild what can be rebuilt (issue 14, point 4)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from journal import db
from journal.safety import backups, consistency
from journal.services import contacts
from journal.services.events import Change, Entity, changes
from journal.ui import ask
from journal.ui.context import AppContext
from journal.ui.main_window import MainWindow
from journal.ui.safety import controller


class Asked:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: bool) -> None:
        self.messages: list[tuple[str, str]] = []
        for name in ("inform", "show_error"):
            monkeypatch.setattr(ask, name, lambda _p, _title, text, n=name: self.messages.append((n, text)))

        def confirm(_parent: object, _title: str, text: str) -> bool:
            self.messages.append(("confirm", text))
            return answer

        monkeypatch.setattr(ask, "confirm", confirm)


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(AppContext(database_path=db_path, settings=QSettings()))
    qtbot.addWidget(win)
    controller.install(win)
    yield win
    win.safety.shutdown()


def _check(qtbot: QtBot, window: MainWindow) -> None:
    action = window.findChild(QAction, "checkDatabaseAction")
    assert action is not None
    with qtbot.waitSignal(window.safety.checkFinished, timeout=20_000):
        action.trigger()


def test_a_drifted_index_is_rebuilt_when_the_user_agrees(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    asked = Asked(monkeypatch, answer=True)
    ana = contacts.create_contact(name="Ana")
    db.database.execute_sql("UPDATE contact_fts SET name = 'Nobody' WHERE rowid = ?", (ana.id,))
    heard: list[Change] = []
    changes.subscribe(heard.append)
    with qtbot.waitSignal(window.safety.repairFinished, timeout=20_000):
        _check(qtbot, window)
    kind, question = asked.messages[0]
    assert kind == "confirm" and "search index" in question and "backup" in question
    assert asked.messages[-1][0] == "inform" and "rebuilt" in asked.messages[-1][1]
    assert consistency.check(db_path).ok
    assert any(c.entity == Entity.DATABASE for c in heard)
    assert [b.reason for b in backups.list_backups(db_path)] == ["before-repair"]


def test_nothing_is_rebuilt_when_the_user_declines(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    asked = Asked(monkeypatch, answer=False)
    ana = contacts.create_contact(name="Ana")
    db.database.execute_sql("UPDATE contact_fts SET name = 'Nobody' WHERE rowid = ?", (ana.id,))
    _check(qtbot, window)
    assert [k for k, _ in asked.messages] == ["confirm"]
    assert not consistency.check(db_path).ok


def test_a_record_that_breaks_a_rule_is_named(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = Asked(monkeypatch, answer=True)
    contacts.create_contact(name="Ana")
    db.database.execute_sql("UPDATE contact SET cadence_scope = 'bogus'")
    _check(qtbot, window)
    kind, text = asked.messages[0]
    assert kind == "show_error" and "contact record 1, cadence_scope" in text and "bogus" in text
