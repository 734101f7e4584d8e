"""The parts every chart shares: palette colours, a nice value axis, the table equivalent."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from journal.ui.table_model import RowsTableModel
from journal.ui.theme import PaletteAwareMixin, palette_is_dark, status_color


class ChartTableModel(RowsTableModel[list[str]]):
    """The numbers behind a chart as text, one row per bar: the chart's accessible twin."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._numeric: set[int] = set()

    def set_table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[int] = ()
    ) -> None:
        """New column titles and rows; the ``numeric`` columns are aligned right."""
        self._headers = list(headers)
        self.column_count = len(self._headers)
        self._numeric = set(numeric)
        self.set_rows([list(r) for r in rows])

    def header(self, section: int) -> str:
        return self._headers[section]

    def row_data(self, row: list[str], column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row[column] if column < len(row) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column in self._numeric else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def cell(self, row: int, column: int) -> str:
        return self._rows[row][column]


def nice_scale(maximum: float, ticks: int = 4) -> tuple[float, float]:
    """A round top for the value axis and the step between grid lines (1, 2, 2.5 or 5 × 10^n)."""
    if maximum <= 0:
        return 1.0, 0.25
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if step * ticks >= maximum:
            return step * ticks, step
    return 10 * power * ticks, 10 * power


class ChartWidget(PaletteAwareMixin, QWidget):
    """A QPainter chart. Subclasses fill ``table`` when given data and draw in ``paint_chart``."""

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.table = ChartTableModel(self)

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 200)

    def set_table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[int] = ()
    ) -> None:
        """Publish the numbers as a table and as the accessible description, then repaint."""
        self.table.set_table(headers, rows, numeric)
        lines = ["; ".join(f"{h}: {v}" for h, v in zip(headers, row, strict=False)) for row in rows]
        self.setAccessibleDescription("\n".join(lines))
        self.update()

    # colours ------------------------------------------------------------------------------
    def colour(self, role: QPalette.ColorRole) -> QColor:
        return self.palette().color(role)

    def series_colour(self, name: str) -> QColor:
        """Named series colours tuned to light or dark palettes (see ``theme.status_color``)."""
        if name == "primary":
            return self.colour(QPalette.ColorRole.Highlight)
        return status_color(self.palette(), name)

    def is_dark(self) -> bool:
        return palette_is_dark(self.palette())

    def grid_pen(self) -> QPen:
        colour = QColor(self.colour(QPalette.ColorRole.WindowText))
        colour.setAlpha(45)
        return QPen(colour, 1)

    # painting -----------------------------------------------------------------------------
    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.colour(QPalette.ColorRole.Base))
        painter.setPen(self.colour(QPalette.ColorRole.Text))
        painter.setFont(self.font())
        area = QRectF(self.rect()).adjusted(10, 10, -12, -10)
        if self.table.rowCount() == 0:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text())
        else:
            self.paint_chart(painter, area)
        if self.hasFocus():
            pen = QPen(self.colour(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def empty_text(self) -> str:
        return QCoreApplication.translate("Charts", "Nothing to show yet.")

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def text_colour(self) -> QColor:
        return self.colour(QPalette.ColorRole.Text)

    def muted_text_colour(self) -> QColor:
        colour = QColor(self.colour(QPalette.ColorRole.Text))
        colour.setAlpha(170)
        return colour

    def metrics(self) -> QFontMetrics:
        return QFontMetrics(self.font())

    def draw_legend(
        self, painter: QPainter, area: QRectF, items: Sequence[tuple[str, QColor, bool]]
    ) -> float:
        """Legend entries (text, colour, is_line) along the top right; returns its height."""
        fm = self.metrics()
        height = float(fm.height())
        x = area.right()
        for text, colour, is_line in reversed(items):
            width = fm.horizontalAdvance(text)
            x -= width
            painter.setPen(self.text_colour())
            painter.drawText(QRectF(x, area.top(), width + 2, height), Qt.AlignmentFlag.AlignVCenter, text)
            x -= 18
            swatch = QRectF(x, area.top() + height / 2 - 5, 12, 10)
            if is_line:
                pen = QPen(colour, 2, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                middle = int(swatch.center().y())
                painter.drawLine(int(swatch.left()), middle, int(swatch.right()), middle)
            else:
                painter.fillRect(swatch, colour)
            x -= 16
        return height + 6

    def draw_value_axis(self, painter: QPainter, plot: QRectF, top: float, step: float, label: Any) -> None:
        """Horizontal grid lines with labels on the left of ``plot`` (values 0..top)."""
        fm = self.metrics()
        value = 0.0
        while value <= top + step / 1000:
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(self.grid_pen())
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))  # whole pixels: crisp
            painter.setPen(self.muted_text_colour())
            text = label(value)
            painter.drawText(
                QRectF(
                    plot.left() - 6 - fm.horizontalAdvance(text) - 4,
                    y - fm.height() / 2,
                    fm.horizontalAdvance(text) + 4,
                    fm.height(),
                ),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            value += step
