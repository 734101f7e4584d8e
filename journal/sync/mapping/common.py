"""What every mapping shares: record identity from server UIDs, canonical values, hashing.

A record's *fields* are a plain dict of canonical values (strings, ints, None,
lists), the same whether read from the journal or parsed from the server's
text; equal dicts mean "nothing to send". PRODID, REV, DTSTAMP, LAST-MODIFIED
and property order never reach the dict, so they never cause an upload.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid as _uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from journal import clock

Fields = dict[str, Any]
# Fixed namespace: every journal derives the same record uuid from the same foreign UID.
_FOREIGN_NAMESPACE = _uuid.UUID("6f9c3c1e-3a1b-5d43-9b9e-2f4e8a1c7d10")
_LABEL_NOISE = {"internet", "pref", "voice", "x400", "msg", "x-internet", "text"}


def record_uuid_for(uid: str) -> str:
    """The journal's uuid for a server UID: the UUID itself, or one derived from a foreign UID."""
    text = uid.strip()
    if text.lower().startswith("urn:uuid:"):
        text = text[9:]
    try:
        return str(_uuid.UUID(text))
    except ValueError:
        return str(_uuid.uuid5(_FOREIGN_NAMESPACE, uid.strip()))


def contact_ref(record_uuid: str) -> str:
    """How an item links to a person: the ``urn:uuid:`` URI of the contact's record uuid."""
    return f"urn:uuid:{record_uuid}"


def fields_hash(fields: Fields) -> str:
    """A SHA-256 of the fields as canonical JSON: equal hashes mean nothing to send."""
    data = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def clean_label(label: str) -> str:
    """An email or phone TYPE as a lower-case label; empty for types that say nothing (internet, pref ...)."""
    text = re.sub(r"[^\w\-]", "", label or "").lower()
    return "" if text in _LABEL_NOISE else text


def labeled_list(items: Iterable[tuple[str, str, bool]]) -> list[list[Any]]:
    """Emails or phones as [value, label, primary], deduplicated, exactly one primary, primary first."""
    seen: set[str] = set()
    result: list[list[Any]] = []
    for value, label, primary in items:
        text = " ".join((value or "").split())
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            result.append([text, clean_label(label), bool(primary)])
    if result:
        first = next((i for i, item in enumerate(result) if item[2]), 0)
        for i, item in enumerate(result):
            item[2] = i == first
        result.insert(0, result.pop(first))
    return result


def tag_list(names: Iterable[str]) -> list[str]:
    """Tag names with spaces collapsed, blanks and duplicates (any case) dropped, sorted ignoring case."""
    seen: dict[str, str] = {}
    for raw in names:
        name = " ".join((raw or "").split())
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return sorted(seen.values(), key=str.casefold)


def text(value: Any) -> str:
    """A value as stripped text; None becomes an empty string."""
    return (str(value) if value is not None else "").strip()


def utc_text(value: datetime | None) -> str:
    """Seconds precision (what iCalendar keeps), UTC, ISO."""
    if value is None:
        return ""
    return value.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc_text(value: str) -> datetime | None:
    """The aware UTC datetime of a ``utc_text`` string, or None for an empty one."""
    if not value:
        return None
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def day_text(value: date | None) -> str:
    """A date as ISO ``YYYY-MM-DD`` text, or an empty string for None."""
    return value.isoformat() if value else ""


@dataclass
class RenderContext:
    """What renderers need beyond the record: names of linked people, the zone, the vCard version."""

    contact_names: dict[str, str] = field(default_factory=dict)  # record uuid -> name
    zone: tzinfo | None = None
    vcard_version: str = "3.0"

    def local_zone(self) -> tzinfo:
        """The zone local times are read and written in: the one set here, else the computer's."""
        return self.zone or clock.local_zone()
