"""The typed line as quick capture reads it: what is read, what is highlighted, what is left.

``CaptureLine`` keeps the folded line (``journal.capture.text``) with the parts already
read written over, the highlights and problems found so far, and the spans of the text as
typed that the summary leaves out; ``summary()`` is what remains once every part is read.
"""

from __future__ import annotations

import re
from typing import TypeVar

from journal.capture.model import Highlight, PersonMatch, Problem
from journal.capture.text import USED, fold_text

T = TypeVar("T")


class CaptureLine:
    """The bookkeeping of one typed line while its parts are read (see the module)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold_text(text)
        self.work = list(self.folded.text)
        self.highlights: list[Highlight] = []
        self.problems: list[Problem] = []
        self.dropped: list[tuple[int, int]] = []  # original spans left out of the summary
        self.renamed: dict[int, tuple[int, str]] = {}  # @names written as the contacts' names

    @property
    def line(self) -> str:
        """What is left of the folded line (the parts read are ``USED``)."""
        return "".join(self.work)

    def use(self, start: int, end: int) -> None:
        """Mark folded ``[start, end)`` as read: later patterns neither match it nor run across it."""
        for index in range(start, end):
            self.work[index] = USED

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the text as typed for folded ``[start, end)``."""
        return self.folded.span(start, end)

    def mark(self, part: str, start: int, end: int) -> None:
        """Highlight folded ``[start, end)`` as where ``part`` came from."""
        if end > start:
            self.highlights.append(Highlight(part, *self.original(start, end)))

    def span_text(self, start: int, end: int) -> str:
        """The text as typed at folded ``[start, end)``."""
        first, last = self.original(start, end)
        return self.text[first:last]

    def drop(self, start: int, end: int) -> None:
        """Leave folded ``[start, end)`` out of the summary."""
        if end > start:
            self.dropped.append(self.original(start, end))

    def leftmost(self, patterns: list[tuple[re.Pattern[str], T]]) -> tuple[re.Match[str], T] | None:
        """The match that comes first in what is left of the line (ties: the earlier pattern)."""
        line = self.line
        best: tuple[re.Match[str], T] | None = None
        for pattern, meaning in patterns:
            match = pattern.search(line)
            if match and (best is None or match.start() < best[0].start()):
                best = (match, meaning)
        return best

    def highlight_span(self, part: str) -> tuple[int, int] | None:
        """Where the first highlight of ``part`` is in the text as typed, if there is one."""
        found = next((h for h in self.highlights if h.part == part), None)
        return (found.start, found.end) if found else None

    def summary(self, person: PersonMatch) -> str:
        """What is left of the text as typed, with resolved @names as the contacts' names."""
        keep = [True] * len(self.text)
        for start, end in self.dropped:
            for index in range(start, end):
                keep[index] = False
        pieces: list[str] = []
        index = 0
        while index < len(self.text):
            if index in self.renamed:
                end, name = self.renamed[index]
                pieces.append(name)
                index = end
                continue
            if keep[index]:
                pieces.append(self.text[index])
            else:
                pieces.append(" ")
            index += 1
        return tidy("".join(pieces)) or person.typed or tidy(self.text)


_TRAILING_JOIN = re.compile(r"(?:[\s,;:\-–—]+|\b(?:and|y|e|then|luego)\b)+$", re.IGNORECASE)


def tidy(text: str) -> str:
    """The summary with the parsed words gone: single spaces, no dangling punctuation, a capital first."""
    text = " ".join(text.split())
    text = re.sub(r"\s+([,;:.!?])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = _TRAILING_JOIN.sub("", text)
    text = text.strip(" ,;:-–—")
    return text[:1].upper() + text[1:] if text else ""
