"""InteractionTableModel: one kind of a contact's timeline (networking or sales), newest first.

The page asks for ``PAGE_SIZE`` entries at a time ("Load more"), so a contact
with thousands of entries opens as fast as one with ten.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from journal import clock
from journal.services import interactions
from journal.services.interactions import InteractionData
from journal.ui import formatting

PAGE_SIZE = 100
InteractionIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class InteractionTableModel(QAbstractTableModel):
    WHEN, CHANNEL, SUMMARY, DETAIL = range(4)

    def __init__(self, kind: str, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.kind = kind
        self.contact_id: int | None = None
        self._rows: list[InteractionData] = []
        self._page_size = page_size
        self.has_more = False
        self._zone = clock.local_zone()

    def headers(self) -> tuple[str, ...]:
        detail = self.tr("Value") if self.kind == "networking" else self.tr("Objections and deal")
        return (self.tr("When"), self.tr("Channel"), self.tr("Summary"), detail)

    def load(self, contact_id: int | None, *, keep_loaded: bool = False) -> None:
        limit = max(self._page_size, len(self._rows)) if keep_loaded else self._page_size
        self.beginResetModel()
        self._zone = clock.local_zone()
        self.contact_id = contact_id
        self._rows = (
            interactions.interactions_for_contact(contact_id, kind=self.kind, limit=limit)
            if contact_id is not None
            else []
        )
        self.has_more = len(self._rows) == limit
        self.endResetModel()

    def load_more(self) -> None:
        if self.contact_id is None or not self.has_more or not self._rows:
            return
        last = self._rows[-1]
        page = interactions.interactions_for_contact(
            self.contact_id,
            kind=self.kind,
            before=last.occurred_at,
            before_id=last.id,  # entries sharing a timestamp are neither lost nor repeated
            limit=self._page_size,
        )
        self.has_more = len(page) == self._page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def interaction(self, row: int) -> InteractionData | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == InteractionIdRole:
            return item.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.SUMMARY and item.notes:
                return f"{item.summary}\n\n{item.notes}"
            if index.column() == self.DETAIL:
                return self._objection_details(item) or None
        return None

    def _display(self, item: InteractionData, column: int) -> str:
        if column == self.WHEN:
            return formatting.short_datetime(item.occurred_at, self._zone)
        if column == self.CHANNEL:
            return formatting.label(formatting.CHANNEL_TEXT, item.channel)
        if column == self.SUMMARY:
            return item.summary
        if column == self.DETAIL:
            if self.kind == "networking":
                if not item.value_direction:
                    return ""
                return self.tr("{direction}: {what}").format(
                    direction=formatting.label(formatting.DIRECTION_TEXT, item.value_direction),
                    what=formatting.label(formatting.VALUE_TYPE_TEXT, item.value_type).lower(),
                )
            parts = [
                self.tr("{category} ({outcome})").format(
                    category=formatting.label(formatting.OBJECTION_TEXT, o.category),
                    outcome=formatting.label(formatting.OUTCOME_TEXT, o.outcome).lower(),
                )
                for o in item.objections
            ]
            if item.deal_title:
                parts.append(self.tr("Deal: {title}").format(title=item.deal_title))
            return " · ".join(parts)
        return ""

    def _objection_details(self, item: InteractionData) -> str:
        lines = []
        for o in item.objections:
            line = formatting.label(formatting.OBJECTION_TEXT, o.category)
            if o.detail:
                line += f": {o.detail}"
            if o.response:
                line += "\n  → " + o.response
            line += "\n  " + formatting.label(formatting.OUTCOME_TEXT, o.outcome)
            lines.append(line)
        return "\n".join(lines)
