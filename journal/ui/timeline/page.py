"""The Timeline section: every interaction of every contact, newest first.

A filter bar (kind, channel, date range, text) over ``timelineView``; rows load
a page at a time as the user scrolls. Enter or double-click opens an entry; the
contact name is a link (one click opens the contact), and "Open contact"
(Ctrl+Shift+O) does the same from the keyboard.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal import clock
from journal.services.events import Entity
from journal.services.search import TimelineFilter
from journal.ui import vocabulary, widgets
from journal.ui.actions import scoped_action, shortcut_text
from journal.ui.dates import pydate, qdate
from journal.ui.focus import tab_chain
from journal.ui.main_window import MainWindow
from journal.ui.refresh import SectionView, coalescing_timer
from journal.ui.selection import ContactContext
from journal.ui.timeline import labels
from journal.ui.timeline.model import TimelineModel

SEARCH_DELAY_MS = 0  # a zero timer still coalesces keys typed faster than a page is read
OPEN_CONTACT_SHORTCUT = "Ctrl+Shift+O"


class DayHeaderDelegate(QStyledItemDelegate):
    """Draws a day-header row (its first cell spans the row)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        view = self.parent()
        palette = option.palette
        rect = option.rect
        painter.save()
        painter.fillRect(rect, palette.brush(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            rect.adjusted(6, 0, -6, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        )
        if isinstance(view, QTableView) and view.currentIndex().row() == index.row() and view.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()


class TimelineView(QTableView):
    """The timeline's rows; a day-header row spans every column.

    A table, not a tree: QTreeView lays every row out again each time a page is
    appended (with 20,000 rows loaded that took a tenth of a second a page) and asks
    the model for the next page on every layout; a table only adds the new rows, and
    fetches when its last row comes into view.
    """

    def __init__(self, model: TimelineModel) -> None:
        super().__init__()
        self.setModel(model)
        # Only the header rows get the Python delegate: one painting every cell made a
        # repaint of the timeline five times slower than the contact list's.
        self._header_delegate = DayHeaderDelegate(self)
        self._header_rows: list[int] = []
        model.modelReset.connect(self._span_all)
        model.rowsInserted.connect(lambda _parent, first, last: self._span(first, last))

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # Home and End go to the newest and the last loaded entry, as in a list (a table
        # would move to the first or last column of the row)
        if action in (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd):
            modifiers = modifiers | Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)

    def _span_all(self) -> None:
        self.clearSpans()
        for row in self._header_rows:
            self.setItemDelegateForRow(row, None)  # type: ignore[arg-type]
        self._header_rows = []
        self._span(0, self.model().rowCount() - 1)

    def _span(self, first: int, last: int) -> None:
        model = self.model()
        assert isinstance(model, TimelineModel)
        for row in range(first, last + 1):
            if model.is_header(row):
                self.setSpan(row, 0, 1, model.column_count)
                self.setItemDelegateForRow(row, self._header_delegate)
                self._header_rows.append(row)


class TimelinePage(SectionView):
    """The section widget (filters, the paged view, actions)."""

    watched_entities = (Entity.INTERACTION, Entity.CONTACT)

    def __init__(self, window: MainWindow, page_size: int = 100) -> None:
        super().__init__(window.context, "timelinePage")
        self.window_ = window
        self.model = TimelineModel(page_size=page_size, parent=self)
        self._dirty = False
        bar = self._filter_bar()
        self.view = self._timeline_view()
        self.empty_label = widgets.text_label("timelineEmpty", centered=True)
        # wraps rather than widening the window (translations)
        self.status_label = widgets.text_label("timelineStatus")
        footer = self._actions_and_buttons()
        widgets.vbox(bar, (self.view, 1), self.empty_label, footer, parent=self)
        self._search_timer = coalescing_timer(self, self.apply_filters, SEARCH_DELAY_MS)
        self._reload_timer = coalescing_timer(self, self.reload)
        self._connect()
        tab_chain(
            self.kind_filter,
            self.channel_filter,
            self.from_check,
            self.from_date,
            self.to_check,
            self.to_date,
            self.search,
            self.view,
            self.open_entry_button,
            self.open_contact_button,
        )
        self.model.set_filter(self.current_filter())

    def _filter_bar(self) -> QVBoxLayout:
        """Kind, channel, a date range (each end optional) and the text search."""
        self.kind_filter = widgets.named(QComboBox(), "timelineKindFilter", self.tr("Kind"))
        self.kind_filter.addItem(self.tr("Networking and sales"), None)
        for kind in labels.KIND_CHOICES:
            self.kind_filter.addItem(labels.kind_icon(kind), vocabulary.kind(kind), kind)
        self.channel_filter = widgets.combo_box(
            "timelineChannelFilter",
            self.tr("Channel"),
            [(self.tr("All channels"), None), *((vocabulary.channel(c), c) for c in labels.CHANNEL_CHOICES)],
        )
        qtoday = qdate(clock.today())
        self.from_check = widgets.check_box(
            "timelineFromCheck", self.tr("Fro&m"), self.tr("Only entries from a date")
        )
        self.from_date = widgets.date_edit("timelineFromDate", self.tr("From date"), qtoday.addMonths(-1))
        self.to_check = widgets.check_box(
            "timelineToCheck", self.tr("&To"), self.tr("Only entries up to a date")
        )
        self.to_date = widgets.date_edit("timelineToDate", self.tr("To date"), qtoday)
        widgets.enabled_by(self.from_check, self.from_date)
        widgets.enabled_by(self.to_check, self.to_date)
        self.search = widgets.line_edit(
            "timelineSearch", self.tr("Search entries"), placeholder=self.tr("Search summaries and notes…")
        )
        self.search.setClearButtonEnabled(True)
        # Two rows: the search gets the whole width (its hint is never cut), the filters the next.
        filters = widgets.hbox(
            _buddy(self.tr("&Kind"), self.kind_filter),
            self.kind_filter,
            8,
            _buddy(self.tr("Cha&nnel"), self.channel_filter),
            self.channel_filter,
            8,
            self.from_check,
            self.from_date,
            self.to_check,
            self.to_date,
            None,
        )
        search = widgets.hbox(_buddy(self.tr("Sea&rch"), self.search), (self.search, 1))
        return widgets.vbox(search, filters)

    def _timeline_view(self) -> TimelineView:
        view = widgets.named(TimelineView(self.model), "timelineView", self.tr("Timeline"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.setTabKeyNavigation(False)  # Tab leaves the list, as in the other sections
        view.setShowGrid(False)
        view.setWordWrap(False)
        rows = view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setMouseTracking(True)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 90), (1, 120), (2, 100), (3, 200)):
            header.resizeSection(column, width)
        return view

    def _actions_and_buttons(self) -> QHBoxLayout:
        """Open entry (Enter, in the view) and Open contact (Ctrl+Shift+O, in the section)."""
        self.open_entry_action = QAction(self.tr("&Open entry"), self)
        self.open_entry_action.setObjectName("timelineOpenEntryAction")
        self.open_entry_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_entry_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_entry_action.triggered.connect(self.open_current_entry)
        self.open_contact_action = scoped_action(
            self,
            "timelineOpenContactAction",
            self.tr("Open &contact"),
            OPEN_CONTACT_SHORTCUT,
            self.open_current_contact,
        )
        self.open_contact_button = widgets.push_button(
            "timelineOpenContact",
            self.tr("Open contact"),
            self.tr("Open the selected entry's contact"),
            self.open_current_contact,
        )
        self.open_contact_button.setToolTip(
            self.tr("Open the selected entry's contact (%1)").replace(
                "%1", shortcut_text(OPEN_CONTACT_SHORTCUT)
            )
        )
        self.open_entry_button = widgets.push_button(
            "timelineOpenEntry",
            self.tr("Open entry"),
            self.tr("Open the selected entry"),
            self.open_current_entry,
        )
        self.open_entry_button.setToolTip(self.tr("Open the selected entry (Enter or double-click)"))
        return widgets.hbox((self.status_label, 1), self.open_entry_button, self.open_contact_button)

    def _connect(self) -> None:
        self.kind_filter.currentIndexChanged.connect(self.apply_filters)
        self.channel_filter.currentIndexChanged.connect(self.apply_filters)
        for widget in (self.from_check, self.to_check):
            widget.toggled.connect(self.apply_filters)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._clicked)
        self.view.entered.connect(self._hovered)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.model.modelReset.connect(self._update_status)
        self.model.modelReset.connect(self._update_actions)
        self.model.rowsInserted.connect(self._update_status)
        self.model.loadingChanged.connect(lambda _loading: self._update_status())
        self.view.selectionModel().currentRowChanged.connect(self._update_actions)

    # filters -------------------------------------------------------------------
    def current_filter(self) -> TimelineFilter:
        zone = clock.local_zone()
        start = end = None
        if self.from_check.isChecked():
            start = _local_midnight(pydate(self.from_date.date()), zone)
        if self.to_check.isChecked():
            end = _local_midnight(pydate(self.to_date.date()) + timedelta(days=1), zone)
        return TimelineFilter(
            kind=self.kind_filter.currentData(),
            channel=self.channel_filter.currentData(),
            start=start,
            end=end,
            text=self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter():
            self.model.set_filter(flt)

    def filters_active(self) -> bool:
        return self.current_filter() != TimelineFilter()

    # refresh -------------------------------------------------------------------
    def reload_soon(self) -> None:
        self._reload_timer.start()

    def reload(self) -> None:
        """Read the entries again, keeping the current one selected."""
        self._dirty = False
        current = self.current_entry_id()
        self.model.reload()
        if current is not None:
            row = self.model.row_of_entry(current)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, 0))

    def _update_status(self) -> None:
        count = self.model.entry_count()
        if self.model.loading and count == 0:
            self.empty_label.hide()
            self.status_label.setText(self.tr("Searching…"))
            return
        if count == 0:
            if self.filters_active():
                self.empty_label.setText(
                    self.tr("No entries match these filters. Clear a filter to see more.")
                )
            else:
                self.empty_label.setText(
                    self.tr("No entries yet — open a contact and log an interaction (Ctrl+L).")
                )
            self.empty_label.show()
            self.status_label.clear()
            return
        self.empty_label.hide()
        text = self.tr("%n entries shown", "", count)
        if self.model.canFetchMore(QModelIndex()):
            text = self.tr("%1 — scroll for older entries").replace("%1", text)
        self.status_label.setText(text)

    # opening -------------------------------------------------------------------
    def contact_context(self) -> ContactContext | None:
        """The selected entry's contact and ledger (Ctrl+L logs the next one for them)."""
        entry = self.model.entry(self.view.currentIndex().row())
        return ContactContext(entry.contact_id, entry.kind) if entry is not None else None

    def current_entry_id(self) -> int | None:
        entry = self.model.entry(self.view.currentIndex().row())
        return entry.id if entry is not None else None

    def _update_actions(self) -> None:
        has_entry = self.current_entry_id() is not None
        for widget in (self.open_entry_button, self.open_contact_button):
            widget.setEnabled(has_entry)
        self.open_entry_action.setEnabled(has_entry)
        self.open_contact_action.setEnabled(has_entry)

    def open_current_entry(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id is not None:
            self.window_.open_interaction(entry_id)

    def open_current_contact(self) -> None:
        entry = self.model.entry(self.view.currentIndex().row())
        if entry is not None:
            self.window_.open_contact(entry.contact_id)

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is not None:
            self.window_.open_interaction(entry.id)

    def _clicked(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is not None and index.column() == TimelineModel.COL_CONTACT:
            self.window_.open_contact(entry.contact_id)

    def _hovered(self, index: QModelIndex) -> None:
        link = index.column() == TimelineModel.COL_CONTACT and self.model.entry(index.row()) is not None
        if link:
            self.view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.view.viewport().unsetCursor()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if self.model.entry(index.row()) is None:
            return
        self.view.setCurrentIndex(index)
        menu = self.context_menu()
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("timelineContextMenu")
        menu.addAction(self.open_entry_action)
        menu.addAction(self.open_contact_action)
        return menu


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose Alt+letter moves to ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _local_midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=zone)
