"""Command-line commands: ``backup``, ``restore`` and ``check``.

    networking-journal backup [--db PATH] [-o FILE]
    networking-journal restore BACKUP [--db PATH] [--create]
    networking-journal check [--db PATH] [--repair]

Each prints what it did in plain words and exits non-zero when something is
wrong (damaged file, newer schema, disk full...), leaving the journal untouched.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journal.safety import backups, consistency_commands, integrity, restore
from journal.safety.command_line import JournalRefused, missing_lines, prepare_journal, refusal_lines
from journal.safety.errors import SafetyError

EXIT_OK = 0
EXIT_PROBLEM = 1  # the file is damaged / the backup failed
EXIT_REFUSED = 2  # a newer schema, no such file


def _db_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps the top-level ``--db`` when the sub-command does not repeat it.
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="journal file to use")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``backup``, ``restore`` and ``check`` sub-commands."""
    backup = subparsers.add_parser("backup", help="make a verified backup of the journal")
    _db_option(backup)
    backup.add_argument("-o", "--output", type=Path, default=None, help="write the backup to FILE")
    backup.set_defaults(func=run_backup)

    restore_cmd = subparsers.add_parser(
        "restore", help="replace the journal with a backup (backs it up first)"
    )
    restore_cmd.add_argument("backup", type=Path, metavar="BACKUP", help="the backup file to restore")
    _db_option(restore_cmd)
    restore_cmd.add_argument(
        "--create", action="store_true", help="restore into a new journal at --db when there is none yet"
    )
    restore_cmd.set_defaults(func=run_restore)

    check = subparsers.add_parser(
        "check", help="check the journal for damage and its search indexes and rules (never writes to it)"
    )
    _db_option(check)
    check.add_argument(
        "--repair",
        action="store_true",
        help="rebuild the search indexes and the figures kept for speed (backs up first)",
    )
    check.set_defaults(func=run_check)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _refuse(problem: integrity.Problem) -> int:
    for line in refusal_lines(problem):
        _err(line)
    if problem.kind == integrity.FOREIGN_WAL:
        _err("Any other command opens the journal without it and keeps that file, renamed, next to it.")
    return EXIT_REFUSED if problem.kind == integrity.FUTURE_SCHEMA else EXIT_PROBLEM


def run_backup(args: argparse.Namespace, path: Path) -> int:
    """``backup``: a verified copy of the journal at ``path``."""
    prepare_journal(path)  # refuses a missing or damaged journal the way every command does
    try:
        info = backups.create_backup(path, reason="manual", dest=args.output)
    except SafetyError as exc:
        _err(str(exc))
        return EXIT_PROBLEM
    print(
        f"Backup written and verified: {info.path}\n"
        f"{info.contacts} contacts, {info.interactions} interactions, schema {info.schema_version}."
    )
    return EXIT_OK


def run_restore(args: argparse.Namespace, path: Path) -> int:
    """``restore BACKUP``: replace the journal at ``path`` with a backup (kept first)."""
    if not path.exists() and not args.create:
        raise JournalRefused(
            missing_lines(path, can_create="To restore the backup into a new journal there, add --create.")
        )
    try:
        result = restore.restore_backup(args.backup, path)
    except SafetyError as exc:
        _err(str(exc))
        return EXIT_PROBLEM
    print(f"Restored {result.restored_from} into {result.target}.")
    print(f"{result.contacts} contacts, {result.interactions} interactions.")
    if result.safety_backup:
        print(f"The journal as it was before is kept in {result.safety_backup}.")
    if result.moved_aside:
        print(f"The damaged journal is kept as {result.moved_aside}.")
    return EXIT_OK


def run_check(args: argparse.Namespace, path: Path) -> int:
    """``check``: every read-only check of the journal at ``path``."""
    if not path.exists():
        raise JournalRefused(missing_lines(path))
    report = integrity.full_check(path)
    if report.problem is not None and not report.findings:
        return _refuse(report.problem)
    if report.findings:
        if report.problem is not None:
            _err(refusal_lines(report.problem)[0])
        _err(f"Problems found in {path}:")
        for line in report.findings[:50]:
            _err(f"  {line}")
        _err(
            "The file has not been changed. Restore the newest backup with "
            "'networking-journal restore BACKUP' (backups are listed in "
            f"{backups.backup_folder(path)})."
        )
        return EXIT_PROBLEM
    return consistency_commands.report(path, report, repair=bool(getattr(args, "repair", False)))
