"""Fixtures shared by the widget tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journal.ui.context import AppContext
from journal.ui.signals import ChangeSignals
from tests.conftest import FakeClock

if TYPE_CHECKING:
    from journal.ui.main_window import MainWindow


@pytest.fixture
def context(db_path: Path, fake_clock: FakeClock) -> Iterator[AppContext]:
    """What a section gets from the main window, on a fresh database and a fixed clock."""
    signals = ChangeSignals()
    yield AppContext(database_path=db_path, settings=QSettings(), signals=signals)
    signals.close()


@pytest.fixture
def shown(qtbot: QtBot) -> Callable[[QWidget, int, int], QWidget]:
    """Show a widget at a size and wait until it is on screen."""

    def show(widget: QWidget, width: int, height: int) -> QWidget:
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> MainWindow:
    """The main window on a fresh journal, shown (a test file may define its own)."""
    from journal.app import build_main_window

    win = build_main_window(db_path)
    qtbot.addWidget(win)
    win.show()
    return win
