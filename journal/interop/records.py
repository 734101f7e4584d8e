"""What every reader produces: one ``ContactRecord`` per person found in a file."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date

from journal.services.contacts import LabeledValue, validate_birthday
from journal.services.errors import ValidationError
from journal.services.text import clean, fold

# LinkedIn writes "15 Mar 2024" whatever the user's language: never use the locale here.
MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[ \-/.]([A-Za-z]{3,9})\.?[ \-/.,]+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_LINKEDIN = re.compile(r"^(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(in|pub|company)/([^/?#\s]+)", re.I)


@dataclass(slots=True, kw_only=True)
class ContactFields:
    """A person's portable details (``contact_fields.PORTABLE``, in that order), as files carry them."""

    name: str = ""
    given_name: str = ""
    family_name: str = ""
    organization: str = ""
    title: str = ""
    emails: list[LabeledValue] = field(default_factory=list)
    phones: list[LabeledValue] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    linkedin_url: str = ""
    website: str = ""
    location: str = ""
    birthday: str = ""
    how_met: str = ""
    met_on: date | None = None
    notes: str = ""
    cadence_days: int | None = None
    source_uid: str = ""


@dataclass(slots=True, kw_only=True)
class ContactRecord(ContactFields):
    """A person as a file describes them; ``where`` says where ("line 5", "card 2")."""

    where: str
    connected_on: date | None = None  # LinkedIn "Connected On": a first networking interaction
    sort_key: str = ""  # fold(name), computed once by finish()

    def finish(self) -> None:
        """Fill the name from its parts (or the email) and drop values we cannot store."""
        self.name = " ".join(clean(self.name).split())
        self.given_name = clean(self.given_name)
        self.family_name = clean(self.family_name)
        if not self.name:
            self.name = " ".join(f"{self.given_name} {self.family_name}".split())
        if not self.name and self.emails:
            self.name = self.emails[0].value
        self.sort_key = fold(self.name)
        self.birthday = normalize_birthday(self.birthday)
        if self.cadence_days is not None and not 1 <= self.cadence_days <= 3650:
            self.cadence_days = None
        self.tags = [" ".join(t.split()) for t in self.tags if t.strip()]


@functools.lru_cache(maxsize=4096)  # exports repeat the same few thousand dates
def parse_day(text: str) -> date | None:
    """A date as exports write it: ISO, "15 Mar 2024", "Mar 15, 2024". None if not a date."""
    text = clean(text)
    if not text:
        return None
    try:
        match = _ISO_DATE.match(text)
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
        match = _DAY_MONTH_YEAR.match(text)
        if match:
            month = MONTHS.get(match[2][:3].lower())
            if month:
                return date(int(match[3]), month, int(match[1]))
        match = _MONTH_DAY_YEAR.match(text)
        if match:
            month = MONTHS.get(match[1][:3].lower())
            if month:
                return date(int(match[3]), month, int(match[2]))
    except ValueError:
        return None
    return None


def normalize_birthday(text: str) -> str:
    """ "YYYY-MM-DD" or "--MM-DD" from what files write; "" when it is not a real date."""
    text = clean(text)
    if not text:
        return ""
    match = _NO_YEAR.match(text)
    if match:
        candidate = f"--{match[1]}-{match[2]}"
    else:
        day = parse_day(text)
        candidate = day.isoformat() if day else ""
        if day and day.year <= 1604:  # Apple and Outlook write "no year" as 1604 / 1601
            candidate = f"--{day.month:02d}-{day.day:02d}"
    if not candidate:
        return ""
    try:
        return validate_birthday(candidate)
    except ValidationError:
        return ""


def linkedin_key(url: str) -> str:
    """ "linkedin.com/in/slug" for matching, "" when it is not a LinkedIn profile URL."""
    match = _LINKEDIN.match(clean(url))
    return f"linkedin.com/{match[1].lower()}/{match[2].lower()}" if match else ""


def labeled(value: str, label: str = "", primary: bool = False) -> LabeledValue:
    """A ``LabeledValue`` as files give it: trimmed, label in lower case."""
    return LabeledValue(clean(value), clean(label).lower(), primary)
