"""InsightsView (section "insights"): reading the numbers.

Tabs: quota and forecast, the objection log (win rate per response), the four trend charts
(each with its table), and the networking ledger (given vs received, who I only take from:
``insights_ledger``); the quota dialog and boxes are in ``insights_quota``. Numbers come from
``services.sales``, ``sales_forecast``, ``sales_trends`` and ``networking``; they are recomputed when
deals, quotas or interactions change, and only while the page is on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QTabWidget,
    QWidget,
)

from journal import clock
from journal.services import sales, sales_forecast, sales_trends
from journal.services.events import Entity
from journal.services.sales_forecast import QuotaProgress
from journal.ui import vocabulary, widgets
from journal.ui.charts import (
    ChartPanel,
    ChartTableModel,
    DaysPerStageChart,
    FunnelChart,
    InteractionsPerMonthChart,
    WonVsQuotaChart,
    labels,
)
from journal.ui.context import AppContext
from journal.ui.importing.worker import Step
from journal.ui.insights_ledger import ReciprocityTab, figures_table
from journal.ui.insights_quota import QuotaBox, QuotaDialog
from journal.ui.recount import Recount
from journal.ui.refresh import SectionView
from journal.ui.settings import AppSettings

_WATCHED = {Entity.DEAL, Entity.QUOTA, Entity.INTERACTION, Entity.CONTACT, Entity.DATABASE}


@dataclass(frozen=True)
class _Numbers:
    """Everything the section shows but the ledger, read together (on a worker thread)."""

    currency: str  # the won chart's: the month quota's
    month: list[QuotaProgress]  # the month quota's currency first, then every other one
    quarter: list[QuotaProgress]
    forecast: list[Any]
    objections: list[Any]
    won: Any
    reach: Any
    conversion: Any
    days: Any
    per_month: Any

    @classmethod
    def read(cls, today: date, default_currency: str) -> _Numbers:
        month = sales_forecast.progress_by_currency(day=today, default_currency=default_currency)
        quarter = sales_forecast.progress_by_currency(
            day=today, period="quarter", default_currency=default_currency
        )
        currency = month[0].currency
        return cls(
            currency=currency,
            month=month,
            quarter=quarter,
            forecast=list(sales_forecast.weighted_forecast()),
            objections=list(sales.objection_win_rates()),
            won=sales_trends.won_per_month(today=today, currency=currency),
            reach=sales.stage_reach(),
            conversion=sales.stage_conversion(),
            days=sales.average_days_per_stage(),
            per_month=sales_trends.interactions_per_month(today=today),
        )


class InsightsView(ReciprocityTab, SectionView):
    """The Insights section: quota and forecast, objections, the trend charts, the networking ledger.

    Signals:
        loaded(): the numbers (read on a worker thread) are on screen.
    """

    watched_entities = _WATCHED
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "insightsView", self.tr("Insights"), parent)
        self._count = Recount(self._begin_count, self._counted, self)
        self._ledger_count = Recount(self._begin_ledger_count, self._ledger_counted, self)
        self.dialog: QDialog | None = None
        self.loading = False
        self.tabs = widgets.named(QTabWidget(), "insightsTabs", self.tr("Insights"))
        self.tabs.addTab(self._quota_page(), self.tr("Quota && forecast"))
        self.tabs.addTab(self._objection_page(), self.tr("Objections"))
        self._add_chart_tabs()
        # The ledger reads every networking entry of the year: only when its tab is open.
        self.ledger_page = self._ledger_page()
        self.tabs.addTab(self.ledger_page, self.tr("Reciprocity"))
        self._ledger_dirty = True
        self.tabs.currentChanged.connect(lambda _i: self._load_ledger_if_shown())
        widgets.vbox(self.tabs, parent=self)
        self.reload()

    def _quota_page(self) -> QWidget:
        self.month_box = QuotaBox(self.tr("This month"), "monthQuota")
        self.quarter_box = QuotaBox(self.tr("This quarter"), "quarterQuota")
        self.set_quota_action = QAction(self.tr("Set sales quota…"), self)
        self.set_quota_action.setObjectName("setQuotaAction")
        self.set_quota_action.triggered.connect(self.set_quota)
        self.set_quota_button = widgets.push_button(
            "setQuotaButton", self.tr("Set quota…"), self.tr("Set quota"), self.set_quota
        )
        self.forecast_model = ChartTableModel(self)
        self.forecast_table = figures_table(
            "forecastTable", self.tr("Weighted forecast by expected close month"), self.forecast_model
        )
        forecast_title = QLabel(
            self.tr("<b>Forecast</b> — open deals by expected close month, value × probability")
        )
        forecast_title.setBuddy(self.forecast_table)
        return widgets.pane(
            widgets.hbox((self.month_box, 1), (self.quarter_box, 1)),
            widgets.hbox(None, self.set_quota_button),
            forecast_title,
            (self.forecast_table, 1),
            name="quotaPage",
            margins=None,
        )

    def _objection_page(self) -> QWidget:
        self.objection_model = ChartTableModel(self)
        self.objection_table = figures_table(
            "objectionTable", self.tr("Win rate per objection response"), self.objection_model
        )
        note = widgets.text_label(
            "",
            self.tr(
                "For each kind of objection, how each response worked out. Win rate = won deals ÷ decided "
                "(won or lost) deals the objection was raised on; open deals are not counted yet."
            ),
        )
        note.setBuddy(self.objection_table)
        return widgets.pane(note, (self.objection_table, 1), name="objectionPage", margins=None)

    def _add_chart_tabs(self) -> None:
        self.won_chart = WonVsQuotaChart()
        self.funnel_chart = FunnelChart()
        self.days_chart = DaysPerStageChart()
        self.interactions_chart = InteractionsPerMonthChart()
        self.chart_panels = [
            ChartPanel(self.won_chart, self.tr("Won value per month against quota (last 12 months)")),
            ChartPanel(self.funnel_chart, self.tr("Stage-to-stage conversion")),
            ChartPanel(self.days_chart, self.tr("Average days per stage")),
            ChartPanel(self.interactions_chart, self.tr("Interactions per month by kind (last 12 months)")),
        ]
        for panel, title in zip(
            self.chart_panels,
            (self.tr("Won vs quota"), self.tr("Funnel"), self.tr("Days per stage"), self.tr("Interactions")),
            strict=True,
        ):
            self.tabs.addTab(panel, title)

    # data ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Compute the numbers on a worker thread (on a big journal they read hundreds of
        thousands of rows: the window must not freeze meanwhile), then show them. A change
        during the count counts again after. ``loading`` is true meanwhile."""
        self._dirty = False
        self._count.start()

    def _begin_count(self) -> Step:
        self._dirty = False  # also when counting again: this count sees every change so far
        self.loading = True
        today = clock.today()
        default = AppSettings(self.context.settings).default_currency

        def count(_progress: Any, _cancelled: Any) -> _Numbers:
            # the quota bars too: on a big journal their won deals took the window 0.15 s
            return _Numbers.read(today, default)

        return count

    def _show_quotas(self, numbers: _Numbers) -> None:
        month, *month_others = numbers.month
        quarter, *quarter_others = numbers.quarter
        self.month_box.show_progress(month, labels.month_long(month.start), month_others)
        q_name = (
            self.tr("Q%1 %2")
            .replace("%1", str((quarter.start.month - 1) // 3 + 1))
            .replace("%2", str(quarter.start.year))
        )
        self.quarter_box.show_progress(quarter, q_name, quarter_others)

    def _counted(self, result: object) -> None:
        self.loading = False
        if isinstance(result, BaseException):
            self.month_box.text.setText(self.tr("Could not count: {error}").format(error=result))
            return
        numbers = cast(_Numbers, result)
        self._show_quotas(numbers)
        self._load_forecast(numbers.forecast)
        self._load_objections(numbers.objections)
        self.won_chart.set_data(numbers.won, numbers.currency)
        self.funnel_chart.set_data(numbers.reach, numbers.conversion)
        self.days_chart.set_data(numbers.days)
        self.interactions_chart.set_data(numbers.per_month)
        self._ledger_dirty = True
        self._load_ledger_if_shown()
        # The numbers came after the page was laid out: lay it out for them now, so nothing
        # is shown (or measured) at the old size for a moment. Each level's layout posts the
        # request of the level above (a quota sentence grows its box, the box the page).
        for _level in range(4):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.loaded.emit()

    def _load_forecast(self, forecast: list[Any]) -> None:
        rows = []
        totals: dict[str, list[Decimal]] = {}
        for item in forecast:
            rows.append(
                [
                    labels.month_long(item.month) if item.month else self.tr("No expected close date"),
                    labels.integer(item.deals),
                    labels.money(item.total, item.currency),
                    labels.money(item.weighted, item.currency),
                ]
            )
            sums = totals.setdefault(item.currency, [Decimal(0), Decimal(0)])
            sums[0] += item.total
            sums[1] += item.weighted
        for currency, (total, weighted) in sorted(totals.items()):
            rows.append(
                [self.tr("Total"), "", labels.money(total, currency), labels.money(weighted, currency)]
            )
        headers = [
            self.tr("Expected close"),
            self.tr("Open deals"),
            self.tr("Value"),
            self.tr("Weighted value"),
        ]
        self.forecast_model.set_table(headers, rows, numeric=(1, 2, 3))

    def _load_objections(self, stats: list[Any]) -> None:
        rows = [
            [
                vocabulary.objection(s.category),
                s.response or self.tr("(no response recorded)"),
                labels.integer(s.uses),
                labels.integer(s.deals),
                labels.integer(s.won),
                labels.integer(s.lost),
                labels.percent(s.win_rate),
            ]
            for s in stats
        ]
        headers = [
            self.tr("Objection"),
            self.tr("Response"),
            self.tr("Times used"),
            self.tr("Deals"),
            self.tr("Won"),
            self.tr("Lost"),
            self.tr("Win rate"),
        ]
        self.objection_model.set_table(headers, rows, numeric=(2, 3, 4, 5, 6))

    def set_quota(self) -> QDialog:
        dialog = QuotaDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog
