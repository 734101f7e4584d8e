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

# Kinds of value.
TEXT = "text"  # one piece of text, "" when empty
BIRTHDAY = "birthday"  # text: "YYYY-MM-DD", or "--MM-DD" without a year
DATE = "date"  # a calendar day (``date``), None when unknown
DAYS = "days"  # a whole number of days, None when unset
CHOICE = "choice"  # one of a fixed set of words
LABELED = "labeled"  # several values, each with a label and one primary (emails, phones)
TAGS = "tags"  # several tag names
REFERENCE = "reference"  # another record: an organization (by name) or a contact (by id)


@dataclass(frozen=True)
class LabeledValue:
    """One email or phone: the value, its label ("work", "mobile"...) and whether it is the primary one."""

    value: str
    label: str = ""
    is_primary: bool = False


@dataclass(frozen=True)
class ContactField:
    name: str
    kind: str
    portable: bool = True  # False: a journal setting that exchange formats do not carry (JSON keeps all)


FIELDS: tuple[ContactField, ...] = (
    ContactField("name", TEXT),
    ContactField("given_name", TEXT),
    ContactField("family_name", TEXT),
    ContactField("organization", REFERENCE),
    ContactField("title", TEXT),
    ContactField("emails", LABELED),
    ContactField("phones", LABELED),
    ContactField("tags", TAGS),
    ContactField("linkedin_url", TEXT),
    ContactField("website", TEXT),
    ContactField("location", TEXT),
    ContactField("birthday", BIRTHDAY),
    ContactField("how_met", TEXT),
    ContactField("met_on", DATE),
    ContactField("notes", TEXT),
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
#: The portable fields holding one value (not lists): what a merge chooses between.
SINGLE: tuple[str, ...] = tuple(f.name for f in FIELDS if f.portable and f.kind not in (LABELED, TAGS))
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
    return value


def as_text(name: str, value: Any, separator: str) -> str:
    """Field ``name``'s value as one piece of text (lists joined by ``separator``), "" when empty."""
    field_kind = kind(name)
    if field_kind == LABELED:
        return separator.join(item.value for item in value)
    if field_kind == TAGS:
        return separator.join(value)
    if field_kind == DATE:
        return value.isoformat() if value else ""
    return str(value or "")
