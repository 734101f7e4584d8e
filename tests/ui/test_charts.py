"""QPainter charts: they draw in light and dark palettes and publish their numbers as tables."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from itertools import pairwise

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from journal.services.sales import StageConversion, StageDuration
from journal.services.sales_trends import MonthCounts, MonthWon
from journal.ui.charts import (
    ChartPanel,
    ChartWidget,
    DaysPerStageChart,
    FunnelChart,
    InteractionsPerMonthChart,
    WonVsQuotaChart,
    labels,
)
from journal.ui.charts.base import nice_scale
from journal.ui.theme import dark_palette, light_palette

MONTHS = [date(2025, m, 1) for m in range(4, 13)] + [date(2026, m, 1) for m in range(1, 4)]


def _won() -> WonVsQuotaChart:
    chart = WonVsQuotaChart()
    chart.set_data(
        [
            MonthWon(m, Decimal(1000 * i) + Decimal("0.50"), i, Decimal(30000) if i % 2 else None)
            for i, m in enumerate(MONTHS)
        ]
    )
    return chart


def _funnel() -> FunnelChart:
    chart = FunnelChart()
    reach = {
        "prospect": 100,
        "qualified": 60,
        "presentation": 45,
        "proposal": 30,
        "negotiation": 20,
        "won": 12,
    }
    stages = list(reach)
    chart.set_data(reach, [StageConversion(a, b, reach[a], reach[b]) for a, b in pairwise(stages)])
    return chart


def _days() -> DaysPerStageChart:
    chart = DaysPerStageChart()
    chart.set_data(
        [
            StageDuration(s, 4, 86400 * (n + 1) * 4)
            for n, s in enumerate(["prospect", "qualified", "presentation", "proposal", "negotiation"])
        ]
    )
    return chart


def _interactions() -> InteractionsPerMonthChart:
    chart = InteractionsPerMonthChart()
    chart.set_data([MonthCounts(m, {"networking": 10 + i, "sales": i}) for i, m in enumerate(MONTHS)])
    return chart


FACTORIES = [_won, _funnel, _days, _interactions]


@pytest.mark.parametrize("factory", FACTORIES)
@pytest.mark.parametrize("dark", [False, True])
def test_chart_draws_with_its_palette(qtbot: QtBot, qtmodeltester, factory, dark: bool) -> None:  # type: ignore[no-untyped-def]
    chart: ChartWidget = factory()
    qtbot.addWidget(chart)
    chart.setPalette(dark_palette() if dark else light_palette())
    chart.resize(640, 320)
    image = chart.grab().toImage()
    background = chart.palette().color(QPalette.ColorRole.Base)
    assert image.pixelColor(2, 2) == background
    assert chart.is_dark() == dark
    # something other than the background was drawn (bars, labels)
    colours = {image.pixelColor(x, y).rgb() for x in range(0, 640, 7) for y in range(0, 320, 7)}
    assert len(colours) > 3
    assert chart.objectName() and chart.accessibleName()
    assert chart.accessibleDescription()  # the text equivalent for screen readers
    qtmodeltester.check(chart.table)


def test_tables_hold_the_numbers(qtbot: QtBot) -> None:
    won = _won()
    assert won.table.rowCount() == 12
    assert won.table.cell(1, 1) == labels.money(Decimal("1000.50"), "EUR")
    assert won.table.cell(1, 3) == labels.money(Decimal(30000), "EUR")
    assert won.table.cell(0, 3) == "–"
    funnel = _funnel()
    assert [funnel.table.cell(r, 1) for r in range(6)] == ["100", "60", "45", "30", "20", "12"]
    assert funnel.table.cell(0, 3) == labels.percent(Decimal("0.6"))
    assert funnel.table.cell(5, 3) == ""  # nothing after won
    days = _days()
    assert days.table.cell(2, 1) == labels.days(Decimal(3))
    per_month = _interactions()
    assert per_month.table.cell(11, 3) == "32"


def test_empty_charts_say_so(qtbot: QtBot) -> None:
    chart = FunnelChart()
    qtbot.addWidget(chart)
    chart.set_data(
        dict.fromkeys(["prospect", "qualified", "presentation", "proposal", "negotiation", "won"], 0), []
    )
    assert chart.table.rowCount() == 0
    chart.resize(400, 200)
    chart.grab()
    panel = ChartPanel(_won(), "Won")
    qtbot.addWidget(panel)
    assert panel.table.model() is panel.chart.table


@pytest.mark.parametrize(
    ("maximum", "top", "step"), [(0, 1.0, 0.25), (95, 100, 25), (31000, 40000, 10000), (7, 8, 2)]
)
def test_nice_scale(maximum: float, top: float, step: float) -> None:
    assert nice_scale(maximum) == (top, step)


@pytest.mark.parametrize(
    ("locale", "money", "rate"),
    [("en_US", "1,234,567.01 EUR", "66.7%"), ("es_ES", "1.234.567,01 EUR", "66,7")],
)
def test_money_and_percent_are_exact_and_localised(locale: str, money: str, rate: str) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        assert labels.money(Decimal("1234567.005"), "EUR").replace("\u00a0", " ") == money
        assert labels.money(Decimal("12"), "USD") == "12 USD"
        assert labels.percent(Decimal("0.6667")).startswith(rate)
        assert labels.percent(None) == "–"
        assert labels.compact_money(Decimal(30000)) == "30k"
    finally:
        QLocale.setDefault(previous)
