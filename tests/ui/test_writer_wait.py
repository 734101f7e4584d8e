"""Issue 18.2 in the window: a save that waits for another writer says so in the status bar,
then goes through; past the limit the user reads why it was not saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from journal.services import contacts, interactions
from journal.ui import crash
from journal.ui.context import AppContext
from journal.ui.main_window import MainWindow
from journal.ui.safety import controller
from tests.test_writers import Holder


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(AppContext(database_path=db_path, settings=QSettings()))
    qtbot.addWidget(win)
    controller.install(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.safety.shutdown()


def test_a_save_that_waits_shows_it_in_the_window_then_goes_through(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    person = contacts.create_contact(name="Ana")
    holder = Holder(db_path, 1.5)
    seen: list[tuple[bool, str]] = []

    def look() -> None:  # runs while the save waits: the window keeps drawing itself
        box = window.findChild(QWidget, "writerWaitIndicator")
        label = window.findChild(QLabel, "writerWaitLabel")
        seen.append((box is not None and box.isVisible(), label.text() if label else ""))
        window.grab().save(str(db_path.parent / "waiting.png"))

    QTimer.singleShot(900, look)
    try:
        entry = interactions.log_interaction(contact_id=person.id, kind="networking", summary="waited")
    finally:
        holder.close()
    assert entry.summary == "waited"
    assert seen and seen[0][0], seen
    assert "Waiting for another program" in seen[0][1]
    box = window.findChild(QWidget, "writerWaitIndicator")
    assert box is not None and not box.isVisible()


def test_past_the_limit_the_window_says_why_nothing_was_saved(
    qtbot: QtBot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.db import connection
    from journal.errors import WriterBusyError

    monkeypatch.setattr(connection, "WRITE_WAIT_LIMIT", 1.0)
    person = contacts.create_contact(name="Ana")
    holder = Holder(db_path, 20)
    try:
        with pytest.raises(WriterBusyError) as caught:
            interactions.log_interaction(contact_id=person.id, kind="networking", summary="never")
    finally:
        holder.close()
    title, text = crash.message_for(caught.value, None)
    assert title == "Could not save"
    assert "Another program kept the journal busy for more than 1 seconds" in text
    assert "Traceback" not in text
