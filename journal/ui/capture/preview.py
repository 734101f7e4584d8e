"""What the capture window shows of a parsed line: the line with its parts marked, and one row
per part in words ("Who", "Kind", "Follow-up"…). Plain functions over ``Capture``; no widgets."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from journal import clock
from journal.capture import model
from journal.capture.model import AMBIGUOUS, RESOLVED, UNKNOWN, Capture
from journal.capture.problems import describe
from journal.ui import formatting, theme, vocabulary

# The colour of each part in the marked line (always with an underline: never colour alone).
PART_COLOURS = {
    model.PART_PERSON: "snoozed",
    model.PART_OTHER_PERSON: "snoozed",
    model.PART_KIND: "networking",
    model.PART_CHANNEL: "sales",
    model.PART_VALUE: "done",
    model.PART_OBJECTION: "overdue",
    model.PART_DEAL: "sales",
    model.PART_WHEN: "lost",
    model.PART_FOLLOWUP: "due",
}


def marked_line(capture: Capture, palette: QPalette) -> str:
    """The typed line as rich text, each part it understood underlined in its colour."""
    text = capture.text
    pieces: list[str] = []
    at = 0
    for mark in sorted(capture.highlights, key=lambda h: h.start):
        if mark.start < at:
            continue  # overlapping marks: the first one wins
        pieces.append(escape(text[at : mark.start]))
        colour = theme.status_color(palette, PART_COLOURS.get(mark.part, "due")).name()
        pieces.append(
            f'<span style="color:{colour}; text-decoration: underline; font-weight:600">'
            f"{escape(text[mark.start : mark.end])}</span>"
        )
        at = mark.end
    pieces.append(escape(text[at:]))
    return "".join(pieces)


def who(capture: Capture) -> str:
    """Whom the entry is for, or what is wrong with the @name."""
    match = capture.person
    if match.status == RESOLVED and match.person is not None:
        return describe(match.person)
    if match.status == AMBIGUOUS:
        return QCoreApplication.translate("QuickCapture", "@{name} — which one? (choose below)").format(
            name=match.typed
        )
    if match.status == UNKNOWN:
        return QCoreApplication.translate("QuickCapture", "{name} — not in your contacts yet").format(
            name=match.typed
        )
    return QCoreApplication.translate("QuickCapture", "nobody yet — type @ and a name")


def kind_text(capture: Capture) -> str:
    """ "Sales (open deal “Pilot”)": the ledger and why."""
    reason = {
        "tag": QCoreApplication.translate("QuickCapture", "you said so"),
        "deal": QCoreApplication.translate("QuickCapture", "a deal is named"),
        "objection": QCoreApplication.translate("QuickCapture", "an objection"),
        "value": QCoreApplication.translate("QuickCapture", "value given or received"),
        "open_deal": QCoreApplication.translate("QuickCapture", "they have an open deal"),
        "default": QCoreApplication.translate("QuickCapture", "the usual"),
    }.get(capture.kind_reason, capture.kind_reason)
    return f"{vocabulary.kind(capture.kind)} ({reason})"


def rows(capture: Capture) -> list[tuple[str, str]]:
    """(label, value) for each part the line says, in the order a person reads an entry."""
    found = [
        (QCoreApplication.translate("QuickCapture", "Who"), who(capture)),
        (QCoreApplication.translate("QuickCapture", "Kind"), kind_text(capture)),
        (QCoreApplication.translate("QuickCapture", "Channel"), vocabulary.channel(capture.channel)),
        (QCoreApplication.translate("QuickCapture", "When"), when_text(capture)),
    ]
    if capture.value is not None:
        found.append(
            (
                QCoreApplication.translate("QuickCapture", "Value"),
                QCoreApplication.translate("QuickCapture", "{direction}: {what}").format(
                    direction=vocabulary.word(vocabulary.DIRECTION_TEXT, capture.value.direction),
                    what=vocabulary.value_type(capture.value.type).lower(),
                ),
            )
        )
    if capture.objection is not None:
        found.append(
            (QCoreApplication.translate("QuickCapture", "Objection"), vocabulary.objection(capture.objection))
        )
    if capture.deal is not None:
        title = capture.deal.deal.title if capture.deal.deal else capture.deal.title
        found.append((QCoreApplication.translate("QuickCapture", "Deal"), title))
    if capture.followup is not None:
        plan = capture.followup
        day = formatting.long_date(plan.due_date)
        if plan.due_time is not None:
            day += " " + formatting.short_time(plan.due_time)
        found.append((QCoreApplication.translate("QuickCapture", "Follow-up"), f"{day} — {plan.title}"))
    found.append((QCoreApplication.translate("QuickCapture", "Summary"), capture.summary))
    return found


def when_text(capture: Capture) -> str:
    """When it happened, the way the lists say it."""
    local = capture.occurred_at.astimezone(clock.local_zone())
    if local.date() == clock.today():
        return QCoreApplication.translate("QuickCapture", "today at {time}").format(
            time=formatting.short_time(local.time())
        )
    return formatting.short_datetime(capture.occurred_at)


def problems(capture: Capture, *, creating: bool) -> list[str]:
    """What stands in the way of saving, in the user's language (the unknown person is not a
    problem once the user said to add them)."""
    shown = []
    for problem in capture.problems:
        if creating and problem.code == "unknown_person":
            continue
        text = QCoreApplication.translate("Capture", problem.template)
        shown.append(text.format(**problem.args) if problem.args else text)
    return shown
