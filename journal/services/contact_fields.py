"""The fields of a contact, declared once: their names, in order, and what kind of value each holds.

``create_contact``/``update_contact`` accept exactly these names; the merge
dialog offers the single-valued ones; every file format reads and writes the
portable ones (``PORTABLE``) and says in its module which of them it drops.
Add a field here (and to ``db.models.Contact`` with a migration), and the
tests name every place that does not handle it yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from journal.services.values import LabeledValue as LabeledValue  # main's code imports it from here

# Kinds of value.
TEXT = "text"  # one piece of text, "" when empty
BIRTHDAY = "birthday"  # text: "YYYY-MM-DD", or "--MM-DD" without a year
DATE = "date"  # a calendar day (``date``), None when unknown
DAYS = "days"  # a whole number of days, None when unset
CHOICE = "choice"  # one of a fixed set of words
LABELED = "labeled"  # several values (``LabeledValue``), each with a label, one primary
TAGS = "tags"  # several tag names
REFERENCE = "reference"  # another record: an organization (by name) or a contact (by id)
ADDRESSES = "addresses"  # several postal addresses (``PostalAddress``), structured and labelled
PICTURE = "picture"  # a photo (``Photo``: the downscaled image and/or its web address), None when none
FLAG = "flag"  # yes or no

# Where a field is kept (besides a column of ``contact``).
COLUMN = "column"
VALUES = "contact_value"  # one row per value, ``kind`` = the field's name


@dataclass(frozen=True)
class ContactField:
    name: str
    kind: str
    portable: bool = True  # False: a journal setting that exchange formats do not carry (JSON keeps all)
    table: str = COLUMN  # where the values are stored


FIELDS: tuple[ContactField, ...] = (
    ContactField("name", TEXT),
    ContactField("name_prefix", TEXT),  # "Dr.", "Mme"
    ContactField("given_name", TEXT),
    ContactField("middle_name", TEXT),
    ContactField("family_name", TEXT),
    ContactField("name_suffix", TEXT),  # "Jr.", "PhD"
    ContactField("nicknames", LABELED, table=VALUES),
    ContactField("phonetic_given_name", TEXT),  # how the name is read (Japanese kana...)
    ContactField("phonetic_family_name", TEXT),
    ContactField("alt_names", LABELED, table=VALUES),  # the name in other languages (label: language)
    ContactField("organization", REFERENCE),
    ContactField("units", LABELED, table=VALUES),  # department, sub-department (in order)
    ContactField("title", TEXT),
    ContactField("role", TEXT),
    ContactField("alt_organizations", LABELED, table=VALUES),
    ContactField("alt_titles", LABELED, table=VALUES),
    ContactField("emails", LABELED, table="contact_email"),
    ContactField("phones", LABELED, table="contact_phone"),
    ContactField("addresses", ADDRESSES, table="address"),
    ContactField("tags", TAGS, table="contact_tag"),
    ContactField("linkedin_url", TEXT),
    ContactField("website", TEXT),  # the main web site
    ContactField("urls", LABELED, table=VALUES),  # further web sites, each with its label
    ContactField("im", LABELED, table=VALUES),  # instant messaging: value = handle, label = service
    ContactField("social", LABELED, table=VALUES),  # social profiles: value = URL, label = service
    ContactField("birthday", BIRTHDAY),
    ContactField("dates", LABELED, table=VALUES),  # anniversary and other days: value "YYYY-MM-DD"/"--MM-DD"
    ContactField("related", LABELED, table=VALUES),  # related people: value = name, label = relation
    ContactField("location", TEXT),
    ContactField("how_met", TEXT),
    ContactField("met_on", DATE),
    ContactField("notes", TEXT),
    ContactField("custom_fields", LABELED, table=VALUES),  # other programs' own fields: label = field name
    ContactField("photo", PICTURE, table="picture"),
    ContactField("starred", FLAG),
    ContactField("cadence_days", DAYS),
    ContactField("source_uid", TEXT),  # the contact's id in the program it was imported from
    ContactField("cadence_scope", CHOICE, portable=False),
    ContactField("reconnect_snoozed_until", DATE, portable=False),
    ContactField("introduced_by_id", REFERENCE, portable=False),
)
BY_NAME: dict[str, ContactField] = {f.name: f for f in FIELDS}
NAMES: frozenset[str] = frozenset(BY_NAME)
#: What a person's card carries from one program to another, in display order.
PORTABLE: tuple[str, ...] = tuple(f.name for f in FIELDS if f.portable)
#: Kinds that hold several values.
LISTS = (LABELED, TAGS, ADDRESSES)
#: The portable fields holding one value (not lists): what a merge chooses between.
SINGLE: tuple[str, ...] = tuple(f.name for f in FIELDS if f.portable and f.kind not in LISTS)
#: The single-valued fields kept in a column of ``contact`` (SQL reads them with ``sql_column``).
COLUMNS: tuple[str, ...] = tuple(n for n in SINGLE if BY_NAME[n].kind != PICTURE)
#: The labelled multi-value fields kept one row per value in ``contact_value``.
VALUE_KINDS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.table == VALUES)
#: Plain text stored as it is typed (after trimming): no check beyond cleaning.
PLAIN_TEXT: tuple[str, ...] = tuple(f.name for f in FIELDS if f.kind == TEXT and f.name != "name")


def kind(name: str) -> str:
    """The kind of value field ``name`` holds (KeyError for an unknown field)."""
    return BY_NAME[name].kind


def sql_column(name: str, contact: str = "c", organization: str = "o") -> str:
    """How to read single-valued field ``name`` from ``contact c LEFT JOIN organization o``."""
    if name == "organization":
        return f"coalesce({organization}.name, '')"
    return f"{contact}.{name}"


def from_sql(name: str, value: Any) -> Any:
    """The Python value of field ``name`` as ``sql_column`` reads it (dates come back as text)."""
    if kind(name) == DATE:
        return date.fromisoformat(value) if value else None
    if kind(name) == FLAG:
        return bool(value)
    return value


def as_text(name: str, value: Any, separator: str) -> str:
    """Field ``name``'s value as one piece of text (lists joined by ``separator``), "" when empty."""
    field_kind = kind(name)
    if field_kind == LABELED:
        return separator.join(item.value for item in value)
    if field_kind == TAGS:
        return separator.join(value)
    if field_kind == ADDRESSES:
        return separator.join(item.one_line() for item in value)
    if field_kind == DATE:
        return value.isoformat() if value else ""
    if field_kind == PICTURE:
        return value.url if value is not None else ""
    if field_kind == FLAG:
        return "yes" if value else ""
    return str(value or "")
