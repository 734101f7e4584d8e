"""A contact's values, as every dialog, importer and sync passes them: labelled values
(e-mails, phones, web addresses, dates...), tags, postal addresses, the photo, and every
field at once (``validate_contact_values``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from journal.db.models import CADENCE_SCOPES
from journal.services import contact_fields
from journal.services.contact_fields import LabeledValue
from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError
from journal.services.text import clean, email_key, fold, phone_key
from journal.services.validation.common import (
    birthday,
    cadence_days,
    choice,
    day,
    plain_text,
    required_text,
    whole_number,
)
from journal.services.values import ADDRESS_PARTS, Photo, PostalAddress

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


# The check every value of a labelled field passes (by field name; others: ``short_text``).
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


def labeled_values(field: str, items: Iterable[Any]) -> list[LabeledValue]:
    """Values of labelled field ``field`` as kept: each checked (``labeled_value``), repeats dropped,
    exactly one primary (``clean_labeled`` strict)."""
    for item in items if isinstance(items, (list, tuple)) else list(items):
        if not isinstance(item, (str, LabeledValue)):
            plain_text(field, item)  # a number, a list: "is not text"
    return clean_labeled(field, items)


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
    if kind == contact_fields.TEXT or name == "organization":  # line breaks as "\n" whatever the source wrote
        return plain_text(name, value).replace("\r\n", "\n").replace("\r", "\n")
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
    if kind == contact_fields.ADDRESSES:
        return postal_addresses(value or ())
    if kind == contact_fields.PICTURE:
        return picture(value)
    if kind == contact_fields.FLAG:
        if value not in (None, True, False, 0, 1):
            raise ValidationError(name, QT_TRANSLATE_NOOP("Validation", "Say yes or no."))
        return bool(value)
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


def value_key(field: str, value: str) -> str:
    """What two copies of one value of ``field`` share (e-mails by case, phones by digits)."""
    if field == "emails":
        return email_key(value)
    if field == "phones":
        return phone_key(value)
    return fold(value)


def value_label(label: str) -> str:
    """A value's label as it is stored: trimmed, its inner spaces folded to one."""
    return " ".join(label.split())


def labeled_key(field: str, label: str, text: str) -> str:
    """What two copies of one checked value of ``field`` share: a date is also its (stored) label's."""
    return (label.casefold() + "\x1f" if field == "dates" else "") + value_key(field, text)


def clean_labeled(
    field: str, items: Iterable[str | LabeledValue], *, strict: bool = True
) -> list[LabeledValue]:
    """Checked values of labelled ``field``, repeats dropped, one primary (the first unless marked).

    ``strict``: a bad value raises ``ValidationError``; otherwise it is left out (importers
    call ``validation.labeled_value`` themselves first, to report what they drop).
    """
    result: list[LabeledValue] = []
    seen: set[str] = set()
    for item in items:
        entry = item if isinstance(item, LabeledValue) else LabeledValue(str(item))
        if not clean(entry.value):
            continue
        try:
            text = labeled_value(field, entry.value)
        except ValidationError:
            if strict:
                raise
            continue
        label = value_label(clean(entry.label))
        key = labeled_key(field, label, text)
        if key in seen:
            continue
        seen.add(key)
        result.append(LabeledValue(text, label, entry.is_primary))
    primaries = [i for i, v in enumerate(result) if v.is_primary]
    if result and len(primaries) != 1:
        first = primaries[0] if primaries else 0
        result = [LabeledValue(v.value, v.label, i == first) for i, v in enumerate(result)]
    return result


def postal_addresses(items: Iterable[PostalAddress | dict[str, Any]]) -> list[PostalAddress]:
    """Addresses trimmed, empty and repeated ones dropped, one primary."""
    result: list[PostalAddress] = []
    seen: set[str] = set()
    for item in items:
        address = item if isinstance(item, PostalAddress) else PostalAddress(**item)
        parts = {
            n: "\n".join(" ".join(line.split()) for line in clean(getattr(address, n)).splitlines())
            for n in ADDRESS_PARTS
        }
        address = PostalAddress(
            label=" ".join(clean(address.label).split()), is_primary=address.is_primary, **parts
        )
        if address.is_empty() or address.key() in seen:
            continue
        for name in ADDRESS_PARTS:
            short_text(getattr(address, name).replace("\n", " "), "addresses")
        seen.add(address.key())
        result.append(address)
    primaries = [i for i, a in enumerate(result) if a.is_primary]
    if result and len(primaries) != 1:
        first = primaries[0] if primaries else 0
        result = [_address_with_primary(a, i == first) for i, a in enumerate(result)]
    return result


def _address_with_primary(address: PostalAddress, primary: bool) -> PostalAddress:
    return PostalAddress.of(address.label, address.parts(), primary)


def picture(photo: Photo | bytes | str | None) -> Photo | None:
    """A photo ready to store: image bytes are checked and downscaled, a web address checked."""
    from journal.services import photos

    if photo is None or photo == b"" or photo == "":
        return None
    if isinstance(photo, bytes):
        return photos.prepare(photo)
    if isinstance(photo, str):
        return photos.web_photo(web_address(photo, "photo"))
    if photo.data and (
        not 0 < max(photo.width, photo.height) <= photos.MAX_SIDE
        or not photo.mime
        or len(photo.data) > photos.MAX_STORED_BYTES
    ):
        return photos.prepare(photo.data, photo.url)
    if not photo.data and photo.url:
        return photos.web_photo(web_address(photo.url, "photo"))
    return photo if photo else None
