"""The basic rules: choices, text, whole numbers, calendar days, instants, times of day,
birthdays, and what a networking or a sales entry may carry."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from journal.db.fields import utc_from_text
from journal.db.models import VALUE_DIRECTIONS, VALUE_TYPES
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
    QT_TRANSLATE_NOOP("Validation", "nicknames"),
    QT_TRANSLATE_NOOP("Validation", "im"),
    QT_TRANSLATE_NOOP("Validation", "related"),
    QT_TRANSLATE_NOOP("Validation", "units"),
    QT_TRANSLATE_NOOP("Validation", "custom fields"),
    QT_TRANSLATE_NOOP("Validation", "alt names"),
    QT_TRANSLATE_NOOP("Validation", "alt titles"),
    QT_TRANSLATE_NOOP("Validation", "alt organizations"),
)

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)
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


def required_fields(values: Mapping[str, Any], names: Iterable[str]) -> None:
    """``ValidationError`` for the first of ``names`` that ``values`` leaves out (a caller that
    builds the fields itself: an importer, a script), instead of a ``KeyError`` further on."""
    for name in names:
        if name not in values:
            raise ValidationError(name, QT_TRANSLATE_NOOP("Validation", "The {name} is missing."), name=name)


def known_fields(record: str, values: Mapping[str, Any], allowed: Iterable[str]) -> None:
    """``TypeError`` (a caller's mistake, not the user's) when ``values`` names a field not in ``allowed``."""
    unknown = set(values) - set(allowed)
    if unknown:
        raise TypeError(f"unknown {record} fields: {', '.join(sorted(unknown))}")
