"""ContactListModel: the contact list, loaded from SQLite a page at a time.

Searching, filtering and sorting happen in SQL (``services.search``); the model
only holds the pages fetched so far, so 100,000 contacts cost one page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QHeaderView

from journal import clock
from journal.services import search
from journal.services.errors import QT_TRANSLATE_NOOP
from journal.services.networking import relationship_health
from journal.services.search import ContactFilter, ContactRow
from journal.ui import columns, formatting
from journal.ui.table_model import Index, RowsTableModel

PAGE_SIZE = 100
ContactIdRole = Qt.ItemDataRole.UserRole + 1
HealthRole = Qt.ItemDataRole.UserRole + 2


class ContactListModel(RowsTableModel[ContactRow]):
    """The contact list: searched, filtered and sorted in SQL, fetched a page at a time."""

    NAME, ORGANIZATION, LAST_INTERACTION, NEXT_FOLLOWUP, HEALTH = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ContactListModel", "Name"),
        QT_TRANSLATE_NOOP("ContactListModel", "Organization"),
        QT_TRANSLATE_NOOP("ContactListModel", "Last interaction"),
        QT_TRANSLATE_NOOP("ContactListModel", "Next follow-up"),
        QT_TRANSLATE_NOOP("ContactListModel", "Keep in touch"),
    )
    column_count = len(HEADERS)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        today: Callable[[], date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self._filter = ContactFilter()
        self._page_size = page_size
        self._today_fn = today
        self._today = today()
        self._exhausted = True

    # loading -------------------------------------------------------------------
    @property
    def contact_filter(self) -> ContactFilter:
        return self._filter

    def set_filter(self, flt: ContactFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self, *, keep_loaded: bool = False) -> None:
        """Query again from the first row (keeping as many rows as were loaded if asked)."""
        limit = max(self._page_size, len(self._rows)) if keep_loaded else self._page_size
        self._today = self._today_fn()
        rows = search.search_contacts(self._filter, today=self._today, limit=limit)
        self._exhausted = len(rows) < limit
        self.set_rows(rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = search.search_contacts(
            self._filter, today=self._today, limit=self._page_size, offset=len(self._rows)
        )
        self._exhausted = len(page) < self._page_size
        self.append_rows(page)

    # access --------------------------------------------------------------------
    def contact_id(self, row: int) -> int | None:
        item = self.item(row)
        return item.id if item is not None else None

    def row_of(self, contact_id: int) -> int:
        return self.row_where(lambda item: item.id == contact_id)

    # Qt model interface ----------------------------------------------------------
    def header(self, section: int) -> str:
        return self.tr(self.HEADERS[section])

    def row_data(self, item: ContactRow, column: int, role: int) -> Any:
        if role == ContactIdRole:
            return item.id
        health = relationship_health(item.reconnect_due_on, self._today)
        if role == HealthRole:
            return health
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column, health)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.HEALTH and health != "none":
            return formatting.health_dot(health)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(item, column, health)
        return None

    def _display(self, item: ContactRow, column: int, health: str) -> str:
        if column == self.NAME:
            return item.name
        if column == self.ORGANIZATION:
            return item.organization
        if column == self.LAST_INTERACTION:
            if item.last_interaction_at is None:
                return self.tr("never")
            return formatting.days_ago(formatting.local_date(item.last_interaction_at), self._today)
        if column == self.NEXT_FOLLOWUP:
            if item.next_followup_on is None:
                return ""
            return formatting.days_ahead(item.next_followup_on, self._today)
        if column == self.HEALTH:
            return formatting.health_text(health) if health != "none" else ""
        return ""

    def _tooltip(self, item: ContactRow, column: int) -> str | None:
        if column == self.NAME and item.title:
            return (
                self.tr("{title} at {organization}").format(title=item.title, organization=item.organization)
                if item.organization
                else item.title
            )
        if column == self.LAST_INTERACTION and item.last_interaction_at is not None:
            return formatting.short_datetime(item.last_interaction_at)
        if column == self.NEXT_FOLLOWUP and item.next_followup_on is not None:
            return formatting.long_date(item.next_followup_on)
        if column == self.HEALTH and item.reconnect_due_on is not None:
            return self.tr("Reconnect by {day}").format(day=formatting.long_date(item.reconnect_due_on))
        return None


def fit_columns(header: QHeaderView) -> None:
    """Column widths for the contact list: fixed (fast), wide enough for the translated texts."""
    # The name is what people scan for: a real width of its own (Stretch would leave it
    # whatever the other columns do not take, often a few pixels); the last column stretches.
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    columns.fit(header, ContactListModel.NAME, 150)
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
