"""ContactFilterBar: the search box, filters and sort order above the contact list.

Signals:
    filterChanged(object): a new ``ContactFilter`` (debounced while typing).
    escaped(): Escape pressed in an empty search box (go back to the list).
    intoList(): Down or Enter pressed in the search box (move into the list).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QWidget

from journal.db.models import KINDS
from journal.services import contacts
from journal.services.search import ContactFilter
from journal.ui import vocabulary, widgets
from journal.ui.refresh import coalescing_timer

SEARCH_DELAY_MS = 0  # a zero timer still coalesces keys typed faster than a query (a few ms)


class ContactFilterBar(QWidget):
    """The search box, tag/kind filters, overdue and open-deal checks, and the sort order.

    Signals:
        filterChanged(object): a new ``ContactFilter`` (debounced while typing).
        escaped(): Escape pressed in an empty search box (go back to the list).
        intoList(): Down or Enter pressed in the search box (move into the list).
    """

    filterChanged = Signal(object)
    escaped = Signal()
    intoList = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = widgets.line_edit(
            "contactSearch", self.tr("Search contacts"), placeholder=self.tr("Search contacts…")
        )
        self.search.setToolTip(self.tr("Searches names, organizations, emails, phones, tags and notes"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self._build_filters()
        self.reload_tags()
        # The combos share the row and elide when narrow, instead of sizing the whole page
        # to their longest item (translations are longer); the lists show items in full.
        for combo in (self.tag, self.kind):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(5)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        self._timer = coalescing_timer(self, self._emit, SEARCH_DELAY_MS)
        self.search.textChanged.connect(self._timer.start)
        for combo in (self.tag, self.kind, self.sort):
            combo.currentIndexChanged.connect(self._emit)
        for box in (self.overdue, self.open_deals):
            box.toggled.connect(self._emit)
        # Narrow enough for a laptop with the due panel open: the sort order beside the
        # search, two filters a row under it.
        first = widgets.hbox((self.search, 1), self.sort, margins=0)
        combos = widgets.hbox((self.tag, 1), (self.kind, 1), margins=0)
        checks = widgets.hbox(self.overdue, self.open_deals, None, margins=0)
        widgets.vbox(first, combos, checks, parent=self, margins=0)

    def _build_filters(self) -> None:
        self.tag = widgets.combo_box("contactTagFilter", self.tr("Filter by tag"))
        self.tag.setToolTip(self.tr("Only contacts with this tag"))
        self.kind = widgets.combo_box(
            "contactKindFilter",
            self.tr("Filter by kind of relationship"),
            [
                (self.tr("Everyone"), None),
                *((vocabulary.kind(kind), kind) for kind in KINDS),
                (self.tr("Networking and sales"), "both"),
            ],
        )
        self.sort = widgets.combo_box(
            "contactSort",
            self.tr("Sort contacts by"),
            [
                (self.tr("Sort by name"), "name"),
                (self.tr("Sort by last interaction"), "last_interaction"),
                (self.tr("Sort by next follow-up"), "next_followup"),
            ],
        )
        self.overdue = widgets.check_box(
            "contactOverdueFilter",
            self.tr("Due to reconnect"),
            self.tr("Only contacts overdue to reconnect"),
        )
        self.open_deals = widgets.check_box(
            "contactOpenDealFilter", self.tr("Open deal"), self.tr("Only contacts with an open deal")
        )

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
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._emit()  # the list as typed so far, then into it
                self.intoList.emit()
                return True
        return super().eventFilter(watched, event)
