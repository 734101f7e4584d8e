"""DealDialog: a sales opportunity (exact Decimal value, currency, stage, probability)."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from PySide6.QtCore import QCoreApplication, QRegularExpression, QSettings
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QWidget

from journal import clock
from journal.db.models import STAGES
from journal.services import contacts, date_rules, deals
from journal.services.deals import DEFAULT_PROBABILITY
from journal.services.errors import ValidationError
from journal.services.validation import parse_money, required_text
from journal.ui import ask, formatting, vocabulary, widgets
from journal.ui.currency import currency_combo
from journal.ui.dates import pydate, qdate
from journal.ui.dialogs.form import FormDialog, StayOpen
from journal.ui.settings import AppSettings

# What may be typed: digits, separators, and a sign, so that a minus is seen and refused with
# a message (the service's parser says what is wrong), never silently dropped.
AMOUNT = QRegularExpression(r"^[-+−]?[\d.,\s  ]{0,20}$")


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
        self.keep_drafts(f"deal.new.{contact_id}")
        self.setWindowTitle(f"{self.windowTitle()} — {contacts.get_contact(contact_id).name}")
        self.title_edit = widgets.line_edit("dealTitle", self.tr("Deal title"))
        self.value = widgets.line_edit("dealValue", self.tr("Value"), placeholder=self.tr("1500.00"))
        self.value.setValidator(QRegularExpressionValidator(AMOUNT, self.value))
        self.currency = currency_combo(
            "dealCurrency", self.tr("Currency"), AppSettings(QSettings()).default_currency
        )
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
        self.set_check("title", lambda: required_text("title", self.title_edit.text()))
        self.set_check("value", self._check_value)
        self.value.textEdited.connect(self._value_typed)
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
        self.keep_drafts(f"deal.{deal_id}")
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
        self.remember_loaded(self._values())

    def _check_value(self) -> None:
        parse_money(self.value.text().strip() or "0")

    def _value_typed(self) -> None:
        """Say at once what is wrong with the amount (a minus sign, two decimal points…)."""
        try:
            self._check_value()
        except ValidationError as error:
            self.show_message(ask.error_text(error), "value")
            self.value.setFocus()

    def _stage_changed(self) -> None:
        stage = self.stage.currentData()
        self.probability.setValue(DEFAULT_PROBABILITY[stage])
        self.form.setRowVisible(self._lost_box, stage == "lost")

    def save(self) -> int | None:
        values = self._values()
        close = values["expected_close"]
        stage = self.stage.currentData()
        if date_rules.close_date_passed(close, stage) and not ask.confirm(
            self,
            self.tr("Expected close has passed"),
            self.tr(
                "The expected close, {day}, has already passed and the deal is still open. Save it anyway?"
            ).format(day=formatting.long_date(close) if close else ""),
        ):
            self.show_message(
                self.tr("Choose a day from today on, or move the deal to won or lost."), "expected_close"
            )
            raise StayOpen
        if self.deal_id is not None:
            return deals.update_deal(self.deal_id, **self.edited(values)).id
        return deals.create_deal(
            contact_id=self.contact_id,
            stage=stage,
            lost_reason=self.lost_reason.text(),
            **values,
        ).id

    def _values(self) -> _Editable:
        close = pydate(self.expected_close.date()) if self.has_close.isChecked() else None
        return {
            "title": self.title_edit.text(),
            # AMOUNT allows one separator, with at most two decimals after it: it is the decimal point
            "value": self.value.text().strip().replace(",", ".") or "0",
            "currency": self.currency.currentText(),
            "probability": self.probability.value(),
            "expected_close": close,
            "notes": self.notes.toPlainText(),
        }

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
