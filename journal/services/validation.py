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
from journal.services.text import clean, email_key, fold, phone_key
from journal.services.values import ADDRESS_PARTS, Photo, PostalAddress

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


# contact values (issue 13): what every dialog, importer and sync passes through ----------------

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


#: The check every value of a labelled field passes (by field name; others: ``short_text``).
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
        key = (clean(entry.label).casefold() + "\x1f" if field == "dates" else "") + value_key(field, text)
        if key in seen:
            continue
        seen.add(key)
        result.append(LabeledValue(text, " ".join(clean(entry.label).split()), entry.is_primary))
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
