"""One typed line -> a :class:`~journal.capture.model.Capture` (pure: no database, no Qt).

    parse("llamada con @Pedro #ventas objeción precio, seguimiento el martes",
          today=clock.today(), now=clock.now(), people=JournalPeople())

The parts are read in an order that keeps them from stealing each other's words:
quoted deal titles, then @names, #networking / #sales, the follow-up clause and the
dates, value given or received, an objection, and last the channel. Whatever is left,
with the person's name, is the entry's summary.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, tzinfo
from typing import TypeVar

from journal import clock
from journal.capture import problems as P
from journal.capture import vocabulary as V
from journal.capture.dates import FUTURE, PAST, Moment, Phrase, Unreadable, find_phrases, resolve
from journal.capture.model import (
    AMBIGUOUS,
    MISSING,
    PART_CHANNEL,
    PART_DEAL,
    PART_FOLLOWUP,
    PART_KIND,
    PART_OBJECTION,
    PART_OTHER_PERSON,
    PART_PERSON,
    PART_VALUE,
    PART_WHEN,
    RESOLVED,
    UNKNOWN,
    Capture,
    DealLink,
    FollowUpPlan,
    Highlight,
    PeopleResolver,
    Person,
    PersonMatch,
    Problem,
    ValueMove,
)
from journal.capture.people import MENTION, Mention, deal_fits, read_mention
from journal.capture.text import USED, fold_text

MAX_LENGTH = 1000
T = TypeVar("T")


def parse(
    text: str,
    *,
    today: date,
    now: datetime,
    people: PeopleResolver,
    zone: tzinfo | None = None,
    choose: Person | None = None,
) -> Capture:
    """What ``text`` says. ``today`` is the local date and ``now`` the aware current time
    (``clock.today()``, ``clock.now()``); ``zone`` defaults to ``clock.local_zone()``.
    ``choose`` settles who the first @name is (the candidate the user picked).
    Never raises for any text: what it cannot read becomes ``problems``."""
    local_now = now.astimezone(zone or clock.local_zone())
    if not text.strip():
        return _nothing(text, local_now, P.problem(P.EMPTY))
    if len(text) > MAX_LENGTH:
        return _nothing(text, local_now, P.problem(P.TOO_LONG, max=str(MAX_LENGTH)))
    return _Reader(text, today, local_now, people, choose).read()


def _nothing(text: str, local_now: datetime, problem: Problem) -> Capture:
    return Capture(
        text=text,
        person=PersonMatch(MISSING),
        kind="networking",
        kind_reason="default",
        channel="other",
        occurred_at=local_now,
        summary="",
        problems=(problem,),
    )


class _Reader:
    def __init__(self, text: str, today: date, now: datetime, people: PeopleResolver, choose: Person | None):
        self.text = text
        self.today = today
        self.now = now
        self.people = people
        self.choose = choose
        self.folded = fold_text(text)
        self.work = list(self.folded.text)
        self.highlights: list[Highlight] = []
        self.problems: list[Problem] = []
        self.person_problems: list[Problem] = []
        self.dropped: list[tuple[int, int]] = []  # original spans left out of the summary
        self.renamed: dict[int, tuple[int, str]] = {}  # @names written as the contacts' names
        self.others: list[PersonMatch] = []
        self.marker_had_no_date = False

    # -- bookkeeping --------------------------------------------------------------------------------

    @property
    def line(self) -> str:
        return "".join(self.work)

    def use(self, start: int, end: int) -> None:
        for index in range(start, end):
            self.work[index] = USED

    def original(self, start: int, end: int) -> tuple[int, int]:
        return self.folded.span(start, end)

    def mark(self, part: str, start: int, end: int) -> None:
        if end > start:
            self.highlights.append(Highlight(part, *self.original(start, end)))

    def span_text(self, start: int, end: int) -> str:
        first, last = self.original(start, end)
        return self.text[first:last]

    # -- the parts ----------------------------------------------------------------------------------

    def read(self) -> Capture:
        quotes = self.read_quotes()
        mention = self.read_people([title for title, _span, _marked in quotes])
        tags = self.read_tags()
        followup, when = self.read_dates()
        value = self.read_value()
        objection = self.read_objection()
        channel = self.read_channel()
        person = mention.match if mention else PersonMatch(MISSING)
        deal, deal_span = self.read_deal(person, quotes)
        kind, reason = self.decide_kind(tags, deal, objection, value, person)
        deal = deal or self.only_open_deal(person, kind)
        self.check_kind(kind, reason, tags, deal, deal_span, objection, value)
        summary = self.summary(person)
        plan = None
        if followup is not None:
            day, at, title = followup
            plan = FollowUpPlan(day, at, title or summary)
        return Capture(
            text=self.text,
            person=person,
            kind=kind,
            kind_reason=reason,
            channel=channel,
            occurred_at=when or self.now,
            summary=summary,
            value=value,
            objection=objection,
            deal=deal,
            followup=plan,
            highlights=tuple(sorted(self.highlights, key=lambda h: h.start)),
            problems=tuple(self.person_problems + sorted(self.problems, key=lambda p: p.start or 0)),
            others=tuple(self.others),
        )

    def read_quotes(self) -> list[tuple[str, tuple[int, int], bool]]:
        """Quoted text: (title as typed, folded span with its "deal" word, whether it had one)."""
        found = []
        for match in V.QUOTED.finditer(self.line):
            marker = V.DEAL_WORD.search(self.line, 0, match.start())
            start = marker.start() if marker else match.start()
            title = self.span_text(match.start(1), match.end(1)).strip()
            if title:
                found.append((title, (start, match.end()), marker is not None))
            self.use(start, match.end())
        return found

    def read_people(self, deal_titles: list[str]) -> Mention | None:
        primary: Mention | None = None
        empty: Mention | None = None
        for found in MENTION.finditer(self.text):
            at = found.start()
            folded_at = self.folded.at(at)
            if folded_at >= len(self.work) or self.work[folded_at] == USED:
                continue  # inside a quoted title
            if primary is None:
                mention = read_mention(
                    self.text, at, self.people, deal_titles=deal_titles, choose=self.choose
                )
                if mention.match.status == MISSING:
                    empty = empty or mention
                    self.dropped.append((at, at + 1))
                    continue
                primary = mention
                self.mark_person(mention)
            else:
                # Another person named ("gave intro to @Luis"): resolved the same way, kept apart;
                # a window may record the introduction with them.
                mention = read_mention(self.text, at, self.people)
                if mention.match.status != MISSING:
                    self.others.append(mention.match)
                    self.rename(mention)
                    self.highlights.append(Highlight(PART_OTHER_PERSON, mention.start, mention.end))
            self.dropped.append((at, at + 1))
            self.use(folded_at, self.folded.at(mention.end))
        if primary is None:
            span = (empty.start, empty.end) if empty else None
            self.person_problems.append(P.problem(P.MISSING_PERSON, span))
        return primary

    def rename(self, mention: Mention) -> None:
        """In the summary, a resolved @name reads as the contact's name ("@ana nunez" -> Ana Núñez)."""
        match = mention.match
        if match.status == RESOLVED and match.person is not None and match.via == "name":
            self.renamed[mention.start + 1] = (mention.end, match.person.name)

    def mark_person(self, mention: Mention) -> None:
        self.highlights.append(Highlight(PART_PERSON, mention.start, mention.end))
        match, span = mention.match, (mention.start, mention.end)
        self.rename(mention)
        if match.status == AMBIGUOUS:
            self.person_problems.append(
                P.problem(
                    P.AMBIGUOUS_PERSON, span, name=mention.typed, candidates=P.listing(match.candidates)
                )
            )
        elif match.status == UNKNOWN:
            if match.candidates:
                self.person_problems.append(
                    P.problem(
                        P.UNKNOWN_PERSON,
                        span,
                        template=P.UNKNOWN_SIMILAR,
                        name=mention.typed,
                        candidates=P.listing(match.candidates, 3),
                    )
                )
            else:
                self.person_problems.append(P.problem(P.UNKNOWN_PERSON, span, name=mention.typed))

    def read_tags(self) -> list[tuple[str, str]]:
        """(kind, the tag as typed) for #networking, #ventas..."""
        found = []
        for match in V.HASHTAG.finditer(self.line):
            kind = V.KIND_TAGS.get(match.group(1))
            if kind is None:
                continue
            found.append((kind, self.span_text(match.start(), match.end())))
            self.mark(PART_KIND, match.start(), match.end())
            self.dropped.append(self.original(match.start(), match.end()))
            self.use(match.start(), match.end())
        return found

    def read_dates(self) -> tuple[tuple[date, time | None, str] | None, datetime | None]:
        """The follow-up (day, time, title) and the moment it happened, from the dates."""
        line = self.line
        marker = V.FOLLOWUP_MARKER.search(line)
        clause_end = len(line)
        if marker is not None:
            clause_end = self.clause_end(line, marker.end())
        phrases = find_phrases(line)
        followup: tuple[date, time | None, str] | None = None
        when: datetime | None = None
        if marker is not None:
            inside = [p for p in phrases if marker.end() <= p.start < clause_end]
            followup = self.read_marked_followup(marker, clause_end, inside[0] if inside else None)
            phrases = [p for p in phrases if not marker.start() <= p.start < clause_end]
        for phrase in phrases:
            if self.just_numbers(phrase):
                continue  # "20/20 vision" is no date; "el 20/20" or "on 31/02" is a wrong one
            moment = self.moment(phrase, PAST)
            if moment is None:
                continue
            instant = self.instant(moment)
            if instant > self.now:
                if followup is None and (marker is None or self.marker_had_no_date):
                    followup = (moment.day, moment.time, "")
                    self.mark(PART_FOLLOWUP, phrase.start, phrase.end)
                    self.drop(phrase.start, phrase.end)
                    self.solve_missing_date()
            elif when is None:
                when = instant
                self.mark(PART_WHEN, phrase.start, phrase.end)
                self.drop(phrase.start, phrase.end)
        return followup, when

    @staticmethod
    def clause_end(line: str, start: int) -> int:
        """Where the follow-up clause that starts at ``start`` ends: at a comma or full stop, or
        before an @name or a tag already read ("seguimiento el viernes con @Pedro")."""
        ends = V.CLAUSE_END.search(line, start)
        end = ends.start() if ends else len(line)
        taken = line.find(USED, start, end)
        if taken != -1:
            joined = V.JOINING_WORD.search(line, start, taken)
            end = joined.start() if joined else taken
        return end

    def read_marked_followup(
        self, marker: re.Match[str], clause_end: int, phrase: Phrase | None
    ) -> tuple[date, time | None, str] | None:
        self.drop(marker.start(), clause_end)
        found = None
        if phrase is None:
            self.marker_had_no_date = True
            self.problems.append(
                P.problem(P.FOLLOWUP_WITHOUT_DATE, self.original(marker.start(), marker.end()))
            )
            self.mark(PART_FOLLOWUP, marker.start(), marker.end())
        else:
            self.mark(PART_FOLLOWUP, marker.start(), phrase.end)
            moment = self.moment(phrase, FUTURE)
            if moment is not None:
                if self.instant(moment, due=True) < self.now.replace(second=0, microsecond=0):
                    self.problems.append(
                        P.problem(
                            P.FOLLOWUP_IN_PAST,
                            self.original(phrase.start, phrase.end),
                            text=self.span_text(phrase.start, phrase.end),
                        )
                    )
                else:
                    found = (moment.day, moment.time, self.followup_title(marker, clause_end, phrase))
        self.use(marker.start(), clause_end)
        return found

    def just_numbers(self, phrase: Phrase) -> bool:
        if phrase.day is None or phrase.time is not None or not phrase.day.group("numeric"):
            return False
        try:
            resolve(phrase, today=self.today, now=self.now, prefer=PAST)
        except Unreadable:
            return phrase.day.group(0)[:1].isdigit()
        return False

    def solve_missing_date(self) -> None:
        self.problems = [p for p in self.problems if p.code != P.FOLLOWUP_WITHOUT_DATE]

    def followup_title(self, marker: re.Match[str], clause_end: int, phrase: Phrase) -> str:
        """Words of the follow-up clause besides the marker and the date ("send the deck")."""
        parts = [(marker.end(), phrase.start), (phrase.end, clause_end)]
        words = " ".join(self.span_text(s, e) for s, e in parts if e > s)
        folded = fold_text(words).text
        skip = V.FILLER.match(folded)
        if skip and skip.end():
            words = words[self.folded_prefix_length(words, skip.end()) :]
        words = " ".join(words.split()).strip(" ,;:-–—")
        return words[:1].upper() + words[1:] if words else ""

    @staticmethod
    def folded_prefix_length(words: str, folded_length: int) -> int:
        folded = fold_text(words)
        return folded.origin[folded_length] if folded_length < len(folded.origin) else len(words)

    def moment(self, phrase: Phrase, prefer: str) -> Moment | None:
        try:
            return resolve(phrase, today=self.today, now=self.now, prefer=prefer)
        except Unreadable:
            self.problems.append(
                P.problem(
                    P.BAD_DATE,
                    self.original(phrase.start, phrase.end),
                    text=self.span_text(phrase.start, phrase.end),
                )
            )
            return None

    def instant(self, moment: Moment, *, due: bool = False) -> datetime:
        zone = self.now.tzinfo
        if moment.time is not None:
            return datetime.combine(moment.day, moment.time, tzinfo=zone)
        if moment.day == self.today:
            return self.now.replace(second=0, microsecond=0) if due else self.now
        return datetime.combine(moment.day, self.now.timetz().replace(second=0, microsecond=0))

    def drop(self, start: int, end: int) -> None:
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

    def read_value(self) -> ValueMove | None:
        found = self.leftmost(V.VALUES)
        if found is None:
            return None
        match, (direction, vtype) = found
        groups = match.groupdict()
        self.mark(PART_VALUE, match.start(), match.end())
        self.use(match.start(), match.end())
        return ValueMove(direction or groups["dir"], vtype or V.VALUE_TYPES[groups["type"]])

    def read_objection(self) -> str | None:
        found = self.leftmost(V.OBJECTION_PATTERNS)
        if found is None:
            return None
        match, category = found
        self.mark(PART_OBJECTION, match.start(), match.end())
        self.use(match.start(), match.end())
        return category or V.OBJECTION_CATEGORY[" ".join(match.group("cat").split())]

    def read_channel(self) -> str:
        found = self.leftmost(V.CHANNELS) or self.leftmost([(V.WEAK_MEETING, "meeting")])
        if found is None:
            return "other"
        match, channel = found
        self.mark(PART_CHANNEL, match.start(), match.end())
        return channel

    def read_deal(
        self, person: PersonMatch, quotes: list[tuple[str, tuple[int, int], bool]]
    ) -> tuple[DealLink | None, tuple[int, int] | None]:
        """The deal a quoted title names, if the title is a deal's (or follows "deal")."""
        deals = person.person.open_deals if person.person is not None else ()
        for title, (start, end), marked in quotes:
            ranked = sorted(((deal_fits(d.title, title), d) for d in deals), key=lambda pair: -pair[0])
            best = [d for fit, d in ranked if fit and fit == ranked[0][0]]
            if len(best) == 1:
                self.mark(PART_DEAL, start, end)
                return DealLink(title, best[0]), self.original(start, end)
            if marked:
                self.mark(PART_DEAL, start, end)
                if person.status in (RESOLVED, UNKNOWN):
                    name = person.person.name if person.person else person.typed
                    self.problems.append(
                        P.problem(P.UNKNOWN_DEAL, self.original(start, end), name=name, title=title)
                    )
                return DealLink(title, None), self.original(start, end)
        return None, None

    @staticmethod
    def only_open_deal(person: PersonMatch, kind: str) -> DealLink | None:
        if kind != "sales" or person.person is None or len(person.person.open_deals) != 1:
            return None
        deal = person.person.open_deals[0]
        return DealLink(deal.title, deal)

    @staticmethod
    def decide_kind(
        tags: list[tuple[str, str]],
        deal: DealLink | None,
        objection: str | None,
        value: ValueMove | None,
        person: PersonMatch,
    ) -> tuple[str, str]:
        if tags:
            return tags[0][0], "tag"
        if deal is not None:
            return "sales", "deal"
        if objection is not None:
            return "sales", "objection"
        if value is not None:
            return "networking", "value"
        if person.person is not None and person.person.open_deals:
            return "sales", "open_deal"
        return "networking", "default"

    def check_kind(
        self,
        kind: str,
        reason: str,
        tags: list[tuple[str, str]],
        deal: DealLink | None,
        deal_span: tuple[int, int] | None,
        objection: str | None,
        value: ValueMove | None,
    ) -> None:
        if len({k for k, _ in tags}) > 1:
            self.problems.append(P.problem(P.TWO_KINDS, self.highlight_span(PART_KIND)))
        if kind == "networking":
            if objection is not None:
                self.problems.append(
                    P.problem(P.OBJECTION_IN_NETWORKING, self.highlight_span(PART_OBJECTION))
                )
            if deal is not None and deal_span is not None:
                self.problems.append(P.problem(P.DEAL_IN_NETWORKING, deal_span))
        elif value is not None:
            self.problems.append(P.problem(P.VALUE_IN_SALES, self.highlight_span(PART_VALUE)))

    def highlight_span(self, part: str) -> tuple[int, int] | None:
        found = next((h for h in self.highlights if h.part == part), None)
        return (found.start, found.end) if found else None

    # -- what is left: the summary -----------------------------------------------------------------------

    def summary(self, person: PersonMatch) -> str:
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
