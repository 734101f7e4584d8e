"""Text helpers shared by services and importers."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Casefolded, accent-free text for sorting and matching ("Núñez" -> "nunez")."""
    if text.isascii():  # most names: nothing to decompose (the same result, much faster)
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
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
