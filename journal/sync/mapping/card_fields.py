"""A vCard as the sync reads and writes it (``Card``: its lines, kept in order), and one kind of
``CardField`` per shape of value: a text, a number, a day, a part of N or ORG, the location in
ADR, the birthday, the LinkedIn URL, labelled values, categories, a reference to a contact."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from journal.interop.records import normalize_birthday
from journal.sync.mapping.common import (
    contact_ref,
    day_text,
    labeled_list,
    tag_list,
    text,
)
from journal.sync.mapping.vcard_lines import Line, escape_value, new_line

_LINKEDIN = re.compile(r"linkedin\.com/", re.IGNORECASE)


class Card:
    """The lines of one card and the version they are written in."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines

    @property
    def version(self) -> str:
        """The card's VERSION ("3.0", "4.0" ...); "3.0" when it gives none."""
        found = self.first("VERSION")
        return found.value.strip() if found else "3.0"

    def all(self, name: str, select: Callable[[Line], bool] | None = None) -> list[Line]:
        """Every ``name`` line, in card order, that ``select`` accepts (all of them without one)."""
        return [ln for ln in self.lines if ln.name == name and (select is None or select(ln))]

    def first(self, name: str, select: Callable[[Line], bool] | None = None) -> Line | None:
        """The first ``name`` line that ``select`` accepts, or None."""
        found = self.all(name, select)
        return found[0] if found else None

    def remove(self, line: Line) -> None:
        """Take ``line`` out of the card."""
        self.lines.remove(line)

    def add(self, line: Line) -> None:
        """Insert ``line`` at the end of the card, just before its END line."""
        end = next((i for i, ln in enumerate(self.lines) if ln.name == "END"), len(self.lines))
        self.lines.insert(end, line)

    def put(
        self,
        name: str,
        value: str,
        select: Callable[[Line], bool] | None = None,
        params: list[tuple[str, str]] | None = None,
    ) -> None:
        """Set the first ``name`` line to ``value`` (escaped text), removing it when empty."""
        line = self.first(name, select)
        if not value:
            if line is not None:
                self.remove(line)
            return
        if line is None:
            self.add(new_line(name, value, params))
        else:
            line.set_value(value)


@dataclass(frozen=True)
class CardField:
    name: str
    read: Callable[[Card], Any]
    write: Callable[[Card, Any], None]
    local: Callable[[Any], Any]  # from the journal's contact (attributes as in ContactDetail)


def _attr(name: str) -> Callable[[Any], str]:
    return lambda row: text(getattr(row, name, ""))


def text_field(
    name: str, prop: str, *, legacy: str = "", default: str = "", select: Callable[[Line], bool] | None = None
) -> CardField:
    """A text field in ``prop`` (or ``legacy``, which a write replaces); ``default`` is not written."""

    def read(card: Card) -> str:
        line = card.first(prop, select) or (card.first(legacy) if legacy else None)
        value = text(line.decoded()) if line else ""
        return value or default

    def write(card: Card, value: str) -> None:
        if legacy and card.first(legacy) is not None and card.first(prop, select) is None:
            card.remove(card.first(legacy))  # type: ignore[arg-type]
        card.put(prop, "" if value == default else escape_value(value), select)

    def local(row: Any) -> str:
        return text(getattr(row, name, "")) or default

    return CardField(name, read, write, local)


def int_field(name: str, prop: str, *, legacy: str = "") -> CardField:
    """A whole number in ``prop`` (or ``legacy``); not 1-5 digits reads as None; 0 is not written."""

    def read(card: Card) -> int | None:
        line = card.first(prop) or (card.first(legacy) if legacy else None)
        digits = text(line.decoded()) if line else ""
        return int(digits) if digits.isdigit() and len(digits) < 6 else None

    def write(card: Card, value: int | None) -> None:
        card.put(prop, str(value) if value else "")

    return CardField(name, read, write, lambda row: getattr(row, name, None) or None)


def day_field(name: str, prop: str, *, legacy: str = "") -> CardField:
    """An ISO date in ``prop`` (or ``legacy``); a value that is no date reads as empty."""

    def read(card: Card) -> str:
        line = card.first(prop) or (card.first(legacy) if legacy else None)
        value = text(line.decoded()) if line else ""
        try:
            return date.fromisoformat(value).isoformat() if value else ""
        except ValueError:
            return ""

    def write(card: Card, value: str) -> None:
        card.put(prop, value)

    return CardField(name, read, write, lambda row: day_text(getattr(row, name, None)))


def _components(line: Line | None) -> list[str]:
    if line is None:
        return []
    from journal.interop.vcard import components

    return components(line.value)


def n_field(name: str, index: int) -> CardField:
    """One part of the structured name N (``index`` 0 family, 1 given); a write keeps the other parts."""

    def read(card: Card) -> str:
        parts = [*_components(card.first("N")), "", ""]
        return text(parts[index])

    def write(card: Card, value: str) -> None:
        line = card.first("N")
        parts = [*_components(line), "", "", "", "", ""][:5] if line else ["", "", "", "", ""]
        parts[index] = value
        joined = ";".join(escape_value(p) for p in parts)
        if line is None:
            card.add(new_line("N", joined))
        else:
            line.set_value(joined)

    return CardField(name, read, write, _attr(name))


def org_field(name: str) -> CardField:
    """The organization: the first part of ORG; a write keeps any department parts after it."""

    def read(card: Card) -> str:
        parts = _components(card.first("ORG"))
        return text(parts[0]) if parts else ""

    def write(card: Card, value: str) -> None:
        line = card.first("ORG")
        rest = _components(line)[1:] if line else []
        card.put("ORG", ";".join(escape_value(p) for p in [value, *rest]) if value else "")

    return CardField(name, read, write, _attr(name))


def location_field(name: str) -> CardField:
    """The location: ADR's parts joined with commas when read, written as the street part of ADR."""

    def read(card: Card) -> str:
        parts = _components(card.first("ADR"))
        return ", ".join(p.strip() for p in parts if p.strip())

    def write(card: Card, value: str) -> None:
        card.put("ADR", f";;{escape_value(value)};;;;" if value else "")

    return CardField(name, read, write, _attr(name))


def birthday_field(name: str) -> CardField:
    """BDAY in any common form (basic, no year, X-APPLE-OMIT-YEAR); written in the card version's form."""

    def read(card: Card) -> str:
        line = card.first("BDAY")
        value = text(line.decoded()) if line else ""
        if re.fullmatch(r"--\d{4}", value):
            value = f"--{value[2:4]}-{value[4:6]}"
        elif re.fullmatch(r"\d{8}", value):
            value = f"{value[:4]}-{value[4:6]}-{value[6:]}"
        if line is not None and line.param("X-APPLE-OMIT-YEAR") and value[:4].isdigit():
            value = "--" + value[4:]
        try:
            return normalize_birthday(value)
        except Exception:
            return ""

    def write(card: Card, value: str) -> None:
        if value and card.version.startswith("4"):
            value = (
                value.replace("-", "") if not value.startswith("--") else "--" + value[2:].replace("-", "")
            )
        line = card.first("BDAY")
        if line is not None and value:
            line.params = [(k, v) for k, v in line.params if k != "X-APPLE-OMIT-YEAR"]
        card.put("BDAY", value)

    return CardField(name, read, write, _attr(name))


def is_linkedin(line: Line) -> bool:
    """True for a line that holds a LinkedIn profile (by its address or its type)."""
    return bool(_LINKEDIN.search(line.value)) or "linkedin" in line.types()


def linkedin_field(name: str) -> CardField:
    """The LinkedIn profile: an X-SOCIALPROFILE or URL line at linkedin.com or typed linkedin."""

    def read(card: Card) -> str:
        line = card.first("X-SOCIALPROFILE", is_linkedin) or card.first("URL", is_linkedin)
        return text(line.decoded()) if line else ""

    def write(card: Card, value: str) -> None:
        if card.first("X-SOCIALPROFILE", is_linkedin) is None and card.first("URL", is_linkedin):
            card.put("URL", escape_value(value), is_linkedin)
        else:
            card.put("X-SOCIALPROFILE", escape_value(value), is_linkedin, [("TYPE", "linkedin")])

    return CardField(name, read, write, _attr(name))


def labeled_field(name: str, prop: str, *, extra_type: str = "") -> CardField:
    """Emails or phones as [value, label, primary], one per ``prop`` line; unchanged lines are kept."""

    def read(card: Card) -> list[list[Any]]:
        items = []
        for line in card.all(prop):
            value = text(line.decoded())
            if prop == "TEL" and value.lower().startswith("tel:"):
                value = value[4:]
            items.append((value, line.label(), line.is_pref()))
        return labeled_list(items)

    def write(card: Card, value: list[list[Any]]) -> None:
        existing = {text(ln.decoded()).removeprefix("tel:").casefold(): ln for ln in card.all(prop)}
        old = read(card)
        for line in card.all(prop):
            card.remove(line)
        four = card.version.startswith("4")
        for item_value, label, primary in value:
            previous = existing.get(item_value.casefold())
            if previous is not None and [item_value, label, primary] in old:
                card.add(previous)  # unchanged: exactly as it came
                continue
            types = [t for t in ((extra_type if not four else ""), label) if t]
            params: list[tuple[str, str]] = []
            if four:
                if types:
                    params.append(("TYPE", ",".join(t.lower() for t in types)))
                if primary:
                    params.append(("PREF", "1"))
            else:
                if primary:
                    types.append("PREF")
                if types:
                    params.append(("TYPE", ",".join(t.upper() for t in types)))
            card.add(new_line(prop, escape_value(item_value), params))

    def local(row: Any) -> list[list[Any]]:
        return labeled_list((v.value, v.label, v.is_primary) for v in getattr(row, name))

    return CardField(name, read, write, local)


def tags_field(name: str) -> CardField:
    """The tags: the values of every CATEGORIES line, written back as one line."""

    def read(card: Card) -> list[str]:
        from journal.interop.vcard import split_escaped, unescape

        found: list[str] = []
        for line in card.all("CATEGORIES"):
            found.extend(unescape(t) for t in split_escaped(line.value, ","))
        return tag_list(found)

    def write(card: Card, value: list[str]) -> None:
        for line in card.all("CATEGORIES")[1:]:
            card.remove(line)
        card.put("CATEGORIES", ",".join(escape_value(t) for t in value))

    return CardField(name, read, write, lambda row: tag_list(getattr(row, name)))


def ref_field(name: str, prop: str) -> CardField:
    """A link to another contact, written as its UID (``urn:uuid:...``)."""

    def write(card: Card, value: str) -> None:
        card.put(prop, value)

    def read(card: Card) -> str:
        line = card.first(prop)
        return text(line.value) if line else ""

    def local(row: Any) -> str:
        uuid = getattr(row, f"{name}_uuid", "")
        return contact_ref(uuid) if uuid else ""

    return CardField(name, read, write, local)
