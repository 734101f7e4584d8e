"""Setting a sales quota (``QuotaDialog``) and a period's progress towards it (``QuotaBox``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QGroupBox, QProgressBar, QWidget

from journal import clock
from journal.db.models import QUOTA_PERIODS
from journal.services import quotas, validation
from journal.services.sales_forecast import QuotaProgress
from journal.ui import widgets
from journal.ui.charts import labels
from journal.ui.dates import pydate, qdate
from journal.ui.dialogs.form import FormDialog
from journal.ui.settings import AppSettings


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
        self.bar.setValue(0)  # a bar never set shows no text at all
        self.bar.setFormat(self.tr("Counting…"))  # until the worker's count arrives (not "0%")
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
