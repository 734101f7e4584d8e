"""The rules every value must pass before it enters the journal, shared by the services,
the importers (vCard, CSV, JSON) and ``check``.

Each validator takes the field's name (for the message) and a value, and returns the
value as the journal keeps it or raises ``ValidationError(field, ...)``:

- ``required_text``, ``plain_text``, ``choice``, ``whole_number``, ``cadence_days``
- ``day`` (a calendar date), ``timestamp`` (an aware instant), ``wall_time``,
  ``birthday`` ("YYYY-MM-DD" or "--MM-DD")
- ``parse_money`` (exact, by the user's number format: ``locale="es"`` reads "1.500,50"),
  ``currency_code``
- ``entry_values`` (what a networking or a sales entry may carry)
- ``validate_contact_values`` — every field of a contact at once (the names of
  ``contact_fields``), for importers that write contacts without ``create_contact``.

Dates and instants are held to ``FIRST_DAY`` .. ``LAST_DAY``: the range the window's
calendars and time zones handle (year 0, or 9999-12-31 plus an hour, cannot be shown).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from journal.db.fields import utc_from_text
from journal.db.models import CADENCE_SCOPES, VALUE_DIRECTIONS, VALUE_TYPES
from journal.services import contact_fields
from journal.services.contact_fields import LabeledValue
from journal.services.date_rules import check_birthday
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
    QT_TRANSLATE_NOOP("Validation", "name"),
    QT_TRANSLATE_NOOP("Validation", "value"),
    QT_TRANSLATE_NOOP("Validation", "amount"),
    QT_TRANSLATE_NOOP("Validation", "probability"),
    QT_TRANSLATE_NOOP("Validation", "status"),
    QT_TRANSLATE_NOOP("Validation", "due date"),
    QT_TRANSLATE_NOOP("Validation", "due time"),
    QT_TRANSLATE_NOOP("Validation", "occurred at"),
    QT_TRANSLATE_NOOP("Validation", "occurred on"),
    QT_TRANSLATE_NOOP("Validation", "met on"),
    QT_TRANSLATE_NOOP("Validation", "expected close"),
    QT_TRANSLATE_NOOP("Validation", "period start"),
    QT_TRANSLATE_NOOP("Validation", "snoozed until"),
    QT_TRANSLATE_NOOP("Validation", "cadence days"),
    QT_TRANSLATE_NOOP("Validation", "cadence scope"),
)

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)
# The largest amount of money the journal keeps (the deal dialog takes 13 digits).
MAX_AMOUNT = Decimal("9999999999999.99")
MAX_CADENCE_DAYS = 3650


def _name(field: str) -> str:
    return field.replace("_", " ")


def choice(field: str, value: str | None, allowed: Iterable[str], *, optional: bool = False) -> str | None:
    """``value`` when it is one of ``allowed`` (or None if optional); ``ValidationError`` otherwise."""
    if value is None and optional:
        return None
    allowed = tuple(allowed)
    if value not in allowed:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "Unknown {name}: {value}. Choose one of: {allowed}."),
            name=_name(field),
            value=value,
            allowed=", ".join(allowed),
        )
    return value


def _text_or_none(field: str, value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "The {name} must be text."), name=_name(field)
        )
    return value


def plain_text(field: str, value: Any) -> str:
    """Free text, trimmed ("" for None); ``ValidationError`` for anything that is not text."""
    return _text_or_none(field, value).strip()


ONE_LINE = {"summary", "title", "name"}


def required_text(field: str, value: Any) -> str:
    """The text trimmed (summaries, titles and names on one line); ``ValidationError`` when empty."""
    text = _text_or_none(field, value)
    text = " ".join(text.split()) if field in ONE_LINE else text.strip()
    if not text:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "The {name} cannot be empty."),
            name=_name(field),
        )
    return text


def whole_number(field: str, value: Any, *, low: int, high: int, optional: bool = False) -> int | None:
    """A whole number from ``low`` to ``high`` (None allowed if optional)."""
    if value is None and optional:
        return None
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "The {name} must be a whole number from {low} to {high}."),
            name=_name(field),
            low=low,
            high=high,
        )
    return value


def cadence_days(value: Any, field: str = "cadence_days") -> int | None:
    """A keep-in-touch cadence in days (1 to ``MAX_CADENCE_DAYS``), or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_CADENCE_DAYS:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "Keep-in-touch cadence must be between 1 and {max} days."),
            max=MAX_CADENCE_DAYS,
        )
    return value


def _out_of_range(field: str) -> ValidationError:
    return ValidationError(
        field,
        QT_TRANSLATE_NOOP("Validation", "Choose a date from {first} to {last}."),
        first=FIRST_DAY.isoformat(),
        last=LAST_DAY.isoformat(),
    )


def day(field: str, value: Any, *, optional: bool = False) -> date | None:
    """A calendar day (a ``date`` or "YYYY-MM-DD") from ``FIRST_DAY`` to ``LAST_DAY``."""
    if value is None and optional:
        return None
    raw = value
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value) if len(value) == 10 else None
        except ValueError:
            value = None
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "“{value}” is not a real date (write it as YYYY-MM-DD)."),
            value=raw,
        )
    if not FIRST_DAY <= value <= LAST_DAY:
        raise _out_of_range(field)
    return value


def timestamp(
    field: str, value: Any, *, optional: bool = False, stored_form_is_utc: bool = False
) -> datetime | None:
    """An aware instant, as UTC: a ``datetime`` with a zone, or ISO text with an offset
    ("2026-03-10T10:00:00+02:00" is 08:00 UTC). Text without an offset is refused, except
    the journal's own stored form when ``stored_form_is_utc`` (exports before format 2)."""
    if value is None and optional:
        return None
    raw = value
    if isinstance(value, str):
        try:
            value = utc_from_text(value, stored_form_is_utc=stored_form_is_utc)
        except ValueError:
            value = None
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Validation",
                "“{value}” is not a date and time with a time zone (for example 2026-03-10T10:00:00+01:00).",
            ),
            value=raw,
        )
    try:
        utc = value.astimezone(UTC)
    except OverflowError:
        raise _out_of_range(field) from None
    if not FIRST_DAY <= utc.date() <= LAST_DAY:
        raise _out_of_range(field)
    return utc


def aware(field: str, value: datetime) -> datetime:
    """``value`` when it has a time zone and lies in the journal's years; ``ValidationError`` otherwise."""
    timestamp(field, value)
    return value


_TIME = re.compile(r"\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?")


def wall_time(field: str, value: Any, *, optional: bool = False) -> time | None:
    """A wall-clock time of day (a naive ``time`` or "HH:MM[:SS]")."""
    if value is None and optional:
        return None
    raw = value
    if isinstance(value, str) and _TIME.fullmatch(value):
        try:
            value = time.fromisoformat(value)
        except ValueError:
            value = None
    if not isinstance(value, time) or value.tzinfo is not None:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "“{value}” is not a time of day (write it as HH:MM)."),
            value=raw,
        )
    return value


_BIRTHDAY = re.compile(r"^(\d{4}|--)-?(\d{2})-(\d{2})$")


def birthday(text: Any, field: str = "birthday") -> str:
    """Accept "YYYY-MM-DD", "--MM-DD" (no year) or "" and return the canonical form."""
    text = plain_text(field, text)
    if not text:
        return ""
    match = _BIRTHDAY.match(text)
    if not match:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "Write the birthday as YYYY-MM-DD, or --MM-DD without a year."),
        )
    year, month, day_of_month = match.groups()
    check_year = 2000 if year == "--" else int(year)  # 2000 is a leap year: 29 Feb is fine
    try:
        born = date(check_year, int(month), int(day_of_month))
    except ValueError as exc:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "{text} is not a real date."), text=text
        ) from exc
    if not FIRST_DAY <= born <= LAST_DAY:
        raise _out_of_range(field)
    if year != "--":
        check_birthday(born)  # never in the future, whichever way it comes in
    return f"{year}-{month}-{day_of_month}" if year != "--" else f"--{month}-{day_of_month}"


# --- money ------------------------------------------------------------------------------------


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


# --- entries -----------------------------------------------------------------------------------


def entry_values(kind: str, direction: str | None, value_type: str | None, deal_id: int | None) -> None:
    """What an entry of ``kind`` may carry: given/received value only on networking entries
    (both parts or neither), a deal only on sales entries."""
    if kind == "sales" and (direction or value_type):
        raise ValidationError(
            "value_direction",
            QT_TRANSLATE_NOOP("Validation", "Given/received value belongs to networking entries."),
        )
    choice("value_direction", direction, VALUE_DIRECTIONS, optional=True)
    choice("value_type", value_type, VALUE_TYPES, optional=True)
    if bool(direction) != bool(value_type):
        raise ValidationError(
            "value_type",
            QT_TRANSLATE_NOOP("Validation", "Say both what value moved and which way (gave or received)."),
        )
    if kind == "networking" and deal_id:
        raise ValidationError(
            "deal_id",
            QT_TRANSLATE_NOOP("Validation", "Only sales entries can be linked to a deal."),
        )


# --- contacts ----------------------------------------------------------------------------------


def labeled_values(field: str, items: Iterable[Any]) -> list[LabeledValue]:
    """Emails or phones as kept: trimmed, without repeats (case aside), exactly one primary."""
    result: list[LabeledValue] = []
    seen: set[str] = set()
    for item in items:
        value = item if isinstance(item, LabeledValue) else LabeledValue(plain_text(field, item))
        text = plain_text(field, value.value)
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            result.append(LabeledValue(text, plain_text(field, value.label), bool(value.is_primary)))
    primaries = [i for i, v in enumerate(result) if v.is_primary]
    if result and len(primaries) != 1:
        first = primaries[0] if primaries else 0
        result = [LabeledValue(v.value, v.label, i == first) for i, v in enumerate(result)]
    return result


def tag_names(items: Iterable[Any]) -> list[str]:
    """Tag names as kept: spaces collapsed, without repeats (case aside)."""
    names: list[str] = []
    seen: set[str] = set()
    for raw in items:
        name = " ".join(plain_text("tags", raw).split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def _contact_value(name: str, value: Any) -> Any:
    kind = contact_fields.kind(name)
    if name == "name":
        return required_text("name", value)
    if kind == contact_fields.TEXT or name == "organization":
        return plain_text(name, value)
    if kind == contact_fields.REFERENCE:  # introduced_by_id: whether that contact is live, the service checks
        return whole_number(name, value, low=1, high=2**63 - 1, optional=True)
    if kind == contact_fields.BIRTHDAY:
        return birthday(value, name)
    if kind == contact_fields.DATE:
        return day(name, value, optional=True)
    if kind == contact_fields.DAYS:
        return cadence_days(value, name)
    if kind == contact_fields.CHOICE:
        return choice(name, value, CADENCE_SCOPES)
    if kind == contact_fields.LABELED:
        return labeled_values(name, value or ())
    if kind == contact_fields.TAGS:
        return tag_names(value or ())
    raise TypeError(f"no rule for contact field {name!r} ({kind})")  # a new kind needs its rule here


def validate_contact_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Every value of a contact (names from ``contact_fields``) as the journal keeps it.

    Returns a new dict with the same keys: text trimmed, the name on one line, dates as
    ``date``, the birthday in its canonical form, emails/phones as ``LabeledValue`` lists
    with one primary, tags without repeats. Raises ``ValidationError`` naming the first
    field that cannot be kept, ``TypeError`` for a name that is not a contact field.
    """
    unknown = set(values) - contact_fields.NAMES
    if unknown:
        raise TypeError(f"unknown contact fields: {', '.join(sorted(unknown))}")
    return {name: _contact_value(name, value) for name, value in values.items()}
