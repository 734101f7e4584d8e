"""The timeline's item model: every interaction, newest first, a day header per day.

Rows come from ``services.search.timeline_page`` a page at a time with keyset
paging (``after=(occurred_at, id)``), so the model never counts or loads the
whole table: a million interactions cost the same as a hundred. A day header
row (spanning all columns in the view) starts each local calendar day.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from journal import clock
from journal.services import search
from journal.services.search import TimelineFilter, TimelineRow
from journal.ui import formatting, vocabulary
from journal.ui.dates import qdate
from journal.ui.importing.worker import Task
from journal.ui.table_model import Index, RowsTableModel
from journal.ui.timeline import labels

log = logging.getLogger(__name__)


def _link_font() -> QFont:
    font = QFont()
    font.setUnderline(True)
    return font


_HEADER_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_ENTRY_FLAGS = _HEADER_FLAGS | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class DayHeader:
    """The header row that starts a local calendar day in the timeline."""

    day: date


def local_day(moment: datetime) -> date:
    """The user's calendar day of an aware instant."""
    return moment.astimezone(clock.local_zone()).date()


def day_title(day: date, today: date) -> str:
    """ "Today — Tuesday, 10 March 2026" in the user's locale."""
    text = formatting.long_date(day)
    delta = (today - day).days
    if delta == 0:
        return QCoreApplication.translate("Timeline", "Today — %1").replace("%1", text)
    if delta == 1:
        return QCoreApplication.translate("Timeline", "Yesterday — %1").replace("%1", text)
    return text


class TimelineModel(RowsTableModel[DayHeader | TimelineRow]):
    """Lazily paged timeline rows (``canFetchMore``/``fetchMore``).

    Pages without a text filter come straight from an index (about a millisecond).
    With a text filter a page can take a tenth of a second on a million entries, so
    those pages are read on a worker thread; ``loading`` is true meanwhile and a
    filter changed in between makes the late answer be dropped.

    Signals:
        loadingChanged(bool): a page started or finished loading in the background.
    """

    loadingChanged = Signal(bool)

    COL_TIME, COL_KIND, COL_CHANNEL, COL_CONTACT, COL_SUMMARY = range(5)
    column_count = 5
    EntryIdRole = Qt.ItemDataRole.UserRole + 1
    ContactIdRole = Qt.ItemDataRole.UserRole + 2
    IsHeaderRole = Qt.ItemDataRole.UserRole + 3
    DayRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, page_size: int = 100, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._filter = TimelineFilter()
        self._after: tuple[datetime, int] | None = None
        self._exhausted = True
        self._today = clock.today()
        self._entries = 0
        self._generation = 0  # bumped by every reload: answers for an older one are dropped
        self.loading = False

    # loading -------------------------------------------------------------------
    def filter(self) -> TimelineFilter:
        return self._filter

    def set_filter(self, flt: TimelineFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Start again from the newest entry (first page loaded right away, or in the
        background when a text filter makes it slow)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._entries = 0
        self._after = None
        self._exhausted = False
        self._today = clock.today()
        self._set_loading(False)  # a page still being read is for the old filter: dropped
        if not self._in_background():
            self._rows.extend(self._next_rows())
        self.endResetModel()
        if self._in_background():
            self._fetch_in_background()

    def _in_background(self) -> bool:
        return bool(self._filter.text.strip())

    def _fetch_in_background(self) -> None:
        generation, flt, after, limit = self._generation, self._filter, self._after, self.page_size

        def page(_progress: Any, _cancelled: Any) -> list[TimelineRow]:
            return search.timeline_page(flt, after=after, limit=limit)

        task = Task(page, self)
        task.finished.connect(lambda result: self._fetched(generation, result))
        self._set_loading(True)
        task.start()

    def _fetched(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # the filter changed while this page was read
        self._set_loading(False)
        if not isinstance(result, list):
            log.warning("timeline page failed: %s", result)
            self._exhausted = True
            return
        self.append_rows(self._rows_of(result))

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loadingChanged.emit(loading)

    def _next_rows(self) -> list[DayHeader | TimelineRow]:
        return self._rows_of(search.timeline_page(self._filter, after=self._after, limit=self.page_size))

    def _rows_of(self, page: list[TimelineRow]) -> list[DayHeader | TimelineRow]:
        self._entries += len(page)
        if len(page) < self.page_size:
            self._exhausted = True
        if not page:
            return []
        self._after = (page[-1].occurred_at, page[-1].id)
        last_day = self._last_day()
        rows: list[DayHeader | TimelineRow] = []
        for row in page:
            day = local_day(row.occurred_at)
            if day != last_day:
                rows.append(DayHeader(day))
                last_day = day
            rows.append(row)
        return rows

    def _last_day(self) -> date | None:
        for row in reversed(self._rows):
            if isinstance(row, TimelineRow):
                return local_day(row.occurred_at)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or self.loading:
            return
        if self._in_background():
            self._fetch_in_background()
            return
        self.append_rows(self._next_rows())

    # lookups -------------------------------------------------------------------
    def entry(self, row: int) -> TimelineRow | None:
        item = self.item(row)
        return item if isinstance(item, TimelineRow) else None

    def is_header(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], DayHeader)

    def entry_count(self) -> int:
        return self._entries  # counted as pages come: the status line asks after every page

    def row_of_entry(self, entry_id: int) -> int:
        return self.row_where(lambda item: isinstance(item, TimelineRow) and item.id == entry_id)

    # Qt model API ----------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        # QTreeView asks this of every row each time it lays the rows out (after every page
        # appended): computed once, and "never has children" spares it asking hasChildren.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = index.row()
        rows = self._rows
        if 0 <= row < len(rows) and isinstance(rows[row], DayHeader):
            return _HEADER_FLAGS
        return _ENTRY_FLAGS

    def header(self, section: int) -> str:
        return (
            QCoreApplication.translate("Timeline", "Time"),
            QCoreApplication.translate("Timeline", "Kind"),
            QCoreApplication.translate("Timeline", "Channel"),
            QCoreApplication.translate("Timeline", "Contact"),
            QCoreApplication.translate("Timeline", "Summary"),
        )[section]

    def row_data(self, item: DayHeader | TimelineRow, column: int, role: int) -> Any:
        if isinstance(item, DayHeader):
            return self._header_data(item, column, role)
        return self._entry_data(item, column, role)

    def _header_data(self, item: DayHeader, column: int, role: int) -> Any:
        if role == self.IsHeaderRole:
            return True
        if role == self.DayRole:
            return qdate(item.day)
        if column != self.COL_TIME:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return day_title(item.day, self._today)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QApplication.palette().brush(QPalette.ColorRole.AlternateBase)
        return None

    def _entry_data(self, item: TimelineRow, column: int, role: int) -> Any:
        if role == self.IsHeaderRole:
            return False
        if role == self.EntryIdRole:
            return item.id
        if role == self.ContactIdRole:
            return item.contact_id
        if role == self.DayRole:
            return qdate(local_day(item.occurred_at))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._entry_text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_CONTACT:
                return QCoreApplication.translate("Timeline", "Open %1's page").replace(
                    "%1", item.contact_name
                )
            if column == self.COL_SUMMARY:
                return self._entry_text(item, column)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_KIND:
            return labels.kind_icon(item.kind)
        if column == self.COL_CONTACT:  # drawn as a link: one click opens the contact
            if role == Qt.ItemDataRole.FontRole:
                return _link_font()
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().brush(QPalette.ColorRole.Link)
        return None

    def _entry_text(self, item: TimelineRow, column: int) -> str:
        if column == self.COL_TIME:
            return formatting.short_time(item.occurred_at.astimezone(clock.local_zone()).time())
        if column == self.COL_KIND:
            return vocabulary.kind(item.kind)
        if column == self.COL_CHANNEL:
            return vocabulary.channel(item.channel)
        if column == self.COL_CONTACT:
            return item.contact_name
        if column == self.COL_SUMMARY:
            value = labels.value_text(item.value_direction, item.value_type)
            return f"{item.summary}  ({value})" if value else item.summary
        return ""
