"""Quick capture (issue 12, "capture and go anywhere from the keyboard"), driven from the keyboard:
Ctrl+Shift+L, type a line, Enter; Undo; which Ana?; a new contact; an introduction; Escape."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal import paths
from journal.app import build_main_window
from journal.services import contacts, drafts, followups, interactions, introductions
from journal.ui.capture import capture_window
from journal.ui.capture.window import QuickCaptureWindow
from journal.ui.main_window import MainWindow
from tests.helpers.started import modules_after_start

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot: QtBot, db_path: Path, fake_clock: object) -> Iterator[MainWindow]:
    win = build_main_window(db_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    capture = getattr(win, "_quick_capture_window", None)
    if capture is not None:
        capture.close()
    win.quitting = True
    win.close()


def open_with_keys(qtbot: QtBot, window: MainWindow) -> QuickCaptureWindow:
    window.activateWindow()  # the offscreen platform does not give it back after another window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    capture = capture_window(window)
    qtbot.waitUntil(capture.isVisible)
    qtbot.waitUntil(lambda: capture.is_ready, timeout=20_000)  # the date reader, loaded on a worker
    return capture


def type_line(qtbot: QtBot, capture: QuickCaptureWindow, text: str) -> None:
    capture.text.clear()
    qtbot.keyClicks(capture.text, text)
    qtbot.waitUntil(lambda: capture.capture is not None and capture.capture.text == text)


def test_type_a_line_see_what_it_means_enter_saves_and_undo_takes_it_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    ana = contacts.create_contact(name="Ana Núñez", organization="Acme")
    capture = open_with_keys(qtbot, window)
    type_line(qtbot, capture, "coffee with @ana nunez #networking gave advice, follow up in 2 weeks")
    rows = {
        capture.details.itemAt(r, capture.details.ItemRole.LabelRole).widget().text(): capture.details.itemAt(
            r, capture.details.ItemRole.FieldRole
        )
        .widget()
        .text()
        for r in range(capture.details.rowCount())
    }
    assert rows["Who"] == "Ana Núñez (Acme)"  # accents and case never matter
    assert rows["Kind"].startswith("Networking")
    assert rows["Channel"] == "Meeting"
    assert rows["Value"] == "Gave: advice"
    assert rows["Follow-up"].startswith("Tuesday, 24 March 2026")
    assert "text-decoration: underline" in capture.marked.text()  # the parts are marked in the line

    qtbot.keyClick(capture.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: capture.last_saved is not None)
    entry = interactions.interactions_for_contact(ana.id, kind="networking")
    assert [e.summary for e in entry] == ["Coffee with Ana Núñez gave advice"]
    assert [f.due_date.isoformat() for f in followups.followups_for_contact(ana.id, kind="networking")] == [
        "2026-03-24"
    ]
    assert capture.text.text() == ""  # ready for the next line
    assert capture.undo_button.isVisible() and "Saved for Ana Núñez" in capture.status.text()

    qtbot.keyClick(capture.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # empty line: undo
    qtbot.waitUntil(lambda: capture.last_saved is None)
    assert interactions.interactions_for_contact(ana.id, kind="networking") == []
    assert followups.followups_for_contact(ana.id, kind="networking") == []


def test_which_ana_is_asked_and_chosen_from_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    contacts.create_contact(name="Ana Núñez", organization="Acme")
    lopez = contacts.create_contact(name="Ana López", organization="Initech")
    capture = open_with_keys(qtbot, window)
    type_line(qtbot, capture, "call @Ana about the pilot")
    assert capture.candidates.isVisible() and capture.candidates.count() == 2
    qtbot.keyClick(capture.text, Qt.Key.Key_Return)
    assert capture.last_saved is None  # not saved while it is unclear who
    qtbot.keyClick(capture.text, Qt.Key.Key_Down)
    qtbot.waitUntil(capture.candidates.hasFocus)
    while capture.candidates.currentItem().text() != "Ana López (Initech)":
        qtbot.keyClick(capture.candidates, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: capture.capture is not None and capture.capture.person.person is not None)
    assert capture.capture.person.person.id == lopez.id
    qtbot.keyClick(capture.candidates, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: capture.last_saved is not None)
    assert capture.last_saved.contact_id == lopez.id


def test_an_unknown_person_is_offered_as_a_new_contact(window: MainWindow, qtbot: QtBot) -> None:
    capture = open_with_keys(qtbot, window)
    type_line(qtbot, capture, "call @Zed Quintana about the fair")
    assert capture.add_person.isVisible() and not capture.add_person.isChecked()
    qtbot.keyClick(capture.text, Qt.Key.Key_Return)
    assert capture.last_saved is None  # never adds a person without being told
    capture.add_person.click()
    capture.text.setFocus()
    qtbot.keyClick(capture.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: capture.last_saved is not None)
    assert capture.last_saved.contact_created
    assert contacts.get_contact(capture.last_saved.contact_id).name == "Zed Quintana"


def test_an_introduction_in_the_line_is_recorded_too(window: MainWindow, qtbot: QtBot) -> None:
    ana = contacts.create_contact(name="Ana Núñez")
    luis = contacts.create_contact(name="Luis Martín")
    capture = open_with_keys(qtbot, window)
    type_line(qtbot, capture, "cafe con @Ana gave intro to @Luis, seguimiento el viernes")
    assert capture.introduction.isVisible() and capture.introduction.isChecked()
    assert (
        capture.introduction.text().replace("&", "") == "Also record: I introduced Ana Núñez to Luis Martín"
    )
    qtbot.keyClick(capture.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: capture.last_saved is not None)
    recorded = introductions.introductions_for_contact(ana.id)
    assert [(i.person_a_id, i.person_b_id, i.direction) for i in recorded] == [
        (ana.id, luis.id, "i_introduced")
    ]
    due = followups.followups_for_contact(ana.id, kind="networking")
    assert [f.due_date.isoformat() for f in due] == ["2026-03-13"]  # "el viernes"


def test_escape_closes_and_keeps_the_line_for_next_time(window: MainWindow, qtbot: QtBot) -> None:
    capture = open_with_keys(qtbot, window)
    qtbot.keyClicks(capture.text, "lunch with @Pedro")
    qtbot.keyClick(capture.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not capture.isVisible())
    assert drafts.draft_keys() == ["capture"]  # kept in the journal: a restart does not lose it
    capture.text.clear()  # as after a restart: the window is new and empty
    open_with_keys(qtbot, window)
    assert capture.text.text() == "lunch with @Pedro"


def test_start_up_loads_none_of_what_waits_for_its_first_use() -> None:
    waiting = ("dateparser", "journal.capture.parser", "journal.ui.capture.window")
    dialogs = ("journal.ui.palette.dialog", "journal.ui.safety.restore_dialog")
    assert modules_after_start((*waiting, *dialogs)) == []


def test_networking_journal_capture_opens_the_running_ones_capture_window(
    qtbot: QtBot, isolated_home: Path
) -> None:
    from journal.ui.instance import SingleInstance

    first = SingleInstance()
    assert first.acquire()
    try:
        started = time.monotonic()
        with qtbot.waitSignal(first.captureRequested, timeout=20_000):
            proc = subprocess.Popen(
                [sys.executable, "-m", "journal", "--capture"],
                cwd=ROOT,
                env={**os.environ, paths.HOME_ENV: str(isolated_home), "QT_QPA_PLATFORM": "offscreen"},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
        _out, err = proc.communicate(timeout=20)
        assert proc.returncode == 0, err
        assert time.monotonic() - started < 10
    finally:
        first.release()


def test_the_capture_request_opens_the_window_even_from_the_tray(window: MainWindow, qtbot: QtBot) -> None:
    from journal.ui.capture import open_capture

    window.hide()  # living in the tray
    capture = open_capture(window)
    qtbot.waitUntil(capture.isVisible)
    assert capture.isWindow() and not window.isVisible()
