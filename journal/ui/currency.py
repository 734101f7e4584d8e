"""Which currency new deals and quotas start in (Preferences ▸ General ▸ Default currency), and
the currency field the deal, quota and preference forms share."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox

from journal.ui import widgets

COMMON_CURRENCIES = ("EUR", "USD", "GBP", "CHF", "MXN", "ARS", "COP", "CLP", "BRL", "CAD", "AUD", "JPY")
FALLBACK = "EUR"


def system_currency(locale: QLocale | None = None) -> str:
    """The currency of the system's locale (its country), e.g. USD for en_US, EUR for es_ES."""
    code = (locale or QLocale.system()).currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 and code.isalpha() else FALLBACK


def currency_combo(name: str, accessible: str, current: str) -> QComboBox:
    """An editable list of currency codes (three letters, in capitals), showing ``current``."""
    combo = widgets.named(QComboBox(), name, accessible)
    combo.setEditable(True)
    combo.addItems(list(COMMON_CURRENCIES))
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    edit = combo.lineEdit()
    if edit is not None:
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"^[A-Za-z]{0,3}$"), edit))
    combo.setCurrentText(current)
    return combo
