"""ContactsSection: the searchable contact list beside the selected contact's page (its commands on
the selected contact are the ``ContactEditing`` mixin, in ``editing``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QStackedWidget,
    QTableView,
    QWidget,
)

from journal import clock
from journal.services import deals, search
from journal.services.events import Action, Change, Entity
from journal.ui import columns, widgets
from journal.ui.contacts.editing import ContactEditing
from journal.ui.contacts.filter_bar import ContactFilterBar
from journal.ui.contacts.ledger_trees import selected_item_id, selected_item_id_of
from journal.ui.contacts.list_model import ContactListModel, fit_columns
from journal.ui.contacts.page import ContactPage
from journal.ui.context import AppContext
from journal.ui.importing.worker import Task
from journal.ui.refresh import coalescing_timer
from journal.ui.selection import ContactContext
from journal.ui.undo import UndoTrash

SPLITTER_KEY = "contacts/splitter"
HEADER_KEY = "contacts/listHeader"


class ContactsSection(ContactEditing, QWidget):
    """The Contacts section: the searchable contact list beside the selected contact's page."""

    def __init__(self, context: AppContext, undo: UndoTrash, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsSection")
        self.context = context
        self.undo = undo
        self.filter_bar = ContactFilterBar()
        self.filter_bar.filterChanged.connect(self._filter_changed)
        self.filter_bar.escaped.connect(self.focus_list)
        self.filter_bar.intoList.connect(self.focus_list)
        self.model = ContactListModel(self)
        self.view = self._contact_list()
        self.empty = widgets.text_label("contactListEmpty", centered=True)
        self.first_steps = self._first_steps()
        self._empty_page = widgets.pane(
            None, self.empty, (self.first_steps, 0, Qt.AlignmentFlag.AlignHCenter), None, margins=None
        )
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(self._empty_page)
        left = widgets.pane(self.filter_bar, (self.list_stack, 1), margins=(8, 8, 0, 8))
        self.page = self._contact_page()
        self.splitter = widgets.splitter(
            Qt.Orientation.Horizontal, "contactsSplitter", (left, 2), (self.page, 3)
        )
        self.splitter.setSizes([470, 710])  # the page needs room for its tables
        widgets.remember_state(context.settings, SPLITTER_KEY, self.splitter, self.splitter.splitterMoved)
        widgets.vbox(self.splitter, parent=self, margins=0)

        self._refresh = coalescing_timer(self, self.refresh)
        self.purge_task: Task | None = None  # the backups being cleaned after Delete permanently
        self._tags_stale = False
        context.signals.changed.connect(self._data_changed)
        self.undo.undone.connect(self._undone)
        self.model.reload()
        self._update_empty()
        if self.model.rowCount():
            self.select_row(0)

    def _contact_list(self) -> QTableView:
        view = widgets.table_view("contactList", self.tr("Contacts"), self.model)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        fit_columns(view.horizontalHeader())
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.horizontalHeader()
        widgets.remember_state(self.context.settings, HEADER_KEY, header, header.sectionResized)
        # Too narrow for every column (a laptop with the due panel open): the least needed go.
        self.list_columns = columns.ColumnsThatFit(
            view,
            header,
            [
                ContactListModel.LAST_INTERACTION,
                ContactListModel.NEXT_FOLLOWUP,
                ContactListModel.ORGANIZATION,
            ],
        )
        view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._row_changed(current.row())
        )
        view.installEventFilter(self)
        return view

    def _contact_page(self) -> ContactPage:
        page = ContactPage()
        page.contactLinkActivated.connect(self.open_contact)
        page.editRequested.connect(self.edit_contact)
        page.logRequested.connect(self.log_interaction)
        page.followUpRequested.connect(self.add_followup)
        page.dealRequested.connect(self.add_deal)
        page.interactionActivated.connect(self.edit_interaction)
        page.sales.dealActivated.connect(self.edit_deal)
        for tab in (page.networking, page.sales):
            tab.followups.itemActivated.connect(
                lambda *_args, tree=tab.followups: self.edit_followup(selected_item_id(tree))
            )
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), page)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.focus_list)
        return page

    # list ------------------------------------------------------------------------
    def _filter_changed(self, flt: search.ContactFilter) -> None:
        """The page always shows a contact the list holds: the one shown if it still matches,
        else the first match, else nobody (never a person the search has filtered out)."""
        current = self.page.contact_id
        self.model.set_filter(flt)
        self._update_empty()
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0:
            self.select_row(row, show=False)
        elif self.model.rowCount():
            self.select_row(0)
        else:
            self.view.selectionModel().clearSelection()
            self.page.show_contact(None)

    def _first_steps(self) -> QWidget:
        """Buttons for a new journal: add the first person, or bring them from a file."""
        add = widgets.push_button(
            "firstContactButton",
            self.tr("&Add a contact…"),
            self.tr("Add your first contact"),
            self.new_contact,
        )
        bring = widgets.push_button(
            "firstImportButton",
            self.tr("&Import a file…"),
            self.tr("Import contacts from a file"),
            self._import_file,
        )
        box = widgets.side_by_side(add, bring)
        box.setObjectName("contactFirstSteps")
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
        """Into the list, on the contact shown (the first one when none is)."""
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            row = self.model.row_of(self.page.contact_id) if self.page.contact_id is not None else -1
            self.select_row(max(row, 0))
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
        if change.action == Action.REMINDED:  # bookkeeping of the reminder engine: nothing shown changes
            return
        if change.entity in (Entity.CONTACT, Entity.DATABASE):
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

    def contact_context(self) -> ContactContext | None:
        """The contact on the page, the ledger of the open tab, and the deal selected on the
        Sales tab (else their only open deal, when the Sales tab is open)."""
        contact_id = self.page.contact_id
        if contact_id is None:
            return None
        kind = self.page.current_tab().kind
        deal_id = self.page.sales.selected_deal() if kind == "sales" else None
        return ContactContext(contact_id, kind, deal_id)

    def show_search(self, text: str) -> None:
        """The list searched for ``text`` (an organization's people), the first one shown."""
        self.filter_bar.clear()
        self.filter_bar.search.setText(text)
        self.filter_bar.current_filter()
        self._filter_changed(self.filter_bar.current_filter())
        self.focus_list()

    def open_deal(self, deal_id: int) -> None:
        """The deal's contact on the Sales tab with the deal selected."""
        deal = deals.get_deal(deal_id)
        self.open_contact(deal.contact_id)
        self.page.tabs.setCurrentWidget(self.page.sales)
        tree = self.page.sales.deals
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item is not None and selected_item_id_of(item) == deal_id:
                tree.setCurrentItem(item)
                tree.setFocus()
                break
