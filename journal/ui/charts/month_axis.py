"""The month axis shared by the monthly bar charts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from journal.ui.charts import labels
from journal.ui.charts.base import ChartWidget


def month_slots(plot: QRectF, count: int) -> list[QRectF]:
    """The horizontal slot of each of ``count`` months along ``plot``."""
    width = plot.width() / max(count, 1)
    return [QRectF(plot.left() + i * width, plot.top(), width, plot.height()) for i in range(count)]


def draw_month_axis(chart: ChartWidget, painter: QPainter, plot: QRectF, months: Sequence[date]) -> None:
    """Month names under each slot, the year under January and under the first month."""
    fm = chart.metrics()
    slots = month_slots(plot, len(months))
    widest = max((fm.horizontalAdvance(labels.month_short(m)) for m in months), default=0)
    every = 1 if not slots or widest + 4 <= slots[0].width() else 2
    painter.setPen(chart.muted_text_colour())
    for index, (month, slot) in enumerate(zip(months, slots, strict=True)):
        if index % every and index != len(months) - 1:
            continue
        line = QRectF(slot.left() - 10, plot.bottom() + 4, slot.width() + 20, fm.height())
        painter.drawText(
            line, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, labels.month_short(month)
        )
        if index == 0 or month.month == 1:
            below = line.translated(0, fm.height())
            painter.drawText(
                below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(month.year)
            )


def axis_height(chart: ChartWidget) -> float:
    """How much room the month labels need under a chart."""
    return chart.metrics().height() * 2 + 8.0
