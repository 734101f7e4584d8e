"""Dates as exporting programs write them, and the day/month order of a whole file.

ISO ("2024-03-15", "20240315"), month names in English ("15 Mar 2024", "Mar 15, 2024",
Excel's "15-Mar-24"), and numbers: "14.3.1985" (German: always day first),
"3/15/2024" (US Outlook) or "15/03/2024" (Spanish, British). Numbers with slashes
or dashes are read in the file's order, which ``decide_order`` settles from all of
the file's values: a 13–31 in the first place means day first, in the second month
first; when no value says, the preview asks.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

DMY, MDY = "dmy", "mdy"
# Month names: English (LinkedIn writes them whatever the user's language), and the
# abbreviations Excel writes in Spanish, German, French, Italian and Portuguese.
MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "ene": 1,
    "abr": 4,
    "ago": 8,
    "dic": 12,
    "mär": 3,
    "mrz": 3,
    "mai": 5,
    "okt": 10,
    "dez": 12,
    "janv": 1,
    "févr": 2,
    "fév": 2,
    "mars": 3,
    "avr": 4,
    "juin": 6,
    "juil": 7,
    "août": 8,
    "déc": 12,
    "gen": 1,
    "mag": 5,
    "giu": 6,
    "lug": 7,
    "set": 9,
    "ott": 10,
    "fev": 2,
    "out": 10,
}
_ISO = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$")
_NAMED_DAY_FIRST = re.compile(r"^(\d{1,2})[ \-/.]+([^\W\d_]{3,9})\.?[ \-/.,]+(\d{2}|\d{4})$")
_NAMED_MONTH_FIRST = re.compile(r"^([^\W\d_]{3,9})\.? (\d{1,2}),? (\d{4})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/\-](\d{1,2})[/\-](\d{2}|\d{4})$")
_EMPTY = {"0/0/00", "0.0.00", "00/00/00", "00.00.00", "0/0/0000", "00/00/0000", "1/1/1601"}


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # Excel's two-digit years: 00-49 are 2000s
        year += 2000 if year < 50 else 1900
    return year


def _month(name: str) -> int | None:
    word = name.casefold().rstrip(".")
    return MONTHS.get(word) or MONTHS.get(word[:4]) or MONTHS.get(word[:3])


def is_empty(text: str) -> bool:
    """True for what Outlook writes when there is no date ("0/0/00", "0.0.00")."""
    return text.strip() in _EMPTY


def needs_order(text: str) -> bool:
    """True when ``text`` is a numeric date whose day and month could be swapped."""
    match = _NUMERIC.match(text.strip())
    if match is None:
        return False
    return match[1] != match[2] and int(match[1]) <= 12 and int(match[2]) <= 12


def order_hint(text: str) -> str | None:
    """ "dmy" / "mdy" when this one value settles the order (a 13–31 in one place), else None."""
    match = _NUMERIC.match(text.strip())
    if not match:
        return None
    first, second = int(match[1]), int(match[2])
    if 13 <= first <= 31 and second <= 12:
        return DMY
    if 13 <= second <= 31 and first <= 12:
        return MDY
    return None


def decide_order(values: Iterable[str]) -> tuple[str | None, bool]:
    """The file's order ("dmy", "mdy" or None) and whether some value needs it (then None means: ask)."""
    hints: dict[str, int] = {DMY: 0, MDY: 0}
    needed = False
    for value, count in Counter(values).items():  # each distinct date once: files repeat their dates
        hint = order_hint(value)
        if hint:
            hints[hint] += count
        needed = needed or needs_order(value)
    if hints[DMY] or hints[MDY]:
        return (DMY if hints[DMY] >= hints[MDY] else MDY), needed
    return None, needed


@functools.lru_cache(maxsize=8192)  # exports repeat the same few thousand dates
def parse_day(text: str, order: str | None = None) -> date | None:
    """The day ``text`` means (numeric dates in ``order``); None if not a date or the order is missing."""
    text = text.strip()
    if not text or text in _EMPTY:
        return None
    try:
        match = _ISO.match(text)
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
        match = _NAMED_DAY_FIRST.match(text)
        if match:
            month = _month(match[2])
            return date(_year(match[3]), month, int(match[1])) if month else None
        match = _NAMED_MONTH_FIRST.match(text)
        if match:
            month = _month(match[1])
            return date(int(match[3]), month, int(match[2])) if month else None
        match = _DOTTED.match(text)
        if match:
            return date(_year(match[3]), int(match[2]), int(match[1]))
        match = _NUMERIC.match(text)
        if match:
            first, second = int(match[1]), int(match[2])
            if order is None:
                order = order_hint(text) or (DMY if first == second else None)
            if order == DMY:
                return date(_year(match[3]), second, first)
            if order == MDY:
                return date(_year(match[3]), first, second)
    except ValueError:
        return None
    return None
