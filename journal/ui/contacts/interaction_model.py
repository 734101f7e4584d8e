"""InteractionTableModel: one kind of a contact's timeline (networking or sales), newest first.

The page asks for ``PAGE_SIZE`` entries at a time ("Load more"), so a contact
with thousands of entries opens as fast as one with ten.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from journal import clock
from journal.services import interactions
from journal.services.interactions import InteractionData
from journal.ui import formatting, vocabulary
from journal.ui.table_model import RowsTableModel

PAGE_SIZE = 100
InteractionIdRole = Qt.ItemDataRole.UserRole + 1


class InteractionTableModel(RowsTableModel[InteractionData]):
    """One kind of a contact's entries (networking or sales), newest first, a page at a time."""

    WHEN, CHANNEL, SUMMARY, DETAIL = range(4)
    column_count = 4

    def __init__(self, kind: str, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.kind = kind
        self.contact_id: int | None = None
        self._page_size = page_size
        self.has_more = False
        self._zone = clock.local_zone()

    def headers(self) -> tuple[str, ...]:
        detail = self.tr("Value") if self.kind == "networking" else self.tr("Details")
        return (self.tr("When"), self.tr("Channel"), self.tr("Summary"), detail)

    def header(self, section: int) -> str:
        return self.headers()[section]

    def load(self, contact_id: int | None, *, keep_loaded: bool = False) -> None:
        limit = max(self._page_size, len(self._rows)) if keep_loaded else self._page_size
        self._zone = clock.local_zone()
        self.contact_id = contact_id
        rows = (
            interactions.interactions_for_contact(contact_id, kind=self.kind, limit=limit)
            if contact_id is not None
            else []
        )
        self.has_more = len(rows) == limit
        self.set_rows(rows)

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
        self.append_rows(page)

    def row_data(self, item: InteractionData, column: int, role: int) -> Any:
        if role == InteractionIdRole:
            return item.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SUMMARY and item.notes:
                return f"{item.summary}\n\n{item.notes}"
            if column == self.DETAIL:
                return self._objection_details(item) or None
        return None

    def _display(self, item: InteractionData, column: int) -> str:
        if column == self.WHEN:
            return formatting.short_datetime(item.occurred_at, self._zone)
        if column == self.CHANNEL:
            return vocabulary.channel(item.channel)
        if column == self.SUMMARY:
            return item.summary
        if column == self.DETAIL:
            if self.kind == "networking":
                if not item.value_direction:
                    return ""
                return self.tr("{direction}: {what}").format(
                    direction=vocabulary.word(vocabulary.DIRECTION_TEXT, item.value_direction),
                    what=vocabulary.value_type(item.value_type).lower(),
                )
            parts = [
                self.tr("{category} ({outcome})").format(
                    category=vocabulary.objection(o.category),
                    outcome=vocabulary.word(vocabulary.OUTCOME_TEXT, o.outcome).lower(),
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
            line = vocabulary.objection(o.category)
            if o.detail:
                line += f": {o.detail}"
            if o.response:
                line += "\n  → " + o.response
            line += "\n  " + vocabulary.word(vocabulary.OUTCOME_TEXT, o.outcome)
            lines.append(line)
        return "\n".join(lines)
