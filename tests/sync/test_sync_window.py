"""Sync in the window: Preferences ▸ Sync, the status-bar indicator, runs off the UI thread."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from journal.app import build_main_window
from journal.services import contacts
from journal.services.events import Action, Change, Entity, changes
from journal.ui import ask
from journal.ui.preferences import PreferencesDialog
from journal.ui.settings import AppSettings
from journal.ui.sync import questions
from tests.helpers.dav_server import PASSWORD, USER, DavServer
from tests.helpers.started import modules_after_start


def _no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError(f"a dialog was shown: {args[1:]}")

    monkeypatch.setattr(ask, "show_error", refuse)
    monkeypatch.setattr(ask, "inform", refuse)


def _page(qtbot: QtBot, window: object) -> tuple[PreferencesDialog, object]:
    dialog = PreferencesDialog(AppSettings(window.context.settings), parent=window)  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    page = dialog.findChild(object, "syncPage")
    assert page is not None
    return dialog, page


def test_nothing_goes_out_before_sync_is_set_up(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
        real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: attempts.append(a) or [])
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    status = window.findChild(QToolButton, "syncStatus")
    assert status is not None and not status.isVisible()
    controller = window.sync_feature.controller  # type: ignore[attr-defined]
    assert not controller.sync_now() and controller.state == "off"
    contacts.create_contact(name="Ana")  # a change does not start anything either
    assert not controller.change_timer.isActive()
    dialog, page = _page(qtbot, window)
    assert page.findChild(QPushButton, "syncNowButton").isEnabled() is False
    dialog.close()
    assert attempts == []


def test_a_window_without_sync_set_up_loads_none_of_the_sync_machinery() -> None:
    """Start-up only reads whether sync is set up: the engine, the server's formats (icalendar,
    the vCard mapping) and the HTTP client stay unloaded until it is (they were 0.1 s of each
    start)."""
    libraries = ("icalendar", "vobject", "niquests", "caldav", "keyring")
    ours = ("journal.sync.engine", "journal.sync.account", "journal.sync.mapping", "journal.sync.transport")
    assert modules_after_start((*libraries, *ours, "journal.interop.vcard")) == []


def test_set_up_and_sync_from_preferences(
    qtbot: QtBot, db_path: Path, dav: DavServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_dialogs(monkeypatch)
    contacts.create_contact(name="Ana García")
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    feature = window.sync_feature  # type: ignore[attr-defined]
    dialog, page = _page(qtbot, window)
    page.findChild(QLineEdit, "syncServerEdit").setText(dav.url)
    page.findChild(QLineEdit, "syncUserEdit").setText(USER)
    page.findChild(QLineEdit, "syncPasswordEdit").setText(PASSWORD)
    page.findChild(QPushButton, "syncConnectButton").click()
    contacts_combo = page.findChild(QComboBox, "syncContactsCombo")
    qtbot.waitUntil(lambda: contacts_combo.count() == 1, timeout=20_000)
    assert contacts_combo.currentText() == "Networking Journal"
    assert "keyring" in page.findChild(object, "syncKeyringNote").text()
    status = window.findChild(QToolButton, "syncStatus")
    with qtbot.waitSignal(feature.controller.finished, timeout=30_000):
        page.findChild(QPushButton, "syncNowButton").click()
    qtbot.waitUntil(lambda: feature.controller.state == "synced", timeout=10_000)
    assert status.isVisible() and status.text() == "Synced"
    assert "sent 1" in page.findChild(object, "syncLastResult").text()
    dialog.accept()
    # a change made here syncs a few seconds later
    feature.controller.change_timer.setInterval(50)
    contacts.create_contact(name="Luis")
    assert feature.controller.change_timer.isActive()
    with qtbot.waitSignal(feature.controller.finished, timeout=30_000) as finished:
        pass
    assert finished.args[0].result.pushed == 1
    # Back to the window after the sync's own writes: the views reload, and no new run starts.
    noticed: list[Change] = []
    unsubscribe = changes.subscribe(noticed.append)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    unsubscribe()
    assert [(c.entity, c.action) for c in noticed] == [(Entity.DATABASE, Action.NOTICED)]
    assert not feature.controller.change_timer.isActive()
    # offline is normal: no dialog, the indicator says how many changes wait
    contacts.create_contact(name="Marta")
    feature.controller.change_timer.stop()
    dav.stop()
    with qtbot.waitSignal(feature.controller.finished, timeout=30_000):
        feature.controller.sync_now()
    assert feature.controller.state == "offline"
    assert status.text().startswith("Offline, 1 change")


def test_an_emptied_server_asks_from_the_indicator(
    qtbot: QtBot, db_path: Path, dav: DavServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.sync import account
    from journal.sync.transport import Transport

    for i in range(5):
        contacts.create_contact(name=f"Person {i}")
    account.setup(dav.url, USER, PASSWORD)
    account.run_sync(transport=Transport(USER, PASSWORD))
    dav.reset()
    account.setup(dav.url, USER, PASSWORD)
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    feature = window.sync_feature  # type: ignore[attr-defined]
    with qtbot.waitSignal(feature.controller.finished, timeout=30_000):
        feature.controller.sync_now()
    assert feature.controller.state == "attention"
    asked: list[str] = []
    monkeypatch.setattr(
        questions, "mass_delete", lambda _w, text, _q: asked.append(text) or questions.RESTORE_SERVER
    )
    with qtbot.waitSignal(feature.controller.finished, timeout=30_000) as finished:
        window.findChild(QToolButton, "syncStatus").click()
    assert "5 of the 5" in asked[0]
    assert finished.args[0].error is None and finished.args[0].result.pushed == 5
    assert feature.controller.state == "synced"


def test_a_window_left_from_another_journal_never_syncs_the_one_open_now(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A closed (not yet deleted) window's controller ignores changes made to another journal:
    its after-change timer once fired against a folder that was gone ("unable to open database")."""
    from journal import db
    from journal.sync import account

    first = tmp_path / "first.sqlite3"
    db.open_database(first)
    window = build_main_window(first)
    qtbot.addWidget(window)
    controller = window.sync_feature.controller  # type: ignore[attr-defined]
    controller.state = "synced"  # as after a run on the first journal
    window.close()
    db.close_database()
    db.open_database(tmp_path / "second.sqlite3")
    monkeypatch.setattr(account, "configured", lambda: object())  # the second journal syncs too
    try:
        contacts.create_contact(name="Ana")
        qtbot.wait(10)  # let the queued _userChange through
        assert not controller.change_timer.isActive()
        assert not controller.sync_now()
    finally:
        db.close_database()
