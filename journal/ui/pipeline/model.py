"""Item models of the pipeline board: one list model per stage, and a deal's stage history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from journal.services import sales
from journal.services.deals import StageChangeData
from journal.services.sales import PipelineDeal
from journal.ui import vocabulary
from journal.ui.charts import labels
from journal.ui.formatting import short_datetime
from journal.ui.table_model import RowsTableModel

_Index = QModelIndex | QPersistentModelIndex
DEAL_MIME = "application/x-networking-journal-deal-ids"
DealIdRole = Qt.ItemDataRole.UserRole + 1
DealRole = Qt.ItemDataRole.UserRole + 2
PAGE = 200


def deal_text(deal: PipelineDeal) -> str:
    """A deal card's lines: title, contact, value, days in stage."""
    days = deal.days_in_stage()
    age = QCoreApplication.translate("Pipeline", "%n day(s) in stage", None, days)
    return f"{deal.title}\n{deal.contact_name}\n{labels.money(deal.value, deal.currency)} · {age}"


class StageDealsModel(QAbstractListModel):
    """The deals in one stage, most recently moved first, loaded a page at a time.

    Signals:
        dropRequested(list, str): deal ids were dropped here; the view moves them to this stage.
    """

    dropRequested = Signal(list, str)

    def __init__(self, stage: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._deals: list[PipelineDeal] = []
        self._more = False

    def reload(self) -> None:
        self.beginResetModel()
        self._deals = sales.stage_deals(self.stage, limit=max(PAGE, len(self._deals)))
        self._more = len(self._deals) >= PAGE
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or not self._deals:
            return
        page = sales.stage_deals(self.stage, limit=PAGE, after=sales.cursor_of(self._deals[-1]))
        self._more = len(page) >= PAGE
        if page:
            first = len(self._deals)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._deals.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._deals)

    def deal_at(self, row: int) -> PipelineDeal | None:
        return self._deals[row] if 0 <= row < len(self._deals) else None

    def row_of(self, deal_id: int) -> int:
        return next((i for i, d in enumerate(self._deals) if d.id == deal_id), -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        deal = self.deal_at(index.row()) if index.isValid() else None
        if deal is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return deal_text(deal)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return deal_text(deal).replace("\n", " — ")
        if role == DealIdRole:
            return deal.id
        if role == DealRole:
            return deal
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # drag and drop -------------------------------------------------------------------------
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [DEAL_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        mime = QMimeData()
        ids = [str(self.data(i, DealIdRole)) for i in indexes if i.isValid()]
        mime.setData(DEAL_MIME, QByteArray(",".join(ids).encode()))
        return mime

    @staticmethod
    def ids_in(data: QMimeData) -> list[int]:
        if not data.hasFormat(DEAL_MIME):
            return []
        raw = bytes(data.data(DEAL_MIME).data()).decode()
        return [int(part) for part in raw.split(",") if part.strip().isdigit()]

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        ids = self.ids_in(data)
        return bool(ids) and not any(self.row_of(i) >= 0 for i in ids)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        # The move runs after the drag has finished (queued connection in the view), so the
        # board is not rebuilt under the drag's feet.
        self.dropRequested.emit(self.ids_in(data), self.stage)
        return True

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:
        return False  # rows leave when the service reports the move, never from the drag itself


class StageHistoryModel(RowsTableModel[StageChangeData]):
    """A deal's moves, oldest first: "Qualified → Presentation — 12/03/2026 10:00" (one column,
    shown in a list)."""

    column_count = 1

    def header(self, section: int) -> str:
        return ""  # a list: no header is shown

    def text(self, row: int) -> str:
        return self._describe(self._rows[row])

    def _describe(self, change: StageChangeData) -> str:
        when = short_datetime(change.changed_at)
        if change.from_stage is None:
            return (
                self.tr("Created in %1 — %2")
                .replace("%1", vocabulary.stage(change.to_stage))
                .replace("%2", when)
            )
        return f"{vocabulary.stage(change.from_stage)} → {vocabulary.stage(change.to_stage)} — {when}"

    def row_data(self, item: StageChangeData, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(item)
        return None
