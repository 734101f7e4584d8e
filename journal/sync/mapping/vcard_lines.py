"""vCard content lines that remember their exact text.

A card is parsed into ``Line`` objects; a line we do not change is written
back exactly as it came (folding, parameters, groups, escaping), so
properties the journal does not model survive a round trip byte for byte.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field

from journal.interop.vcard import escape, fold_line, unescape
from journal.interop.vcard_lines import split_outside_quotes

_NEWLINES = re.compile(r"\r\n|\r|\n")


@dataclass
class Line:
    name: str  # upper case, without the group
    value: str  # unfolded, still escaped
    group: str = ""
    params: list[tuple[str, str]] = field(default_factory=list)  # (KEY upper, raw value)
    raw: str | None = None  # the original text (with its folds); None once changed

    def param(self, key: str) -> list[str]:
        """The values of every ``key`` parameter, split at commas and unquoted (empty ones dropped)."""
        found: list[str] = []
        for k, v in self.params:
            if k == key:
                found.extend(p.strip().strip('"') for p in v.split(","))
        return [p for p in found if p]

    def types(self) -> list[str]:
        """The line's TYPE values, bare vCard 2.1 parameters included, in lower case."""
        bare = [v for k, v in self.params if k == ""]
        return [t.lower() for t in self.param("TYPE") + bare]

    def is_pref(self) -> bool:
        """Whether the line is marked preferred (TYPE=PREF, or a PREF parameter in vCard 4.0)."""
        return "pref" in self.types() or bool(self.param("PREF"))

    def label(self) -> str:
        """The first type that names the value (work, home, cell ...), not one that says nothing; or empty."""
        for item in self.types():
            if item not in ("internet", "pref", "voice", "x400", "msg", "x-internet", "text"):
                return item
        return ""

    def decoded(self) -> str:
        """The value as text: quoted-printable (vCard 2.1) decoded, escapes undone."""
        if any(k == "ENCODING" and v.upper() == "QUOTED-PRINTABLE" for k, v in self.params) or any(
            k == "" and v.upper() == "QUOTED-PRINTABLE" for k, v in self.params
        ):
            charset = (self.param("CHARSET") or ["utf-8"])[0]
            raw = quopri.decodestring(self.value.encode("utf-8"))
            try:
                return raw.decode(charset)
            except (LookupError, UnicodeDecodeError):
                return raw.decode("utf-8", errors="replace")
        return unescape(self.value)

    def render(self) -> str:
        """The line's text: as it came if unchanged, else rebuilt and folded (without its line break)."""
        if self.raw is not None:
            return self.raw
        head = f"{self.group}.{self.name}" if self.group else self.name
        for key, value in self.params:
            head += f";{key}={value}" if key else f";{value}"
        return fold_line(f"{head}:{self.value}").decode("utf-8").rstrip("\r\n")

    def set_value(self, value: str) -> None:
        """Replace the (escaped) value; the line is then rebuilt when the card is written."""
        self.value = value
        self.raw = None


def parse_line(raw: str, unfolded: str) -> Line | None:
    """A ``Line`` from one logical line (its folded and unfolded text), or None without an unquoted colon."""
    head_value = split_outside_quotes(unfolded, ":", limit=1)
    if len(head_value) < 2:
        return None
    head, value = head_value
    pieces = split_outside_quotes(head, ";")
    name = pieces[0].strip()
    group = ""
    if "." in name:
        group, name = name.rsplit(".", 1)
    params = []
    for item in pieces[1:]:
        if "=" in item:
            key, val = item.split("=", 1)
            params.append((key.strip().upper(), val))
        elif item:
            params.append(("", item))
    return Line(name.upper(), value, group, params, raw)


def parse_card(text: str) -> list[Line]:
    """The lines of the first vCard in ``text`` (BEGIN and END included). Unparseable lines are kept."""
    physical = _NEWLINES.split(text)
    logical: list[tuple[str, str]] = []
    for line in physical:
        if line[:1] in (" ", "\t") and logical:
            raw, unfolded = logical[-1]
            logical[-1] = (raw + "\r\n" + line, unfolded + line[1:])
        elif line.strip():
            logical.append((line, line))
    lines: list[Line] = []
    inside = False
    for raw, unfolded in logical:
        parsed = parse_line(raw, unfolded)
        if parsed is None:
            if inside:
                lines.append(Line("", "", raw=raw))  # kept as it was
            continue
        if parsed.name == "BEGIN" and parsed.value.strip().upper() == "VCARD" and not inside:
            inside = True
        if inside:
            lines.append(parsed)
        if parsed.name == "END" and parsed.value.strip().upper() == "VCARD" and inside:
            break
    return lines


def render_card(lines: list[Line]) -> str:
    """The card's text: each line rendered and ended with CRLF."""
    return "".join(line.render() + "\r\n" for line in lines)


def new_line(name: str, value: str, params: list[tuple[str, str]] | None = None) -> Line:
    """A line the journal adds (no group, no original text), with the given parameters."""
    return Line(name, value, "", list(params or []), None)


def escape_value(text: str) -> str:
    """Text escaped for a vCard value (backslash, newline, comma, semicolon)."""
    return escape(text)
