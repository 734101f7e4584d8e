"""ContactsSection: the searchable contact list beside the selected contact's page."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from journal import clock
from journal.services import contacts, deals, followups, interactions, search, trash
from journal.services.errors import JournalError
from journal.services.events import Change
from journal.ui import ask, columns, formatting
from journal.ui.contacts.filter_bar import ContactFilterBar
from journal.ui.contacts.list_model import ContactListModel
from journal.ui.contacts.page import ContactPage
from journal.ui.contacts.tabs import ItemIdRole
from journal.ui.context import AppContext
from journal.ui.dialogs import ContactDialog, DealDialog, FollowUpDialog, InteractionDialog
from journal.ui.undo import UndoTrash

SPLITTER_KEY = "contacts/splitter"
HEADER_KEY = "contacts/listHeader"


class ContactsSection(QWidget):
    def __init__(self, context: AppContext, undo: UndoTrash, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsSection")
        self.context = context
        self.undo = undo
        self.filter_bar = ContactFilterBar()
        self.filter_bar.filterChanged.connect(self._filter_changed)
        self.filter_bar.escaped.connect(self.focus_list)
        self.model = ContactListModel(self)
        self.view = QTableView()
        self.view.setObjectName("contactList")
        self.view.setAccessibleName(self.tr("Contacts"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        # The name is what people scan for: a real width of its own (Stretch would leave it
        # whatever the other columns do not take, often a few pixels); the last column stretches.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        columns.fit(header, ContactListModel.NAME, 170)
        # Fixed widths (fast), widened for longer translations of the header and the texts.
        today = clock.today()
        columns.fit(header, ContactListModel.ORGANIZATION, 105)
        columns.fit(
            header,
            ContactListModel.LAST_INTERACTION,
            104,
            [formatting.days_ago(today - timedelta(days=45), today)],
        )
        columns.fit(
            header,
            ContactListModel.NEXT_FOLLOWUP,
            96,
            [
                formatting.days_ahead(today + timedelta(days=45), today),
                formatting.days_ahead(today - timedelta(days=45), today),
            ],
        )
        columns.fit(
            header,
            ContactListModel.HEALTH,
            86,
            [formatting.health_text(state) for state in formatting.HEALTH_TEXT],
            icon=True,
        )
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        saved_header = context.settings.value(HEADER_KEY)
        if isinstance(saved_header, QByteArray):
            header.restoreState(saved_header)
        header.sectionResized.connect(lambda *_: context.settings.setValue(HEADER_KEY, header.saveState()))
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._row_changed(current.row())
        )
        self.view.installEventFilter(self)

        self.empty = QLabel()
        self.empty.setObjectName("contactListEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.first_steps = self._first_steps()
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        empty_layout.addWidget(self.first_steps, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(empty_page)
        self._empty_page = empty_page
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.list_stack, 1)

        self.page = ContactPage()
        self.page.contactLinkActivated.connect(self.open_contact)
        self.page.editRequested.connect(self.edit_contact)
        self.page.logRequested.connect(self.log_interaction)
        self.page.followUpRequested.connect(self.add_followup)
        self.page.dealRequested.connect(self.add_deal)
        self.page.interactionActivated.connect(self.edit_interaction)
        self.page.sales.dealActivated.connect(self.edit_deal)
        for tab in (self.page.networking, self.page.sales):
            tab.followups.itemActivated.connect(
                lambda *_args, tree=tab.followups: self.edit_followup(self._tree_id(tree))
            )
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.page)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.focus_list)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("contactsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([470, 710])  # the page needs room for its tables
        saved = context.settings.value(SPLITTER_KEY)
        if isinstance(saved, QByteArray):
            self.splitter.restoreState(saved)
        self.splitter.splitterMoved.connect(
            lambda *_: context.settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self.refresh)
        self._tags_stale = False
        context.signals.changed.connect(self._data_changed)
        self.undo.undone.connect(self._undone)
        self.model.reload()
        self._update_empty()
        if self.model.rowCount():
            self.select_row(0)

    # list ------------------------------------------------------------------------
    def _filter_changed(self, flt: search.ContactFilter) -> None:
        current = self.page.contact_id
        self.model.set_filter(flt)
        self._update_empty()
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0:
            self.select_row(row, show=False)

    def _first_steps(self) -> QWidget:
        """Buttons for a new journal: add the first person, or bring them from a file."""
        box = QWidget()
        box.setObjectName("contactFirstSteps")
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        add = QPushButton(self.tr("&Add a contact…"))
        add.setObjectName("firstContactButton")
        add.setAccessibleName(self.tr("Add your first contact"))
        add.clicked.connect(self.new_contact)
        bring = QPushButton(self.tr("&Import a file…"))
        bring.setObjectName("firstImportButton")
        bring.setAccessibleName(self.tr("Import contacts from a file"))
        bring.clicked.connect(self._import_file)
        layout.addWidget(add)
        layout.addWidget(bring)
        return box

    def _import_file(self) -> None:
        action = self.window().findChild(QAction, "importAction")
        if action is not None:
            action.trigger()

    def _update_empty(self) -> None:
        if self.model.rowCount():
            self.list_stack.setCurrentWidget(self.view)
            return
        if self.filter_bar.is_filtering() or search.count_contacts(today=clock.today()):
            self.empty.setText(self.tr("No contacts match. Press Escape to clear the search."))
            self.first_steps.hide()
        else:
            self.empty.setText(self.tr("No contacts yet — add one (Ctrl+N) or import a file."))
            self.first_steps.show()
        self.list_stack.setCurrentWidget(self._empty_page)

    def select_row(self, row: int, *, show: bool = True) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        if not show:
            self.view.selectionModel().blockSignals(True)
        self.view.selectionModel().setCurrentIndex(index, flags)
        if not show:
            self.view.selectionModel().blockSignals(False)
            self.view.viewport().update()
        self.view.scrollTo(index)

    def _row_changed(self, row: int) -> None:
        contact_id = self.model.contact_id(row)
        if contact_id is not None and contact_id != self.page.contact_id:
            self.page.show_contact(contact_id)

    def selected_contact_id(self) -> int | None:
        return self.page.contact_id

    def open_contact(self, contact_id: int) -> None:
        """Select and show a contact, wherever the list filters are."""
        row = self.model.row_of(contact_id)
        if row < 0 and self.filter_bar.is_filtering():
            self.filter_bar.clear()
            row = self.model.row_of(contact_id)
        if row >= 0:
            self.select_row(row, show=False)
        else:
            self.view.selectionModel().clearSelection()
        self.page.show_contact(contact_id)

    def open_selected(self) -> None:
        """Enter on the list: move into the contact's page."""
        if self.page.contact is None:
            return
        timeline = self.page.current_tab().timeline
        if timeline.view.isVisible():
            if not timeline.view.currentIndex().isValid():
                timeline.view.setCurrentIndex(timeline.model.index(0, 0))
            timeline.view.setFocus()
        else:
            self.page.tabs.setFocus()

    def focus_list(self) -> None:
        self.view.setFocus()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.filter_bar.search.text():
                self.filter_bar.search.clear()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
        return super().eventFilter(watched, event)

    # refresh ---------------------------------------------------------------------
    def _data_changed(self, change: Change) -> None:
        if change.action == "reminded":  # bookkeeping of the reminder engine: nothing shown changes
            return
        if change.entity in ("contact", "database", "tag"):
            self._tags_stale = True
        self._refresh.start()

    def refresh(self) -> None:
        if self._tags_stale:
            self._tags_stale = False
            self.filter_bar.reload_tags()
        current = self.page.contact_id
        had_focus = self.view.hasFocus()
        self.model.reload(keep_loaded=True)
        self._update_empty()
        if current is not None and not self.page.show_contact(current, keep_loaded=True):
            current = None
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0:
            self.select_row(row, show=False)
        if had_focus:
            self.view.setFocus()

    def _undone(self, entity: str, item_id: int) -> None:
        if entity == "contact":
            self.open_contact(item_id)

    # editing ---------------------------------------------------------------------
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
        contact_id = self.selected_contact_id()
        if contact_id is None:
            return None
        saved = InteractionDialog.log_for(self.window(), contact_id, kind)
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
        name = contacts.get_contact(contact_id).name
        question = self.tr(
            "Delete {name} and everything about them for good? Their entries, follow-ups, "
            "deals and introductions are erased from the journal file and cannot be restored "
            "(older backups still hold them)."
        ).format(name=name)
        if not ask.confirm(self.window(), self.tr("Delete permanently?"), question):
            return
        try:
            trash.purge_contact(contact_id)
        except JournalError as error:
            ask.show_error(self.window(), self.tr("Cannot delete"), ask.error_text(error))
            return
        self.refresh()
        if self.model.rowCount():
            self.select_row(0)
        else:
            self.page.show_contact(None)

    def delete_selected(self) -> None:
        """Move what has the focus to the trash: an entry, follow-up, deal, or the contact."""
        focus = self.focusWidget()
        page = self.page
        try:
            for tab in (page.networking, page.sales):
                if focus is tab.timeline.view:
                    item_id = tab.timeline.selected_id()
                    if item_id is not None:
                        what = interactions.get_interaction(item_id).summary
                        interactions.trash_interaction(item_id)
                        self.undo.trashed("interaction", item_id, what)
                        return
                if focus is tab.followups:
                    item_id = self._tree_id(tab.followups)
                    if item_id is not None:
                        what = followups.get_followup(item_id).title
                        followups.trash_followup(item_id)
                        self.undo.trashed("followup", item_id, what)
                        return
            if focus is page.sales.deals:
                item_id = page.sales.selected_deal()
                if item_id is not None:
                    what = deals.get_deal(item_id).title
                    deals.trash_deal(item_id)
                    self.undo.trashed("deal", item_id, what)
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

    @staticmethod
    def _tree_id(tree: QTreeWidget) -> int | None:
        item = tree.currentItem()
        value = item.data(0, ItemIdRole) if item else None
        return int(value) if value else None
