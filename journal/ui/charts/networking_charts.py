"""Networking chart: interactions per month, stacked by kind (networking, sales)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from journal.db.models import KINDS
from journal.services.sales_trends import MonthCounts
from journal.ui import vocabulary
from journal.ui.charts import labels
from journal.ui.charts.base import ChartWidget, nice_scale
from journal.ui.charts.month_axis import axis_height, draw_month_axis, month_slots


class InteractionsPerMonthChart(ChartWidget):
    """Stacked bars: networking entries at the bottom, sales entries on top, per month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("interactionsPerMonthChart", self.tr("Interactions per month by kind"), parent)
        self.months: list[MonthCounts] = []

    def set_data(self, months: Sequence[MonthCounts]) -> None:
        self.months = list(months)
        rows = [
            [
                labels.month_long(m.month),
                *(labels.integer(m.counts.get(k, 0)) for k in KINDS),
                labels.integer(m.total),
            ]
            for m in self.months
        ]
        headers = [self.tr("Month"), *(vocabulary.kind(k) for k in KINDS), self.tr("Total")]
        self.set_table(headers, rows if any(m.total for m in self.months) else [], numeric=(1, 2, 3))

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        colours = {kind: self.series_colour(kind) for kind in KINDS}
        legend = self.draw_legend(painter, area, [(vocabulary.kind(k), colours[k], False) for k in KINDS])
        top, step = nice_scale(float(max(m.total for m in self.months)))
        fm = self.metrics()
        left = fm.horizontalAdvance(labels.integer(int(top))) + 14
        plot = QRectF(area.left() + left, area.top() + legend + 4, area.width() - left, 0)
        plot.setBottom(area.bottom() - axis_height(self))
        self.draw_value_axis(painter, plot, top, step, lambda v: labels.integer(round(v)))
        for month, slot in zip(self.months, month_slots(plot, len(self.months)), strict=True):
            bar_width = slot.width() * 0.6
            base = plot.bottom()
            for kind in KINDS:
                height = plot.height() * month.counts.get(kind, 0) / top
                painter.fillRect(
                    QRectF(slot.center().x() - bar_width / 2, base - height, bar_width, height), colours[kind]
                )
                base -= height
        draw_month_axis(self, painter, plot, [m.month for m in self.months])
