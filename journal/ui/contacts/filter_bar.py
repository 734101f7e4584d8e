"""ContactFilterBar: the search box, filters and sort order above the contact list.

Signals:
    filterChanged(object): a new ``ContactFilter`` (debounced while typing).
    escaped(): Escape pressed in an empty search box (go back to the list).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from journal.services import contacts
from journal.services.search import ContactFilter

SEARCH_DELAY_MS = 0  # a zero timer still coalesces keys typed faster than a query (a few ms)


class ContactFilterBar(QWidget):
    filterChanged = Signal(object)
    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("contactSearch")
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setPlaceholderText(self.tr("Search names, organizations, emails, tags, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)

        self.tag = QComboBox()
        self.tag.setObjectName("contactTagFilter")
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.tag.setToolTip(self.tr("Only contacts with this tag"))
        self.kind = QComboBox()
        self.kind.setObjectName("contactKindFilter")
        self.kind.setAccessibleName(self.tr("Filter by kind of relationship"))
        for text, value in (
            (self.tr("Everyone"), None),
            (self.tr("Networking"), "networking"),
            (self.tr("Sales"), "sales"),
            (self.tr("Networking and sales"), "both"),
        ):
            self.kind.addItem(text, value)
        self.sort = QComboBox()
        self.sort.setObjectName("contactSort")
        self.sort.setAccessibleName(self.tr("Sort contacts by"))
        for text, value in (
            (self.tr("Sort by name"), "name"),
            (self.tr("Sort by last interaction"), "last_interaction"),
            (self.tr("Sort by next follow-up"), "next_followup"),
        ):
            self.sort.addItem(text, value)
        self.overdue = QCheckBox(self.tr("Overdue to reconnect"))
        self.overdue.setObjectName("contactOverdueFilter")
        self.overdue.setAccessibleName(self.tr("Only contacts overdue to reconnect"))
        self.open_deals = QCheckBox(self.tr("Open deal"))
        self.open_deals.setObjectName("contactOpenDealFilter")
        self.open_deals.setAccessibleName(self.tr("Only contacts with an open deal"))
        self.reload_tags()
        # The combos share the row and elide when narrow, instead of sizing the whole page
        # to their longest item (translations are longer); the lists show items in full.
        for combo in (self.tag, self.kind, self.sort):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(5)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._timer.start)
        for combo in (self.tag, self.kind, self.sort):
            combo.currentIndexChanged.connect(self._emit)
        for box in (self.overdue, self.open_deals):
            box.toggled.connect(self._emit)

        row1 = QHBoxLayout()
        row1.setContentsMargins(0, 0, 0, 0)
        for combo in (self.tag, self.kind, self.sort):
            # share the row by how long the default choice is ("All tags", "Everyone"…)
            row1.addWidget(combo, combo.fontMetrics().horizontalAdvance(combo.itemText(0)) + 40)
        row2 = QHBoxLayout()
        row2.setContentsMargins(0, 0, 0, 0)
        row2.addWidget(self.overdue)
        row2.addWidget(self.open_deals)
        row2.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(row1)
        layout.addLayout(row2)

    def reload_tags(self) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for name in contacts.list_tags():
            self.tag.addItem(name, name)
        found = self.tag.findData(current) if current else 0
        self.tag.setCurrentIndex(max(found, 0))
        self.tag.blockSignals(False)
        if current and found < 0:
            self._emit()

    def current_filter(self) -> ContactFilter:
        return ContactFilter(
            text=self.search.text(),
            tag=self.tag.currentData(),
            kind=self.kind.currentData(),
            overdue_reconnect=self.overdue.isChecked(),
            open_deals=self.open_deals.isChecked(),
            sort=self.sort.currentData() or "name",
        )

    def is_filtering(self) -> bool:
        flt = self.current_filter()
        return flt != ContactFilter(sort=flt.sort)

    def clear(self) -> None:
        """Show everyone (keeps the sort order)."""
        for widget in (self.search, self.tag, self.kind, self.overdue, self.open_deals):
            widget.blockSignals(True)
        self.search.clear()
        self.tag.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self.open_deals.setChecked(False)
        for widget in (self.search, self.tag, self.kind, self.overdue, self.open_deals):
            widget.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.filterChanged.emit(self.current_filter())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                if self.search.text():
                    self.search.clear()
                else:
                    self.escaped.emit()
                return True
        return super().eventFilter(watched, event)
