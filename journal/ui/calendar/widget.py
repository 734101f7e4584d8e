"""``FollowUpCalendar``: a month calendar that marks each day's follow-ups.

Each cell shows the day number and up to three badges, each a shape plus a
count and a word, so the state never rests on colour alone:

* overdue — a filled triangle, "2 overdue" (warning colour),
* due — a filled circle, "1 due" (the palette's highlight),
* done — a check mark, "3 done" (muted text colour).

Narrow cells fall back to the shape and the number. The counts for the whole
visible grid come from one query per month switch (``calendar_views.month_counts``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QCalendarWidget, QHeaderView, QTableView, QWidget

from journal import clock
from journal.services import calendar_views
from journal.services.followups import DayCounts
from journal.ui import theme
from journal.ui.dates import pydate


def status_color(state: str, palette: QPalette) -> QColor:
    """Badge colour for "overdue", "due", "done" or "snoozed", from the theme and palette."""
    return theme.status_color(palette, state if state in ("overdue", "due", "done", "snoozed") else "done")


class FollowUpCalendar(theme.PaletteAwareMixin, QCalendarWidget):
    """Month calendar with per-day follow-up badges (object name ``followUpCalendar``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpCalendar")
        self.setAccessibleName(self.tr("Follow-up calendar"))
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(True)
        self._compact_day_names()
        self._counts: dict[date, DayCounts] = {}
        self._today = clock.today()
        self.loads = 0  # how many month queries ran (tests check one per switch)
        self.currentPageChanged.connect(lambda _y, _m: self.reload_counts())
        self.reload_counts()

    def _compact_day_names(self) -> None:
        """Keep the weekday-name row one line high; the day rows share the rest."""
        grid = self.findChild(QTableView, "qt_calendar_calendarview")
        if grid is None:  # Qt internals changed: the default layout is fine too
            return
        rows = grid.verticalHeader()
        rows.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        rows.resizeSection(0, QFontMetrics(self.font()).height() + 8)

    # data ------------------------------------------------------------------------
    def reload_counts(self) -> None:
        """Fetch the counts for the visible grid (one query) and repaint."""
        self._today = clock.today()
        first = self.firstDayOfWeek().value  # Qt.DayOfWeek: Monday = 1 … Sunday = 7
        self._counts = calendar_views.month_counts(
            self.yearShown(), self.monthShown(), first_weekday=int(first), today=self._today
        )
        self.loads += 1
        self.updateCells()

    def palette_changed(self) -> None:
        self.updateCells()
        super().palette_changed()

    def today(self) -> date:
        """The day the marks were computed for (overdue is relative to it)."""
        return self._today

    def counts_for(self, day: date) -> DayCounts:
        return self._counts.get(day, DayCounts())

    def describe(self, day: date) -> str:
        """The day's counts in words ("2 due, 1 overdue"), or "Nothing due"."""
        counts = self.counts_for(day)
        parts = []
        if counts.overdue:
            parts.append(self.tr("%n overdue", "", counts.overdue))
        if counts.due:
            parts.append(self.tr("%n due", "", counts.due))
        if counts.done:
            parts.append(self.tr("%n done", "", counts.done))
        return ", ".join(parts) if parts else self.tr("No follow-ups")

    # painting --------------------------------------------------------------------
    def paintCell(self, painter: QPainter, rect: QRect, date_: QDate | date) -> None:
        day = date_ if isinstance(date_, date) else pydate(date_)
        palette = self.palette()
        selected = day == pydate(self.selectedDate())
        in_month = day.month == self.monthShown() and day.year == self.yearShown()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        if not selected and not in_month:
            background = palette.color(QPalette.ColorRole.AlternateBase)
        painter.fillRect(rect, background)
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        if not in_month and not selected:
            text_color = palette.color(QPalette.ColorRole.PlaceholderText)
        inner = rect.adjusted(3, 2, -3, -2)
        font = QFont(self.font())
        if day == self._today:
            font.setBold(True)
            # today: a frame (shape), not just a colour
            pen = QPen(
                palette.color(
                    QPalette.ColorRole.Highlight if not selected else QPalette.ColorRole.HighlightedText
                )
            )
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.setFont(font)
        painter.setPen(text_color)
        number_height = QFontMetrics(font).height()
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), number_height),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            str(day.day),
        )
        self._paint_badges(painter, inner.adjusted(0, number_height, 0, 0), day, palette, selected)
        painter.restore()

    def _paint_badges(
        self, painter: QPainter, area: QRect, day: date, palette: QPalette, selected: bool
    ) -> None:
        counts = self.counts_for(day)
        badges = [
            (state, n)
            for state, n in (("overdue", counts.overdue), ("due", counts.due), ("done", counts.done))
            if n
        ]
        if not badges or area.height() <= 4:
            return
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.82))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        line = metrics.height()
        full = area.height() >= line * len(badges) and all(
            metrics.horizontalAdvance(self._badge_text(s, n, True)) + line + 2 <= area.width()
            for s, n in badges
        )
        if full:
            top = area.bottom() - line * len(badges) + 1
            for i, (state, n) in enumerate(badges):
                self._badge(
                    painter,
                    QRect(area.left(), top + i * line, area.width(), line),
                    state,
                    n,
                    True,
                    palette,
                    selected,
                )
        else:
            # compact: one row of "▲2 ●1 ✓3"
            x = area.left()
            top = area.bottom() - line + 1
            for state, n in badges:
                text = self._badge_text(state, n, False)
                width = line + metrics.horizontalAdvance(text) + 4
                self._badge(painter, QRect(x, top, width, line), state, n, False, palette, selected)
                x += width

    def _badge_text(self, state: str, n: int, full: bool) -> str:
        if not full:
            return str(n)
        if state == "overdue":
            return self.tr("%n overdue", "", n)
        if state == "due":
            return self.tr("%n due", "", n)
        return self.tr("%n done", "", n)

    def _badge(
        self,
        painter: QPainter,
        rect: QRect,
        state: str,
        n: int,
        full: bool,
        palette: QPalette,
        selected: bool,
    ) -> None:
        color = status_color(state, palette)
        if selected:
            color = palette.color(QPalette.ColorRole.HighlightedText)
        size = min(rect.height() - 4, 9)
        shape = QRectF(rect.left() + 1, rect.center().y() - size / 2 + 1, size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        if state == "overdue":
            painter.drawPolygon(
                QPolygonF([QPointF(shape.center().x(), shape.top()), shape.bottomRight(), shape.bottomLeft()])
            )
        elif state == "due":
            painter.drawEllipse(shape)
        else:
            path = QPainterPath()
            path.moveTo(shape.left(), shape.center().y())
            path.lineTo(shape.left() + size * 0.4, shape.bottom())
            path.lineTo(shape.right(), shape.top())
            pen = QPen(color)
            pen.setWidthF(1.8)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(pen)
            painter.drawPath(path)
        painter.setPen(color)
        painter.drawText(
            rect.adjusted(size + 4, 0, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._badge_text(state, n, full),
        )
