"""vCard 2.1, 3.0 and 4.0 in (``vcard_lines`` + ``vcard_read``); vCard 3.0 out, as other programs read it.

Written the way Apple Contacts, Google Contacts and the RFCs agree on: ``TYPE`` values of
RFC 2426 (CELL, WORK, FAX…; a label of one's own as ``X-…`` plus Apple's item-group
``X-ABLabel``, which Google reads too), ``N`` always present, URIs (URL, photos,
social profiles) unescaped, a birthday without a year as Apple writes it
(``BDAY;X-APPLE-OMIT-YEAR=1604:1604-MM-DD``), anniversaries and related people as
``X-ABDATE`` / ``X-ABRELATEDNAMES``, the photo inline, folded at 75 octets. What no
standard property holds goes in our own ``X-NETWORKING-JOURNAL-…`` properties, so a
re-import into the same journal changes nothing.

A small tolerant reader of our own rather than vobject: vobject fails on the
quoted-printable UTF-8 that Android writes, and a reader that only ever raises
``ImportFileError`` is easier to trust with any file a user drops on us.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from journal.interop.records import ContactFields, ContactRecord
from journal.interop.vcard_read import read_vcards as _read_bytes
from journal.interop.vcard_words import (
    X_CADENCE,
    X_HOW_MET,
    X_MET_ON,
    X_STARRED,
    components,
    split_escaped,
    unescape,
)
from journal.services.values import LabeledValue, Photo, PostalAddress

__all__ = [
    "PRODID", "CardData", "card_lines", "components", "escape", "fold_line", "read_vcards",
    "split_escaped", "unescape", "write_cards",
]  # fmt: skip

PRODID = "-//Networking Journal//Networking Journal//EN"
X_LOCATION = "X-NETWORKING-JOURNAL-LOCATION"
X_ALT = {
    "alt_names": "X-NETWORKING-JOURNAL-ALT-NAME",
    "alt_organizations": "X-NETWORKING-JOURNAL-ALT-ORG",
    "alt_titles": "X-NETWORKING-JOURNAL-ALT-TITLE",
}
X_FIELD = "X-NETWORKING-JOURNAL-FIELD"
X_FROM_FN = "X-NETWORKING-JOURNAL-FROM-FN"  # on N: the parts were made from FN, there were none
#: Portable contact fields a written card does not carry: UID holds the journal's own
#: uuid (what a re-import matches on), not the id the contact had in another program.
DROPPED = frozenset({"source_uid"})
# Our labels -> RFC 2426 TYPE values.
_PHONE_TYPES = {
    "cell": "CELL",
    "mobile": "CELL",
    "work": "WORK",
    "home": "HOME",
    "fax": "FAX",
    "work fax": "WORK,FAX",
    "home fax": "HOME,FAX",
    "pager": "PAGER",
    "car": "CAR",
    "isdn": "ISDN",
    "voice": "VOICE",
    "video": "VIDEO",
}
_PLAIN_TYPES = {"work": "WORK", "home": "HOME"}
_ADDRESS_TYPES = {"work": "WORK", "home": "HOME", "postal": "POSTAL", "parcel": "PARCEL"}
_APPLE_LABELS = {
    "anniversary": "_$!<Anniversary>!$_",
    "other": "_$!<Other>!$_",
    "spouse": "_$!<Spouse>!$_",
    "child": "_$!<Child>!$_",
    "mother": "_$!<Mother>!$_",
    "father": "_$!<Father>!$_",
    "parent": "_$!<Parent>!$_",
    "brother": "_$!<Brother>!$_",
    "sister": "_$!<Sister>!$_",
    "friend": "_$!<Friend>!$_",
    "partner": "_$!<Partner>!$_",
    "manager": "_$!<Manager>!$_",
    "assistant": "_$!<Assistant>!$_",
    "homepage": "_$!<HomePage>!$_",
    "main": "_$!<Main>!$_",
}
_IM_SCHEMES = {
    "skype": "skype",
    "xmpp": "xmpp",
    "jabber": "xmpp",
    "gtalk": "xmpp",
    "aim": "aim",
    "msn": "msnim",
    "yahoo": "ymsgr",
    "icq": "icq",
    "qq": "qq",
}


def read_vcards(data: bytes | str) -> list[ContactRecord]:
    """Every card of a vCard file (bytes, or text already decoded)."""
    return _read_bytes(data.encode("utf-8") if isinstance(data, str) else data)


# writing ---------------------------------------------------------------------


def escape(text: str) -> str:
    """Text as a vCard value: backslash, newline, comma and semicolon escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def _param(text: str) -> str:
    """A parameter value: quoted when it holds , ; or :, never a line break or a quote."""
    text = " ".join(text.replace('"', "'").split())
    return f'"{text}"' if re.search(r"[,;:]", text) else text


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


def _stamp(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%SZ")


@dataclass(slots=True, kw_only=True)
class CardData(ContactFields):
    """What the writer needs about one contact (built by ``export`` from the database)."""

    uuid: str
    updated_at: datetime | None = None


class _Lines:
    """The content lines of one card, with numbered item groups for labels of one's own."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.items = 0

    def add(self, name: str, value: str) -> None:
        self.lines.append(f"{name}:{value}")

    def labelled(self, name: str, types: str, label: str, value: str) -> None:
        """``name`` with RFC ``types``; a label no TYPE says is kept as the item's X-ABLabel."""
        head = f"{name};TYPE={types}" if types else name
        if label:
            self.items += 1
            group = f"item{self.items}"
            self.lines.append(f"{group}.{head}:{value}")
            self.lines.append(f"{group}.X-ABLabel:{_APPLE_LABELS.get(label.casefold(), escape(label))}")
        else:
            self.lines.append(f"{head}:{value}")


def _types(label: str, table: dict[str, str], extra: str = "", primary: bool = False) -> tuple[str, str]:
    """(TYPE value, label to keep as X-ABLabel) for one of our labels."""
    words = [extra] if extra else []
    known = table.get(label.casefold())
    custom = ""
    if known:
        words.append(known)
    elif label:
        words.append("X-" + (re.sub(r"[^A-Za-z0-9\-]", "", label.title().replace(" ", "")) or "LABEL"))
        custom = label
    if primary:
        words.append("PREF")
    return ",".join(words), custom


def _n_parts(card: CardData) -> tuple[str, bool]:
    parts = (card.family_name, card.given_name, card.middle_name, card.name_prefix, card.name_suffix)
    if any(parts):
        return ";".join(escape(p) for p in parts), False
    words = card.name.split()
    family, given = (words[-1], " ".join(words[:-1])) if len(words) > 1 else ("", card.name)
    return f"{escape(family)};{escape(given)};;;", True


def _birthday(text: str) -> tuple[str, str]:
    """(parameters, value) of a birthday or date; a day without a year as Apple writes it."""
    if text.startswith("--"):
        return ";X-APPLE-OMIT-YEAR=1604", f"1604-{text[2:]}"
    return "", text


def _photo(photo: Photo) -> str:
    if photo.data:
        kind = "PNG" if photo.mime == "image/png" else "JPEG"
        return f"PHOTO;ENCODING=b;TYPE={kind}:{base64.b64encode(photo.data).decode('ascii')}"
    return f"PHOTO;VALUE=uri:{photo.url}"


def card_lines(card: CardData) -> list[str]:
    """The content lines of one vCard 3.0 for ``card`` (empty fields are left out)."""
    out = _Lines()
    out.lines = ["BEGIN:VCARD", "VERSION:3.0", f"PRODID:{PRODID}", f"UID:{escape(card.uuid)}"]
    if card.updated_at is not None:
        out.add("REV", _stamp(card.updated_at))
    out.add("FN", escape(card.name))
    n_value, derived = _n_parts(card)
    out.add(f"N;{X_FROM_FN}=TRUE" if derived else "N", n_value)
    if card.nicknames:
        out.add("NICKNAME", ",".join(escape(v.value) for v in card.nicknames))
    for name, prop in (
        ("phonetic_given_name", "X-PHONETIC-FIRST-NAME"),
        ("phonetic_family_name", "X-PHONETIC-LAST-NAME"),
    ):
        if getattr(card, name):
            out.add(prop, escape(getattr(card, name)))
    if card.organization or card.units:
        out.add("ORG", ";".join(escape(p) for p in (card.organization, *(u.value for u in card.units))))
    if card.title:
        out.add("TITLE", escape(card.title))
    if card.role:
        out.add("ROLE", escape(card.role))
    for field, prop in X_ALT.items():
        for item in getattr(card, field):
            lang = f";LANGUAGE={_param(item.label)}" if item.label else ""
            out.add(prop + lang, escape(item.value))
    _reachable(out, card)
    _dates_and_people(out, card)
    if card.notes:
        out.add("NOTE", escape(card.notes))
    if card.tags:
        out.add("CATEGORIES", ",".join(escape(t) for t in card.tags))
    for item in card.custom_fields:
        out.add(f"{X_FIELD};X-LABEL={_param(item.label)}", escape(item.value))
    if card.location:
        out.add(X_LOCATION, escape(card.location))
    if card.how_met:
        out.add(X_HOW_MET, escape(card.how_met))
    if card.met_on:
        out.add(X_MET_ON, card.met_on.isoformat())
    if card.cadence_days:
        out.add(X_CADENCE, str(card.cadence_days))
    if card.starred:
        out.add(X_STARRED, "TRUE")
    if card.photo:
        out.lines.append(_photo(card.photo))
    out.lines.append("END:VCARD")
    return out.lines


def _reachable(out: _Lines, card: CardData) -> None:
    for item in card.emails:
        types, label = _types(item.label, _PLAIN_TYPES, "INTERNET", item.is_primary)
        out.labelled("EMAIL", types, label, escape(item.value))
    for item in card.phones:
        types, label = _types(item.label, _PHONE_TYPES, "", item.is_primary)
        out.labelled("TEL", types, label, escape(item.value))
    for address in card.addresses:
        types, label = _types(address.label, _ADDRESS_TYPES, "", address.is_primary)
        out.labelled("ADR", types, label, ";".join(escape(p) for p in address.parts()))
    if card.website:
        out.add("URL", card.website)  # a URI: never backslash-escaped
    for item in card.urls:
        out.labelled("URL", "", item.label, item.value)
    if card.linkedin_url:
        out.add("X-SOCIALPROFILE;TYPE=linkedin", card.linkedin_url)
    for item in card.social:
        out.add(f"X-SOCIALPROFILE;TYPE={_param(item.label)}" if item.label else "X-SOCIALPROFILE", item.value)
    for item in card.im:
        service = item.label or "im"
        scheme = _IM_SCHEMES.get(
            service.casefold(), "x-" + re.sub(r"[^a-z0-9]", "", service.casefold()) or "im"
        )
        out.add(f"IMPP;X-SERVICE-TYPE={_param(service)}", f"{scheme}:{item.value}")


def _dates_and_people(out: _Lines, card: CardData) -> None:
    if card.birthday:
        params, value = _birthday(card.birthday)
        out.add(f"BDAY{params}", value)
    for item in card.dates:
        params, value = _birthday(item.value)
        out.labelled(f"X-ABDATE{params}", "", item.label, value)
    for item in card.related:
        out.labelled("X-ABRELATEDNAMES", "", item.label, escape(item.value))


def write_cards(cards: Iterable[CardData]) -> Iterator[bytes]:
    """vCard 3.0 bytes, card by card: UTF-8, CRLF, folded at 75 octets."""
    for card in cards:
        yield b"".join(fold_line(line) for line in card_lines(card))


__all__ = ["CardData", "LabeledValue", "PostalAddress", "card_lines", "read_vcards", "write_cards"]
