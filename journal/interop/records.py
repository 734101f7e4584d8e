"""What every reader produces: one ``ContactRecord`` per person (or organization, or group) in a file.

Readers fill a record with what the file says; ``finish`` then cleans it with the
services' own checks (the same the dialogs use): a value that is not an e-mail
address is not kept as one, a damaged photo is not kept, and each such change is
noted on the record (``dropped``, ``notices``) for the preview and the dry run.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import compress
from operator import attrgetter
from typing import Any

from journal.interop.dates import parse_day
from journal.services import contact_values, validation
from journal.services.contacts import validate_birthday
from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError
from journal.services.text import clean, fold
from journal.services.values import LabeledValue, Photo, PostalAddress

__all__ = ["ContactFields", "ContactRecord", "labeled", "linkedin_key", "normalize_birthday", "parse_day"]

PERSON, ORGANIZATION, GROUP, DAMAGED = "person", "organization", "group", "damaged"
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_LINKEDIN = re.compile(r"^(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(in|pub|company)/([^/?#\s]+)", re.I)
# Typical mojibake: UTF-8 read as Windows-1252 / Latin-1, or a replacement character.
MOJIBAKE = re.compile(
    r"[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€|\ufffd"
)

# What ``finish`` may say about a record (English; translated in the UI, context "Import").
NOTICES = {
    "photo-downscaled": QT_TRANSLATE_NOOP("Import", "photo downscaled"),
    "photo-damaged": QT_TRANSLATE_NOOP("Import", "damaged photo not kept"),
    "mojibake-fixed": QT_TRANSLATE_NOOP("Import", "garbled accents repaired"),
    "mojibake": QT_TRANSLATE_NOOP("Import", "text that looks garbled (check the accents)"),
    "not-email": QT_TRANSLATE_NOOP("Import", "a value that is not an e-mail address not kept as one"),
    "bad-value": QT_TRANSLATE_NOOP("Import", "a value that is not valid not kept"),
    "bad-date": QT_TRANSLATE_NOOP("Import", "a date that is not a real date not kept"),
    "date-order": QT_TRANSLATE_NOOP(
        "Import", "a date left out: the file cannot tell day/month from month/day"
    ),
    "system-group": QT_TRANSLATE_NOOP("Import", "a system group (My Contacts, starred) not kept as a tag"),
}


_CHECKED_LISTS = (*contact_values.VALUE_KINDS, "emails", "phones")
_STRIPPED = (
    "given_name",
    "family_name",
    "middle_name",
    "name_prefix",
    "name_suffix",
    "organization",
    "title",
    "role",
    "phonetic_given_name",
    "phonetic_family_name",
)
_STRIPPED_VALUES = attrgetter(*_STRIPPED)
_CHECKED_VALUES = attrgetter(*_CHECKED_LISTS)
_REPAIRED = ("name", "given_name", "family_name", "organization", "title", "notes")
_REPAIRED_VALUES = attrgetter(*_REPAIRED)


#: The empty value of the list fields files rarely fill: one shared empty tuple instead of a list per
#: record (100,000 rows x 12 empty lists was 70 MB). Readers add with ``add`` / ``add_all``.
NONE: Any = ()


@dataclass(slots=True, kw_only=True)
class ContactFields:
    """A person's portable details (``contact_fields.PORTABLE``, in that order), as files carry them.

    The list fields are read-only until added to with ``add`` or ``add_all`` (or replaced whole)."""

    name: str = ""
    name_prefix: str = ""
    given_name: str = ""
    middle_name: str = ""
    family_name: str = ""
    name_suffix: str = ""
    nicknames: list[LabeledValue] = field(default=NONE)
    phonetic_given_name: str = ""
    phonetic_family_name: str = ""
    alt_names: list[LabeledValue] = field(default=NONE)
    organization: str = ""
    units: list[LabeledValue] = field(default=NONE)
    title: str = ""
    role: str = ""
    alt_organizations: list[LabeledValue] = field(default=NONE)
    alt_titles: list[LabeledValue] = field(default=NONE)
    emails: list[LabeledValue] = field(default_factory=list)
    phones: list[LabeledValue] = field(default_factory=list)
    addresses: list[PostalAddress] = field(default=NONE)
    tags: list[str] = field(default_factory=list)
    linkedin_url: str = ""
    website: str = ""
    urls: list[LabeledValue] = field(default=NONE)
    im: list[LabeledValue] = field(default=NONE)
    social: list[LabeledValue] = field(default=NONE)
    birthday: str = ""
    dates: list[LabeledValue] = field(default=NONE)
    related: list[LabeledValue] = field(default=NONE)
    location: str = ""
    how_met: str = ""
    met_on: date | None = None
    notes: str = ""
    custom_fields: list[LabeledValue] = field(default=NONE)
    photo: Photo | None = None
    starred: bool = False
    cadence_days: int | None = None
    source_uid: str = ""

    def add(self, name: str, value: Any) -> None:
        """Append ``value`` to list field ``name`` (made a list of its own on the first value)."""
        current = getattr(self, name)
        if current is NONE:
            setattr(self, name, [value])
        else:
            current.append(value)

    def add_all(self, name: str, values: Iterable[Any]) -> None:
        """Append ``values`` to list field ``name``."""
        for value in values:
            self.add(name, value)


@dataclass(slots=True, kw_only=True)
class ContactRecord(ContactFields):
    """A person (or an organization, or a group) as a file describes it; ``where`` says where."""

    where: str
    kind: str = PERSON
    connected_on: date | None = None  # LinkedIn "Connected On": a first networking interaction
    sort_key: str = ""  # fold(name), computed once by finish()
    members: list[str] = field(default_factory=list)  # a group's members: UIDs, e-mail addresses or names
    dropped: list[str] = field(default_factory=list)  # properties / columns the journal does not keep
    notices: list[str] = field(default_factory=list)  # keys of NOTICES: what was changed on the way in
    raw_dates: dict[str, str] = field(default_factory=dict)  # field -> text waiting for the day/month order
    problem: tuple[str, dict[str, Any]] | None = None  # a damaged card: why it cannot be read
    line: int = 0  # where the card or row starts
    fingerprint: bytes = b""  # a digest of the card or row as the file holds it (what a re-import recognizes)

    def note(self, key: str) -> None:
        """Say ``key`` (of ``NOTICES``) about this record."""
        self.notices.append(key)

    def finish(self) -> None:
        """Check every value with the services' checks, fill the name from its parts, note changes."""
        self.name = " ".join(clean(self.name).split())  # as the contact service keeps a name
        values = _STRIPPED_VALUES(self)
        stripped = tuple(map(str.strip, values))
        if stripped != values:  # seldom: readers trim what they read
            for name, value, text in zip(_STRIPPED, values, stripped, strict=True):
                if text != value:
                    setattr(self, name, text)
        if not self.name:  # the given, middle and family names, spaces collapsed
            self.name = " ".join(f"{self.given_name} {self.middle_name} {self.family_name}".split())
        self._repair_text()
        self.sort_key = fold(self.name)
        self._clean_values()
        self.birthday = normalize_birthday(self.birthday, self) if self.birthday else ""  # "": nothing to say
        self._check_days()
        if self.tags:
            self.tags = list(dict.fromkeys(" ".join(t.split()) for t in self.tags if t.strip()))
        if self.notes:
            self.notes = clean(self.notes.replace("\r\n", "\n").replace("\r", "\n"))

    def _check_days(self) -> None:
        """The days and the cadence by the dialogs' rules (``validation``); one that fails is left out."""
        for name in ("met_on", "connected_on"):
            value = getattr(self, name)
            if value is not None:
                try:
                    validation.day(name, value)
                except ValidationError:
                    setattr(self, name, None)
                    self.note("bad-date")
        if self.cadence_days is not None:
            try:
                validation.cadence_days(self.cadence_days)
            except ValidationError:
                self.cadence_days = None
                self.note("bad-value")

    def _repair_text(self) -> None:
        texts = _REPAIRED_VALUES(self)
        if not MOJIBAKE.search("\x00".join(texts)):  # one search for all (no match spans the NUL)
            return
        for name, text in zip(_REPAIRED, texts, strict=True):
            if text and MOJIBAKE.search(text):
                fixed = repair_mojibake(text)
                if fixed != text:
                    setattr(self, name, fixed)
                    self.note("mojibake-fixed")
                else:
                    self.note("mojibake")

    def _clean_values(self) -> None:
        lists = _CHECKED_VALUES(self)
        if any(lists):
            for name, items in compress(zip(_CHECKED_LISTS, lists, strict=True), lists):
                setattr(self, name, self._checked(name, items))
        if self.addresses:
            self.addresses = contact_values.clean_addresses(self.addresses)
        if self.website:
            try:
                self.website = validation.web_address(self.website, "website")
            except ValidationError:
                self.note("bad-value")
                self.website = ""
        if self.photo is not None:
            self._clean_photo(self.photo)

    def _checked(self, name: str, items: list[LabeledValue]) -> list[LabeledValue]:
        """The values the service's check accepts (the others noted), repeats dropped, one primary."""
        kept: list[tuple[str, str, bool]] = []
        seen: set[str] = set()
        for item in items:
            if not item.value or item.value.isspace():
                continue
            try:
                text = validation.labeled_value(name, item.value)
            except ValidationError:
                self.note("not-email" if name == "emails" else "bad-date" if name == "dates" else "bad-value")
                continue
            label = validation.value_label(item.label) if item.label else ""
            key = validation.labeled_key(name, label, text)
            if key not in seen:
                seen.add(key)
                kept.append((text, label, item.is_primary))
        if len(kept) == 1:  # most often: one value, the primary
            return [LabeledValue(kept[0][0], kept[0][1], True)]
        first = next((i for i, v in enumerate(kept) if v[2]), 0)
        return [LabeledValue(text, label, i == first) for i, (text, label, _primary) in enumerate(kept)]

    def _clean_photo(self, photo: Photo) -> None:
        try:
            cleaned = contact_values.clean_photo(photo)
        except ValidationError:
            self.note("photo-damaged")
            self.dropped.append("PHOTO (damaged, not kept)")
            try:
                cleaned = contact_values.clean_photo(photo.url) if photo.url else None
            except ValidationError:
                cleaned = None
        if (
            cleaned is not None
            and cleaned.data
            and photo.data
            and len(cleaned.data) < len(photo.data)
            and max(cleaned.width, cleaned.height) < max(photo.width or 10**6, photo.height or 10**6)
        ):
            self.note("photo-downscaled")
        self.photo = cleaned


def repair_mojibake(text: str) -> str:
    """UTF-8 that was read as Windows-1252 (or Latin-1) read back as UTF-8; unchanged if it was not."""
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if not MOJIBAKE.search(fixed):
            return fixed
    return text


def normalize_birthday(text: str, record: ContactRecord | None = None) -> str:
    """ "YYYY-MM-DD" or "--MM-DD" from what files write; "" when it is not a real date."""
    text = clean(text)
    if not text:
        return ""
    match = _NO_YEAR.match(text)
    if match:
        candidate = f"--{match[1]}-{match[2]}"
    elif re.fullmatch(r"--\d{4}", text):
        candidate = f"--{text[2:4]}-{text[4:6]}"
    else:
        day = parse_day(text)
        candidate = day.isoformat() if day else ""
        if day and day.year <= 1604:  # Apple and Outlook write "no year" as 1604 / 1601
            candidate = f"--{day.month:02d}-{day.day:02d}"
    try:
        if candidate:
            return validate_birthday(candidate)
    except ValidationError:
        pass
    if record is not None:
        record.note("bad-date")
    return ""


def linkedin_key(url: str) -> str:
    """ "linkedin.com/in/slug" for matching (percent-decoded, lower case), "" when not a profile URL."""
    match = _LINKEDIN.match(clean(url))
    if not match:
        return ""
    slug = match[2]
    if "%" in slug:
        slug = urllib.parse.unquote(slug).rstrip("/")
    return f"linkedin.com/{match[1].lower()}/{slug.casefold()}"


def labeled(value: str, label: str = "", primary: bool = False) -> LabeledValue:
    """A ``LabeledValue`` as files give it: trimmed, label in lower case."""
    return LabeledValue(clean(value), clean(label).lower(), primary)
