"""Help ▸ Keyboard Shortcuts (F1, Ctrl+/): every shortcut of the window in one list, grouped
by where it works, read from the actions themselves (so the list is never out of date).

Window-wide commands come from the menus; each section's own keys (the calendar's Done,
the pipeline's moves…) from its page, which is built here if it was not shown yet.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from journal.services.errors import QT_TRANSLATE_NOOP
from journal.ui import widgets
from journal.ui.main_window import MainWindow

# Keys the views handle themselves (no action to read them from): (where, keys, what).
# "where" is a section key, or a place outside the sections.
KEYS_THAT_NEED_NO_ACTION = (
    ("contacts", "↓ / Enter", QT_TRANSLATE_NOOP("Shortcuts", "From the search box into the list")),
    ("contacts", "Enter", QT_TRANSLATE_NOOP("Shortcuts", "From the list into the contact's page")),
    ("contacts", "Escape", QT_TRANSLATE_NOOP("Shortcuts", "Clear the search, or back to the list")),
    ("pipeline", "← / →", QT_TRANSLATE_NOOP("Shortcuts", "The neighbouring column")),
    ("capture", "Enter", QT_TRANSLATE_NOOP("Shortcuts", "Save what you typed")),
    ("capture", "Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo the last capture")),
    ("dialogs", "Escape", QT_TRANSLATE_NOOP("Shortcuts", "Cancel (asks first when you typed something)")),
)
PLACES = {
    "capture": QT_TRANSLATE_NOOP("Shortcuts", "Quick capture"),
    "dialogs": QT_TRANSLATE_NOOP("Shortcuts", "Forms"),
}


def tr(text: str) -> str:
    """Translate a text of this list held in a variable (context "Shortcuts")."""
    return QCoreApplication.translate("Shortcuts", text)


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, grouped by menu and by section."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        widgets.named(self, "shortcutsDialog", self.tr("Keyboard shortcuts"))
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = widgets.named(QTreeWidget(), "shortcutsList", self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.rows = shortcut_rows(window)
        for group, entries in self.rows.items():
            heading = QTreeWidgetItem([group, ""])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for what, keys in entries:
                row = QTreeWidgetItem(["    " + what, keys])
                self.tree.addTopLevelItem(row)
        buttons = widgets.dialog_buttons(self, "shortcutsButtons", QDialogButtonBox.StandardButton.Close)
        widgets.vbox(self.tree, buttons, parent=self)
        self.resize(560, 560)


def _section_actions(window: MainWindow, key: str) -> list[QAction]:
    page: QWidget = window.section_widget(key)
    return [a for a in page.findChildren(QAction) if not a.shortcut().isEmpty() and a.text()]


def shortcut_rows(window: MainWindow) -> dict[str, list[tuple[str, str]]]:
    """{group: [(what, keys)]}: the menus' commands, then each section's own keys."""
    from journal.ui.palette.items import menu_actions, plain, shortcut_of  # on first use

    groups: dict[str, list[tuple[str, str]]] = {}
    seen: set[tuple[str, str]] = set()
    for action, path in menu_actions(window):
        keys = shortcut_of(action)
        if keys and (plain(action.text()), keys) not in seen:
            seen.add((plain(action.text()), keys))
            groups.setdefault(path.split(" ▸ ")[0], []).append((plain(action.text()), keys))
    for key in window.section_keys():
        title = window.section_title(key)
        for action in _section_actions(window, key):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if (plain(action.text()), keys) not in seen:
                seen.add((plain(action.text()), keys))
                groups.setdefault(title, []).append((plain(action.text()), keys))
    for where, keys, what in KEYS_THAT_NEED_NO_ACTION:
        group = (
            window.section_title(where) if where in window.section_keys() else tr(PLACES.get(where, where))
        )
        groups.setdefault(group, []).append((tr(what), keys))
    return groups


def install(window: MainWindow) -> QAction:
    """Help ▸ Keyboard Shortcuts (F1 and Ctrl+/)."""
    action = QAction(QCoreApplication.translate("Shortcuts", "&Keyboard Shortcuts"), window)
    action.setObjectName("keyboardShortcutsAction")
    action.setShortcuts([QKeySequence(QKeySequence.StandardKey.HelpContents), QKeySequence("Ctrl+/")])
    action.triggered.connect(lambda _checked=False: show_shortcuts(window))
    first = window.help_menu.actions()
    if first:
        window.help_menu.insertAction(first[0], action)
    else:
        window.help_menu.addAction(action)
    window.addAction(action)
    return action


def show_shortcuts(window: MainWindow) -> ShortcutsDialog:
    """The list, over the window (not blocking)."""
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
