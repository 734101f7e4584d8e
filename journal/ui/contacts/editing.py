"""What the Contacts section does to the records on screen: add and edit a contact, log an
entry, add a follow-up or a deal, export, delete to the trash, delete permanently."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QTableView

from journal.services import contacts, deals, followups, interactions
from journal.services.errors import JournalError
from journal.ui import ask
from journal.ui.contacts import purge
from journal.ui.contacts.ledger_trees import selected_item_id
from journal.ui.contacts.list_model import ContactListModel
from journal.ui.contacts.page import ContactPage
from journal.ui.context import AppContext
from journal.ui.dialogs import ContactDialog, DealDialog, FollowUpDialog, InteractionDialog
from journal.ui.importing.worker import Task
from journal.ui.mixin import WidgetMixin
from journal.ui.selection import ContactContext
from journal.ui.undo import UndoTrash

# What the trash asks for each kind of record: its name for the undo bar, and how to trash it.
_TRASHERS: dict[str, tuple[Callable[[int], str], Callable[[int], object]]] = {
    "interaction": (lambda i: interactions.get_interaction(i).summary, interactions.trash_interaction),
    "followup": (lambda i: followups.get_followup(i).title, followups.trash_followup),
    "deal": (lambda i: deals.get_deal(i).title, deals.trash_deal),
}


class ContactEditing(WidgetMixin):
    """Mixin of ``ContactsSection`` (before the Qt class): the commands on the selected contact."""

    context: AppContext
    undo: UndoTrash
    model: ContactListModel
    view: QTableView
    page: ContactPage
    purge_task: Task | None  # the backups being cleaned after Delete permanently

    # The section's own, which these commands use:
    def refresh(self) -> None:
        raise NotImplementedError

    def open_contact(self, contact_id: int) -> None:
        raise NotImplementedError

    def select_row(self, row: int, *, show: bool = True) -> None:
        raise NotImplementedError

    def selected_contact_id(self) -> int | None:
        raise NotImplementedError

    def contact_context(self) -> ContactContext | None:
        raise NotImplementedError

    def new_contact(self) -> int | None:
        contact_id = ContactDialog.add(self.window())
        if contact_id is not None:
            self.refresh()
            self.open_contact(contact_id)
        return contact_id

    def edit_contact(self, contact_id: int | None = None) -> None:
        contact_id = contact_id or self.selected_contact_id()
        if contact_id is not None:
            ContactDialog.edit(self.window(), contact_id)

    def log_interaction(self, kind: str | None = None) -> int | None:
        context = self.contact_context()
        if context is None:
            return None
        saved = InteractionDialog.log_for(
            self.window(), context.contact_id, kind or context.kind, deal_id=context.deal_id
        )
        if saved is not None:
            made = interactions.get_interaction(saved)
            self.page.tabs.setCurrentWidget(self.page.sales if made.kind == "sales" else self.page.networking)
        return saved

    def edit_interaction(self, interaction_id: int) -> None:
        InteractionDialog.edit(self.window(), interaction_id)

    def edit_deal(self, deal_id: int) -> None:
        DealDialog.edit(self.window(), deal_id)

    def edit_followup(self, followup_id: int | None) -> None:
        if followup_id is None:
            return
        if followups.get_followup(followup_id).status != "open":
            return  # done and cancelled ones are history
        FollowUpDialog.edit(self.window(), followup_id)

    def add_followup(self, kind: str | None = None) -> int | None:
        contact_id = self.selected_contact_id()
        if contact_id is None:
            return None
        return FollowUpDialog.add_for(self.window(), contact_id, kind or self.page.current_tab().kind)

    def add_deal(self) -> int | None:
        contact_id = self.selected_contact_id()
        if contact_id is None:
            return None
        saved = DealDialog.add_for(self.window(), contact_id)
        if saved is not None:
            self.page.tabs.setCurrentWidget(self.page.sales)
        return saved

    def export_selected(self) -> list[Path]:
        """Everything about the selected person as JSON plus a vCard, e.g. for someone
        who asks for their data."""
        contact_id = self.selected_contact_id()
        if contact_id is None:
            return []
        folder = ask.choose_folder(self.window(), self.tr("Export this contact into…"))
        if not folder:
            return []
        from journal.interop import export  # the file formats load on first use

        try:
            written = export.export_contact(contact_id, folder)
        except OSError as error:
            ask.show_error(self.window(), self.tr("Could not export"), str(error))
            return []
        names = "\n".join(str(path) for path in written)
        ask.inform(
            self.window(), self.tr("Contact exported"), self.tr("Written:\n{files}").format(files=names)
        )
        return written

    def purge_selected(self) -> None:
        """Delete the selected person and all their history for good (no trash, no undo)."""
        contact_id = self.selected_contact_id()
        if contact_id is None:
            return
        if self.purge_task is not None and self.purge_task.running:
            ask.inform(
                self.window(), self.tr("Delete permanently"), self.tr("The backups are still being cleaned.")
            )
            return
        try:
            deleted, self.purge_task = purge.ask_and_purge(
                self.window(), self.context.database_path, contact_id
            )
        except JournalError as error:
            ask.show_error(self.window(), self.tr("Cannot delete"), ask.error_text(error))
            return
        if not deleted:
            return
        self.refresh()
        if self.model.rowCount():
            self.select_row(0)
        else:
            self.page.show_contact(None)

    def delete_selected(self) -> None:
        """Move what has the focus to the trash: an entry, follow-up, deal, or the contact."""
        try:
            focused = self._focused_item()
            if focused is not None:
                entity, item_id = focused
                describe, trash_it = _TRASHERS[entity]
                what = describe(item_id)
                trash_it(item_id)
                self.undo.trashed(entity, item_id, what)
                return
            contact_id = self.selected_contact_id()
            if contact_id is None:
                return
            what = contacts.get_contact(contact_id).name
            row = self.view.currentIndex().row()
            contacts.trash_contact(contact_id)
            self.undo.trashed("contact", contact_id, what)
        except JournalError as error:
            ask.show_error(self.window(), self.tr("Cannot delete"), ask.error_text(error))
            return
        # Show the neighbour, so Delete pressed again keeps working down the list.
        self.refresh()
        if self.model.rowCount():
            self.select_row(min(max(row, 0), self.model.rowCount() - 1))
        else:
            self.page.show_contact(None)
        self.view.setFocus()

    def _focused_item(self) -> tuple[str, int] | None:
        """The entry, follow-up or deal the keyboard focus is on (None: none of them)."""
        focus = self.focusWidget()
        for tab in (self.page.networking, self.page.sales):
            if focus is tab.timeline.view and (item_id := tab.timeline.selected_id()) is not None:
                return "interaction", item_id
            if focus is tab.followups and (item_id := selected_item_id(tab.followups)) is not None:
                return "followup", item_id
        if focus is self.page.sales.deals and (item_id := self.page.sales.selected_deal()) is not None:
            return "deal", item_id
        return None
