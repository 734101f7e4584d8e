"""``fold``: the text as names are sorted and matched, case and accents aside."""

from __future__ import annotations

import unicodedata

from journal.services.text import fold


def _reference(text: str) -> str:
    """Fold written out character by character (what ``fold`` must give, however it does it)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def test_fold_drops_accents_and_case() -> None:
    assert fold("  Núñez   García ") == "nunez garcia"
    assert fold("JOSÉ Ángel") == "jose angel"
    assert fold("Straße") == "strasse"


def test_fold_keeps_and_drops_every_character_as_the_reference_does() -> None:
    for code in range(0x80, 0x30000):  # every assigned plane but the private and special ones
        if 0xD800 <= code <= 0xDFFF:
            continue
        text = f"Ana{chr(code)}e\u0301 b"
        assert fold(text) == _reference(text), hex(code)
