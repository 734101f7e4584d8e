"""Dates and times in a captured line: where they are, and which day and time they mean.

``find_phrases(folded)`` finds the date phrases ("in 2 weeks", "el próximo martes",
"mañana a las 10"); ``resolve(phrase, ...)`` turns one into a day and an optional time.
Day words go to ``dateparser`` (imported on first use only: start-up never loads it),
except where it was seen to be wrong. With dateparser 1.5, on Tuesday 10 March 2026:

- "el viernes", "el martes", "este viernes", "el próximo martes", "el viernes pasado",
  "el jueves que viene" -> None (only the bare "viernes" is read). Weekdays are therefore
  counted here, the same way in both languages (and the way dateparser reads "next
  tuesday" / "last friday"): next = the first such day after today, last = the last one
  before today, this/este = today or the first one after.
- "pasado mañana" -> None; "antes de ayer" -> None: counted here (+2 / -2 days).
- "en dos semanas", "hace dos días", "dentro de dos días" -> None (Spanish number words):
  the words are written as digits first ("en 2 semanas" is read fine).
- "la semana que viene", "el mes que viene", "la semana próxima", "próximo mes" -> None:
  rewritten as "la próxima semana" / "el próximo mes", which it reads.
- "el 12 de marzo" -> None ("12 de marzo" is fine): the article is dropped.
- Times: "mañana a las 10", "tomorrow at 10", "a las 10" keep the hour of the moment of
  parsing (or midnight) instead of 10:00, "a las 3 de la tarde" and "mañana por la
  mañana" -> None; and every relative day carries the current time, so one cannot tell
  whether a time was written. Times are therefore read here, apart from the day.
- "32/01" -> 1 March 2032 and "99/99" is guessed at: numeric dates (day/month[/year],
  ISO year-month-day) are read here, strictly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

# -- the words ----------------------------------------------------------------------------------------

WEEKDAYS = {
    name: index
    for index, names in enumerate(
        (
            ("monday", "lunes"),
            ("tuesday", "martes"),
            ("wednesday", "miercoles"),
            ("thursday", "jueves"),
            ("friday", "viernes"),
            ("saturday", "sabado"),
            ("sunday", "domingo"),
        )
    )
    for name in names
}
_WD = "|".join(WEEKDAYS)
_MONTH = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|"
    "agosto|septiembre|setiembre|octubre|noviembre|diciembre"
)
_ONE_TO_TWELVE = (
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"),
)
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "un": 1,
    "una": 1,
    "quince": 15,
    **{word: number for words in _ONE_TO_TWELVE for number, word in enumerate(words, 1)},
}
_NUM = r"\d{1,4}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_ON_WD = rf"(?:(?:(?:el|on)\s+)?(?:{_WD}),?\s+)?"  # "el lunes 16 de marzo": the weekday goes with the date
_UNIT = r"days?|weeks?|months?|years?|fortnights?|dias?|semanas?|meses|mes|anos?"

_FUTURE_PRE = {
    "next",
    "coming",
    "proximo",
    "proxima",
    "el proximo",
    "la proxima",
    "siguiente",
    "el siguiente",
}
_PAST_PRE = {"last", "pasado", "el pasado"}
_THIS_PRE = {"this", "este", "esta"}

DAY = re.compile(
    rf"""\b(?:
      (?P<abs>{_ON_WD}(?:(?:el|on|the)\s+)?(?:dia\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?
              (?:{_MONTH})\b(?:,?\s+(?:de\s+|del\s+)?\d{{4}})?
          |{_ON_WD}(?:on\s+)?(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?)
    | (?P<numeric>(?:(?:el|on|the)\s+)?(?:dia\s+)?
              (?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?))
    | (?P<ordinal>(?:on\s+)?the\s+\d{{1,2}}(?:st|nd|rd|th))
    | (?P<today_part>(?:esta|this)\s+(?:manana|morning|tarde|afternoon|noche|evening|night)|tonight)
    | (?P<plus2>pasado\s+manana)
    | (?P<minus2>antes\s+de\s+ayer)
    | (?P<word>(?:the\s+)?day\s+after\s+tomorrow|(?:the\s+)?day\s+before\s+yesterday|anteayer
              |(?<!la\s)(?<!el\s)manana|tomorrow|hoy|today|ayer|yesterday)
    | (?P<wd>(?:(?P<pre>el\s+proximo|la\s+proxima|el\s+siguiente|el\s+pasado|next|last|this|coming|proximo
              |proxima|siguiente|pasado|este|esta|on|el)\s+)?(?P<day>{_WD})
              (?:\s+(?P<post>que\s+viene|proximo|siguiente|pasado))?)
    | (?P<within>(?:in|en|dentro\s+de|within)\s+(?P<in_n>{_NUM})\s+(?P<in_u>{_UNIT}))
    | (?P<ago>(?P<ago_n>{_NUM})\s+(?P<ago_u>{_UNIT})\s+ago|hace\s+(?P<hace_n>{_NUM})\s+(?P<hace_u>{_UNIT}))
    | (?P<period>(?:next|last)\s+(?:week|month|year)|in\s+a\s+fortnight
              |(?:la|el)\s+(?:proxima|proximo|siguiente)\s+(?:semana|mes)|(?:proxima|proximo)\s+(?:semana|mes)
              |(?:la\s+semana|el\s+mes)\s+(?:que\s+viene|proxima|proximo|siguiente|pasada|pasado))
    )\b""",
    re.VERBOSE,
)

_AMPM = r"am|pm|h|hs"
_DAYPART = r"de\s+la\s+(?:manana|tarde|noche)|in\s+the\s+(?:morning|afternoon|evening)"
_AT = r"(?:at|a\s+las|a\s+la|sobre\s+las|hacia\s+las|around)"
TIME = re.compile(
    rf"""(?<![\w:/])(?:
      (?:{_AT}\s+)?(?P<h1>\d{{1,2}})(?::|h)(?P<m1>\d{{2}})(?:\s*(?P<ap1>{_AMPM}))?(?:\s+(?P<dp1>{_DAYPART}))?
    | {_AT}\s+(?P<h2>\d{{1,2}})(?:\s*(?P<ap2>{_AMPM}))?(?:\s+(?P<dp2>{_DAYPART}))?
    | (?P<h3>\d{{1,2}})\s*(?P<ap3>am|pm|h)
    | (?P<noon>(?:at\s+|a\s+)?(?:noon|midday|mediodia|medio\s+dia))
    | (?P<part>por\s+la\s+(?:manana|tarde|noche)|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)
    )(?![\w:/])""",
    re.VERBOSE,
)

PART_OF_DAY = {
    "manana": 9,
    "morning": 9,
    "tarde": 16,
    "afternoon": 16,
    "noche": 20,
    "evening": 20,
    "night": 20,
}
_JOIN = re.compile(r"[\s,]{0,3}")  # what may stand between a day and its time


@dataclass(frozen=True)
class Phrase:
    """A date phrase in the folded line: ``day`` and/or ``time`` matches."""

    start: int
    end: int
    day: re.Match[str] | None
    time: re.Match[str] | None


def find_phrases(folded: str) -> list[Phrase]:
    """Every day and time phrase in the folded text, without overlaps."""
    days = list(DAY.finditer(folded))
    taken = [(m.start(), m.end()) for m in days]
    times = [
        m
        for m in TIME.finditer(folded)
        if not any(m.start() < end and start < m.end() for start, end in taken)
    ]
    phrases: list[Phrase] = []
    used_times: set[int] = set()
    for day in days:
        paired = None
        for index, moment in enumerate(times):
            if index in used_times:
                continue
            if _joined(folded, day.end(), moment.start()) or _joined(folded, moment.end(), day.start()):
                paired = index
                break
        if paired is None:
            phrases.append(Phrase(day.start(), day.end(), day, None))
        else:
            used_times.add(paired)
            moment = times[paired]
            phrases.append(
                Phrase(min(day.start(), moment.start()), max(day.end(), moment.end()), day, moment)
            )
    phrases.extend(
        Phrase(m.start(), m.end(), None, m) for index, m in enumerate(times) if index not in used_times
    )
    return sorted(phrases, key=lambda p: p.start)


def _joined(folded: str, left_end: int, right_start: int) -> bool:
    return right_start >= left_end and _JOIN.fullmatch(folded, left_end, right_start) is not None


# -- what a phrase means ---------------------------------------------------------------------------------

FUTURE = "future"
PAST = "past"
EITHER = "either"  # a bare weekday, a calendar date, a time: read by the context


class Unreadable(ValueError):
    """The phrase looks like a date but is none (30 February, 25:00, 32/01)."""


@dataclass(frozen=True)
class Moment:
    day: date
    time: time | None
    leaning: str  # FUTURE, PAST or EITHER


def resolve(phrase: Phrase, *, today: date, now: datetime, prefer: str) -> Moment:
    """The day (and time) ``phrase`` means, seen from ``today`` and ``now`` (local wall time);
    ``prefer`` FUTURE (a follow-up) or PAST (when it happened) for phrases that could be
    either. Raises ``Unreadable``."""
    at = read_time(phrase.time) if phrase.time is not None else None
    if phrase.day is None:
        return Moment(today, at, EITHER)
    try:
        day, leaning, implied = _read_day(phrase.day, today, now, prefer)
    except (OverflowError, ArithmeticError) as exc:  # "in 9999 years" from year 9000
        raise Unreadable(str(exc)) from exc
    return Moment(day, at if at is not None else implied, leaning)


def _read_day(match: re.Match[str], today: date, now: datetime, prefer: str) -> tuple[date, str, time | None]:
    groups = match.groupdict()
    text = match.group(0)
    if groups["today_part"]:
        last = text.split()[-1]
        return today, EITHER, time(PART_OF_DAY.get(last, 20))
    if groups["plus2"]:
        return today + timedelta(days=2), FUTURE, None
    if groups["minus2"]:
        return today - timedelta(days=2), PAST, None
    if groups["wd"]:
        return _weekday(match, today, prefer)
    if groups["numeric"]:
        return _numeric(text, today, prefer), EITHER, None
    if groups["word"]:
        leaning = PAST if any(w in text for w in ("ayer", "yesterday")) else FUTURE
        if text in ("hoy", "today"):
            leaning = EITHER
        return _dateparser_day(text, now, FUTURE), leaning, None
    if groups["within"]:
        return _dateparser_day(_digits(text), now, FUTURE), FUTURE, None
    if groups["ago"]:
        return _dateparser_day(_digits(text), now, PAST), PAST, None
    if groups["period"]:
        leaning = PAST if re.search(r"last|pasad", text) else FUTURE
        return _dateparser_day(_period(text), now, leaning), leaning, None
    # a calendar date: "20 march", "el 20 de marzo", "the 20th"
    cleaned = re.sub(rf"^{_ON_WD}(?:(?:el|on)\s+)?(?:dia\s+)?", "", text)
    leaning_in_year = FUTURE if prefer == FUTURE else "current_period"
    return _dateparser_day(cleaned, now, leaning_in_year), EITHER, None


def _weekday(match: re.Match[str], today: date, prefer: str) -> tuple[date, str, None]:
    target = WEEKDAYS[match.group("day")]
    pre = " ".join((match.group("pre") or "").split())
    post = " ".join((match.group("post") or "").split())
    ahead = (target - today.weekday()) % 7
    if pre in _THIS_PRE:
        return today + timedelta(days=ahead), FUTURE, None
    if pre in _FUTURE_PRE or post in ("que viene", "proximo", "siguiente"):
        return today + timedelta(days=ahead or 7), FUTURE, None
    if pre in _PAST_PRE or post == "pasado":
        return today - timedelta(days=(today.weekday() - target) % 7 or 7), PAST, None
    if prefer == FUTURE:
        return today + timedelta(days=ahead or 7), EITHER, None
    return today - timedelta(days=(today.weekday() - target) % 7 or 7), EITHER, None


_NUMERIC_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC_DMY = re.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?")


def _numeric(text: str, today: date, prefer: str) -> date:
    """Day/month[/year] (the order used in Spain and most of Europe) or ISO year-month-day."""
    iso = _NUMERIC_ISO.search(text)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        dmy = _NUMERIC_DMY.search(text)
        if dmy is None:
            raise Unreadable(text)
        day, month = int(dmy[1]), int(dmy[2])
        if dmy[3]:
            year = int(dmy[3])
            return date(year + 2000 if year < 100 else year, month, day)
        found = date(today.year, month, day)
        if prefer == FUTURE and found < today:
            found = date(today.year + 1, month, day)
        return found
    except ValueError as exc:
        raise Unreadable(text) from exc


def _digits(text: str) -> str:
    """Spanish (and English) number words as digits: dateparser misses "en dos semanas"."""

    def swap(found: re.Match[str]) -> str:
        return str(NUMBER_WORDS[found.group(0).lower()])

    return re.sub(rf"\b(?:{'|'.join(NUMBER_WORDS)})\b", swap, text, flags=re.IGNORECASE)


def _period(text: str) -> str:
    """ "la semana que viene" -> "la próxima semana" (dateparser reads only the latter)."""
    text = " ".join(text.split())
    rewrites = {
        "la semana que viene": "la proxima semana",
        "la semana proxima": "la proxima semana",
        "la semana siguiente": "la proxima semana",
        "la siguiente semana": "la proxima semana",
        "proxima semana": "la proxima semana",
        "el mes que viene": "el proximo mes",
        "el mes proximo": "el proximo mes",
        "el mes siguiente": "el proximo mes",
        "el siguiente mes": "el proximo mes",
        "proximo mes": "el proximo mes",
    }
    for said, read in rewrites.items():
        if text.endswith(said):
            return read
    return text


# -- dateparser, loaded on first use -------------------------------------------------------------------


def _dateparser_day(text: str, now: datetime, prefer: str) -> date:
    """The day dateparser reads in ``text`` (folded) seen from ``now`` (local wall time)."""
    import dateparser  # heavy: loaded only when a line needs it

    settings = {
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "PREFER_DATES_FROM": prefer,
        "DATE_ORDER": "DMY",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        found = dateparser.parse(text, languages=["en", "es"], settings=settings)
    except (ValueError, OverflowError, ArithmeticError, TypeError) as exc:
        raise Unreadable(text) from exc
    if found is None:
        raise Unreadable(text)
    return found.date()


def read_time(match: re.Match[str]) -> time:
    """The wall time a matched time phrase names."""
    groups = match.groupdict()
    if groups["noon"]:
        return time(12, 0)
    if groups["part"]:
        return time(PART_OF_DAY[match.group(0).split()[-1]])
    hour_text = groups["h1"] or groups["h2"] or groups["h3"]
    minute = int(groups["m1"]) if groups["m1"] else 0
    suffix = (groups["ap1"] or groups["ap2"] or groups["ap3"] or "").strip()
    part = " ".join((groups["dp1"] or groups["dp2"] or "").split())
    hour = int(hour_text)
    if suffix in ("am", "pm"):
        if not 1 <= hour <= 12:
            raise Unreadable(match.group(0))
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    elif part:
        if not 1 <= hour <= 12:
            raise Unreadable(match.group(0))
        if part.split()[-1] in ("tarde", "noche", "afternoon", "evening") and hour < 12:
            hour += 12
        elif hour == 12:
            hour = 0
    elif groups["h2"] and not groups["ap2"] and 1 <= hour <= 7:
        hour += 12  # "a las 3", "at 5": business hours, not the small hours
    if hour > 23 or minute > 59:
        raise Unreadable(match.group(0))
    return time(hour, minute)


def warm_up() -> None:
    """Load ``dateparser`` and its English and Spanish data now (half a second to a second the
    first time). The capture window calls it on a worker thread as it opens, so the first date
    typed is read at once; start-up never calls it."""
    base = datetime(2026, 1, 1, 12, 0)
    for text in ("in 2 weeks", "viernes", "next month", "la proxima semana"):
        try:
            _dateparser_day(text, base, FUTURE)
        except Unreadable:
            pass
