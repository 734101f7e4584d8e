"""Installs the Contacts section: navigation entry, menu actions and shortcuts.

Actions that act on "the selected contact" (Find, Delete, Log interaction...)
are scoped to the section (``WidgetWithChildrenShortcut``) so other sections
can bind the same keys to their own selection; choosing them from the menu
works from anywhere and brings the contacts section forward.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from journal.services.errors import QT_TRANSLATE_NOOP
from journal.ui.contacts.section import ContactsSection
from journal.ui.dialogs import InteractionDialog
from journal.ui.main_window import MainWindow
from journal.ui.undo import undo_for

KEY = "contacts"
_Key = QKeySequence.StandardKey
TEXTS = {
    "newContactAction": QT_TRANSLATE_NOOP("ContactsFeature", "&New Contact…"),
    "editContactAction": QT_TRANSLATE_NOOP("ContactsFeature", "&Edit Contact…"),
    "logInteractionAction": QT_TRANSLATE_NOOP("ContactsFeature", "&Log Interaction…"),
    "addFollowUpAction": QT_TRANSLATE_NOOP("ContactsFeature", "Add &Follow-up…"),
    "addDealAction": QT_TRANSLATE_NOOP("ContactsFeature", "Add &Deal…"),
    "findContactAction": QT_TRANSLATE_NOOP("ContactsFeature", "&Find Contact"),
    "deleteAction": QT_TRANSLATE_NOOP("ContactsFeature", "&Delete"),
    "exportContactAction": QT_TRANSLATE_NOOP("ContactsFeature", "E&xport This Contact…"),
    "purgeContactAction": QT_TRANSLATE_NOOP("ContactsFeature", "Delete Contact &Permanently…"),
}
# object name, what it does to the section, shortcut, whether the shortcut works only inside the section
ACTIONS: tuple[tuple[str, Callable[[ContactsSection], object], _Key | str | None, bool], ...] = (
    ("newContactAction", ContactsSection.new_contact, _Key.New, False),
    ("editContactAction", ContactsSection.edit_contact, None, False),
    ("logInteractionAction", ContactsSection.log_interaction, "Ctrl+L", True),
    ("addFollowUpAction", ContactsSection.add_followup, None, False),
    ("addDealAction", ContactsSection.add_deal, None, False),
    ("findContactAction", ContactsSection.focus_search, _Key.Find, True),
    ("deleteAction", ContactsSection.delete_selected, _Key.Delete, True),
    ("exportContactAction", ContactsSection.export_selected, None, False),
    ("purgeContactAction", ContactsSection.purge_selected, None, False),
)


def install(window: MainWindow) -> None:
    """The Contacts section, its File and Edit menu actions, and "open a contact/entry" anywhere."""
    undo = undo_for(window)
    scoped: list[QAction] = []

    def section() -> ContactsSection:
        widget = window.show_section(KEY)
        assert isinstance(widget, ContactsSection)
        return widget

    def build() -> ContactsSection:
        widget = ContactsSection(window.context, undo)
        widget.addActions(scoped)
        return widget

    def action(
        name: str, slot: Callable[[ContactsSection], object], shortcut: _Key | str | None, local: bool
    ) -> QAction:
        act = QAction(QCoreApplication.translate("ContactsFeature", TEXTS[name]), window)
        act.setObjectName(name)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if local:
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            scoped.append(act)
        else:
            window.addAction(act)
        act.triggered.connect(lambda _checked=False: slot(section()))
        return act

    window.add_section(KEY, QCoreApplication.translate("ContactsFeature", "Contacts"), build)
    made = {name: action(name, slot, shortcut, local) for name, slot, shortcut, local in ACTIONS}
    ours = [
        made[n] for n in ("newContactAction", "logInteractionAction", "addFollowUpAction", "addDealAction")
    ]
    existing = window.file_menu.actions()
    if existing:
        window.file_menu.insertActions(existing[0], ours)
        window.file_menu.insertSeparator(existing[0])
    else:
        window.file_menu.addActions(ours)
    window.edit_menu.addActions([made[n] for n in ("findContactAction", "editContactAction", "deleteAction")])
    window.edit_menu.addSeparator()
    window.edit_menu.addActions([made["exportContactAction"], made["purgeContactAction"]])
    window.openContactRequested.connect(lambda contact_id: section().open_contact(contact_id))
    # "Open" on a timeline entry anywhere (Timeline, due panel...): its editor, over the window.
    window.openInteractionRequested.connect(lambda entry_id: InteractionDialog.edit(window, entry_id))
