"""Money: exact amounts, read the way the user's language writes numbers, and currency codes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError

# The largest amount of money the journal keeps (the deal dialog takes 13 digits).
MAX_AMOUNT = Decimal("9999999999999.99")


@dataclass(frozen=True)
class NumberFormat:
    """How a language writes numbers: the decimal separator and the thousands separator."""

    decimal: str
    group: str


NUMBER_FORMATS = {"en": NumberFormat(".", ","), "es": NumberFormat(",", ".")}
# Spaces (plain, no-break, narrow no-break) group thousands in any language.
_SPACES = str.maketrans("", "", " \u00a0\u202f")


def number_format(locale: str | NumberFormat) -> NumberFormat:
    """The number format of a locale name ("es", "es_ES", "en-GB"; English when unknown)."""
    if isinstance(locale, NumberFormat):
        return locale
    return NUMBER_FORMATS.get(locale.replace("-", "_").split("_")[0].lower(), NUMBER_FORMATS["en"])


def _not_an_amount(field: str, value: Any) -> ValidationError:
    return ValidationError(field, QT_TRANSLATE_NOOP("Validation", "{value} is not an amount."), value=value)


def _amount_text(text: str, fmt: NumberFormat, field: str) -> Decimal:
    """Digits with optional thousands groups of three and an optional decimal part, in ``fmt``."""
    raw = text
    text = text.strip().translate(_SPACES)
    if text.startswith("-"):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative."))
    whole, point, fraction = text.partition(fmt.decimal)
    if (point and not fraction.isdigit()) or not whole:
        raise _not_an_amount(field, raw)
    groups = whole.split(fmt.group)
    ok = all(g.isdigit() and g.isascii() for g in groups) and (
        len(groups) == 1 or (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]))
    )
    if not ok or not fraction.isascii():
        raise _not_an_amount(field, raw)
    return Decimal("".join(groups) + ("." + fraction if point else ""))


def parse_money(value: Any, field: str = "value", *, locale: str | NumberFormat = "en") -> Decimal:
    """An exact, non-negative amount: a ``Decimal``, an ``int``, or text written the way the
    ``locale`` writes numbers ("1,500.50" in English, "1.500,50" in Spanish; spaces may
    group thousands). Floats are refused: they are not exact."""
    if isinstance(value, float):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "Amounts must be exact, not floating point.")
        )
    if isinstance(value, bool):
        raise _not_an_amount(field, value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, str):
        amount = _amount_text(value, number_format(locale), field)
    else:
        raise _not_an_amount(field, value)
    if not amount.is_finite():
        raise _not_an_amount(field, value)
    if amount < 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative."))
    if amount > MAX_AMOUNT:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "The amount is too large (at most {max})."),
            max=format(MAX_AMOUNT, "f"),
        )
    return amount


def currency_code(code: Any, field: str = "currency") -> str:
    """A three-letter currency code in capitals ("eur" -> "EUR"); ``ValidationError`` otherwise."""
    code = (code if isinstance(code, str) else "").strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "Use a three-letter currency code such as EUR or USD."),
        )
    return code
