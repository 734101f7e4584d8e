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

from journal.ui.contacts.section import ContactsSection
from journal.ui.dialogs import InteractionDialog
from journal.ui.main_window import MainWindow
from journal.ui.undo import undo_for

KEY = "contacts"


def install(window: MainWindow) -> None:
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
        name: str,
        text: str,
        slot: Callable[[ContactsSection], object],
        shortcut: QKeySequence | None = None,
        *,
        local: bool = False,
    ) -> QAction:
        act = QAction(text, window)
        act.setObjectName(name)
        if shortcut is not None:
            act.setShortcut(shortcut)
        if local:
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            scoped.append(act)
        else:
            window.addAction(act)
        act.triggered.connect(lambda _checked=False: slot(section()))
        return act

    window.add_section(KEY, QCoreApplication.translate("ContactsFeature", "Contacts"), build)
    new_contact = action(
        "newContactAction",
        QCoreApplication.translate("ContactsFeature", "&New Contact…"),
        lambda s: s.new_contact(),
        QKeySequence(QKeySequence.StandardKey.New),
    )
    edit_contact = action(
        "editContactAction",
        QCoreApplication.translate("ContactsFeature", "&Edit Contact…"),
        lambda s: s.edit_contact(),
    )
    log = action(
        "logInteractionAction",
        QCoreApplication.translate("ContactsFeature", "&Log Interaction…"),
        lambda s: s.log_interaction(),
        QKeySequence("Ctrl+L"),
        local=True,
    )
    followup = action(
        "addFollowUpAction",
        QCoreApplication.translate("ContactsFeature", "Add &Follow-up…"),
        lambda s: s.add_followup(),
    )
    deal = action(
        "addDealAction", QCoreApplication.translate("ContactsFeature", "Add &Deal…"), lambda s: s.add_deal()
    )
    find = action(
        "findContactAction",
        QCoreApplication.translate("ContactsFeature", "&Find Contact"),
        lambda s: s.focus_search(),
        QKeySequence(QKeySequence.StandardKey.Find),
        local=True,
    )
    delete = action(
        "deleteAction",
        QCoreApplication.translate("ContactsFeature", "&Delete"),
        lambda s: s.delete_selected(),
        QKeySequence(QKeySequence.StandardKey.Delete),
        local=True,
    )
    export_one = action(
        "exportContactAction",
        QCoreApplication.translate("ContactsFeature", "E&xport This Contact…"),
        lambda s: s.export_selected(),
    )
    purge = action(
        "purgeContactAction",
        QCoreApplication.translate("ContactsFeature", "Delete Contact &Permanently…"),
        lambda s: s.purge_selected(),
    )
    ours = [new_contact, log, followup, deal]
    existing = window.file_menu.actions()
    if existing:
        window.file_menu.insertActions(existing[0], ours)
        window.file_menu.insertSeparator(existing[0])
    else:
        window.file_menu.addActions(ours)
    window.edit_menu.addActions([find, edit_contact, delete])
    window.edit_menu.addSeparator()
    window.edit_menu.addActions([export_one, purge])
    window.openContactRequested.connect(lambda contact_id: section().open_contact(contact_id))
    # "Open" on a timeline entry anywhere (Timeline, due panel...): its editor, over the window.
    window.openInteractionRequested.connect(lambda entry_id: InteractionDialog.edit(window, entry_id))
