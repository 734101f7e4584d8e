"""DealDialog: a sales opportunity (exact Decimal value, currency, stage, probability)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from journal import clock
from journal.db.models import STAGES
from journal.services import contacts, deals
from journal.services.deals import DEFAULT_PROBABILITY
from journal.ui import formatting
from journal.ui.dialogs.form import FormDialog

COMMON_CURRENCIES = ("EUR", "USD", "GBP", "CHF", "MXN", "ARS", "COP", "CLP", "BRL")
# Digits with an optional decimal part (either separator) and no grouping: exact text for Decimal.
AMOUNT = QRegularExpression(r"^\d{0,13}([.,]\d{0,2})?$")


def default_currency() -> str:
    code = QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 else "EUR"


class DealDialog(FormDialog):
    def __init__(self, parent: QWidget | None, contact_id: int) -> None:
        super().__init__(parent, QCoreApplication.translate("DealDialog", "Add deal"), "dealDialog")
        self.contact_id = contact_id
        self.setWindowTitle(f"{self.windowTitle()} — {contacts.get_contact(contact_id).name}")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("dealTitle")
        self.title_edit.setAccessibleName(self.tr("Deal title"))
        self.value = QLineEdit()
        self.value.setObjectName("dealValue")
        self.value.setAccessibleName(self.tr("Value"))
        self.value.setValidator(QRegularExpressionValidator(AMOUNT, self.value))
        self.value.setPlaceholderText(self.tr("1500.00"))
        self.currency = QComboBox()
        self.currency.setObjectName("dealCurrency")
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setEditable(True)
        self.currency.addItems(list(COMMON_CURRENCIES))
        self.currency.setCurrentText(default_currency())
        value_row = QWidget()
        value_layout = QHBoxLayout(value_row)
        value_layout.setContentsMargins(0, 0, 0, 0)
        value_layout.addWidget(self.value, 1)
        value_layout.addWidget(self.currency)

        self.stage = QComboBox()
        self.stage.setObjectName("dealStage")
        self.stage.setAccessibleName(self.tr("Stage"))
        for key in STAGES:
            self.stage.addItem(formatting.label(formatting.STAGE_TEXT, key), key)
        self.probability = QSpinBox()
        self.probability.setObjectName("dealProbability")
        self.probability.setAccessibleName(self.tr("Probability"))
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.probability.setValue(DEFAULT_PROBABILITY["prospect"])
        self.stage.currentIndexChanged.connect(self._stage_changed)

        self.has_close = QCheckBox(self.tr("Expected"))
        self.has_close.setObjectName("dealHasClose")
        self.has_close.setAccessibleName(self.tr("Expected close date known"))
        self.expected_close = QDateEdit(formatting.qdate(clock.today()).addMonths(1))
        self.expected_close.setObjectName("dealExpectedClose")
        self.expected_close.setAccessibleName(self.tr("Expected close"))
        self.expected_close.setCalendarPopup(True)
        self.expected_close.setEnabled(False)
        self.has_close.toggled.connect(self.expected_close.setEnabled)
        close_row = QWidget()
        close_layout = QHBoxLayout(close_row)
        close_layout.setContentsMargins(0, 0, 0, 0)
        close_layout.addWidget(self.has_close)
        close_layout.addWidget(self.expected_close, 1)

        self.lost_reason = QLineEdit()
        self.lost_reason.setObjectName("dealLostReason")
        self.lost_reason.setAccessibleName(self.tr("Why it was lost"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("dealNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)

        self.add_row("title", self.tr("&Title"), self.title_edit)
        self.add_row("value", self.tr("&Value"), value_row, "currency")
        self.add_row("stage", self.tr("&Stage"), self.stage)
        self.add_row("probability", self.tr("&Probability"), self.probability)
        self.add_row("expected_close", self.tr("&Close"), close_row)
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
        self.stage.setCurrentIndex(max(0, self.stage.findData(deal.stage)))
        self.stage.setEnabled(False)
        self.stage.setToolTip(self.tr("Move the deal in the Pipeline to change its stage."))
        self.probability.setValue(deal.probability)
        self.has_close.setChecked(deal.expected_close is not None)
        if deal.expected_close is not None:
            self.expected_close.setDate(formatting.qdate(deal.expected_close))
        self.lost_reason.setText(deal.lost_reason)
        self.lost_reason.setReadOnly(True)
        self.notes.setPlainText(deal.notes)

    def _stage_changed(self) -> None:
        stage = self.stage.currentData()
        self.probability.setValue(DEFAULT_PROBABILITY[stage])
        self.form.setRowVisible(self._lost_box, stage == "lost")

    def save(self) -> int:
        close: date | None = None
        if self.has_close.isChecked():
            qd: QDate = self.expected_close.date()
            close = date(qd.year(), qd.month(), qd.day())
        deal_id = getattr(self, "deal_id", None)
        if deal_id is not None:
            return deals.update_deal(
                deal_id,
                title=self.title_edit.text(),
                value=self.value.text().strip() or "0",
                currency=self.currency.currentText(),
                probability=self.probability.value(),
                expected_close=close,
                notes=self.notes.toPlainText(),
            ).id
        return deals.create_deal(
            contact_id=self.contact_id,
            title=self.title_edit.text(),
            value=self.value.text().strip() or "0",
            currency=self.currency.currentText(),
            stage=self.stage.currentData(),
            probability=self.probability.value(),
            expected_close=close,
            notes=self.notes.toPlainText(),
            lost_reason=self.lost_reason.text(),
        ).id

    @classmethod
    def add_for(cls, parent: QWidget | None, contact_id: int) -> int | None:
        """Ask for a new deal; its id, or None if cancelled."""
        dialog = cls(parent, contact_id)
        return dialog.saved_id if dialog.exec() else None

    @classmethod
    def edit(cls, parent: QWidget | None, deal_id: int) -> int | None:
        """Edit a deal's title, value, probability, expected close and notes."""
        dialog = cls(parent, deals.get_deal(deal_id).contact_id)
        dialog.load(deal_id)
        return dialog.saved_id if dialog.exec() else None
