"""One typed line -> a :class:`~journal.capture.model.Capture` (pure: no database, no Qt).

    parse("llamada con @Pedro #ventas objeción precio, seguimiento el martes",
          today=clock.today(), now=clock.now(), people=JournalPeople())

The parts are read in an order that keeps them from stealing each other's words:
quoted deal titles, then @names, #networking / #sales, the follow-up clause and the
dates, value given or received, an objection, and last the channel. Whatever is left,
with the person's name, is the entry's summary.

The reader is built in layers: ``line.CaptureLine`` keeps the bookkeeping (what is read,
highlighted, left for the summary), ``timing.TimingReader`` reads the dates and the
follow-up, and ``_Reader`` here the people, tags, value, objection, channel, deal and kind.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from journal import clock
from journal.capture import problems as P
from journal.capture import vocabulary as V
from journal.capture.model import (
    AMBIGUOUS,
    MISSING,
    PART_CHANNEL,
    PART_DEAL,
    PART_KIND,
    PART_OBJECTION,
    PART_OTHER_PERSON,
    PART_PERSON,
    PART_VALUE,
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
from journal.capture.text import USED
from journal.capture.timing import TimingReader

MAX_LENGTH = 1000


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


class _Reader(TimingReader):
    def __init__(self, text: str, today: date, now: datetime, people: PeopleResolver, choose: Person | None):
        super().__init__(text, today, now)
        self.people = people
        self.choose = choose
        self.person_problems: list[Problem] = []
        self.others: list[PersonMatch] = []

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
