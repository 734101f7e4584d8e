"""Fixtures shared by the widget tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journal.ui.context import AppContext
from journal.ui.signals import ChangeSignals
from tests.conftest import FakeClock


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
