"""The typed line folded for matching (no accents, no case) without losing where each
character came from, so every match can be highlighted in the text as typed."""

from __future__ import annotations

import bisect
import functools
import unicodedata
from dataclasses import dataclass

# Typographic quotes and apostrophes are read as the plain ones.
_SAME = {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "’": "'", "‘": "'", "´": "'"}

# What the parser writes over the parts it has read, so later patterns neither match
# them nor run across them (it is neither a word character nor a space).
USED = "\x00"


@dataclass(frozen=True)
class Folded:
    """``text`` is the original folded; ``origin[i]`` is the index in the original of
    folded character ``i``."""

    text: str
    origin: tuple[int, ...]
    length: int  # of the original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` for folded ``[start, end)`` (``end > start``)."""
        return self.origin[start], self.origin[end - 1] + 1

    def at(self, original: int) -> int:
        """The first folded index whose character comes from ``original`` or later."""
        return bisect.bisect_left(self.origin, original)


def fold_char(ch: str) -> str:
    """One character casefolded and without accents (may be empty or several)."""
    if ch in _SAME:
        return _SAME[ch]
    if ch.isspace():
        return " "
    if ch == USED:
        return " "
    decomposed = unicodedata.normalize("NFKD", ch.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_text(text: str) -> Folded:
    """Folded text that remembers where each folded character came from."""
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for out in fold_char(ch):
            chars.append(out)
            origin.append(index)
    return Folded("".join(chars), tuple(origin), len(text))


def name_words(text: str) -> list[str]:
    """Words of a name for comparing: folded, apostrophes dropped ("O'Brien" = "obrien"),
    hyphens and dots as spaces ("Jean-Luc" = "jean luc")."""
    return list(_name_words(text))


@functools.lru_cache(maxsize=4096)  # a line is read again at every key, against the same names
def _name_words(text: str) -> tuple[str, ...]:
    folded = "".join(fold_char(ch) for ch in text)
    folded = folded.replace("'", "")
    cleaned = "".join(ch if ch.isalnum() else " " for ch in folded)
    return tuple(cleaned.split())
