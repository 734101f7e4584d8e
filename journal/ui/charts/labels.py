"""How sales and networking words and numbers are shown: stage names, money, months, rates.

Numbers go through ``QLocale``; money is formatted from the exact ``Decimal`` digits (never
through a float), rounded to cents.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from journal.services.errors import QT_TRANSLATE_NOOP

STAGE_TEXT = {
    "prospect": QT_TRANSLATE_NOOP("Sales", "Prospect"),
    "qualified": QT_TRANSLATE_NOOP("Sales", "Qualified"),
    "presentation": QT_TRANSLATE_NOOP("Sales", "Presentation"),
    "proposal": QT_TRANSLATE_NOOP("Sales", "Proposal"),
    "negotiation": QT_TRANSLATE_NOOP("Sales", "Negotiation"),
    "won": QT_TRANSLATE_NOOP("Sales", "Won"),
    "lost": QT_TRANSLATE_NOOP("Sales", "Lost"),
}
OBJECTION_TEXT = {
    "price": QT_TRANSLATE_NOOP("Sales", "Price"),
    "timing": QT_TRANSLATE_NOOP("Sales", "Timing"),
    "competitor": QT_TRANSLATE_NOOP("Sales", "Competitor"),
    "need": QT_TRANSLATE_NOOP("Sales", "Need"),
    "authority": QT_TRANSLATE_NOOP("Sales", "Authority"),
    "other": QT_TRANSLATE_NOOP("Sales", "Other"),
}
KIND_TEXT = {
    "networking": QT_TRANSLATE_NOOP("Sales", "Networking"),
    "sales": QT_TRANSLATE_NOOP("Sales", "Sales"),
}
VALUE_TYPE_TEXT = {
    "introduction": QT_TRANSLATE_NOOP("Sales", "Introduction"),
    "advice": QT_TRANSLATE_NOOP("Sales", "Advice"),
    "content": QT_TRANSLATE_NOOP("Sales", "Content"),
    "referral": QT_TRANSLATE_NOOP("Sales", "Referral"),
    "favour": QT_TRANSLATE_NOOP("Sales", "Favour"),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate("Sales", text)


def stage(key: str) -> str:
    return _translate(STAGE_TEXT.get(key, key))


def objection(key: str) -> str:
    return _translate(OBJECTION_TEXT.get(key, key))


def kind(key: str) -> str:
    return _translate(KIND_TEXT.get(key, key))


def value_type(key: str) -> str:
    return _translate(VALUE_TYPE_TEXT.get(key, key))


def integer(value: int) -> str:
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
    return QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")


def short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
