"""Go anywhere from the keyboard: the command palette (Ctrl+K) and Help ▸ Keyboard Shortcuts (F1, Ctrl+/)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from journal.app import build_main_window
from journal.services import contacts, deals
from journal.ui.contacts.section import ContactsSection
from journal.ui.main_window import MainWindow
from journal.ui.palette.dialog import CommandPalette


@pytest.fixture
def window(qtbot: QtBot, db_path: Path, fake_clock: object) -> Iterator[MainWindow]:
    win = build_main_window(db_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.quitting = True
    win.close()


def ctrl_k(qtbot: QtBot, window: MainWindow) -> CommandPalette:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(CommandPalette) is not None)
    palette = window.findChild(CommandPalette)
    qtbot.waitUntil(palette.isVisible)
    return palette


def typed(qtbot: QtBot, palette: CommandPalette, text: str) -> list[str]:
    search = palette.findChild(QLineEdit, "commandPaletteSearch")
    qtbot.keyClicks(search, text)
    qtbot.waitUntil(lambda: not palette._timer.isActive())
    return [row.key for row in palette.model.rows]


def test_glob_enter_opens_the_globex_deal(window: MainWindow, qtbot: QtBot) -> None:
    pedro = contacts.create_contact(name="Pedro Gómez", organization="Globex")
    licence = deals.create_deal(contact_id=pedro.id, title="Annual licence", value="9000")
    contacts.create_contact(name="Gloria Ruiz")  # a person whose name also starts "glo"
    palette = ctrl_k(qtbot, window)
    keys = typed(qtbot, palette, "glob")
    assert keys[0] == f"deal:{licence.id}"  # the deal first: it is what one opens to log a call
    assert f"person:{pedro.id}" in keys and any(k.startswith("organization:") for k in keys)
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    section = window.section_widget("contacts")
    assert isinstance(section, ContactsSection)
    qtbot.waitUntil(lambda: section.page.contact_id == pedro.id)
    assert section.page.tabs.currentWidget() is section.page.sales
    assert section.page.sales.selected_deal() == licence.id
    assert section.contact_context().deal_id == licence.id  # Ctrl+L now logs about this deal


def test_sections_and_every_menu_command_with_its_shortcut(window: MainWindow, qtbot: QtBot) -> None:
    palette = ctrl_k(qtbot, window)
    keys = typed(qtbot, palette, "pipe")
    assert keys[0] == "section:pipeline"
    assert palette.model.rows[0].shortcut.replace(" ", "") == "Ctrl+4"
    palette.search.clear()
    keys = typed(qtbot, palette, "quick capt")
    assert keys[0] == "action:quickCaptureAction"
    assert palette.model.rows[0].shortcut.replace(" ", "") == "Ctrl+Shift+L"
    palette.search.clear()
    typed(qtbot, palette, "pref")
    assert palette.model.rows[0].key == "action:preferencesAction"
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)  # Enter runs it
    qtbot.waitUntil(lambda: window.findChild(QDialog, "preferencesDialog") is not None)
    window.findChild(QDialog, "preferencesDialog").reject()


def test_down_and_up_move_and_a_mistype_says_nothing_matches(window: MainWindow, qtbot: QtBot) -> None:
    contacts.create_contact(name="Ana Núñez")
    contacts.create_contact(name="Ana López")
    palette = ctrl_k(qtbot, window)
    typed(qtbot, palette, "ana")
    assert palette.current_row() == 0
    qtbot.keyClick(palette.search, Qt.Key.Key_Down)
    assert palette.current_row() == 1
    qtbot.keyClick(palette.search, Qt.Key.Key_Up)
    assert palette.current_row() == 0
    palette.search.clear()
    typed(qtbot, palette, "zzqx")
    assert palette.model.rows == [] and palette.empty.isVisible()
    qtbot.keyClick(palette.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not palette.isVisible())


@pytest.mark.parametrize("keys", ["F1", "Ctrl+/"])
def test_help_keyboard_shortcuts_lists_every_shortcut(window: MainWindow, qtbot: QtBot, keys: str) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    from journal.ui.shortcuts import ShortcutsDialog

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    combo = QKeySequence(keys)[0]
    QTest.keyClick(window, combo.key(), combo.keyboardModifiers())
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None)
    dialog = window.findChild(ShortcutsDialog)
    listed = {(what.strip(), k.replace(" ", "")) for entries in dialog.rows.values() for what, k in entries}
    for expected in [
        ("Log Interaction…", "Ctrl+L"),
        ("Quick Capture…", "Ctrl+Shift+L"),
        ("Go to Anything…", "Ctrl+K"),
        ("Keyboard Shortcuts", "F1"),
        ("Move to next stage", "Ctrl+Right"),  # a section's own key (the pipeline's)
        ("Mark done", "Ctrl+D"),  # the calendar's
    ]:
        assert expected in listed, (expected, sorted(listed))
    dialog.close()
