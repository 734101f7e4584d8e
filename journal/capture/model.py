"""What quick capture understood: plain frozen dataclasses, no Qt, no database.

``parse()`` (``journal.capture.parser``) returns a :class:`Capture`; a window
shows it as a preview (highlighting ``highlights`` in the typed text and
listing ``problems``) and ``save_capture()`` (``journal.capture.save``) writes it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Protocol

# -- the people the parser may name (given by a resolver) ------------------------------------------


@dataclass(frozen=True)
class OpenDeal:
    """A deal of a contact that is not won or lost yet."""

    id: int
    title: str
    stage: str = "prospect"


@dataclass(frozen=True)
class Person:
    """A contact as the parser sees it."""

    id: int
    name: str
    organization: str = ""
    open_deals: tuple[OpenDeal, ...] = ()


class PeopleResolver(Protocol):
    """Given what follows an ``@`` ("ana", "ana nunez", "Globex"), the contacts whose name
    or organization may match it. Returning more than match is fine: the parser ranks
    them itself (accent- and case-free, word prefixes, then typos as suggestions only).
    ``journal.capture.directory.JournalPeople`` answers from the open journal."""

    def __call__(self, fragment: str, /) -> Sequence[Person]: ...


# -- what the text said ----------------------------------------------------------------------------

# The parts of the text a preview can highlight (``Highlight.part``).
PART_PERSON = "person"
PART_KIND = "kind"
PART_CHANNEL = "channel"
PART_VALUE = "value"
PART_OBJECTION = "objection"
PART_DEAL = "deal"
PART_WHEN = "when"
PART_FOLLOWUP = "followup"
PART_OTHER_PERSON = "other_person"  # a second @name ("gave intro to @Luis")
PARTS = (
    PART_PERSON,
    PART_OTHER_PERSON,
    PART_KIND,
    PART_CHANNEL,
    PART_VALUE,
    PART_OBJECTION,
    PART_DEAL,
    PART_WHEN,
    PART_FOLLOWUP,
)


@dataclass(frozen=True)
class Highlight:
    """``text[start:end]`` is where ``part`` came from."""

    part: str
    start: int
    end: int


@dataclass(frozen=True)
class Problem:
    """Why the capture cannot be saved as written, in plain words.

    ``template`` is English, marked with ``QT_TRANSLATE_NOOP("Capture", ...)``; a window
    shows ``QCoreApplication.translate("Capture", p.template).format(**p.args)``.
    """

    code: str
    template: str
    args: Mapping[str, str] = field(default_factory=dict)
    start: int | None = None
    end: int | None = None

    @property
    def message(self) -> str:
        """The English message (command line, logs)."""
        return self.template.format(**self.args) if self.args else self.template


# PersonMatch.status
RESOLVED = "resolved"
AMBIGUOUS = "ambiguous"  # several contacts fit: ``candidates`` lists them
UNKNOWN = "unknown"  # nobody fits: offer to create ``typed``; ``candidates`` are close spellings
MISSING = "missing"  # no @name in the text


@dataclass(frozen=True)
class PersonMatch:
    status: str
    typed: str = ""  # the name as written after "@" (what a new contact would be called)
    person: Person | None = None
    candidates: tuple[Person, ...] = ()
    via: str = "name"  # "name" or "organization"


@dataclass(frozen=True)
class ValueMove:
    """Networking value that moved: ``direction`` gave/received, ``type`` introduction/advice/..."""

    direction: str
    type: str


@dataclass(frozen=True)
class DealLink:
    title: str  # as typed between quotes
    deal: OpenDeal | None = None  # None when the person has no open deal of that name


@dataclass(frozen=True)
class FollowUpPlan:
    due_date: date
    due_time: time | None
    title: str


@dataclass(frozen=True)
class IntroductionPlan:
    """ "I introduced <person> to ``other``" (``i_introduced``) or "<person> introduced me to
    ``other``" (``introduced_me``), recorded with the entry when the user keeps it."""

    direction: str
    other: Person


@dataclass(frozen=True)
class Capture:
    text: str
    person: PersonMatch
    kind: str  # "networking" | "sales"
    kind_reason: str  # "tag", "deal", "objection", "value", "open_deal" or "default"
    channel: str  # one of journal.db.models.CHANNELS
    occurred_at: datetime  # aware, in the local zone
    summary: str
    value: ValueMove | None = None
    objection: str | None = None  # one of OBJECTION_CATEGORIES
    deal: DealLink | None = None
    followup: FollowUpPlan | None = None
    highlights: tuple[Highlight, ...] = ()
    problems: tuple[Problem, ...] = ()
    others: tuple[PersonMatch, ...] = ()  # the @names after the first, resolved the same way

    @property
    def ready(self) -> bool:
        """Nothing stands in the way of saving."""
        return not self.problems

    @property
    def needs_new_contact(self) -> bool:
        """Saving would create the contact ``person.typed`` (and nothing else is wrong)."""
        return self.person.status == UNKNOWN and all(p.code == "unknown_person" for p in self.problems)

    def can_save(self, *, create_person: bool = False) -> bool:
        """Whether saving is possible now (``create_person``: the user agreed to add the unknown person)."""
        return self.ready or (create_person and self.needs_new_contact)

    @property
    def introduction(self) -> IntroductionPlan | None:
        """The introduction the text tells of, when it can be recorded: an introduction given or
        received ("gave intro to @Luis", "me presentó a @Luis") naming a second, known person."""
        if self.value is None or self.value.type != "introduction" or self.person.person is None:
            return None
        other = next((m.person for m in self.others if m.status == RESOLVED and m.person is not None), None)
        if other is None or other.id == self.person.person.id:
            return None
        direction = "i_introduced" if self.value.direction == "gave" else "introduced_me"
        return IntroductionPlan(direction, other)

    @property
    def unknown_others(self) -> tuple[PersonMatch, ...]:
        """Second @names that are nobody (or several people): nothing is recorded about them."""
        return tuple(m for m in self.others if m.status in (UNKNOWN, AMBIGUOUS))

    def highlight(self, part: str) -> Highlight | None:
        """Where in the text ``part`` came from, if it was found."""
        return next((h for h in self.highlights if h.part == part), None)
