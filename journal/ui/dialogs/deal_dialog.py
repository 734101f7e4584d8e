"""DealDialog: a sales opportunity (exact Decimal value, currency, stage, probability)."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from PySide6.QtCore import QCoreApplication, QLocale, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QWidget

from journal import clock
from journal.db.models import STAGES
from journal.services import contacts, deals
from journal.services.deals import DEFAULT_PROBABILITY
from journal.ui import vocabulary, widgets
from journal.ui.dates import pydate, qdate
from journal.ui.dialogs.form import FormDialog

COMMON_CURRENCIES = ("EUR", "USD", "GBP", "CHF", "MXN", "ARS", "COP", "CLP", "BRL")
# Digits with an optional decimal part (either separator) and no grouping: exact text for Decimal.
AMOUNT = QRegularExpression(r"^\d{0,13}([.,]\d{0,2})?$")


def default_currency() -> str:
    """The currency of the user's locale (EUR when it has none)."""
    code = QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 else "EUR"


class _Editable(TypedDict):
    """What the dialog edits of an existing deal (the stage moves in the Pipeline)."""

    title: str
    value: str
    currency: str
    probability: int
    expected_close: date | None
    notes: str


class DealDialog(FormDialog):
    """Add a deal to a contact, or edit one: title, exact value and currency, stage, probability."""

    def __init__(self, parent: QWidget | None, contact_id: int) -> None:
        super().__init__(parent, QCoreApplication.translate("DealDialog", "Add deal"), "dealDialog")
        self.contact_id = contact_id
        self.deal_id: int | None = None
        self.setWindowTitle(f"{self.windowTitle()} — {contacts.get_contact(contact_id).name}")
        self.title_edit = widgets.line_edit("dealTitle", self.tr("Deal title"))
        self.value = widgets.line_edit("dealValue", self.tr("Value"), placeholder=self.tr("1500.00"))
        self.value.setValidator(QRegularExpressionValidator(AMOUNT, self.value))
        self.currency = widgets.named(QComboBox(), "dealCurrency", self.tr("Currency"))
        self.currency.setEditable(True)
        self.currency.addItems(list(COMMON_CURRENCIES))
        self.currency.setCurrentText(default_currency())
        self.stage = widgets.combo_box(
            "dealStage", self.tr("Stage"), [(vocabulary.stage(key), key) for key in STAGES]
        )
        self.probability = widgets.spin_box("dealProbability", self.tr("Probability"), 0, 100, suffix=" %")
        self.probability.setValue(DEFAULT_PROBABILITY["prospect"])
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self.has_close = widgets.check_box(
            "dealHasClose", self.tr("Expected"), self.tr("Expected close date known")
        )
        self.expected_close = widgets.date_edit(
            "dealExpectedClose", self.tr("Expected close"), qdate(clock.today()).addMonths(1)
        )
        widgets.enabled_by(self.has_close, self.expected_close)
        self.lost_reason = widgets.line_edit("dealLostReason", self.tr("Why it was lost"))
        self.notes = widgets.text_edit("dealNotes", self.tr("Notes"))

        self.add_row("title", self.tr("&Title"), self.title_edit)
        self.add_row(
            "value", self.tr("&Value"), widgets.side_by_side((self.value, 1), self.currency), "currency"
        )
        self.add_row("stage", self.tr("&Stage"), self.stage)
        self.add_row("probability", self.tr("&Probability"), self.probability)
        self.add_row(
            "expected_close",
            self.tr("&Close"),
            widgets.side_by_side(self.has_close, (self.expected_close, 1)),
        )
        self._lost_box = self.add_row("lost_reason", self.tr("&Lost because"), self.lost_reason)
        self.add_row("notes", self.tr("N&otes"), self.notes)
        self.form.setRowVisible(self._lost_box, False)
        self.title_edit.setFocus()
        self.resize(480, self.sizeHint().height())

    def load(self, deal_id: int) -> None:
        """Edit an existing deal: its fields filled in; the stage moves in the Pipeline
        (where every move is recorded), so it is shown but not edited here."""
        deal = deals.get_deal(deal_id)
        self.deal_id = deal_id
        self.setWindowTitle(QCoreApplication.translate("DealDialog", "Edit deal") + f" — {deal.contact_name}")
        self.title_edit.setText(deal.title)
        self.value.setText(format(deal.value, "f"))
        self.currency.setCurrentText(deal.currency)
        widgets.select_data(self.stage, deal.stage)
        self.stage.setEnabled(False)
        self.stage.setToolTip(self.tr("Move the deal in the Pipeline to change its stage."))
        self.probability.setValue(deal.probability)
        self.has_close.setChecked(deal.expected_close is not None)
        if deal.expected_close is not None:
            self.expected_close.setDate(qdate(deal.expected_close))
        self.lost_reason.setText(deal.lost_reason)
        self.lost_reason.setReadOnly(True)
        self.notes.setPlainText(deal.notes)

    def _stage_changed(self) -> None:
        stage = self.stage.currentData()
        self.probability.setValue(DEFAULT_PROBABILITY[stage])
        self.form.setRowVisible(self._lost_box, stage == "lost")

    def save(self) -> int:
        values: _Editable = {
            "title": self.title_edit.text(),
            # AMOUNT allows one separator, with at most two decimals after it: it is the decimal point
            "value": self.value.text().strip().replace(",", ".") or "0",
            "currency": self.currency.currentText(),
            "probability": self.probability.value(),
            "expected_close": pydate(self.expected_close.date()) if self.has_close.isChecked() else None,
            "notes": self.notes.toPlainText(),
        }
        if self.deal_id is not None:
            return deals.update_deal(self.deal_id, **values).id
        return deals.create_deal(
            contact_id=self.contact_id,
            stage=self.stage.currentData(),
            lost_reason=self.lost_reason.text(),
            **values,
        ).id

    @classmethod
    def add_for(cls, parent: QWidget | None, contact_id: int) -> int | None:
        """Ask for a new deal; its id, or None if cancelled."""
        return cls(parent, contact_id).run()

    @classmethod
    def edit(cls, parent: QWidget | None, deal_id: int) -> int | None:
        """Edit a deal's title, value, probability, expected close and notes."""
        dialog = cls(parent, deals.get_deal(deal_id).contact_id)
        dialog.load(deal_id)
        return dialog.run()
