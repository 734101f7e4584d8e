"""Text helpers shared by services and importers."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Casefolded, accent-free text for sorting and matching ("Núñez" -> "nunez")."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def email_key(email: str) -> str:
    return email.strip().casefold()


def phone_key(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    return digits[-9:] if len(digits) > 9 else digits


def clean(text: str | None) -> str:
    return (text or "").strip()
