"""The model's rules for one stored row, table by table: what a row must hold to be shown.

The services build rows through their own checks; whatever writes rows directly (the JSON
loader) or reads what is stored (``check``) asks here instead. The rules come from the
models — each column's type, whether it may be empty, its default — plus, from
``journal.services.validation`` (the same functions the services call), the allowed words,
ranges, required text, money, currencies, birthdays and what an entry may carry.

``check_row(table, row)`` returns the row as it would be stored (missing columns filled
with the model's default, instants written in the stored UTC form, the contact's sort
key recomputed) or raises ``RowError`` naming the column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import peewee

from journal.db import models
from journal.db.fields import MoneyField, UTCDateTimeField, format_utc
from journal.services import validation
from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError
from journal.services.text import fold

MAX_INTEGER = 2**63 - 1  # SQLite's INTEGER
MAX_COUNT = 10**9

Check = Callable[[Any], Any]


class RowError(Exception):
    """A row breaks a rule: ``column`` says where, ``error`` (a ``ValidationError``) what."""

    def __init__(self, table: str, column: str, error: ValidationError) -> None:
        self.table = table
        self.column = column
        self.error = error
        super().__init__(f"{table}.{column}: {error}")


@dataclass(frozen=True)
class Column:
    name: str
    check: Check  # the stored value -> the value as stored; ValidationError when it cannot be
    default: Callable[[], Any] | None  # for a column the row does not have; None: the row must have it
    timestamp: bool = False


_CHOICES: dict[tuple[str, str], tuple[tuple[str, ...], bool]] = {
    ("interaction", "kind"): (models.KINDS, False),
    ("interaction", "channel"): (models.CHANNELS, False),
    ("interaction", "value_direction"): (models.VALUE_DIRECTIONS, True),
    ("interaction", "value_type"): (models.VALUE_TYPES, True),
    ("deal", "stage"): (models.STAGES, False),
    ("deal_stage_change", "from_stage"): (models.STAGES, True),
    ("deal_stage_change", "to_stage"): (models.STAGES, False),
    ("follow_up", "kind"): (models.KINDS, False),
    ("follow_up", "status"): (models.FOLLOWUP_STATUSES, False),
    ("follow_up", "recurrence_unit"): (models.RECURRENCE_UNITS, True),
    ("objection", "category"): (models.OBJECTION_CATEGORIES, False),
    ("objection", "outcome"): (models.OBJECTION_OUTCOMES, False),
    ("introduction", "direction"): (models.INTRODUCTION_DIRECTIONS, False),
    ("introduction", "outcome"): (models.INTRODUCTION_OUTCOMES, False),
    ("contact", "cadence_scope"): (models.CADENCE_SCOPES, False),
    ("quota", "period"): (models.QUOTA_PERIODS, False),
}
_REQUIRED_TEXT = {
    ("contact", "name"),
    ("organization", "name"),
    ("tag", "name"),
    ("interaction", "summary"),
    ("deal", "title"),
    ("follow_up", "title"),
    ("meta", "key"),
}
_RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("deal", "probability"): (0, 100),
    ("contact", "cadence_days"): (1, validation.MAX_CADENCE_DAYS),
    ("tag", "cadence_days"): (1, validation.MAX_CADENCE_DAYS),
    ("follow_up", "recurrence_interval"): (1, 999),
    **{("contact", c): (0, MAX_COUNT) for c in ("networking_count", "sales_count", "open_deal_count")},
}
_CURRENCIES = {("deal", "currency"), ("quota", "currency")}
_BIRTHDAYS = {("contact", "birthday")}


def _label(field: str) -> str:
    return field.replace("_", " ")


def _text(field: str, max_length: int | None) -> Check:
    def check(value: Any) -> Any:
        validation.plain_text(field, value)  # refuses anything that is not text
        if max_length and len(value) > max_length:
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP("Validation", "The {name} is longer than {max} characters."),
                name=_label(field),
                max=max_length,
            )
        return value

    return check


def _required_text(field: str) -> Check:
    def check(value: Any) -> Any:
        validation.required_text(field, value)
        return value  # kept as written: the check is that there is something to show

    return check


def _integer(field: str, low: int, high: int) -> Check:
    return lambda value: validation.whole_number(field, value, low=low, high=high)


def _boolean(field: str) -> Check:
    def check(value: Any) -> int:
        if value in (0, 1) and not isinstance(value, Decimal | float):
            return int(value)
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "The {name} must be true or false."), name=_label(field)
        )

    return check


def _stored(validate: Callable[[Any], Any], as_text: Callable[[Any], str]) -> Check:
    """A check that validates a value and gives it back as the journal stores it."""
    return lambda value: as_text(validate(value))


def _timestamp(field: str, stored_form_is_utc: bool) -> Check:
    return _stored(
        lambda v: validation.timestamp(field, v, stored_form_is_utc=stored_form_is_utc), format_utc
    )


def _day(field: str) -> Check:
    return _stored(lambda v: validation.day(field, v), date.isoformat)


def _time(field: str) -> Check:
    return _stored(lambda v: validation.wall_time(field, v), time.isoformat)


def _money(field: str) -> Check:
    def check(value: Any) -> str:
        if isinstance(value, str):  # stored text: the exact machine form, never a grouped one
            value = validation.parse_money(value, field, locale=validation.NumberFormat(".", "\0"))
        return format(validation.parse_money(value, field), "f")

    return check


def _base_check(table: str, field: peewee.Field, stored_form_is_utc: bool) -> Check:
    name = field.column_name
    key = (table, name)
    if key in _CHOICES:
        allowed, _optional = _CHOICES[key]
        return lambda value: validation.choice(name, value, allowed)
    if key in _REQUIRED_TEXT:
        return _required_text(name)
    if key in _CURRENCIES:
        return lambda value: validation.currency_code(value, name)
    if key in _BIRTHDAYS:
        return lambda value: validation.birthday(value, name)
    if key in _RANGES:
        return _integer(name, *_RANGES[key])
    if isinstance(field, UTCDateTimeField):
        return _timestamp(name, stored_form_is_utc)
    if isinstance(field, MoneyField):
        return _money(name)
    if isinstance(field, peewee.DateField):
        return _day(name)
    if isinstance(field, peewee.TimeField):
        return _time(name)
    if isinstance(field, peewee.BooleanField):
        return _boolean(name)
    if isinstance(field, peewee.AutoField | peewee.ForeignKeyField):
        return _integer(name, 1, MAX_INTEGER)
    if isinstance(field, peewee.IntegerField):
        return _integer(name, -MAX_INTEGER, MAX_INTEGER)
    if isinstance(field, peewee.CharField):
        return _text(name, field.max_length)
    return _text(name, None)


def _missing(field: str) -> ValidationError:
    template = QT_TRANSLATE_NOOP("Validation", "The {name} is missing.")
    return ValidationError(field, template, name=_label(field))


def _nullable(check: Check) -> Check:
    return lambda value: None if value is None else check(value)


def _not_null(field: str, check: Check) -> Check:
    def checked(value: Any) -> Any:
        if value is None:
            raise _missing(field)
        return check(value)

    return checked


# Columns recomputed from others whatever the row says (so a row may leave them out).
_DERIVED = {("contact", "sort_key")}


def _default(table: str, field: peewee.Field) -> Callable[[], Any] | None:
    if isinstance(field, peewee.AutoField):
        return lambda: None  # SQLite gives the next id
    if (table, field.column_name) in _DERIVED:
        return lambda: ""
    if field.default is None:
        return (lambda: None) if field.null else None
    default = field.default
    producer: Callable[[], Any] = default if callable(default) else (lambda: default)

    def stored() -> Any:
        value = producer()
        if isinstance(value, datetime):
            return format_utc(value)
        if isinstance(value, bool):
            return int(value)
        return value

    return stored


def _models() -> Iterator[type[peewee.Model]]:
    seen: set[type[peewee.Model]] = set()
    stack: list[type[peewee.Model]] = [models.BaseModel]
    while stack:
        model = stack.pop()
        for sub in model.__subclasses__():
            if sub not in seen:
                seen.add(sub)
                stack.append(sub)
                yield sub


_TABLES: dict[tuple[str, bool], dict[str, Column]] = {}


def columns(table: str, *, stored_form_is_utc: bool = True) -> dict[str, Column]:
    """The rules of each column of ``table`` (empty for a table no model describes)."""
    key = (table, stored_form_is_utc)
    if key not in _TABLES:
        found: dict[str, Column] = {}
        for model in _models():
            if model._meta.table_name == table and model._meta.fields:
                for field in model._meta.sorted_fields:
                    check = _base_check(table, field, stored_form_is_utc)
                    optional = field.null or _CHOICES.get((table, field.column_name), ((), False))[1]
                    found[field.column_name] = Column(
                        field.column_name,
                        _nullable(check) if optional else _not_null(field.column_name, check),
                        _default(table, field),
                        isinstance(field, UTCDateTimeField),
                    )
        _TABLES[key] = found
    return _TABLES[key]


def timestamp_columns(table: str) -> list[str]:
    """The columns of ``table`` holding instants (stored as UTC text)."""
    return [c.name for c in columns(table).values() if c.timestamp]


def _row_rules(table: str, row: dict[str, Any]) -> None:
    """Rules between the columns of one row."""
    if table == "interaction":
        validation.entry_values(
            str(row.get("kind")), row.get("value_direction"), row.get("value_type"), row.get("deal_id")
        )
    elif table == "follow_up" and (row.get("recurrence_unit") is None) != (
        row.get("recurrence_interval") is None
    ):
        raise ValidationError(
            "recurrence_interval",
            QT_TRANSLATE_NOOP("Validation", "Say how often it repeats, or that it does not repeat."),
        )
    elif table == "contact":
        row["sort_key"] = fold(row["name"])  # derived from the name, never taken from elsewhere


def check_row(table: str, row: Mapping[str, Any], *, stored_form_is_utc: bool = True) -> dict[str, Any]:
    """``row`` as the journal stores it, or ``RowError`` for the first column that breaks a rule.

    Columns the row lacks get the model's default (a row from an older version); columns
    no model knows are kept as they are (the table's own constraints still apply).
    ``stored_form_is_utc``: text in the journal's stored form counts as UTC (the database
    itself, exports before format 2); otherwise an instant needs an explicit offset.
    """
    rules = columns(table, stored_form_is_utc=stored_form_is_utc)
    result = dict(row)
    for name, column in rules.items():
        try:
            if name not in result:
                if column.default is None:
                    raise _missing(name)
                result[name] = column.default()
                if result[name] is None:
                    if name == "id":
                        del result[name]
                    continue
            result[name] = column.check(result[name])
        except ValidationError as exc:
            raise RowError(table, name, exc) from exc
    if rules:
        try:
            _row_rules(table, result)
        except ValidationError as exc:
            raise RowError(table, exc.field, exc) from exc
    return result
