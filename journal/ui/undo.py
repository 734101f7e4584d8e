"""Undo for "move to trash": a status-bar message with an Undo button, and Edit > Undo.

Any feature may call ``undo_for(window).trashed(entity, item_id, what)`` right
after moving something to the trash; Undo restores it through
``services.trash.restore``.

Signals (UndoTrash):
    undone(str, int): the entity and id that were restored.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from journal.services import trash
from journal.services.errors import JournalError
from journal.ui import ask

MESSAGE_MS = 10_000


@dataclass(frozen=True)
class Trashed:
    """Something just moved to the trash: its kind, id and name for the undo message."""

    entity: str
    id: int
    what: str


class UndoTrash(QObject):
    """Undo for "move to trash": a status-bar message with Undo, and Edit > Undo.

    Signals:
        undone(str, int): the entity and id that were restored.
    """

    undone = Signal(str, int)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("undoTrash")
        self.window = window
        self._stack: list[Trashed] = []
        self.action = QAction(self.tr("&Undo"), window)
        self.action.setObjectName("undoAction")
        self.action.setShortcut(QKeySequence.StandardKey.Undo)
        self.action.setEnabled(False)
        self.action.triggered.connect(self.undo)
        window.addAction(self.action)
        menu = getattr(window, "edit_menu", None)
        if menu is not None:
            menu.addAction(self.action)

        self.banner = QWidget()
        self.banner.setObjectName("undoBanner")
        self.label = QLabel()
        self.label.setObjectName("undoMessage")
        self.button = QPushButton(self.tr("Undo"))
        self.button.setObjectName("undoButton")
        self.button.setAccessibleName(self.tr("Undo the last deletion"))
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self.banner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.banner.setVisible(False)
        window.statusBar().addWidget(self.banner)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(MESSAGE_MS)
        self._hide_timer.timeout.connect(lambda: self.banner.setVisible(False))

    def trashed(self, entity: str, item_id: int, what: str) -> None:
        self._stack.append(Trashed(entity, item_id, what))
        del self._stack[:-20]
        self.label.setText(self.tr("Moved “{what}” to the trash.").format(what=what))
        self.banner.setVisible(True)
        self._hide_timer.start()
        self.action.setEnabled(True)
        self.action.setText(self.tr("&Undo delete “{what}”").format(what=what))

    def undo(self) -> None:
        if not self._stack:
            return
        item = self._stack.pop()
        try:
            trash.restore(item.entity, item.id)
        except JournalError as error:
            ask.show_error(self.window, self.tr("Cannot undo"), ask.error_text(error))
        else:
            self.window.statusBar().showMessage(self.tr("Restored “{what}”.").format(what=item.what), 4000)
            self.undone.emit(item.entity, item.id)
        self.banner.setVisible(False)
        self.action.setEnabled(bool(self._stack))
        self.action.setText(
            self.tr("&Undo delete “{what}”").format(what=self._stack[-1].what)
            if self._stack
            else self.tr("&Undo")
        )


def undo_for(window: QMainWindow) -> UndoTrash:
    """The window's undo helper (created on first use, then shared)."""
    found = window.findChild(UndoTrash, "undoTrash")
    return found if isinstance(found, UndoTrash) else UndoTrash(window)
