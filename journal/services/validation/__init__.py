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

The rules live in ``common`` (text, choices, numbers, dates and times, entries), ``money``
and ``contacts`` (a contact's values); import them from here: ``validation.day(...)``.
"""

from __future__ import annotations

from journal.services.validation.common import (
    FIELD_NAMES,
    FIRST_DAY,
    LAST_DAY,
    MAX_CADENCE_DAYS,
    ONE_LINE,
    aware,
    birthday,
    cadence_days,
    choice,
    day,
    entry_values,
    known_fields,
    plain_text,
    required_fields,
    required_text,
    timestamp,
    wall_time,
    whole_number,
)
from journal.services.validation.contacts import (
    MAX_VALUE_CHARS,
    VALUE_CHECKS,
    clean_labeled,
    email_address,
    labeled_key,
    labeled_value,
    labeled_values,
    partial_date,
    phone_number,
    picture,
    postal_addresses,
    short_text,
    tag_names,
    validate_contact_values,
    value_key,
    value_label,
    web_address,
)
from journal.services.validation.money import (
    MAX_AMOUNT,
    NUMBER_FORMATS,
    NumberFormat,
    currency_code,
    number_format,
    parse_money,
)

__all__ = [
    "FIELD_NAMES",
    "FIRST_DAY",
    "LAST_DAY",
    "MAX_AMOUNT",
    "MAX_CADENCE_DAYS",
    "MAX_VALUE_CHARS",
    "NUMBER_FORMATS",
    "ONE_LINE",
    "VALUE_CHECKS",
    "NumberFormat",
    "aware",
    "birthday",
    "cadence_days",
    "choice",
    "clean_labeled",
    "currency_code",
    "day",
    "email_address",
    "entry_values",
    "known_fields",
    "labeled_key",
    "labeled_value",
    "labeled_values",
    "number_format",
    "parse_money",
    "partial_date",
    "phone_number",
    "picture",
    "plain_text",
    "postal_addresses",
    "required_fields",
    "required_text",
    "short_text",
    "tag_names",
    "timestamp",
    "validate_contact_values",
    "value_key",
    "value_label",
    "wall_time",
    "web_address",
    "whole_number",
]
