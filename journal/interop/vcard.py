"""vCard 2.1, 3.0 and 4.0 in; vCard 3.0 out.

A small tolerant reader of our own rather than vobject: vobject 0.9.9 fails on
the quoted-printable UTF-8 that Android writes, and a reader that only ever
raises ``ImportFileError`` is easier to trust with any file a user drops on us.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from journal.interop.errors import QT_TRANSLATE_NOOP, ImportFileError
from journal.interop.records import (
    ContactFields,
    ContactRecord,
    labeled,
    linkedin_key,
    normalize_birthday,
    parse_day,
)
from journal.services.contacts import LabeledValue

MAX_VALUE_CHARS = 1024 * 1024  # a property longer than this is damage, not a contact
_IGNORED_BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}
_NEWLINES = re.compile(r"\r\n|\r|\n")
_TYPE_NOISE = {"internet", "pref", "voice", "x400", "msg", "x-internet"}
X_HOW_MET = "X-NETWORKING-JOURNAL-HOW-MET"
X_MET_ON = "X-NETWORKING-JOURNAL-MET-ON"
X_CADENCE = "X-NETWORKING-JOURNAL-CADENCE-DAYS"
PRODID = "-//Networking Journal//Networking Journal//EN"
#: Portable contact fields a written card does not carry: UID holds the journal's own
#: uuid (what a re-import matches on), not the id the contact had in another program.
DROPPED = frozenset({"source_uid"})


@dataclass(slots=True)
class Property:
    name: str
    params: dict[str, list[str]] = field(default_factory=dict)
    value: str = ""
    line: int = 0

    def types(self) -> list[str]:
        """The TYPE parameters, lower case, split at commas."""
        found: list[str] = []
        for item in self.params.get("TYPE", []):
            found.extend(t.strip().lower() for t in item.split(",") if t.strip())
        return found

    def is_pref(self) -> bool:
        """True when the property is marked preferred (TYPE=PREF or PREF=...)."""
        return "pref" in self.types() or bool(self.params.get("PREF"))

    def label(self) -> str:
        """The first TYPE that says something ("work", "cell"), "" if none."""
        for item in self.types():
            if item not in _TYPE_NOISE:
                return item
        return ""


# reading ---------------------------------------------------------------------


def _split_outside_quotes(text: str, sep: str, limit: int = -1) -> list[str]:
    parts: list[str] = []
    quoted = False
    start = 0
    for index, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            parts.append(text[start:index])
            start = index + 1
            if limit > 0 and len(parts) == limit:
                break
    parts.append(text[start:])
    return parts


def _parse_params(items: list[str]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for item in items:
        if not item:
            continue
        if "=" in item:
            key, value = item.split("=", 1)
            key = key.strip().upper()
        else:  # vCard 2.1 bare parameter: TEL;CELL;QUOTED-PRINTABLE
            key, value = "", item
            upper = item.strip().upper()
            if upper in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
                key = "ENCODING"
            else:
                key = "TYPE"
        params.setdefault(key, []).append(value.strip().strip('"'))
    return params


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded lines with the number of their first physical line.

    Quoted-printable values continue after a trailing "=" (soft line break),
    keeping the next line's leading space; other lines unfold RFC 6350 style.
    """
    current: str | None = None
    start = 0
    qp = False
    for number, line in enumerate(_NEWLINES.split(text), start=1):
        if current is not None:
            if qp and current.endswith("="):
                current = current[:-1] + line
                continue
            if line[:1] in (" ", "\t"):
                current += line[1:]
                continue
            yield start, current
        current, start = line, number
        head = line.split(":", 1)[0].upper()
        qp = "QUOTED-PRINTABLE" in head
    if current is not None:
        yield start, current


def _parse_line(number: int, line: str, where: str) -> Property | None:
    if not line.strip():
        return None
    head_value = _split_outside_quotes(line, ":", limit=1)
    if len(head_value) < 2:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "line {line} is not a vCard property (no colon). The file may be damaged."
            ),
            where=where,
            line=number,
        )
    head, value = head_value
    pieces = _split_outside_quotes(head, ";")
    name = pieces[0].strip().upper().rsplit(".", 1)[-1]  # drop the group: item1.URL -> URL
    return Property(name, _parse_params(pieces[1:]), value, number)


def _decode_value(prop: Property) -> str:
    encoding = (prop.params.get("ENCODING") or [""])[0].upper()
    charset = (prop.params.get("CHARSET") or ["utf-8"])[0]
    raw: bytes | None = None
    if encoding == "QUOTED-PRINTABLE":
        raw = quopri.decodestring(prop.value.encode("utf-8"))
    elif encoding in ("BASE64", "B"):
        try:
            raw = base64.b64decode(prop.value, validate=False)
        except (binascii.Error, ValueError):
            return ""
    if raw is None:
        return prop.value
    for codec in (charset, "utf-8"):
        try:
            return raw.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("cp1252", errors="replace")


def unescape(text: str) -> str:
    """A vCard value with its backslash escapes resolved."""
    out: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            out.append("\n" if nxt in ("n", "N") else nxt)
        else:
            out.append(ch)
    return "".join(out)


def split_escaped(text: str, sep: str) -> list[str]:
    """Split a vCard value at unescaped ``sep`` characters (escapes kept for ``unescape``)."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            current.append(ch + next(chars, ""))
        elif ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def components(text: str) -> list[str]:
    """The parts of a structured value (N, ADR, ORG), each unescaped."""
    return [unescape(p) for p in split_escaped(text, ";")]


def _birthday(value: str) -> str:
    value = value.strip()
    if re.fullmatch(r"--\d{4}", value):  # vCard 4: --MMDD
        value = f"--{value[2:4]}-{value[4:6]}"
    return normalize_birthday(value)


def _card_record(props: list[Property], where: str) -> ContactRecord:
    record = ContactRecord(where=where)
    notes: list[str] = []
    websites: list[str] = []
    for prop in props:
        name = prop.name
        if name in _IGNORED_BINARY or name in ("BEGIN", "END", "VERSION"):
            continue
        if len(prop.value) > MAX_VALUE_CHARS:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "the {property} on line {line} is longer than 1 MB, which no contact has. "
                    "The file is probably damaged; export it again.",
                ),
                where=where,
                property=name,
                line=prop.line,
            )
        value = _decode_value(prop)
        if name == "FN":
            record.name = unescape(value)
        elif name == "N":
            parts = [*components(value), "", ""]
            record.family_name, record.given_name = parts[0], parts[1]
        elif name == "ORG":
            record.organization = components(value)[0]
        elif name == "TITLE":
            record.title = unescape(value)
        elif name == "EMAIL":
            record.emails.append(labeled(unescape(value), prop.label(), prop.is_pref()))
        elif name == "TEL":
            text = unescape(value).strip()
            if text.lower().startswith("tel:"):
                text = text[4:]
            record.phones.append(labeled(text, prop.label(), prop.is_pref()))
        elif name in ("URL", "X-SOCIALPROFILE"):
            url = unescape(value).strip()
            if linkedin_key(url) and not record.linkedin_url:
                record.linkedin_url = url
            elif name == "URL":
                websites.append(url)
        elif name == "ADR" and not record.location:
            record.location = ", ".join(p.strip() for p in components(value) if p.strip())
        elif name == "BDAY":
            record.birthday = _birthday(unescape(value))
        elif name == "NOTE":
            notes.append(unescape(value))
        elif name == "CATEGORIES":
            record.tags.extend(unescape(t) for t in split_escaped(value, ","))
        elif name == "UID":
            uid = unescape(value).strip()
            record.source_uid = uid[9:] if uid.lower().startswith("urn:uuid:") else uid
        elif name == X_HOW_MET:
            record.how_met = unescape(value)
        elif name == X_MET_ON:
            record.met_on = parse_day(unescape(value))
        elif name == X_CADENCE:
            digits = unescape(value).strip()
            record.cadence_days = int(digits) if digits.isdigit() and len(digits) < 6 else None
    if websites:
        record.website = websites[0]
    record.notes = "\n".join(n for n in notes if n.strip())
    return record


def read_vcards(text: str) -> list[ContactRecord]:
    """Every card in ``text``. Raises ``ImportFileError`` for a damaged or truncated file."""
    records: list[ContactRecord] = []
    props: list[Property] | None = None
    card_start = 0
    where = ""
    for number, line in _logical_lines(text):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if props is not None:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "the card starting on line {start} has no END:VCARD before the next card "
                        "(line {line}). The file is damaged; export it again.",
                    ),
                    where=where,
                    start=card_start,
                    line=number,
                )
            props, card_start = [], number
            where = f"card {len(records) + 1} (line {number})"
            continue
        if upper == "END:VCARD":
            if props is None:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP("Import", "line {line} has END:VCARD without a BEGIN:VCARD before it."),
                    line=number,
                )
            record = _card_record(props, where)
            record.finish()
            records.append(record)
            props = None
            continue
        if props is None:
            if line.strip():
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "line {line} is outside any card. A vCard file holds only BEGIN:VCARD ... "
                        "END:VCARD blocks; this one is damaged or is not a vCard.",
                    ),
                    line=number,
                )
            continue
        prop = _parse_line(number, line, where)
        if prop is not None:
            props.append(prop)
    if props is not None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "the card starting on line {start} has no END:VCARD: the file is cut short. "
                "Export or copy it again.",
            ),
            where=where,
            start=card_start,
        )
    if not records:
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "The file holds no vCard (no BEGIN:VCARD)."))
    return records


# writing ---------------------------------------------------------------------


def escape(text: str) -> str:
    """Text as a vCard value: backslash, newline, comma and semicolon escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def fold_line(line: str, limit: int = 75) -> bytes:
    """One content line as UTF-8, folded at ``limit`` octets, never inside a character."""
    data = line.encode("utf-8")
    chunks: list[bytes] = []
    width = limit
    while len(data) > width:
        cut = width
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # a UTF-8 continuation byte: step back
            cut -= 1
        chunks.append(data[:cut])
        data = data[cut:]
        width = limit - 1  # continuation lines start with a space
    chunks.append(data)
    return b"\r\n ".join(chunks) + b"\r\n"


def _param_value(label: str) -> str:
    return re.sub(r"[^\w\-]", "", label)


def _typed(name: str, item: LabeledValue, extra: str = "") -> str:
    types = [t for t in (extra, _param_value(item.label).upper()) if t]
    if item.is_primary:
        types.append("PREF")
    return f"{name};TYPE={','.join(types)}" if types else name


def _stamp(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%SZ")


@dataclass(slots=True, kw_only=True)
class CardData(ContactFields):
    """What the writer needs about one contact (built by ``export`` from the database)."""

    uuid: str
    updated_at: datetime | None = None


def card_lines(card: CardData) -> list[str]:
    """The content lines of one vCard 3.0 for ``card`` (empty fields are left out)."""
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"PRODID:{PRODID}", f"UID:{escape(card.uuid)}"]
    if card.updated_at is not None:
        lines.append(f"REV:{_stamp(card.updated_at)}")
    lines.append(f"FN:{escape(card.name)}")
    lines.append(f"N:{escape(card.family_name)};{escape(card.given_name)};;;")

    def add(name: str, value: object, text: str | None = None) -> None:
        """``name:text`` (the escaped value unless given) when ``value`` is set."""
        if value:
            lines.append(f"{name}:{escape(str(value)) if text is None else text}")

    add("ORG", card.organization)
    add("TITLE", card.title)
    lines.extend(f"{_typed('EMAIL', e, 'INTERNET')}:{escape(e.value)}" for e in card.emails)
    lines.extend(f"{_typed('TEL', p)}:{escape(p.value)}" for p in card.phones)
    add("URL", card.website)
    add("X-SOCIALPROFILE;TYPE=linkedin", card.linkedin_url)
    add("ADR", card.location, f";;{escape(card.location)};;;;")
    add("BDAY", card.birthday, card.birthday)
    add("NOTE", card.notes)
    add("CATEGORIES", card.tags, ",".join(escape(t) for t in card.tags))
    add(X_HOW_MET, card.how_met)
    add(X_MET_ON, card.met_on, card.met_on.isoformat() if card.met_on else "")
    add(X_CADENCE, card.cadence_days, str(card.cadence_days))
    lines.append("END:VCARD")
    return lines


def write_cards(cards: Iterable[CardData]) -> Iterator[bytes]:
    """vCard 3.0 bytes, card by card: UTF-8, CRLF, folded at 75 octets."""
    for card in cards:
        yield b"".join(fold_line(line) for line in card_lines(card))
