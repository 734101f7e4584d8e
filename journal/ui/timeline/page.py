"""The Timeline section: every interaction of every contact, newest first.

A filter bar (kind, channel, date range, text) over ``timelineView``; rows load
a page at a time as the user scrolls. Enter or double-click opens an entry; the
contact name is a link (one click opens the contact), and "Open contact"
(Ctrl+Shift+O) does the same from the keyboard.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QPainter, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from journal import clock
from journal.services.events import Change
from journal.services.search import TimelineFilter
from journal.ui.focus import tab_chain
from journal.ui.main_window import MainWindow
from journal.ui.timeline import labels
from journal.ui.timeline.model import TimelineModel

SEARCH_DELAY_MS = 250
OPEN_CONTACT_SHORTCUT = "Ctrl+Shift+O"


class ContactLinkDelegate(QStyledItemDelegate):
    """Draws the contact column as a link (underlined, the palette's link colour)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(TimelineModel.IsHeaderRole):
            return
        option.font.setUnderline(True)
        option.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.Link))


class TimelineView(QTreeView):
    """A flat tree view that draws day-header rows across the full width.

    (Painting the header here instead of ``setFirstColumnSpanned`` keeps
    appending a page cheap: spanning re-lays out every row and asks for more.)
    """

    def drawRow(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if not index.data(TimelineModel.IsHeaderRole):
            super().drawRow(painter, option, index)
            return
        palette = self.palette()
        rect = option.rect
        painter.save()
        painter.fillRect(rect, palette.brush(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        text_rect = rect.adjusted(6, 0, -6, 0)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            str(index.model().index(index.row(), 0).data(Qt.ItemDataRole.DisplayRole) or ""),
        )
        if self.currentIndex().row() == index.row() and self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()


class TimelinePage(QWidget):
    """The section widget (filters, the paged view, actions)."""

    def __init__(self, window: MainWindow, page_size: int = 100) -> None:
        super().__init__()
        self.setObjectName("timelinePage")
        self.window_ = window
        self.context = window.context
        self.model = TimelineModel(page_size=page_size, parent=self)
        self._dirty = False

        # filter bar ------------------------------------------------------------
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("timelineKindFilter")
        self.kind_filter.setAccessibleName(self.tr("Kind"))
        self.kind_filter.addItem(self.tr("Networking and sales"), None)
        for kind in labels.KIND_CHOICES:
            self.kind_filter.addItem(labels.kind_icon(kind), labels.kind_text(kind), kind)

        self.channel_filter = QComboBox()
        self.channel_filter.setObjectName("timelineChannelFilter")
        self.channel_filter.setAccessibleName(self.tr("Channel"))
        self.channel_filter.addItem(self.tr("All channels"), None)
        for channel in labels.CHANNEL_CHOICES:
            self.channel_filter.addItem(labels.channel_text(channel), channel)

        today = clock.today()
        qtoday = QDate(today.year, today.month, today.day)
        self.from_check = QCheckBox(self.tr("Fro&m"))
        self.from_check.setObjectName("timelineFromCheck")
        self.from_check.setAccessibleName(self.tr("Only entries from a date"))
        self.from_date = QDateEdit(qtoday.addMonths(-1))
        self.from_date.setObjectName("timelineFromDate")
        self.from_date.setAccessibleName(self.tr("From date"))
        self.to_check = QCheckBox(self.tr("&To"))
        self.to_check.setObjectName("timelineToCheck")
        self.to_check.setAccessibleName(self.tr("Only entries up to a date"))
        self.to_date = QDateEdit(qtoday)
        self.to_date.setObjectName("timelineToDate")
        self.to_date.setAccessibleName(self.tr("To date"))
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)

        self.search = QLineEdit()
        self.search.setObjectName("timelineSearch")
        self.search.setAccessibleName(self.tr("Search entries"))
        self.search.setPlaceholderText(self.tr("Search summaries and notes…"))
        self.search.setClearButtonEnabled(True)

        kind_label = QLabel(self.tr("&Kind"))
        kind_label.setBuddy(self.kind_filter)
        channel_label = QLabel(self.tr("Cha&nnel"))
        channel_label.setBuddy(self.channel_filter)
        search_label = QLabel(self.tr("Sea&rch"))
        search_label.setBuddy(self.search)

        bar = QHBoxLayout()
        bar.addWidget(kind_label)
        bar.addWidget(self.kind_filter)
        bar.addSpacing(8)
        bar.addWidget(channel_label)
        bar.addWidget(self.channel_filter)
        bar.addSpacing(8)
        bar.addWidget(self.from_check)
        bar.addWidget(self.from_date)
        bar.addWidget(self.to_check)
        bar.addWidget(self.to_date)
        bar.addSpacing(8)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)

        # the view --------------------------------------------------------------
        self.view = TimelineView()
        self.view.setObjectName("timelineView")
        self.view.setAccessibleName(self.tr("Timeline"))
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMouseTracking(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(TimelineModel.COL_CONTACT, ContactLinkDelegate(self.view))
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 90), (1, 120), (2, 100), (3, 200)):
            header.resizeSection(column, width)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("timelineEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("timelineStatus")
        self.status_label.setWordWrap(True)  # wraps rather than widening the window (translations)

        # actions -----------------------------------------------------------------
        self.open_entry_action = QAction(self.tr("&Open entry"), self)
        self.open_entry_action.setObjectName("timelineOpenEntryAction")
        self.open_entry_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_entry_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_entry_action.triggered.connect(self.open_current_entry)
        self.open_contact_action = QAction(self.tr("Open &contact"), self)
        self.open_contact_action.setObjectName("timelineOpenContactAction")
        self.open_contact_action.setShortcut(QKeySequence(OPEN_CONTACT_SHORTCUT))
        self.open_contact_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_contact_action.triggered.connect(self.open_current_contact)
        self.addAction(self.open_contact_action)

        self.open_contact_button = QPushButton(self.tr("Open contact"))
        self.open_contact_button.setObjectName("timelineOpenContact")
        self.open_contact_button.setAccessibleName(self.tr("Open the selected entry's contact"))
        self.open_contact_button.setToolTip(
            self.tr("Open the selected entry's contact (%1)").replace(
                "%1", QKeySequence(OPEN_CONTACT_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.open_contact_button.clicked.connect(self.open_current_contact)
        self.open_entry_button = QPushButton(self.tr("Open entry"))
        self.open_entry_button.setObjectName("timelineOpenEntry")
        self.open_entry_button.setAccessibleName(self.tr("Open the selected entry"))
        self.open_entry_button.setToolTip(self.tr("Open the selected entry (Enter or double-click)"))
        self.open_entry_button.clicked.connect(self.open_current_entry)

        footer = QHBoxLayout()
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.open_entry_button)
        footer.addWidget(self.open_contact_button)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(footer)

        # wiring ------------------------------------------------------------------
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._reload_now)

        self.kind_filter.currentIndexChanged.connect(self.apply_filters)
        self.channel_filter.currentIndexChanged.connect(self.apply_filters)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)
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
        self.context.signals.changed.connect(self._data_changed)

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

    # filters -------------------------------------------------------------------
    def current_filter(self) -> TimelineFilter:
        zone = clock.local_zone()
        start = end = None
        if self.from_check.isChecked():
            start = _local_midnight(_pydate(self.from_date.date()), zone)
        if self.to_check.isChecked():
            end = _local_midnight(_pydate(self.to_date.date()) + timedelta(days=1), zone)
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
    def _data_changed(self, change: Change) -> None:
        if change.entity not in ("interaction", "contact"):
            return
        if self.isVisible():
            self._reload_timer.start()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._reload_timer.start()

    def _reload_now(self) -> None:
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


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _local_midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=zone)
