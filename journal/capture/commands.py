"""``networking-journal-cli log "TEXT" [--dry-run] [--create] [--db PATH]``: quick capture
from the command line, with the parser and the saving the window uses.

It prints what it understood and saves it unless ``--dry-run``. Exit codes: 0 saved (or
understood, with ``--dry-run``); 1 the journal cannot be used (missing, damaged, newer,
locked, disk full); 2 the text cannot be saved as written (the person is unknown or
ambiguous, a date cannot be read...). The journal is never touched when it is damaged.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import Any

import peewee

from journal import clock, db
from journal.capture.model import AMBIGUOUS, RESOLVED, UNKNOWN, Capture
from journal.capture.problems import UNKNOWN_PERSON, describe

EXIT_OK = 0
EXIT_JOURNAL = 1
EXIT_TEXT = 2

_EXAMPLES = """examples:
  networking-journal-cli log "coffee with @Ana Núñez #networking gave advice, follow up in 2 weeks"
  networking-journal-cli log "llamada con @Pedro #ventas objeción precio, seguimiento el martes"
  networking-journal-cli log --dry-run 'demo @Globex deal "Annual licence" mañana 10:00'

exit codes: 0 saved (or understood, with --dry-run), 1 the journal cannot be used,
2 the text cannot be saved as written (unknown or ambiguous person, unreadable date)"""


def register(subparsers: Any) -> None:
    """Add the ``log`` sub-command."""
    log = subparsers.add_parser(
        "log",
        help="log an interaction from one line of text (quick capture)",
        description="Log an interaction, its value or objection and a follow-up from one line "
        "of English or Spanish. Name the person with @.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    log.add_argument(
        "text", metavar="TEXT", help='what happened, e.g. "café con @Ana, seguimiento el viernes"'
    )
    log.add_argument("--dry-run", action="store_true", help="show what would be saved without saving it")
    log.add_argument(
        "--create", action="store_true", help="add the @person as a new contact when no contact has that name"
    )
    log.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help="journal file to use (may also come before the command)",
    )
    log.set_defaults(func=run_log)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def run_log(args: argparse.Namespace, path: Path) -> int:
    """Parse ``args.text``, print what was understood and save it unless ``--dry-run``."""
    # The checks every command runs: a missing or damaged journal is refused the same way
    # (journal.safety.command_line) and never written to.
    from journal.safety.command_line import open_journal

    open_journal(path)
    try:
        return _log(args.text, dry_run=args.dry_run, create=args.create)
    except BrokenPipeError:  # the output's reader went away: not the journal (``run_command`` says it)
        raise
    except (OSError, sqlite3.Error, peewee.PeeweeException) as exc:
        return _storage_failure(exc)
    finally:
        db.close_database()


def _log(text: str, *, dry_run: bool, create: bool) -> int:
    from journal.capture.directory import JournalPeople
    from journal.capture.parser import parse
    from journal.capture.save import save_capture
    from journal.services.errors import JournalError

    capture = parse(text, today=clock.today(), now=clock.now(), people=JournalPeople())
    if capture.text.strip():
        print_capture(capture)
    if not capture.can_save(create_person=create):
        _tell_problems(capture)
        return EXIT_TEXT
    if dry_run:
        print("Dry run: nothing was saved.")
        return EXIT_OK
    try:
        saved = save_capture(capture, create_person=create)
    except JournalError as exc:  # the journal changed in between (a deal closed...)
        _err(f"error: {exc}")
        _err("Nothing was saved.")
        return EXIT_TEXT
    if saved.contact_created:
        print(f"Added {saved.contact_name} as a new contact.")
    parts = f"interaction #{saved.interaction_id}"
    if saved.followup_id is not None:
        parts += f" and follow-up #{saved.followup_id}"
    if saved.introduction_id is not None:
        parts += f" and introduction #{saved.introduction_id}"
    print(f"Saved {parts} for {saved.contact_name}.")
    return EXIT_OK


def _storage_failure(exc: BaseException) -> int:
    from journal.safety.errors import STORAGE_MESSAGES, storage_problem

    kind = storage_problem(exc)
    if kind is not None:
        _err(STORAGE_MESSAGES[kind])
    else:
        _err(f"error: the journal could not be read or written ({exc}). Nothing was saved.")
    return EXIT_JOURNAL


_KIND_REASONS = {
    "deal": "a deal",
    "open_deal": "an open deal",
    "objection": "an objection",
    "value": "value given or received",
    "default": "default",
}


def print_capture(capture: Capture) -> None:
    """What was understood, one part a line (the preview of the command line)."""
    lines = [("Person", _person(capture)), ("Kind", f"{capture.kind} ({_kind_reason(capture)})")]
    lines.append(("Channel", capture.channel))
    when = capture.occurred_at.astimezone(clock.local_zone())
    lines.append(("When", f"{when:%Y-%m-%d %H:%M}"))
    if capture.value is not None:
        lines.append(("Value", f"{capture.value.direction} {capture.value.type}"))
    if capture.objection is not None:
        lines.append(("Objection", capture.objection))
    if capture.deal is not None:
        lines.append(
            ("Deal", capture.deal.deal.title if capture.deal.deal else f"“{capture.deal.title}” (not found)")
        )
    if capture.followup is not None:
        plan = capture.followup
        due = plan.due_date.isoformat() + (f" {plan.due_time:%H:%M}" if plan.due_time else "")
        lines.append(("Follow-up", f"{due} — {plan.title}"))
    told = capture.introduction
    if told is not None and capture.person.person is not None:
        a, b = capture.person.person.name, told.other.name
        said = f"I introduced {a} to {b}" if told.direction == "i_introduced" else f"{a} introduced me to {b}"
        lines.append(("Introduction", said))
    for other in capture.unknown_others:
        lines.append(("Also named", f"@{other.typed} (not recorded: {_person_status(other.status)})"))
    lines.append(("Summary", capture.summary))
    for label, value in lines:
        print(f"{label + ':':<12}{value}")


def _person(capture: Capture) -> str:
    match = capture.person
    if match.status == RESOLVED and match.person is not None:
        return describe(match.person)
    if match.status == AMBIGUOUS:
        return f"@{match.typed} (which one?)"
    if match.status == UNKNOWN:
        return f"{match.typed} (not in the journal)"
    return "(nobody named)"


def _person_status(status: str) -> str:
    return "several contacts have that name" if status == AMBIGUOUS else "no contact has that name"


def _kind_reason(capture: Capture) -> str:
    reason = capture.kind_reason
    if reason == "tag":
        tag = capture.highlight("kind")
        return capture.text[tag.start : tag.end] if tag else "tag"
    if reason in ("deal", "open_deal") and capture.deal is not None:
        word = "deal" if reason == "deal" else "open deal"
        return f"{word} “{capture.deal.title}”"
    return _KIND_REASONS.get(reason, reason)


def _tell_problems(capture: Capture) -> None:
    for problem in capture.problems:
        _err(problem.message)
        if problem.code == UNKNOWN_PERSON:
            _err(f"Run again with --create to add “{capture.person.typed}” as a new contact.")
    if capture.person.status == AMBIGUOUS:
        _err("Write more of the name or the organization (e.g. @Ana Núñez, @Ana Acme).")
    _err("Nothing was saved.")
