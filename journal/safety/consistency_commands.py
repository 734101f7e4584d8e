"""The part of ``networking-journal check`` after the file is known to be readable:
``consistency.check``, and with ``--repair`` a backup and ``consistency.repair``."""

from __future__ import annotations

import sys
from pathlib import Path

from journal import db
from journal.safety import backups, consistency, integrity
from journal.safety.errors import SafetyError

EXIT_OK = 0
EXIT_PROBLEM = 1


def _print_findings(report: consistency.ConsistencyReport) -> None:
    for finding in report.findings:
        print(f"  {finding.message}", file=sys.stderr)
    if report.more:
        print(f"  … and {report.more} more.", file=sys.stderr)


def _summary(path: Path, counts: integrity.CheckReport) -> str:
    return (
        f"{path}: ok (schema {counts.schema_version}, {counts.contacts} contacts, "
        f"{counts.interactions} interactions)."
    )


def report(path: Path, counts: integrity.CheckReport, *, repair: bool) -> int:
    """Check the contents of a readable journal; with ``repair``, put right what can be."""
    found = consistency.check(path)
    if found.ok:
        print(_summary(path, counts))
        return EXIT_OK
    print(f"{path}: the file is readable, but its contents do not all agree:", file=sys.stderr)
    _print_findings(found)
    if not repair:
        if found.repairable:
            print(
                "Search indexes and kept figures can be rebuilt with "
                "'networking-journal check --repair' (it backs the journal up first).",
                file=sys.stderr,
            )
        if found.broken_rules:
            print(
                "Records that break a rule are not changed by a repair: edit or delete them in "
                "the app, or restore a backup with 'networking-journal restore BACKUP'.",
                file=sys.stderr,
            )
        return EXIT_PROBLEM
    return _repair(path, counts)


def _repair(path: Path, counts: integrity.CheckReport) -> int:
    try:
        db.open_database(path, backup=backups.backup_before_migration)
    except db.DatabaseError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_PROBLEM
    try:
        saved = backups.backup_before("repair", path)
        rewritten = consistency.repair()
    except SafetyError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        db.close_database()
    if saved is not None:
        print(f"Backed up first: {saved.path}")
    print(
        "Rebuilt the search indexes and the kept figures"
        + (f"; rewrote {rewritten} values in the journal's own form." if rewritten else ".")
    )
    after = consistency.check(path)
    if after.ok:
        print(_summary(path, counts))
        return EXIT_OK
    print("These records still break a rule; a repair does not guess what they should say:", file=sys.stderr)
    _print_findings(after)
    return EXIT_PROBLEM
