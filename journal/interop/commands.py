"""``networking-journal import`` and ``networking-journal export`` (same code as the window)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal import db

if TYPE_CHECKING:
    from journal.interop import engine

# Kept here (and checked against the engine by a test) so that building the
# command line does not import the parsers: the window starts faster.
IMPORT_FORMATS = ("auto", "vcard", "linkedin", "google", "outlook", "csv", "json")
EXPORT_FORMATS = ("vcard", "csv", "ics", "json")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_UNREADABLE = 2


def register(subparsers: Any) -> None:
    # --db is also accepted after the sub-command; SUPPRESS keeps the main parser's value otherwise.
    """Add the ``import`` and ``export`` sub-commands."""
    db_help = "database file to use (may also come before the command)"
    importer = subparsers.add_parser("import", help="import contacts from a vCard, CSV or JSON file")
    importer.add_argument("file", type=Path, help="the file to import")
    importer.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    importer.add_argument(
        "--format", choices=IMPORT_FORMATS, default="auto", help="file format (default: auto)"
    )
    importer.add_argument("--dry-run", action="store_true", help="show what would change without writing")
    importer.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help="for a CSV whose dates could be day/month or month/day: read them as this",
    )
    importer.add_argument(
        "--allow-merge-many",
        action="store_true",
        help="import even when many rows of the file would be merged into one contact",
    )
    importer.add_argument(
        "--merge-matches",
        action="store_true",
        help="merge people who agree with a contact by name and organization (offered in the preview)",
    )
    importer.add_argument(
        "--create", action="store_true", help="start a new journal at --db when there is none yet"
    )
    importer.set_defaults(func=run_import)
    exporter = subparsers.add_parser("export", help="export the journal as vCard, CSV, iCalendar or JSON")
    exporter.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    exporter.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    exporter.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    exporter.add_argument("--events", action="store_true", help="ics: write VEVENTs instead of VTODOs")
    exporter.set_defaults(func=run_export)


def _open(path: Path, *, create: bool = False, hint: str = "") -> bool:
    # The checks every command runs (journal.safety.command_line): a damaged or missing
    # journal is refused with the same message everywhere and never written to.
    from journal.safety.command_line import open_journal

    open_journal(path, create=create, create_hint=hint)
    return True


def print_plan(plan: engine.ImportPlan, *, dry_run: bool) -> None:
    """Tell what an import did (or would do): counts, skipped and doubtful records, what is kept and not."""
    from journal.interop import planning, report

    verb = "would be" if dry_run else "were"
    print(
        f"{plan.added} added, {plan.merged} merged, {plan.skipped} skipped ({verb} written)"
        if dry_run
        else f"{plan.added} added, {plan.merged} merged, {plan.skipped} skipped"
    )
    before = 0
    for entry in plan.entries:
        if entry.action == "skip" and entry.kind == "damaged":
            print(f"skipped {entry.where}: {entry.message}")
        elif entry.action == "skip" and entry.reason == planning.IMPORTED_BEFORE:
            before += 1
        elif entry.action == "skip" and entry.reason:
            label = f"{entry.name} " if entry.name else ""
            print(f"skipped {entry.where}: {label}— {entry.message}")
    if before:
        print(f"{before} rows were imported before and change nothing")
    damaged = plan.damaged()
    if damaged:
        print(
            f"warning: {len(damaged)} card(s) could not be read and "
            f"{'will be' if dry_run else 'were'} skipped"
            " (listed above); the rest of the file is imported"
        )
    for entry in plan.offers():
        print(
            f"offer {entry.where}: {entry.name} — {entry.message} (run again with --merge-matches to merge)"
        )
    for entry in plan.duplicates():
        if entry.offer_id is None:
            print(f"review {entry.where}: {entry.name} — {entry.message}")
    for many in plan.merge_many:
        print(
            f"warning: {many.rows} rows would be merged into one contact, {many.name}"
            f"{f' (matched on {many.key})' if many.key else ''}; the import refuses that unless run with"
            " --allow-merge-many"
        )
    if plan.date_question:
        print(report.DATE_ORDER + " Use --date-order dmy or --date-order mdy.")
    for line in report.lines(plan.report):
        print(line)


def run_import(args: argparse.Namespace, path: Path) -> int:
    """``import FILE``: read the file, then add or merge its contacts into the journal at ``path``."""
    from journal.interop import engine
    from journal.interop.errors import ImportFileError
    from journal.safety import backups
    from journal.safety.errors import BackupError

    try:
        parsed = engine.read_file(args.file, args.format)
    except ImportFileError as exc:
        print(f"error: cannot import {args.file}: {exc}", file=sys.stderr)
        print("The database was not changed.", file=sys.stderr)
        return EXIT_UNREADABLE
    hint = "To start a new journal there with this import, add --create."
    if not _open(path, create=getattr(args, "create", False), hint=hint):
        return EXIT_FAILED
    choices = engine.ImportChoices(
        date_order=args.date_order, allow_merge_many=args.allow_merge_many, accept_matches=args.merge_matches
    )
    try:
        if args.dry_run:
            plan = engine.plan_import(parsed, choices)
        else:
            backups.backup_before_import()
            plan = engine.apply_import(parsed, choices, others_here=False)
    except engine.MergeManyRefused as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("The database was not changed.", file=sys.stderr)
        return EXIT_FAILED
    except BackupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("Nothing was imported.", file=sys.stderr)
        return EXIT_FAILED
    except ImportFileError as exc:
        print(f"error: cannot import {args.file}: {exc}", file=sys.stderr)
        print("The database was not changed.", file=sys.stderr)
        return EXIT_UNREADABLE
    finally:
        db.close_database()
    print_plan(plan, dry_run=args.dry_run)
    return EXIT_OK


def run_export(args: argparse.Namespace, path: Path) -> int:
    """``export``: write the journal at ``path`` as vCard, CSV, iCalendar or JSON."""
    from journal.interop import export

    if not _open(path):
        return EXIT_FAILED
    try:
        result = export.export(args.format, args.output, as_events=args.events)
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        db.close_database()
    print(f"wrote {result.count} {'rows' if args.format == 'json' else 'items'} to {result.path}")
    return EXIT_OK
