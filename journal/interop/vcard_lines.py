"""vCard files as cards of properties: line ends, unfolding, card boundaries and text encodings.

Works on bytes, so a fold that cuts a UTF-8 character in two is joined before it is
decoded, and each card (each property, with ``CHARSET=``) is decoded on its own: one
Windows-1252 card appended to a UTF-8 file does not garble the others. What real
producers write is accepted: CR CR LF line ends, quoted-printable soft breaks (one
right before a space that is data), Outlook's backslash-continued addresses, vCard
2.1 photo blocks, ``#`` comment lines, group prefixes on any line (``home.begin:vcard``)
and a 2.1 ``AGENT`` holding a whole card. A card that cannot be read is returned with
its start line and why, so the rest of the file still imports.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import hashlib
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, AnyStr

from journal.interop.errors import QT_TRANSLATE_NOOP

MAX_VALUE_BYTES = 1024 * 1024  # a text property longer than this is damage, not a contact
MAX_BINARY_BYTES = 24 * 1024 * 1024  # a photo's base64 (services.photos refuses images over 15 MB)
BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}
_PROPERTY_LIKE = re.compile(rb"^[ \t]*(?:[A-Za-z0-9\-]+\.)?[A-Za-z0-9\-]+[;:]")
_BEGIN = re.compile(rb"^[ \t]*(?:[A-Za-z0-9\-]+\.)?BEGIN[ \t]*:[ \t]*VCARD[ \t]*$", re.I)
_END = re.compile(rb"^[ \t]*(?:[A-Za-z0-9\-]+\.)?END[ \t]*:[ \t]*VCARD[ \t]*$", re.I)
#: How a file that holds vCards starts (looked for anywhere in its first lines).
SIGNATURE = re.compile(rb"(?im)^[ \t]*(?:[a-z0-9\-]+\.)?begin[ \t]*:[ \t]*vcard[ \t\r]*$")

# Why a card is skipped (English templates, context "Import").
NO_COLON = QT_TRANSLATE_NOOP("Import", "line {line} is not a vCard property (no colon)")
NO_END = QT_TRANSLATE_NOOP("Import", "the card has no END:VCARD before the next BEGIN:VCARD (line {line})")
CUT_SHORT = QT_TRANSLATE_NOOP("Import", "the card is cut short: the file ends before END:VCARD")
TOO_LONG = QT_TRANSLATE_NOOP("Import", "the {property} on line {line} is longer than {size} MB")


@dataclass(slots=True)
class Property:
    """One content line of a card: ``group.NAME;params:value``, decoded."""

    name: str  # upper case, without the group
    group: str = ""  # lower case ("item1"), "" when none
    params: dict[str, list[str]] = field(default_factory=dict)
    value: str = ""  # decoded text, backslash escapes still in
    data: bytes | None = None  # binary values (base64 photos), decoded
    line: int = 0

    def param(self, key: str) -> str:
        """The first value of parameter ``key`` (upper case), "" when absent."""
        values = self.params.get(key)
        return values[0] if values else ""

    def types(self) -> list[str]:
        """The TYPE parameters, lower case, split at commas."""
        found: list[str] = []
        for item in self.params.get("TYPE", []):
            found.extend(t.strip().lower() for t in item.split(",") if t.strip())
        return found

    def pref(self) -> int:
        """How preferred: 1 for PREF=1 or TYPE=pref, higher numbers less, 100 when not marked."""
        pref = self.param("PREF")
        if pref.isdigit():
            return max(1, int(pref))
        return 1 if "pref" in self.types() or pref else 100


@dataclass(slots=True)
class Card:
    """The properties of one card, where it starts, and why it cannot be read ("" when it can)."""

    line: int
    properties: list[Property] = field(default_factory=list)
    problem: str = ""
    problem_args: dict[str, Any] = field(default_factory=dict)
    agents: list[Card] = field(default_factory=list)  # vCard 2.1 AGENT: a whole card inside this one
    raw: list[tuple[int, bytes]] = field(default_factory=list)
    digest: bytes = b""  # of the card's content lines: the same card in any file has the same digest

    def fail(self, template: str, **args: Any) -> None:
        """Remember why the card cannot be read (the first reason only)."""
        if not self.problem:
            self.problem, self.problem_args = template, args


def normalize_line_ends(data: bytes) -> bytes:
    """CR CR LF, CR LF and bare CR all become LF."""
    return data.replace(b"\r\r\n", b"\n").replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def _is_qp(line: bytes) -> bool:
    head = line.split(b":", 1)[0].upper()
    return b"QUOTED-PRINTABLE" in head


def _ends_with_escape(line: bytes) -> bool:
    stripped = line.rstrip(b" \t")
    trailing = len(stripped) - len(stripped.rstrip(b"\\"))
    return trailing % 2 == 1


def logical_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Unfolded lines, each with the number of its first physical line."""
    lines = normalize_line_ends(data).split(b"\n")
    current: bytes | None = None
    start = 0
    qp = False
    for number, line in enumerate(lines, start=1):
        if current is not None:
            if qp and current.endswith(b"="):
                current = current[:-1] + line  # soft line break: the next line's space is data
                continue
            if line[:1] in (b" ", b"\t") and current.strip():
                current += line[1:]
                continue
            if (
                _ends_with_escape(current)
                and line.strip()
                and not _PROPERTY_LIKE.match(line)
                and not current.lstrip().startswith(b"#")
            ):
                current = current.rstrip(b" \t")[:-1] + b"\\n" + line  # Outlook's continued address line
                continue
            yield start, current
        current, start = line, number
        qp = _is_qp(line)
    if current is not None:
        yield start, current


def split_cards(data: bytes) -> tuple[list[Card], int]:
    """The cards of a file (damaged ones with their problem) and how many stray lines lay outside them."""
    cards: list[Card] = []
    stack: list[Card] = []
    card: Card | None = None
    stray = 0
    for number, line in logical_lines(data):
        if not line.strip():
            continue
        if _BEGIN.match(line):
            if card is not None:
                last = card.raw[-1][1] if card.raw else b""
                if (
                    last.split(b":", 1)[0].strip().upper().endswith(b"AGENT")
                    and not last.split(b":", 1)[-1].strip()
                ):
                    stack.append(card)
                    card = Card(number)
                    continue
                parse_card(card)
                card.fail(NO_END, line=number)
                cards.append(card)
            card = Card(number)
            continue
        if _END.match(line):
            if card is None:
                stray += 1
                continue
            parse_card(card)
            if stack:
                parent = stack.pop()
                parent.agents.append(card)
                card = parent
                continue
            cards.append(card)
            card = None
            continue
        if card is None:
            if not line.lstrip().startswith(b"#"):
                stray += 1
            continue
        if line.lstrip().startswith(b"#"):
            continue
        card.raw.append((number, line))
    if card is not None:
        while stack:
            card = stack.pop()
        parse_card(card)
        card.fail(CUT_SHORT)
        cards.append(card)
    return cards, stray


# decoding -----------------------------------------------------------------------------------


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name.strip().strip('"')).name
    except LookupError:
        return ""


def _text(data: bytes, charset: str, fallback: str) -> str:
    if data.isascii():
        return data.decode("ascii")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for codec in (charset, fallback):
        if codec:
            try:
                return data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode("cp1252", errors="replace")


def _card_fallback(card: Card) -> str:
    """The encoding of a card's raw 8-bit text: UTF-8 if it is valid, else its CHARSET, else Windows-1252."""
    body = b"\n".join(line for _n, line in card.raw)
    if body.isascii():
        return "ascii"
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    for match in re.finditer(rb"CHARSET=\"?([A-Za-z0-9_\-]+)", body, re.I):
        codec = _codec(match[1].decode("ascii"))
        if codec and codec != "utf-8":
            return codec
    return "cp1252"


def split_outside_quotes(data: AnyStr, sep: AnyStr, limit: int = -1) -> list[AnyStr]:
    """``data`` (bytes or text) cut at each ``sep`` outside double quotes, at most ``limit`` times
    (a quoted parameter value such as ``LABEL="a;b:c"`` stays whole)."""
    quote = b'"' if isinstance(data, bytes) else '"'
    if quote not in data:
        return data.split(sep, limit)
    parts: list[AnyStr] = []
    quoted = False
    start = 0
    for index in range(len(data)):
        char = data[index : index + 1]
        if char == quote:
            quoted = not quoted
        elif char == sep and not quoted:
            parts.append(data[start:index])
            start = index + 1
            if limit > 0 and len(parts) == limit:
                break
    parts.append(data[start:])
    return parts


_BARE_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"}


def _params(items: list[bytes], fallback: str) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for raw in items:
        item = _text(raw, "", fallback).strip()
        if not item:
            continue
        if "=" in item:
            key, value = item.split("=", 1)
            key = key.strip().upper()
        else:  # vCard 2.1 bare parameter: TEL;CELL;QUOTED-PRINTABLE
            key, value = ("ENCODING" if item.upper() in _BARE_ENCODINGS else "TYPE"), item
        value = value.strip()
        if value.startswith('"') and value.endswith('"') and len(value) >= 2:
            value = value[1:-1]
        params.setdefault(key, []).append(value)
    return params


def parse_card(card: Card) -> None:
    """Turn the card's raw lines into decoded properties (or note why it cannot be read)."""
    fallback = _card_fallback(card)
    card.digest = hashlib.blake2b(b"\n".join(line for _n, line in card.raw), digest_size=16).digest()
    for number, line in card.raw:
        head_value = split_outside_quotes(line, b":", limit=1)
        if len(head_value) < 2:
            card.fail(NO_COLON, line=number)
            continue
        head, raw = head_value
        pieces = split_outside_quotes(head, b";")
        full = pieces[0].strip().decode("latin-1")
        group, _dot, name = full.rpartition(".")
        prop = Property(name.upper(), group.lower(), _params(pieces[1:], fallback), line=number)
        if not prop.name or not re.fullmatch(r"[A-Z0-9\-]+", prop.name):
            card.fail(NO_COLON, line=number)
            continue
        limit = MAX_BINARY_BYTES if prop.name in BINARY else MAX_VALUE_BYTES
        if len(raw) > limit:
            card.fail(TOO_LONG, property=prop.name, line=number, size=limit // (1024 * 1024))
            continue
        _decode_value(prop, raw, fallback)
        card.properties.append(prop)
    card.raw = []


def _decode_value(prop: Property, raw: bytes, fallback: str) -> None:
    encoding = prop.param("ENCODING").upper()
    charset = _codec(prop.param("CHARSET"))
    data = raw
    if encoding == "QUOTED-PRINTABLE":
        data = quopri.decodestring(raw)
    elif encoding in ("BASE64", "B") or (prop.name in BINARY and raw.lower().startswith(b"data:")):
        prop.data = _base64(raw)
        if prop.name in BINARY:
            return
        data = prop.data or b""
    prop.value = _text(data, charset, fallback)


def _base64(raw: bytes) -> bytes | None:
    text = raw.strip()
    if text.lower().startswith(b"data:"):
        head, _comma, text = text.partition(b",")
        if b";base64" not in head.lower():
            return None
    text = re.sub(rb"\s+", b"", text)
    try:
        return base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
