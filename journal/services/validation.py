"""Checks shared by several services."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
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
    QT_TRANSLATE_NOOP("Validation", "nicknames"),
    QT_TRANSLATE_NOOP("Validation", "im"),
    QT_TRANSLATE_NOOP("Validation", "related"),
    QT_TRANSLATE_NOOP("Validation", "units"),
    QT_TRANSLATE_NOOP("Validation", "custom fields"),
    QT_TRANSLATE_NOOP("Validation", "alt names"),
    QT_TRANSLATE_NOOP("Validation", "alt titles"),
    QT_TRANSLATE_NOOP("Validation", "alt organizations"),
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


# contact values (issue 13): what every dialog, importer and sync passes through ----------------

_EMAIL = re.compile(
    r"^[^\s@<>()\[\],;:\"]{1,64}@(?=.{4,253}$)([^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}$"
)
_DAY = re.compile(r"^(?:(\d{4})-|--)(\d{2})-(\d{2})$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*:", re.I)
MAX_VALUE_CHARS = 2048  # a labelled value (URL, handle, name) longer than this is damage


def email_address(value: str, field: str = "emails") -> str:
    """An e-mail address, trimmed ("SMTP", "Name (a@b.c)", a Notes address are refused)."""
    text = (value or "").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if not _EMAIL.match(text):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "{value} is not an e-mail address."), value=text[:80]
        )
    return text


def phone_number(value: str, field: str = "phones") -> str:
    """A phone number as written (it must hold at least three digits and no letters but an extension)."""
    text = " ".join((value or "").split())
    if text.lower().startswith("tel:"):
        text = text[4:]
    digits = sum(ch.isdigit() for ch in text)
    letters = re.sub(r"(?i)\b(ext|x|extn|extension|ext\.)\b", "", text)
    if digits < 3 or any(ch.isalpha() for ch in letters) or len(text) > 64:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "{value} is not a phone number."), value=text[:80]
        )
    return text


def web_address(value: str, field: str = "urls") -> str:
    """A web address: "https://…" (a bare "example.com/x" gets https://); no spaces inside."""
    text = (value or "").strip()
    if not text or any(ch.isspace() for ch in text) or len(text) > MAX_VALUE_CHARS or "." not in text:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "{value} is not a web address."), value=text[:80]
        )
    return text if _SCHEME.match(text) else f"https://{text}"


def partial_date(value: str, field: str = "dates") -> str:
    """ "YYYY-MM-DD", or "--MM-DD" without a year; ``ValidationError`` for anything else."""
    text = (value or "").strip()
    match = _DAY.match(text)
    if match:
        year, month, day = match.groups()
        try:
            date(int(year) if year else 2000, int(month), int(day))
            return text
        except ValueError:
            pass
    raise ValidationError(
        field,
        QT_TRANSLATE_NOOP(
            "Validation", "{value} is not a date (write YYYY-MM-DD, or --MM-DD without a year)."
        ),
        value=text[:40],
    )


def short_text(value: str, field: str) -> str:
    """One line of text (a nickname, a handle, a relation's name), trimmed; too long is refused."""
    text = " ".join((value or "").split())
    if len(text) > MAX_VALUE_CHARS:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "The {name} is too long."), name=field.replace("_", " ")
        )
    return text


#: The check every value of a labelled field passes (by field name; others: ``short_text``).
VALUE_CHECKS = {
    "emails": email_address,
    "phones": phone_number,
    "urls": web_address,
    "social": web_address,
    "dates": partial_date,
}


def labeled_value(field: str, value: str) -> str:
    """One value of labelled field ``field``, checked and cleaned (``ValidationError`` if bad)."""
    check = VALUE_CHECKS.get(field)
    return check(value, field) if check is not None else short_text(value, field)
