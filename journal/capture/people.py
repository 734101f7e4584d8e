"""Who "@Ana", "@ana nunez" or "@Globex" is: how far the name goes and which contact it names.

Matching is accent- and case-free on whole words or their beginnings ("@Ana N" is Ana
Núñez). A contact is chosen only when one fits better than every other; several that
fit as well are offered as candidates, and a name that only looks like a contact's
(a typo) is offered as a suggestion, never chosen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from journal.capture.model import AMBIGUOUS, MISSING, RESOLVED, UNKNOWN, PeopleResolver, Person, PersonMatch
from journal.capture.text import fold_char, name_words
from journal.capture.vocabulary import is_stop_word

MENTION = re.compile(r"(?<![\w@.])@")
_WORD = re.compile(r"[^\W_][\w'’\-\u0300-\u036f]*")
_SPACES = re.compile(r"[ \t]+")
MAX_WORDS = 5
MAX_CANDIDATES = 8
TYPO_RATIO = 0.8

# How well a fragment fits a contact (higher is better; 0 is not at all).
EXACT_NAME = 6  # every word of the name, nothing else
NAME_WORDS = 5  # whole words of the name (and maybe the organization): "@Ana", "@ana acme"
NAME_PREFIX = 4  # beginnings of them: "@Ana N", "@Jos"
EXACT_ORGANIZATION = 3
ORGANIZATION_PREFIX = 2


@dataclass(frozen=True)
class Mention:
    start: int  # of the "@" in the text
    end: int  # after the last name word used
    typed: str  # the name words as typed
    match: PersonMatch


def _words_after(text: str, at: int) -> list[tuple[int, int]]:
    """(start, end) of the words that may belong to the name after the "@" at ``at``."""
    found: list[tuple[int, int]] = []
    pos = at + 1
    while len(found) < MAX_WORDS:
        if found:
            gap = _SPACES.match(text, pos)
            if gap is None:
                break
            pos = gap.end()
        word = _WORD.match(text, pos)
        if word is None:
            break
        end = word.end()
        while end > word.start() + 1 and text[end - 1] in "-'’":
            end -= 1
        found.append((word.start(), end))
        pos = end
        if end != word.end():
            break
    return found


def _fold(word: str) -> str:
    return "".join(fold_char(ch) for ch in word)


def _fits(fragment: list[str], person: Person) -> int:
    name = name_words(person.name)
    organization = name_words(person.organization)
    if not fragment:
        return 0
    if fragment == name:
        return EXACT_NAME
    fit = _in_order(fragment, name, organization)
    if fit is not None:
        return NAME_WORDS if fit else NAME_PREFIX
    if organization and _in_order(fragment, organization, []) is not None:
        return EXACT_ORGANIZATION if fragment == organization else ORGANIZATION_PREFIX
    return 0


def _in_order(fragment: list[str], first: list[str], then: list[str]) -> bool | None:
    """Whether each fragment word starts a later word of ``first`` (the first one must),
    continuing into ``then`` once ``first`` has none left; True when all are whole words."""
    whole = True
    pools = [first, then]
    pool, index = 0, 0
    for number, word in enumerate(fragment):
        while True:
            words = pools[pool]
            hit = _next_hit(word, words, index)
            if hit is not None:
                index, exact = hit
                whole = whole and exact
                break
            if number == 0 or pool == 1:
                return None
            pool, index = 1, 0
    return whole


def _next_hit(word: str, words: list[str], start: int) -> tuple[int, bool] | None:
    for index in range(start, len(words)):
        if words[index] == word:
            return index + 1, True
    for index in range(start, len(words)):
        if words[index].startswith(word):
            return index + 1, False
    return None


def _typo_score(fragment: list[str], person: Person) -> float:
    typed = " ".join(fragment)
    name = name_words(person.name)
    shapes = [" ".join(name), " ".join(name[: len(fragment)]), " ".join(name_words(person.organization))]
    best = 0.0
    for shape in shapes:
        if not shape:
            continue
        matcher = SequenceMatcher(None, typed, shape)
        # the quick ratios are upper bounds of ratio(): a shape that cannot beat the best
        # so far, or reach TYPO_RATIO, is not compared in full (same answer, far faster)
        bar = max(best, TYPO_RATIO)
        if matcher.real_quick_ratio() < bar or matcher.quick_ratio() < bar:
            continue
        best = max(best, matcher.ratio())
    return best


def _unique(people: Sequence[Person]) -> list[Person]:
    seen: set[int] = set()
    result = []
    for person in people:
        if person.id not in seen:
            seen.add(person.id)
            result.append(person)
    return result


def deal_fits(title: str, typed: str) -> int:
    """3 same title, 2 the title starts so, 1 it contains it, 0 no."""
    title_key, typed_key = " ".join(name_words(title)), " ".join(name_words(typed))
    if not typed_key:
        return 0
    if title_key == typed_key:
        return 3
    if title_key.startswith(typed_key):
        return 2
    return 1 if typed_key in title_key else 0


def _narrow_by_deal(people: list[Person], titles: Sequence[str]) -> list[Person]:
    return [p for p in people if any(deal_fits(d.title, t) for d in p.open_deals for t in titles)]


def match_fragment(
    fragment: list[str], candidates: Sequence[Person], *, deal_titles: Sequence[str] = ()
) -> tuple[str, list[Person], str]:
    """(status, people, via) for a fragment: RESOLVED with one person, AMBIGUOUS with the
    best fits, or UNKNOWN with close spellings."""
    scored = [(fit, p) for p in _unique(candidates) if (fit := _fits(fragment, p))]
    if scored:
        best = max(fit for fit, _ in scored)
        top = [p for fit, p in scored if fit == best]
        via = "name" if best >= NAME_PREFIX else "organization"
        if len(top) > 1 and deal_titles:
            narrowed = _narrow_by_deal(top, deal_titles)
            top = narrowed if len(narrowed) == 1 else top
        if len(top) > 1 and via == "organization":
            with_deals = [p for p in top if p.open_deals]
            if len(with_deals) == 1 and len(with_deals[0].open_deals) == 1:
                top = with_deals  # the organization's one open deal says who
        return (RESOLVED if len(top) == 1 else AMBIGUOUS), top[:MAX_CANDIDATES], via
    close = sorted(
        ((score, p) for p in _unique(candidates) if (score := _typo_score(fragment, p)) >= TYPO_RATIO),
        key=lambda pair: -pair[0],
    )
    return UNKNOWN, [p for _, p in close], "name"


def read_mention(
    text: str,
    at: int,
    people_of: PeopleResolver,
    *,
    deal_titles: Sequence[str] = (),
    choose: Person | None = None,
) -> Mention:
    """The name after the "@" at ``text[at]`` and who it is. ``people_of`` is the resolver."""
    words = _words_after(text, at)
    if not words:
        return Mention(at, at + 1, "", PersonMatch(MISSING))
    asked: dict[int, list[Person]] = {}

    def candidates(count: int) -> list[Person]:
        if count not in asked:
            fragment = " ".join(text[s:e] for s, e in words[:count])
            asked[count] = list(people_of(fragment))
        return asked[count]

    def fragment(count: int) -> list[str]:
        return name_words(" ".join(text[s:e] for s, e in words[:count]))

    used = 1
    for count in range(2, len(words) + 1):
        start, end = words[count - 1]
        word = text[start:end]
        folded = _fold(word)
        if is_stop_word(folded) or not name_words(word):
            break
        if not word[0].isupper():
            # a lower-case word belongs to the name only if it is a whole word of a contact's name
            status, fitting, _via = match_fragment(fragment(count), candidates(count))
            if status == UNKNOWN or not any(
                set(name_words(word)) <= set(name_words(f"{p.name} {p.organization}")) for p in fitting
            ):
                break
        used = count
    typed = text[words[0][0] : words[used - 1][1]]
    end = words[used - 1][1]
    if choose is not None:
        return Mention(at, end, typed, PersonMatch(RESOLVED, typed, choose, (choose,), "name"))
    status, found, via = match_fragment(fragment(used), candidates(used), deal_titles=deal_titles)
    if status == UNKNOWN:
        shorter = [] if used == 1 else match_fragment(fragment(1), candidates(1))[1]
        found = _unique([*found, *shorter])[:MAX_CANDIDATES]
        return Mention(at, end, typed, PersonMatch(UNKNOWN, typed, None, tuple(found), via))
    person = found[0] if status == RESOLVED else None
    return Mention(at, end, typed, PersonMatch(status, typed, person, tuple(found), via))
