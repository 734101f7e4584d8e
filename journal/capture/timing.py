"""Reading the dates of a typed line: when it happened, and the follow-up.

A follow-up marker ("follow up", "seguimiento", "remind me") takes the first date of its
clause; any other date in the future is a follow-up too, one in the past is when it
happened. Dates that cannot be read, or a follow-up in the past, become problems.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from journal.capture import problems as P
from journal.capture import vocabulary as V
from journal.capture.dates import FUTURE, PAST, Moment, Phrase, Unreadable, find_phrases, resolve
from journal.capture.line import CaptureLine
from journal.capture.model import PART_FOLLOWUP, PART_WHEN
from journal.capture.text import USED, fold_text


class TimingReader(CaptureLine):
    """A typed line whose dates are read against ``today`` and ``now`` (aware, local)."""

    def __init__(self, text: str, today: date, now: datetime) -> None:
        super().__init__(text)
        self.today = today
        self.now = now
        self.marker_had_no_date = False

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
        """The follow-up a marker ("follow up", "seguimiento") announces, from its clause's first date."""
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
        """True for numbers that only look like a date ("20/20 vision"), not a wrong date."""
        if phrase.day is None or phrase.time is not None or not phrase.day.group("numeric"):
            return False
        try:
            resolve(phrase, today=self.today, now=self.now, prefer=PAST)
        except Unreadable:
            return phrase.day.group(0)[:1].isdigit()
        return False

    def solve_missing_date(self) -> None:
        """A follow-up marker without a date got its date after all: drop that problem."""
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
        """How many characters of ``words`` as typed the first ``folded_length`` folded ones are."""
        folded = fold_text(words)
        return folded.origin[folded_length] if folded_length < len(folded.origin) else len(words)

    def moment(self, phrase: Phrase, prefer: str) -> Moment | None:
        """The day and time ``phrase`` says (``prefer``: PAST or FUTURE), or None with a problem."""
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
        """``moment`` as an aware time (no time said: now's time of day; ``due``: to the minute)."""
        zone = self.now.tzinfo
        if moment.time is not None:
            return datetime.combine(moment.day, moment.time, tzinfo=zone)
        if moment.day == self.today:
            return self.now.replace(second=0, microsecond=0) if due else self.now
        return datetime.combine(moment.day, self.now.timetz().replace(second=0, microsecond=0))
