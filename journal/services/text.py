"""Text helpers shared by services and importers."""

from __future__ import annotations

import re
import unicodedata


class _Marks(dict[int, int | None]):
    """For ``str.translate``: a combining mark -> None (dropped), any other character -> itself;
    each character is looked up once (a loop over the characters in Python was half of ``fold``)."""

    def __missing__(self, code: int) -> int | None:
        value = self[code] = None if unicodedata.combining(chr(code)) else code
        return value


_MARKS = _Marks()


def fold(text: str) -> str:
    """Casefolded, accent-free text for sorting and matching ("Núñez" -> "nunez")."""
    if text.isascii():  # most names: nothing to decompose (the same result, much faster)
        return " ".join(text.casefold().split())
    stripped = unicodedata.normalize("NFKD", text).translate(_MARKS)
    return " ".join(stripped.casefold().split())


def email_key(email: str) -> str:
    """An email as it is matched: trimmed and case-folded."""
    return email.strip().casefold()


def phone_key(phone: str) -> str:
    """A phone as it is matched: its digits, the last nine (no country prefix)."""
    digits = re.sub(r"\D", "", phone)
    return digits[-9:] if len(digits) > 9 else digits


def clean(text: str | None) -> str:
    """The text trimmed, "" for None."""
    return (text or "").strip()
