"""InsightsView (section "insights"): reading the numbers.

Tabs: quota and forecast, the objection log (win rate per response), the four trend charts
(each with its table), and the networking ledger (given vs received, who I only take from).
Numbers come from ``services.sales`` / ``services.networking``; they are recomputed when
deals, quotas or interactions change, and only while the page is on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from journal import clock
from journal.db.models import QUOTA_PERIODS, VALUE_TYPES
from journal.services import networking, quotas, sales, sales_forecast, sales_trends, validation
from journal.services.events import Entity
from journal.services.sales_forecast import QuotaProgress
from journal.ui import formatting, vocabulary, widgets
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
from journal.ui.dates import pydate, qdate
from journal.ui.dialogs.form import FormDialog
from journal.ui.importing.worker import Step
from journal.ui.recount import Recount
from journal.ui.refresh import SectionView
from journal.ui.settings import AppSettings

_WATCHED = {Entity.DEAL, Entity.QUOTA, Entity.INTERACTION, Entity.CONTACT, Entity.DATABASE}


def _table(name: str, accessible: str, model: ChartTableModel) -> QTableView:
    view = widgets.table_view(
        name, accessible, model, selection=QAbstractItemView.SelectionMode.ExtendedSelection
    )
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class QuotaDialog(FormDialog):
    """Set (or replace) the sales target of a month or a quarter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Set quota"), "quotaDialog", grow_fields=True)
        self.error = self.general_error
        self.period = widgets.combo_box(
            "quotaPeriod", self.tr("Period"), [(self.tr("Month"), "month"), (self.tr("Quarter"), "quarter")]
        )
        today = clock.today()
        self.start = widgets.named(
            QDateEdit(qdate(today.replace(day=1))), "quotaStart", self.tr("Which month or quarter")
        )
        self.start.setDisplayFormat("MMMM yyyy")
        current = quotas.get_quota(today)
        self.amount = widgets.line_edit(
            "quotaAmount",
            self.tr("Target amount"),
            format(current.amount, "f") if current is not None else "",
            placeholder="30000",
        )
        self.currency = widgets.line_edit(
            "quotaCurrency",
            self.tr("Currency"),
            current.currency if current else AppSettings(QSettings()).default_currency,
        )
        self.currency.setMaxLength(3)
        self.form.addRow(self.tr("&Period"), self.period)
        self.form.addRow(self.tr("&Starting"), self.start)
        self.form.addRow(self.tr("&Target"), self.amount)
        self.form.addRow(self.tr("&Currency"), self.currency)
        self.remove_button = widgets.push_button(
            "quotaRemoveButton",
            self.tr("&Remove quota"),
            self.tr("Remove the quota of this period"),
            self._remove,
        )
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.period.currentIndexChanged.connect(self._update_remove)
        self.start.dateChanged.connect(self._update_remove)
        self._update_remove()
        self.period.setFocus()

    def _selected(self) -> tuple[str, date]:
        period = self.period.currentData()
        assert period in QUOTA_PERIODS
        return period, quotas.period_start(pydate(self.start.date()).replace(day=1), period)

    def _update_remove(self) -> None:
        period, start = self._selected()
        self.remove_button.setEnabled(quotas.get_quota(start, period) is not None)

    def _remove(self) -> None:
        period, start = self._selected()
        current = quotas.get_quota(start, period)
        if current is not None:
            quotas.delete_quota(current.id)  # to the trash: File > Trash brings it back
        self.reject()

    def save(self) -> int:
        period, start = self._selected()
        amount = validation.parse_money(self.amount.text(), "amount", locale=QLocale().name())
        return quotas.set_quota(
            period_start=start, amount=amount, currency=self.currency.text(), period=period
        ).id


class QuotaBox(QGroupBox):
    """A period's quota progress: a bar and the won / target / weighted-forecast sentence."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.bar = widgets.named(QProgressBar(), f"{name}Bar", title)
        self.bar.setRange(0, 1000)
        self.text = widgets.text_label(f"{name}Text")
        widgets.vbox(self.bar, self.text, parent=self)

    def show_progress(
        self, progress: QuotaProgress, period_name: str, others: Sequence[QuotaProgress] = ()
    ) -> None:
        """The bar and sentence for the quota's currency; a line more for each other currency
        something was won in or is expected in (never added to the quota, never left out)."""
        cur = progress.currency
        if progress.target is None:
            self.bar.setValue(0)
            self.bar.setFormat(self.tr("No quota"))
            text = self.tr("Won %1 in %2. No quota set.")
        else:
            fraction = progress.fraction or Decimal(0)
            self.bar.setValue(int(min(fraction, Decimal(1)) * 1000))
            self.bar.setFormat(labels.percent(fraction))
            text = self.tr("Won %1 of %3 in %2 (%4 to go).")
        values = {
            "%1": labels.money(progress.won, cur),
            "%2": period_name,
            "%3": labels.money(progress.target, cur) if progress.target is not None else "",
            "%4": labels.money(progress.remaining, cur) if progress.remaining is not None else "",
        }
        for key, value in values.items():
            text = text.replace(key, value)
        text += "\n" + self.tr("Open deals expected to close then, weighted by probability: %1").replace(
            "%1", labels.money(progress.open_weighted, cur)
        )
        for other in others:
            text += "\n" + self.tr("In %1: won %2, weighted forecast %3 (no quota in %1).").replace(
                "%1", other.currency
            ).replace("%2", labels.money(other.won, other.currency)).replace(
                "%3", labels.money(other.open_weighted, other.currency)
            )
        self.text.setText(text)
        self.bar.setAccessibleDescription(text)


@dataclass(frozen=True)
class _Numbers:
    """Everything the section shows but the ledger, read together (on a worker thread)."""

    currency: str  # the won chart's: the month quota's
    forecast: list[Any]
    objections: list[Any]
    won: Any
    reach: Any
    conversion: Any
    days: Any
    per_month: Any

    @classmethod
    def read(cls, today: date, currency: str) -> _Numbers:
        return cls(
            currency=currency,
            forecast=list(sales_forecast.weighted_forecast()),
            objections=list(sales.objection_win_rates()),
            won=sales_trends.won_per_month(today=today, currency=currency),
            reach=sales.stage_reach(),
            conversion=sales.stage_conversion(),
            days=sales.average_days_per_stage(),
            per_month=sales_trends.interactions_per_month(today=today),
        )


class InsightsView(SectionView):
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
        self.forecast_table = _table(
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
        self.objection_table = _table(
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

    def _ledger_page(self) -> QWidget:
        self.ledger_text = widgets.text_label("ledgerText")
        self.ledger_model = ChartTableModel(self)
        self.ledger_table = _table(
            "ledgerTable", self.tr("Value given and received by type"), self.ledger_model
        )
        self.taking_model = ChartTableModel(self)
        self.taking_table = _table(
            "takingTable", self.tr("Relationships where I have only been taking"), self.taking_model
        )
        self.taking_table.doubleClicked.connect(self._open_taker)
        self._taker_ids: list[int] = []
        taking_title = QLabel(self.tr("<b>Only taking</b> — they gave, I gave nothing back (last 12 months)"))
        taking_title.setBuddy(self.taking_table)
        return widgets.pane(
            self.ledger_text,
            (self.ledger_table, 1),
            taking_title,
            (self.taking_table, 2),
            name="ledgerPage",
            margins=None,
        )

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
        # The quota bars read a few won deals: now, so the page is laid out with their text.
        default = AppSettings(self.context.settings).default_currency
        month, *month_others = sales_forecast.progress_by_currency(day=today, default_currency=default)
        quarter, *quarter_others = sales_forecast.progress_by_currency(
            day=today, period="quarter", default_currency=default
        )
        self.month_box.show_progress(month, labels.month_long(month.start), month_others)
        q_name = (
            self.tr("Q%1 %2")
            .replace("%1", str((quarter.start.month - 1) // 3 + 1))
            .replace("%2", str(quarter.start.year))
        )
        self.quarter_box.show_progress(quarter, q_name, quarter_others)
        currency = month.currency

        def count(_progress: Any, _cancelled: Any) -> _Numbers:
            return _Numbers.read(today, currency)

        return count

    def _counted(self, result: object) -> None:
        self.loading = False
        if isinstance(result, BaseException):
            self.month_box.text.setText(self.tr("Could not count: {error}").format(error=result))
            return
        numbers = cast(_Numbers, result)
        self._load_forecast(numbers.forecast)
        self._load_objections(numbers.objections)
        self.won_chart.set_data(numbers.won, numbers.currency)
        self.funnel_chart.set_data(numbers.reach, numbers.conversion)
        self.days_chart.set_data(numbers.days)
        self.interactions_chart.set_data(numbers.per_month)
        self._ledger_dirty = True
        self._load_ledger_if_shown()
        # The numbers came after the page was laid out: lay it out for them now, so nothing
        # is shown (or measured) at the old size for a moment.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.loaded.emit()

    def _load_ledger_if_shown(self) -> None:
        if self._ledger_dirty and self.tabs.currentWidget() is self.ledger_page:
            self._ledger_dirty = False
            self._load_ledger()

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

    def _load_ledger(self) -> None:
        """Count on a worker thread: over years of entries this takes a moment, and the
        window must not freeze meanwhile. A change during the count counts again after."""
        self._ledger_count.start()

    def _begin_ledger_count(self) -> Step:
        if not self.ledger_text.text():
            self.ledger_text.setText(self.tr("Counting…"))

        def count(_progress: Any, _cancelled: Any) -> tuple[Any, Any]:
            return networking.overall_reciprocity(), networking.taking_relationships()

        return count

    def _ledger_counted(self, result: object) -> None:
        if isinstance(result, BaseException):
            self.ledger_text.setText(self.tr("Could not count: {error}").format(error=result))
            return
        ledger, takers = cast(tuple[networking.Reciprocity, list[networking.TakingRelationship]], result)
        text = self.tr("In the last 12 months you gave %1 and received %2 (balance %3).")
        for key, value in (("%1", ledger.gave), ("%2", ledger.received), ("%3", ledger.balance)):
            text = text.replace(key, labels.integer(value))
        self.ledger_text.setText(text)
        rows = [
            [
                vocabulary.value_type(vtype),
                labels.integer(ledger.by_type.get(("gave", vtype), 0)),
                labels.integer(ledger.by_type.get(("received", vtype), 0)),
            ]
            for vtype in VALUE_TYPES
        ]
        self.ledger_model.set_table(
            [self.tr("Value"), self.tr("I gave"), self.tr("I received")], rows, numeric=(1, 2)
        )
        self._taker_ids = [t.contact_id for t in takers]
        self.taking_model.set_table(
            [self.tr("Contact"), self.tr("Times they gave"), self.tr("Last time")],
            [
                [
                    t.name,
                    labels.integer(t.received),
                    formatting.short_date(t.last_received_at.astimezone(clock.local_zone()).date()),
                ]
                for t in takers
            ],
            numeric=(1,),
        )

    def _open_taker(self, index: Any) -> None:
        window = self.window()
        if 0 <= index.row() < len(self._taker_ids) and hasattr(window, "open_contact"):
            window.open_contact(self._taker_ids[index.row()])

    def set_quota(self) -> QDialog:
        dialog = QuotaDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog
