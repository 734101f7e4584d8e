"""Column types the journal needs beyond Peewee's: aware UTC datetimes and money."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import peewee

_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
# What format_utc writes: "2024-03-15 09:30:00.000000" (always 26 characters, UTC).
_STORED = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}")


def format_utc(value: datetime) -> str:
    """An aware datetime as stored: UTC text that sorts in time order."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: the journal stores aware datetimes only")
    try:
        return value.astimezone(UTC).strftime(_FORMAT)
    except OverflowError as exc:  # year 1 minus an offset, year 9999 plus one
        raise ValueError(f"{value!r} is outside the years a journal can hold") from exc


def parse_utc(text: str) -> datetime:
    # fromisoformat is ~20x faster than strptime; lists parse thousands of these
    """A stored UTC text back as an aware datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def is_stored_form(text: str) -> bool:
    """True when ``text`` is written the way the journal stores instants (UTC, no offset)."""
    return len(text) == 26 and _STORED.fullmatch(text) is not None


def utc_from_text(text: str, *, stored_form_is_utc: bool = True) -> datetime:
    """The aware UTC instant ``text`` names; ``ValueError`` when it names none.

    Text with an offset ("2026-03-10T10:00:00+02:00", "...Z") is converted to UTC. Text
    without one is refused — it does not say which moment it means — except the stored
    form (``format_utc``'s), which is UTC by definition, when ``stored_form_is_utc``.
    """
    if stored_form_is_utc and is_stored_form(text):
        return parse_utc(text)
    value = datetime.fromisoformat(text.strip())
    if value.tzinfo is None:
        raise ValueError(f"{text!r} has no time zone")
    try:
        return value.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError(f"{text!r} is outside the years a journal can hold") from exc


class _TextValueField(peewee.Field):
    """A field stored as TEXT whose model attribute is a plain Python value (for the type checker)."""

    field_type = "TEXT"

    if TYPE_CHECKING:  # values read and written through the model are plain Python objects

        def __get__(self, instance: Any, owner: Any) -> Any: ...

        def __set__(self, instance: Any, value: Any) -> None: ...


class UTCDateTimeField(_TextValueField):
    """An aware datetime stored as sortable UTC text ("2024-03-15 09:30:00.000000")."""

    def db_value(self, value: Any) -> Any:
        """What is stored for ``value``: an aware datetime, or text naming an instant
        (``utc_from_text``); ``ValueError`` for anything else, so nothing unreadable is stored."""
        if value is None:
            return None
        if isinstance(value, str):
            return format_utc(utc_from_text(value))
        if not isinstance(value, datetime):
            raise ValueError(f"not a date and time: {value!r}")
        return format_utc(value)

    def python_value(self, value: Any) -> Any:
        """The aware datetime for a stored value."""
        if value is None or isinstance(value, datetime):
            return value
        return parse_utc(value)


class MoneyField(_TextValueField):
    """A Decimal stored as exact text: SQLite's NUMERIC would turn it into a float."""

    def db_value(self, value: Any) -> Any:
        """The exact text of an amount; ``ValueError`` for anything that is not one."""
        if value is None:
            return None
        try:
            amount = Decimal(value)
        except (InvalidOperation, TypeError, ValueError) as exc:
            raise ValueError(f"not an amount of money: {value!r}") from exc
        if not amount.is_finite():
            raise ValueError(f"not an amount of money: {value!r}")
        return format(amount, "f")

    def python_value(self, value: Any) -> Any:
        """The stored amount as a Decimal."""
        if value is None:
            return None
        return Decimal(value)
