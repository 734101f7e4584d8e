"""How well a typed text fits a name, for the command palette: accent- and case-free.

Every typed word must fit a word of the name: the start of a word counts most, a piece inside
a word less, the letters in order (a "fuzzy" fit: "pref" for "Preferences", "nwcn" for "New
contact") least. 0 means no fit.
"""

from __future__ import annotations

from journal.services.text import fold

WHOLE, PREFIX, INSIDE, LETTERS = 8, 6, 3, 1


def _letters_in_order(typed: str, text: str) -> bool:
    """Every letter of ``typed`` in ``text`` in order, the first one starting a word."""
    if not any(word.startswith(typed[0]) for word in text.split()):
        return False
    position = text.find(" " + typed[0]) + 1 if not text.startswith(typed[0]) else 0
    for ch in typed:
        position = text.find(ch, position)
        if position < 0:
            return False
        position += 1
    return True


def _word_fit(word: str, words: list[str], text: str) -> int:
    if word in words:
        return WHOLE
    if any(w.startswith(word) for w in words):
        return PREFIX
    if word in text:
        return INSIDE
    return LETTERS if len(word) >= 2 and _letters_in_order(word, text) else 0


def score(typed: str, name: str) -> int:
    """How well ``typed`` fits ``name`` (0: not at all). An empty ``typed`` fits everything a little."""
    typed_words = fold(typed).split()
    if not typed_words:
        return LETTERS
    text = fold(name.replace("&", ""))
    words = text.replace("…", " ").replace("-", " ").split()
    fits = [_word_fit(word, words, text) for word in typed_words]
    return 0 if min(fits) == 0 else min(fits) * 10 + sum(fits) // len(fits)
