"""The small trees and boxes of a contact's ledgers, and the ids their rows stand for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from journal.ui import widgets

ItemIdRole = Qt.ItemDataRole.UserRole + 1


def rows_high(view: QWidget, rows: int) -> int:
    """Room for a view's header and ``rows`` rows: how small a box of the page may get, so the
    page fits a laptop's height (the splitters give them more when there is more)."""
    return view.fontMetrics().height() * (rows + 1) + 4 * rows + 6


def tree(name: str, accessible: str, headers: list[str]) -> QTreeWidget:
    """A flat list of rows under ``headers``, the second column taking the room."""
    view = widgets.named(QTreeWidget(), name, accessible)
    view.setMinimumHeight(rows_high(view, 2))
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setHeaderLabels(headers)
    view.header().setStretchLastSection(False)
    view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return view


def placeholder(tree: QTreeWidget, text: str) -> None:
    """A greyed row across the whole tree that says why it is empty."""
    item = QTreeWidgetItem([text])
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    tree.addTopLevelItem(item)
    item.setFirstColumnSpanned(True)


def box(title: str, widget: QWidget) -> QGroupBox:
    """A titled box around one part of a tab."""
    box = QGroupBox(title)
    widgets.vbox(widget, parent=box, margins=6)
    # In the page's splitters a box may shrink to its title and a row or two (the user drags
    # it bigger); what it shows at the window's own size is checked by tests/ui/test_fit.py.
    box.setMinimumHeight(box.fontMetrics().height() * 5)
    return box


def selected_item_id(tree: QTreeWidget) -> int | None:
    """The id of the follow-up, deal or person in the tree's current row."""
    return selected_item_id_of(tree.currentItem())


def selected_item_id_of(item: QTreeWidgetItem | None) -> int | None:
    """The id a row of those trees stands for (None for a placeholder row)."""
    value = item.data(0, ItemIdRole) if item else None
    return int(value) if value else None
