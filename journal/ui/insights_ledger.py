"""The Reciprocity tab of the Insights section: value given and received over the last twelve
months, and the relationships where I have only been taking. It reads every networking entry
of the year, so it counts on a worker thread, and only while its tab is open."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QTabWidget, QWidget

from journal import clock
from journal.db.models import VALUE_TYPES
from journal.services import networking
from journal.ui import formatting, vocabulary, widgets
from journal.ui.charts import ChartTableModel, labels
from journal.ui.importing.worker import Step
from journal.ui.mixin import WidgetMixin
from journal.ui.recount import Recount


def figures_table(name: str, accessible: str, model: ChartTableModel) -> QTableView:
    """A read-only table of figures (rows can be selected and copied), as every Insights tab has."""
    view = widgets.table_view(
        name, accessible, model, selection=QAbstractItemView.SelectionMode.ExtendedSelection
    )
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ReciprocityTab(WidgetMixin):
    """Mixin of ``InsightsView`` (before the Qt class): builds and fills the Reciprocity tab."""

    tabs: QTabWidget
    ledger_page: QWidget
    _ledger_dirty: bool
    _ledger_count: Recount

    def _ledger_page(self) -> QWidget:
        self.ledger_text = widgets.text_label("ledgerText")
        self.ledger_model = ChartTableModel(self)
        self.ledger_table = figures_table(
            "ledgerTable", self.tr("Value given and received by type"), self.ledger_model
        )
        self.taking_model = ChartTableModel(self)
        self.taking_table = figures_table(
            "takingTable", self.tr("Relationships where I have only been taking"), self.taking_model
        )
        self.taking_table.doubleClicked.connect(self._open_taker)
        self._taker_ids: list[int] = []
        taking_title = QLabel(self.tr("<b>Only taking</b> — they gave, I gave nothing back (last 12 months)"))
        taking_title.setBuddy(self.taking_table)
        return widgets.pane(
            self.ledger_text,
            (self.ledger_table, 1),
            taking_title,
            (self.taking_table, 2),
            name="ledgerPage",
            margins=None,
        )

    def _load_ledger_if_shown(self) -> None:
        if self._ledger_dirty and self.tabs.currentWidget() is self.ledger_page:
            self._ledger_dirty = False
            self._load_ledger()

    def _load_ledger(self) -> None:
        """Count on a worker thread: over years of entries this takes a moment, and the
        window must not freeze meanwhile. A change during the count counts again after."""
        self._ledger_count.start()

    def _begin_ledger_count(self) -> Step:
        if not self.ledger_text.text():
            self.ledger_text.setText(self.tr("Counting…"))

        def count(_progress: Any, _cancelled: Any) -> tuple[Any, Any]:
            return networking.overall_reciprocity(), networking.taking_relationships()

        return count

    def _ledger_counted(self, result: object) -> None:
        if isinstance(result, BaseException):
            self.ledger_text.setText(self.tr("Could not count: {error}").format(error=result))
            return
        ledger, takers = cast(tuple[networking.Reciprocity, list[networking.TakingRelationship]], result)
        text = self.tr("In the last 12 months you gave %1 and received %2 (balance %3).")
        for key, value in (("%1", ledger.gave), ("%2", ledger.received), ("%3", ledger.balance)):
            text = text.replace(key, labels.integer(value))
        self.ledger_text.setText(text)
        rows = [
            [
                vocabulary.value_type(vtype),
                labels.integer(ledger.by_type.get(("gave", vtype), 0)),
                labels.integer(ledger.by_type.get(("received", vtype), 0)),
            ]
            for vtype in VALUE_TYPES
        ]
        self.ledger_model.set_table(
            [self.tr("Value"), self.tr("I gave"), self.tr("I received")], rows, numeric=(1, 2)
        )
        self._taker_ids = [t.contact_id for t in takers]
        self.taking_model.set_table(
            [self.tr("Contact"), self.tr("Times they gave"), self.tr("Last time")],
            [
                [
                    t.name,
                    labels.integer(t.received),
                    formatting.short_date(t.last_received_at.astimezone(clock.local_zone()).date()),
                ]
                for t in takers
            ],
            numeric=(1,),
        )

    def _open_taker(self, index: Any) -> None:
        window = self.window()
        if 0 <= index.row() < len(self._taker_ids) and hasattr(window, "open_contact"):
            window.open_contact(self._taker_ids[index.row()])
