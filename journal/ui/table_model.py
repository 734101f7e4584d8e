"""``RowsTableModel``: the part every read-only table model of the app shares.

A model holds one object per row (a dataclass from a service) in ``self._rows`` and a
fixed number of columns. Subclasses say what a header is (``header``) and what a cell
holds for a role (``row_data``); rows that are not there, and headers of the other
orientation, answer ``None`` here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel, Generic[T]):
    """A flat, read-only table: one ``T`` per row, ``column_count`` columns.

    Subclasses implement ``header(section)`` (the translated column title) and
    ``row_data(item, column, role)``; ``set_rows`` replaces the rows (a model reset) and
    ``append_rows`` adds a page at the end.
    """

    column_count = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    # rows --------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[T]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def item(self, row: int) -> T | None:
        """The object shown in ``row`` (None outside the table)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_where(self, test: Callable[[T], bool]) -> int:
        """The first row whose object passes ``test`` (-1 when none does)."""
        return next((row for row, item in enumerate(self._rows) if test(item)), -1)

    # what subclasses say -----------------------------------------------------------------
    def header(self, section: int) -> str:
        raise NotImplementedError

    def row_data(self, item: T, column: int, role: int) -> Any:
        raise NotImplementedError

    # Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.column_count
        ):
            return self.header(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        return None if item is None else self.row_data(item, index.column(), role)
