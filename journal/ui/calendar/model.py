"""``FollowUpTableModel``: the rows of the calendar's agenda and overdue lists.

One model class, two layouts: the agenda shows the time of day, the overdue
list the due date and how late it is. Statuses are words with a shape icon
(triangle overdue, circle open, bell snoozed, check done), never colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QApplication

from journal import clock
from journal.services.followups import FollowUpData
from journal.ui import formatting, vocabulary
from journal.ui.calendar.widget import status_color
from journal.ui.painted_icons import filled, painted_icon
from journal.ui.table_model import RowsTableModel
from journal.ui.timeline import labels


def state_of(item: FollowUpData, today: date, now: datetime) -> str:
    """ "overdue", "snoozed", "open", "done" or "cancelled"."""
    if item.status != "open":
        return item.status
    if item.snoozed_until is not None and item.snoozed_until > now:
        return "snoozed"
    if item.due_date < today:
        return "overdue"
    return "open"


def status_icon(state: str, palette: QPalette | None = None) -> QIcon:
    """Overdue: a triangle; open: a dot; snoozed: a hollow clock; done: a check; cancelled: a cross."""
    palette = palette or QApplication.palette()
    color = status_color({"open": "due", "cancelled": "done"}.get(state, state), palette)
    return painted_icon(f"status:{state}", color, 14, lambda painter: _paint_status(painter, state, color))


def _paint_status(painter: QPainter, state: str, color: QColor) -> None:
    box = QRectF(2, 2, 10, 10)
    if state == "overdue":
        filled(painter, color).drawPolygon(QPolygonF([QPointF(7, 1.5), QPointF(13, 12.5), QPointF(1, 12.5)]))
    elif state == "open":
        filled(painter, color).drawEllipse(box)
    elif state == "snoozed":
        pen = QPen(color)
        pen.setWidthF(1.6)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)  # a hollow circle: open, but sleeping
        painter.drawLine(QPointF(7, 4.5), QPointF(7, 7.5))
        painter.drawLine(QPointF(7, 7.5), QPointF(9.5, 9))
    else:
        pen = QPen(color)
        pen.setWidthF(2.0)
        painter.setPen(pen)
        path = QPainterPath()
        path.moveTo(2, 7)
        path.lineTo(5.5, 11)
        path.lineTo(12, 3)
        if state == "cancelled":
            path = QPainterPath()
            path.moveTo(3, 3)
            path.lineTo(11, 11)
            path.moveTo(11, 3)
            path.lineTo(3, 11)
        painter.drawPath(path)


class FollowUpTableModel(RowsTableModel[FollowUpData]):
    """Follow-ups as rows; ``mode`` is "agenda" (a day's list) or "overdue"."""

    COL_WHEN, COL_STATUS, COL_KIND, COL_CONTACT, COL_TITLE = range(5)
    column_count = 5
    FollowUpIdRole = Qt.ItemDataRole.UserRole + 1
    ContactIdRole = Qt.ItemDataRole.UserRole + 2
    StateRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, mode: str = "agenda", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self._today = clock.today()
        self._now = clock.now()

    def set_rows(self, rows: Sequence[FollowUpData]) -> None:
        self._today = clock.today()
        self._now = clock.now()
        if self.mode == "agenda":
            order = {"overdue": 0, "open": 0, "snoozed": 1, "done": 2, "cancelled": 3}
            rows = sorted(rows, key=lambda r: order[state_of(r, self._today, self._now)])  # stable
        super().set_rows(rows)

    def followup(self, row: int) -> FollowUpData | None:
        return self.item(row)

    def state(self, row: int) -> str:
        item = self.followup(row)
        return state_of(item, self._today, self._now) if item is not None else ""

    def row_of(self, followup_id: int) -> int:
        return self.row_where(lambda item: item.id == followup_id)

    def ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def open_ids(self) -> list[int]:
        """Follow-ups still waiting to be done (not snoozed, not closed)."""
        return [r.id for r in self._rows if state_of(r, self._today, self._now) in ("open", "overdue")]

    # Qt model API ----------------------------------------------------------------
    def header(self, section: int) -> str:
        if section == self.COL_WHEN:
            if self.mode == "agenda":
                return QCoreApplication.translate("FollowUps", "Time")
            return QCoreApplication.translate("FollowUps", "Due")
        return (
            QCoreApplication.translate("FollowUps", "Status"),
            QCoreApplication.translate("FollowUps", "Kind"),
            QCoreApplication.translate("FollowUps", "Contact"),
            QCoreApplication.translate("FollowUps", "Follow-up"),
        )[section - 1]

    def row_data(self, item: FollowUpData, column: int, role: int) -> Any:
        if role == self.FollowUpIdRole:
            return item.id
        if role == self.ContactIdRole:
            return item.contact_id
        if role == self.StateRole:
            return state_of(item, self._today, self._now)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_TITLE, self.COL_STATUS):
            notes = f"\n{item.notes}" if item.notes and column == self.COL_TITLE else ""
            return self._text(item, column) + notes
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.COL_STATUS:
                return status_icon(state_of(item, self._today, self._now))
            if column == self.COL_KIND:
                return labels.kind_icon(item.kind)
        return None

    def _text(self, item: FollowUpData, column: int) -> str:
        if column == self.COL_WHEN:
            if self.mode == "agenda":
                if item.due_time is None:
                    return QCoreApplication.translate("FollowUps", "Any time")
                return formatting.short_time(item.due_time)
            return formatting.short_date(item.due_date)
        if column == self.COL_STATUS:
            return self._status_text(item)
        if column == self.COL_KIND:
            return vocabulary.kind(item.kind)
        if column == self.COL_CONTACT:
            return item.contact_name
        if column == self.COL_TITLE:
            return item.title
        return ""

    def _status_text(self, item: FollowUpData) -> str:
        state = state_of(item, self._today, self._now)
        if state == "overdue":
            late = (self._today - item.due_date).days  # a plain name, so pyside6-lupdate sees the call
            return QCoreApplication.translate("FollowUps", "%n days overdue", None, late)
        if state == "snoozed" and item.snoozed_until is not None:
            local = item.snoozed_until.astimezone(clock.local_zone())
            when = formatting.short_time(local.time())
            if local.date() != self._today:
                when = f"{formatting.short_date(local.date())} {when}"
            return QCoreApplication.translate("FollowUps", "Snoozed until %1").replace("%1", when)
        return {
            "open": QCoreApplication.translate("FollowUps", "Open"),
            "done": QCoreApplication.translate("FollowUps", "Done"),
            "cancelled": QCoreApplication.translate("FollowUps", "Cancelled"),
        }.get(state, state)
