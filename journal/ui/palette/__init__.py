"""The command palette (View ▸ Go to Anything…, Ctrl+K): people, organizations, deals, sections
and every menu command, found as you type; Enter opens or runs. See ``dialog``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from journal.ui.main_window import MainWindow

SHORTCUT = "Ctrl+K"


def install(window: MainWindow) -> QAction:
    """View ▸ Go to Anything… (Ctrl+K), anywhere in the window."""
    action = QAction(QCoreApplication.translate("Palette", "&Go to Anything…"), window)
    action.setObjectName("commandPaletteAction")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def show() -> None:
        from journal.ui.palette.dialog import open_palette  # loaded on first use

        open_palette(window)

    action.triggered.connect(lambda _checked=False: show())
    first = window.view_menu.actions()
    if first:
        window.view_menu.insertAction(first[0], action)
        window.view_menu.insertSeparator(first[0])
    else:
        window.view_menu.addAction(action)
    window.addAction(action)
    return action
