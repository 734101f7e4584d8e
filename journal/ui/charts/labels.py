"""How sales and networking numbers are shown: money, rates, days, months.

Numbers go through ``QLocale``; money is formatted from the exact ``Decimal`` digits (never
through a float), rounded to cents.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from journal.ui.dates import qdate


def integer(value: int) -> str:
    """A whole number in the user's locale."""
    return QLocale().toString(int(value))


def money(value: Decimal, currency: str = "", *, cents: bool = True) -> str:
    """An exact amount in the user's locale ("12.345,50 EUR"); whole units when ``cents`` is False."""
    locale = QLocale()
    rounded = value.quantize(Decimal("0.01") if cents else Decimal(1), ROUND_HALF_UP)
    whole = int(rounded)  # exact: int() of a Decimal truncates, no float involved
    text = locale.toString(abs(whole))
    if rounded < 0:
        text = locale.negativeSign() + text
    if cents:
        fraction = abs(rounded) - abs(Decimal(whole))
        hundredths = int(fraction * 100)
        if hundredths:
            text += locale.decimalPoint() + f"{hundredths:02d}"
    return f"{text} {currency}".strip()


def compact_money(value: Decimal) -> str:
    """Short axis labels: 0, 500, 12k, 1.5M (locale digits and separators)."""
    locale = QLocale()
    amount = abs(value)
    if amount >= 1_000_000:
        scaled, suffix = value / Decimal(1_000_000), QCoreApplication.translate("Sales", "M")
    elif amount >= 1000:
        scaled, suffix = value / Decimal(1000), QCoreApplication.translate("Sales", "k")
    else:
        return locale.toString(int(value))
    digits = 0 if scaled == scaled.to_integral_value() else 1
    shown = scaled.quantize(Decimal(1) if digits == 0 else Decimal("0.1"), ROUND_HALF_UP)
    whole = int(shown)
    text = locale.toString(whole)
    if digits:
        text += locale.decimalPoint() + str(int((abs(shown) - abs(Decimal(whole))) * 10))
    return text + suffix


def percent(rate: Decimal | None) -> str:
    """A 0..1 rate as "66.7 %" in the user's locale; an en dash when unknown."""
    if rate is None:
        return "–"
    tenths = (rate * 1000).quantize(Decimal(1), ROUND_HALF_UP)
    whole, rest = divmod(int(tenths), 10)
    locale = QLocale()
    return f"{locale.toString(whole)}{locale.decimalPoint()}{rest}{locale.percent()}"


def days(value: Decimal | None) -> str:
    """An average number of days, to one decimal ("4.5 days"); an en dash when unknown."""
    if value is None:
        return "–"
    tenths = int((value * 10).quantize(Decimal(1), ROUND_HALF_UP))
    whole, rest = divmod(tenths, 10)
    locale = QLocale()
    return QCoreApplication.translate("Sales", "%1 days").replace(
        "%1", f"{locale.toString(whole)}{locale.decimalPoint()}{rest}"
    )


def month_short(month: date) -> str:
    """ "Mar" (the year is shown separately on axes)."""
    return QLocale().monthName(month.month, QLocale.FormatType.ShortFormat)


def month_long(month: date) -> str:
    """ "March 2026" in the user's language."""
    return QLocale().toString(qdate(month.replace(day=1)), "MMMM yyyy")
