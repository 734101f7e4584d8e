"""What another program saves while the window is open (``networking-journal-cli log`` or
``import`` in a terminal) shows when the user comes back to the window: activating the app asks
the journal whether another connection committed since (``services.elsewhere``) and, if so,
every view reloads, keeping its selection."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal import paths
from journal.app import build_main_window
from journal.services import contacts
from journal.services.events import Change, Entity, changes
from journal.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _in_a_terminal(*args: str, home: Path) -> None:
    env = {**os.environ, paths.HOME_ENV: str(home)}
    subprocess.run([sys.executable, "-m", "journal", *args], cwd=ROOT, env=env, check=True, timeout=120)


def _names(window: MainWindow) -> list[str]:
    model = window.section_widget("contacts").model  # type: ignore[attr-defined]
    return [model.item(n).name for n in range(model.rowCount())]


def test_what_a_command_saved_meanwhile_shows_when_the_window_is_active_again(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    ana = contacts.create_contact(name="Ana")
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.open_contact(ana.id)
    cards = tmp_path / "cards.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bea Ortiz\r\nEND:VCARD\r\n", encoding="utf-8")
    _in_a_terminal("import", str(cards), "--db", str(db_path), home=tmp_path / "home")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)  # the terminal had focus
    assert _names(window) == ["Ana"]
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: _names(window) == ["Ana", "Bea Ortiz"], timeout=5000)
    assert window.section_widget("contacts").page.contact_id == ana.id  # type: ignore[attr-defined]


def test_coming_back_with_nothing_changed_elsewhere_reloads_nothing(qtbot: QtBot, db_path: Path) -> None:
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    contacts.create_contact(name="Ana")  # this window's own writes are told as they happen
    seen: list[Change] = []
    unsubscribe = changes.subscribe(seen.append)
    try:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        qtbot.wait(50)
        assert [c for c in seen if c.entity == Entity.DATABASE] == []
    finally:
        unsubscribe()
