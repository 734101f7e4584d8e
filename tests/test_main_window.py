"""The first window opens with its menus and remembers its state."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from journal.app import build_main_window


def test_main_window_opens_and_quits(qtbot: QtBot, db_path: Path) -> None:
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.objectName() == "MainWindow"
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "&File"
    assert window.quit_action in window.file_menu.actions()
    window.quit_action.trigger()
    assert not window.isVisible()
