"""Why a capture cannot be saved as written: plain-language templates (context "Capture").

A window shows ``QCoreApplication.translate("Capture", problem.template).format(**problem.args)``;
the command line prints ``problem.message`` (English).
"""

from __future__ import annotations

from journal.capture.model import Person, Problem
from journal.services.errors import QT_TRANSLATE_NOOP

EMPTY = "empty"
TOO_LONG = "too_long"
MISSING_PERSON = "missing_person"
UNKNOWN_PERSON = "unknown_person"
AMBIGUOUS_PERSON = "ambiguous_person"
BAD_DATE = "bad_date"
FOLLOWUP_WITHOUT_DATE = "followup_without_date"
FOLLOWUP_IN_PAST = "followup_in_past"
UNKNOWN_DEAL = "unknown_deal"
TWO_KINDS = "two_kinds"
VALUE_IN_SALES = "value_in_sales"
OBJECTION_IN_NETWORKING = "objection_in_networking"
DEAL_IN_NETWORKING = "deal_in_networking"

TEMPLATES = {
    EMPTY: QT_TRANSLATE_NOOP(
        "Capture", "Write what happened and with whom, e.g. “coffee with @Ana, follow up in 2 weeks”."
    ),
    TOO_LONG: QT_TRANSLATE_NOOP(
        "Capture", "That is too long for a quick note (at most {max} characters): use Log interaction."
    ),
    MISSING_PERSON: QT_TRANSLATE_NOOP("Capture", "Say who it was with: type @ and their name."),
    UNKNOWN_PERSON: QT_TRANSLATE_NOOP("Capture", "No contact is called “{name}”. Create a new contact?"),
    AMBIGUOUS_PERSON: QT_TRANSLATE_NOOP(
        "Capture", "“{name}” could be several contacts: {candidates}. Which one?"
    ),
    BAD_DATE: QT_TRANSLATE_NOOP("Capture", "“{text}” is not a date that can be read."),
    FOLLOWUP_WITHOUT_DATE: QT_TRANSLATE_NOOP(
        "Capture", "When is the follow-up? Add a date, e.g. “in 2 weeks” or “el viernes”."
    ),
    FOLLOWUP_IN_PAST: QT_TRANSLATE_NOOP("Capture", "The follow-up date “{text}” has already passed."),
    UNKNOWN_DEAL: QT_TRANSLATE_NOOP("Capture", "{name} has no open deal called “{title}”."),
    TWO_KINDS: QT_TRANSLATE_NOOP("Capture", "Say either networking or sales, not both."),
    VALUE_IN_SALES: QT_TRANSLATE_NOOP(
        "Capture", "Given or received value belongs to networking entries, but this one is sales."
    ),
    OBJECTION_IN_NETWORKING: QT_TRANSLATE_NOOP(
        "Capture", "Objections belong to sales entries, but this one is networking."
    ),
    DEAL_IN_NETWORKING: QT_TRANSLATE_NOOP(
        "Capture", "A deal belongs to a sales entry, but this one is networking."
    ),
}

# UNKNOWN_PERSON when some contacts are spelled alike.
UNKNOWN_SIMILAR = QT_TRANSLATE_NOOP(
    "Capture", "No contact is called “{name}”. Did you mean {candidates}? Otherwise, create a new contact."
)


def problem(
    code: str, span: tuple[int, int] | None = None, *, template: str | None = None, **args: str
) -> Problem:
    """A problem of kind ``code``, at ``span`` of the text, with its message arguments."""
    start, end = span if span is not None else (None, None)
    return Problem(code, template or TEMPLATES[code], args, start, end)


def describe(person: Person) -> str:
    """ "Ana Núñez (Acme)": how a candidate is listed in a message."""
    return f"{person.name} ({person.organization})" if person.organization else person.name


def listing(people: tuple[Person, ...] | list[Person], limit: int = 5) -> str:
    """Candidates as a short comma-separated list for a message."""
    shown = [describe(p) for p in people[:limit]]
    if len(people) > limit:
        shown.append("…")
    return ", ".join(shown)
