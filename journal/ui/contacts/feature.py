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
from journal.ui.actions import put_first
from journal.ui.contacts.section import ContactsSection
from journal.ui.dialogs import DealDialog, FollowUpDialog, InteractionDialog
from journal.ui.main_window import MainWindow
from journal.ui.selection import ContactContext, contact_in_view
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
    "purgeContactAction": QT_TRANSLATE_NOOP("ContactsFeature", "Delete Contact Per&manently…"),
}
# object name, what it does to the section, shortcut, whether the shortcut works only inside the section
# (Log, follow-up and deal act on whoever is in view in any section: see ``for_contact_in_view``.)
ACTIONS: tuple[tuple[str, Callable[[ContactsSection], object], _Key | str | None, bool], ...] = (
    ("newContactAction", ContactsSection.new_contact, _Key.New, False),
    ("editContactAction", ContactsSection.edit_contact, None, False),
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

    def new_action(name: str, shortcut: _Key | str | None) -> QAction:
        act = QAction(QCoreApplication.translate("ContactsFeature", TEXTS[name]), window)
        act.setObjectName(name)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        return act

    def action(
        name: str, slot: Callable[[ContactsSection], object], shortcut: _Key | str | None, local: bool
    ) -> QAction:
        act = new_action(name, shortcut)
        if local:
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            scoped.append(act)
        else:
            window.addAction(act)
        act.triggered.connect(lambda _checked=False: slot(section()))
        return act

    window.add_section(KEY, QCoreApplication.translate("ContactsFeature", "Contacts"), build)
    made = {name: action(name, slot, shortcut, local) for name, slot, shortcut, local in ACTIONS}
    for name, shortcut, start in (
        ("logInteractionAction", "Ctrl+L", start_log),
        ("addFollowUpAction", "Ctrl+Shift+F", start_followup),
        ("addDealAction", None, start_deal),
    ):
        act = new_action(name, shortcut)
        act.triggered.connect(lambda _checked=False, s=start: for_contact_in_view(window, s))
        window.addAction(act)
        made[name] = act
    ours = [
        made[n] for n in ("newContactAction", "logInteractionAction", "addFollowUpAction", "addDealAction")
    ]
    put_first(window.file_menu, ours)
    window.edit_menu.addActions([made[n] for n in ("findContactAction", "editContactAction", "deleteAction")])
    window.edit_menu.addSeparator()
    window.edit_menu.addActions([made["exportContactAction"], made["purgeContactAction"]])
    window.openContactRequested.connect(lambda contact_id: section().open_contact(contact_id))
    # "Open" on a timeline entry anywhere (Timeline, due panel...): its editor, over the window.
    window.openInteractionRequested.connect(lambda entry_id: InteractionDialog.edit(window, entry_id))


def for_contact_in_view(window: MainWindow, start: Callable[[MainWindow, ContactContext], object]) -> object:
    """Run ``start`` for whoever the section on screen is about; when nobody is selected there,
    ask "for whom?" first (the palette's people search)."""
    context = contact_in_view(window.current_page())
    if context is None:
        from journal.ui.palette.dialog import choose_contact

        contact_id = choose_contact(window, QCoreApplication.translate("ContactsFeature", "For whom?"))
        if contact_id is None:
            return None
        context = ContactContext(contact_id)
    return start(window, context)


def start_log(window: MainWindow, context: ContactContext) -> int | None:
    """Log an interaction with the ledger and deal in view preselected."""
    page = window.current_page()
    if isinstance(page, ContactsSection) and page.page.contact_id == context.contact_id:
        return page.log_interaction()
    return InteractionDialog.log_for(window, context.contact_id, context.kind, deal_id=context.deal_id)


def start_followup(window: MainWindow, context: ContactContext) -> int | None:
    """Add a follow-up in the ledger in view (linked to the deal in view)."""
    return FollowUpDialog.add_for(window, context.contact_id, context.kind, deal_id=context.deal_id)


def start_deal(window: MainWindow, context: ContactContext) -> int | None:
    """Add a deal for the contact in view."""
    page = window.current_page()
    if isinstance(page, ContactsSection) and page.page.contact_id == context.contact_id:
        return page.add_deal()
    return DealDialog.add_for(window, context.contact_id)
