"""Sales charts: won value per month against quota, the stage funnel, days per stage."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from journal.services.sales import FUNNEL, StageConversion, StageDuration, ratio
from journal.services.sales_trends import MonthWon
from journal.ui import vocabulary
from journal.ui.charts import labels
from journal.ui.charts.base import ChartWidget, nice_scale
from journal.ui.charts.month_axis import axis_height, draw_month_axis, month_slots


class WonVsQuotaChart(ChartWidget):
    """Bars: won value per month (last 12 months); dashed marks: that month's quota."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("wonVsQuotaChart", self.tr("Won value per month against quota"), parent)
        self.months: list[MonthWon] = []
        self.currency = "EUR"

    def set_data(self, months: Sequence[MonthWon], currency: str = "EUR") -> None:
        self.months = list(months)
        self.currency = currency
        rows = []
        for m in self.months:
            rows.append(
                [
                    labels.month_long(m.month),
                    labels.money(m.won, currency),
                    labels.integer(m.deals),
                    labels.money(m.quota, currency) if m.quota is not None else "–",
                    labels.percent(ratio_of(m.won, m.quota)),
                ]
            )
        headers = [
            self.tr("Month"),
            self.tr("Won"),
            self.tr("Deals won"),
            self.tr("Quota"),
            self.tr("Of quota"),
        ]
        self.set_table(headers, rows, numeric=(1, 2, 3, 4))

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        won_colour = self.series_colour("primary")
        quota_colour = self.colour(QPalette.ColorRole.Text)
        legend = self.draw_legend(
            painter, area, [(self.tr("Won"), won_colour, False), (self.tr("Quota"), quota_colour, True)]
        )
        top_value = max([float(m.won) for m in self.months] + [float(m.quota or 0) for m in self.months])
        top, step = nice_scale(top_value)
        fm = self.metrics()
        left = fm.horizontalAdvance(labels.compact_money(Decimal(str(top)))) + 14
        plot = QRectF(area.left() + left, area.top() + legend + 4, area.width() - left, 0)
        plot.setBottom(area.bottom() - axis_height(self))
        self.draw_value_axis(
            painter, plot, top, step, lambda v: labels.compact_money(Decimal(str(round(v, 2))))
        )
        for month, slot in zip(self.months, month_slots(plot, len(self.months)), strict=True):
            bar_width = slot.width() * 0.6
            height = plot.height() * float(month.won) / top
            bar = QRectF(slot.center().x() - bar_width / 2, plot.bottom() - height, bar_width, height)
            painter.fillRect(bar, won_colour)
            if month.quota is not None:
                y = plot.bottom() - plot.height() * float(month.quota) / top
                painter.setPen(QPen(quota_colour, 2, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(slot.left() + 3, y), QPointF(slot.right() - 3, y))
        draw_month_axis(self, painter, plot, [m.month for m in self.months])


def ratio_of(part: Decimal, whole: Decimal | None) -> Decimal | None:
    """``part`` / ``whole`` to four places; None when ``whole`` is zero or unknown."""
    if not whole:
        return None
    return (part / whole).quantize(Decimal("0.0001"))


class FunnelChart(ChartWidget):
    """How many deals reached each stage, with the stage-to-stage conversion between bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("funnelChart", self.tr("Stage-to-stage conversion funnel"), parent)
        self.reach: dict[str, int] = {}
        self.conversions: list[StageConversion] = []

    def set_data(self, reach: dict[str, int], conversions: Sequence[StageConversion]) -> None:
        self.reach = dict(reach)
        self.conversions = list(conversions)
        rate_to_next = {c.from_stage: c.rate for c in self.conversions}
        first = self.reach.get(FUNNEL[0], 0)
        rows = [
            [
                vocabulary.stage(stage),
                labels.integer(self.reach.get(stage, 0)),
                labels.percent(ratio(self.reach.get(stage, 0), first)),
                labels.percent(rate_to_next[stage]) if stage in rate_to_next else "",
            ]
            for stage in FUNNEL
        ]
        headers = [
            self.tr("Stage"),
            self.tr("Deals that reached it"),
            self.tr("Of all deals"),
            self.tr("Went on to the next stage"),
        ]
        self.set_table(headers, rows if first else [], numeric=(1, 2, 3))

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        fm = self.metrics()
        colour = self.series_colour("primary")
        on_bar = self.colour(QPalette.ColorRole.HighlightedText)
        label_width = max(fm.horizontalAdvance(vocabulary.stage(s)) for s in FUNNEL) + 12
        rate_width = fm.horizontalAdvance("↓ 100,0 %") + 16
        bars = QRectF(
            area.left() + label_width, area.top(), area.width() - label_width - rate_width, area.height()
        )
        row_height = area.height() / len(FUNNEL)
        bar_height = min(row_height * 0.62, fm.height() * 2.2)
        biggest = max(self.reach.values()) or 1
        rates = {c.from_stage: c.rate for c in self.conversions}
        for index, stage in enumerate(FUNNEL):
            centre_y = area.top() + row_height * (index + 0.5)
            count = self.reach.get(stage, 0)
            width = max(2.0, bars.width() * count / biggest)
            bar = QRectF(bars.center().x() - width / 2, centre_y - bar_height / 2, width, bar_height)
            painter.fillRect(bar, colour if stage != "won" else self.series_colour("won"))
            painter.setPen(self.text_colour())
            painter.drawText(
                QRectF(area.left(), centre_y - row_height / 2, label_width - 8, row_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                vocabulary.stage(stage),
            )
            text = labels.integer(count)
            if fm.horizontalAdvance(text) + 8 < bar.width():
                painter.setPen(on_bar if stage != "won" else self.colour(QPalette.ColorRole.Base))
                painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, text)
            else:
                painter.setPen(self.text_colour())
                painter.drawText(
                    QRectF(bar.right() + 4, bar.top(), fm.horizontalAdvance(text) + 8, bar.height()),
                    Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
            if stage in rates:
                painter.setPen(self.muted_text_colour())
                painter.drawText(
                    QRectF(bars.right() + 8, centre_y, rate_width - 8, row_height),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    "↓ " + labels.percent(rates[stage]),
                )


class DaysPerStageChart(ChartWidget):
    """Average days a deal spends in each open stage before moving on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("daysPerStageChart", self.tr("Average days per stage"), parent)
        self.durations: list[StageDuration] = []

    def set_data(self, durations: Sequence[StageDuration]) -> None:
        self.durations = list(durations)
        rows = [
            [vocabulary.stage(d.stage), labels.days(d.average_days), labels.integer(d.stays)]
            for d in self.durations
        ]
        headers = [self.tr("Stage"), self.tr("Average time in stage"), self.tr("Moves measured")]
        self.set_table(headers, rows if any(d.stays for d in self.durations) else [], numeric=(1, 2))

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        fm = self.metrics()
        colour = self.series_colour("primary")
        label_width = max(fm.horizontalAdvance(vocabulary.stage(d.stage)) for d in self.durations) + 12
        value_width = max(fm.horizontalAdvance(labels.days(d.average_days)) for d in self.durations) + 12
        bars = QRectF(
            area.left() + label_width, area.top(), area.width() - label_width - value_width, area.height()
        )
        row_height = area.height() / max(len(self.durations), 1)
        bar_height = min(row_height * 0.6, fm.height() * 1.8)
        longest = max(float(d.average_days or 0) for d in self.durations) or 1.0
        for index, item in enumerate(self.durations):
            centre_y = area.top() + row_height * (index + 0.5)
            width = bars.width() * float(item.average_days or 0) / longest
            bar = QRectF(bars.left(), centre_y - bar_height / 2, width, bar_height)
            painter.fillRect(bar, colour)
            painter.setPen(self.text_colour())
            painter.drawText(
                QRectF(area.left(), centre_y - row_height / 2, label_width - 8, row_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                vocabulary.stage(item.stage),
            )
            painter.drawText(
                QRectF(bar.right() + 6, centre_y - row_height / 2, value_width, row_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                labels.days(item.average_days),
            )
