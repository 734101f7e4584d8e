"""ChartPanel: a titled chart with its table equivalent underneath (both always available)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.ui.charts.base import ChartWidget


class ChartPanel(QWidget):
    """A chart with its title, and its numbers as a table under it (resizable split)."""

    def __init__(self, chart: ChartWidget, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setObjectName(f"{chart.objectName()}Panel")
        self.title = QLabel(title)
        self.title.setObjectName(f"{chart.objectName()}Title")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setBuddy(chart)
        self.table = QTableView()
        self.table.setObjectName(f"{chart.objectName()}Table")
        self.table.setAccessibleName(self.tr("%1 (table)").replace("%1", title))
        self.table.setModel(chart.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName(f"{chart.objectName()}Splitter")
        self.splitter.addWidget(chart)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.splitter, 1)
