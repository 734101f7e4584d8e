"""Checks shared by several services."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError

#: The field names the messages below may show as ``{name}`` (the UI translates
#: them in context "Validation" too; see ``journal.ui.ask.error_text``).
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Validation", "period"),
    QT_TRANSLATE_NOOP("Validation", "stage"),
    QT_TRANSLATE_NOOP("Validation", "title"),
    QT_TRANSLATE_NOOP("Validation", "direction"),
    QT_TRANSLATE_NOOP("Validation", "outcome"),
    QT_TRANSLATE_NOOP("Validation", "kind"),
    QT_TRANSLATE_NOOP("Validation", "recurrence unit"),
    QT_TRANSLATE_NOOP("Validation", "channel"),
    QT_TRANSLATE_NOOP("Validation", "summary"),
    QT_TRANSLATE_NOOP("Validation", "value direction"),
    QT_TRANSLATE_NOOP("Validation", "value type"),
    QT_TRANSLATE_NOOP("Validation", "objection"),
)


def choice(field: str, value: str | None, allowed: Iterable[str], *, optional: bool = False) -> str | None:
    """``value`` when it is one of ``allowed`` (or None if optional); ``ValidationError`` otherwise."""
    if value is None and optional:
        return None
    allowed = tuple(allowed)
    if value not in allowed:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "Unknown {name}: {value}. Choose one of: {allowed}."),
            name=field.replace("_", " "),
            value=value,
            allowed=", ".join(allowed),
        )
    return value


def required_text(field: str, value: str | None) -> str:
    """The text trimmed (summaries and titles on one line); ``ValidationError`` when empty."""
    text = " ".join((value or "").split()) if field in {"summary", "title"} else (value or "").strip()
    if not text:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "The {name} cannot be empty."),
            name=field.replace("_", " "),
        )
    return text


def aware(field: str, value: datetime) -> datetime:
    """``value`` when it carries a time zone; ``ValidationError`` otherwise."""
    if value.tzinfo is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "The time must include a time zone."))
    return value


def parse_money(value: Any, field: str = "value") -> Decimal:
    """An exact, non-negative amount (Decimal, int or text like "1500.50")."""
    if isinstance(value, float):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "Amounts must be exact, not floating point.")
        )
    try:
        amount = Decimal(str(value).strip().replace(",", ".")) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "{value} is not an amount."), value=value
        ) from exc
    if not amount.is_finite():
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "{value} is not an amount."), value=value
        )
    if amount < 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative."))
    return amount


def currency_code(code: str) -> str:
    """A three-letter currency code in capitals ("eur" -> "EUR"); ``ValidationError`` otherwise."""
    code = (code or "").strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise ValidationError(
            "currency",
            QT_TRANSLATE_NOOP("Validation", "Use a three-letter currency code such as EUR or USD."),
        )
    return code
