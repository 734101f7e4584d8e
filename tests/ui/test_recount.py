"""Recount: a count asked for while one runs is counted again, and only the latest is shown."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from journal.ui.recount import Recount


def _counts(first_waits_for: threading.Event) -> tuple[list[int], Callable[[], Any]]:
    """A ``begin`` whose n-th count answers n (the first one only once ``first_waits_for`` is set)."""
    begun: list[int] = []

    def begin() -> Any:
        number = len(begun)
        begun.append(number)

        def step(_progress: Any, _cancelled: Any) -> int:
            if number == 0:
                first_waits_for.wait(10)
            return number

        return step

    return begun, begin


def test_one_count_hands_its_result_on(qtbot: QtBot, db_path: Path) -> None:
    owner = QObject()
    gate = threading.Event()
    gate.set()
    begun, begin = _counts(gate)
    shown: list[object] = []
    Recount(begin, shown.append, owner).start()
    qtbot.waitUntil(lambda: shown == [0])
    assert begun == [0]


def test_asked_while_counting_it_counts_again_and_shows_only_the_new_count(
    qtbot: QtBot, db_path: Path
) -> None:
    owner = QObject()
    gate = threading.Event()
    begun, begin = _counts(gate)
    shown: list[object] = []
    recount = Recount(begin, shown.append, owner)
    recount.start()
    recount.start()  # a change while the first count runs
    recount.start()  # and another: still one count more, not two
    gate.set()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [1]  # a count started after the second would have been begun before it showed
    assert begun == [0, 1]
