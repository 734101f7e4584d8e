"""Actions with keyboard shortcuts, and the buttons that show them.

A section's actions act on its own selection, so their shortcuts are scoped to it
(``WidgetWithChildrenShortcut``): two sections can bind Ctrl+D to their own "done".
Buttons and tooltips name the shortcut as the platform writes it ("Ctrl+D", "⌘D").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QToolButton, QWidget

from journal.ui.widgets import named


def shortcut_text(shortcut: str | QKeySequence) -> str:
    """A shortcut as the platform writes it."""
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def with_shortcut(text: str, action: QAction) -> str:
    """``text`` followed by the action's shortcut in brackets, for a tooltip."""
    return f"{text} ({shortcut_text(action.shortcut())})"


def scoped_action(
    owner: QWidget, name: str, text: str, shortcut: str = "", slot: Callable[[], object] | None = None
) -> QAction:
    """An action of ``owner`` whose shortcut works while the focus is inside ``owner``."""
    action = QAction(text, owner)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def action_button(name: str, accessible: str, action: QAction) -> QToolButton:
    """A text button that runs ``action`` and follows its enabled state; its tooltip names the
    shortcut."""
    button = named(QToolButton(), name, accessible)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    if not action.shortcut().isEmpty():
        button.setToolTip(with_shortcut(action.text().replace("&", ""), action))
    return button


def shortcut_button(name: str, text: str, action: QAction) -> QPushButton:
    """A push button that triggers ``action``, named after it, its shortcut in the tooltip."""
    button = named(QPushButton(text), name, action.text())
    button.setToolTip(with_shortcut(action.text(), action))
    button.clicked.connect(action.trigger)
    return button


def put_first(menu: QMenu, actions: Sequence[QAction]) -> None:
    """Put ``actions`` at the top of ``menu``, a separator between them and what was there."""
    existing = menu.actions()
    if existing:
        menu.insertActions(existing[0], list(actions))
        menu.insertSeparator(existing[0])
    else:
        menu.addActions(list(actions))
