"""The crash handler: traceback in the log folder, a plain-words dialog, the app keeps running."""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from journal import paths
from journal.ui import ask, crash


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[list[tuple[str, str]]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(ask, "show_error", lambda _parent, title, text: messages.append((title, text)))
    saved = sys.excepthook, threading.excepthook
    crash.install_crash_handler(lambda: None)
    yield messages
    crash.uninstall_crash_handler()
    sys.excepthook, threading.excepthook = saved


def _raise(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException:
        sys.excepthook(*sys.exc_info())  # what PySide does with an error in a slot


def test_unexpected_error_is_logged_and_shown(qtbot: QtBot, shown: list[tuple[str, str]]) -> None:
    _raise(ZeroDivisionError("oops"))
    qtbot.waitUntil(lambda: len(shown) == 1)
    title, text = shown[0]
    assert title == "Unexpected error"
    assert "safe" in text and str(paths.log_dir()) in text
    log_text = crash.crash_log_path().read_text()
    assert "ZeroDivisionError: oops" in log_text and "Traceback" in log_text


def test_disk_full_gets_its_own_message(qtbot: QtBot, shown: list[tuple[str, str]]) -> None:
    _raise(sqlite3.OperationalError("database or disk is full"))
    _raise(sqlite3.OperationalError("attempt to write a readonly database"))
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert "disk is full" in shown[0][1] and "saved before is safe" in shown[0][1]
    assert "read-only" in shown[1][1]


def test_worker_thread_error_is_shown_on_the_ui_thread(qtbot: QtBot, shown: list[tuple[str, str]]) -> None:
    def work() -> None:
        raise ValueError("in a worker")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=10)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "ValueError: in a worker" in crash.crash_log_path().read_text()


def test_repeated_error_does_not_bury_the_user(qtbot: QtBot, shown: list[tuple[str, str]]) -> None:
    for _ in range(10):
        _raise(KeyError("again"))
    qtbot.waitUntil(lambda: len(shown) == crash.MAX_DIALOGS_PER_KIND)
    assert crash.crash_log_path().read_text().count("KeyError") == 10
