"""``networking-journal purge-contact UUID [--include-backups] [--yes] [--db PATH]``.

Deletes a contact and everything about them for good (``services.trash.purge_contact``),
and with ``--include-backups`` rewrites every backup without them
(``safety.backup_purge``). It says what will go and what stays, and asks first unless
``--yes`` is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journal import db
from journal.db.models import Contact
from journal.safety import backup_purge
from journal.safety.command_line import open_journal
from journal.services import trash

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_REFUSED = 2

NOT_REMOVED = (
    "Not removed: what you wrote about them in other people's entries or notes, exports you "
    "made, and copies of the journal or of backups kept elsewhere (backup -o, other disks)."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``purge-contact`` sub-command."""
    cmd = subparsers.add_parser(
        "purge-contact", help="delete a contact and everything about them for good (no trash, no undo)"
    )
    cmd.add_argument("uuid", metavar="UUID", help="the contact's uuid (File > Export > JSON shows it)")
    cmd.add_argument(
        "--include-backups",
        action="store_true",
        help="also rewrite every backup without them (each one verified, or left as it was)",
    )
    cmd.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    cmd.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="journal file to use")
    cmd.set_defaults(func=run_purge_contact)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _confirmed(name: str, include_backups: bool, holding: int, assume_yes: bool) -> bool:
    where = f"the journal and the {holding} backups that hold them" if include_backups else "the journal"
    print(f"This deletes {name} and everything about them from {where}, for good: their entries, ")
    print("follow-ups, deals and introductions, emails, phones and tags. It cannot be undone.")
    print(NOT_REMOVED)
    if assume_yes:
        return True
    if not sys.stdin.isatty():
        _err("Nothing was deleted: add --yes to confirm when not asked at a terminal.")
        return False
    return input("Type yes to delete them: ").strip().lower() == "yes"


def run_purge_contact(args: argparse.Namespace, path: Path) -> int:
    """``purge-contact``: the journal first, then (if asked) every backup."""
    holding = len(backup_purge.backups_holding(path, args.uuid)) if path.exists() else 0
    open_journal(path)  # a missing or damaged journal is refused the way every command does
    try:
        row = Contact.get_or_none(Contact.uuid == args.uuid)
        name = row.name if row is not None else args.uuid
        if not _confirmed(name, args.include_backups, holding, args.yes):
            return EXIT_REFUSED
        if row is not None:
            done = trash.purge_contact(row.id)
            print(
                f"Removed from the journal: {name}, {done.interactions} entries, {done.followups} "
                f"follow-ups, {done.deals} deals, {done.introductions} introductions."
            )
        else:
            print(f"{args.uuid} is not in the journal (already deleted).")
    finally:
        db.close_database()
    if not args.include_backups:
        if holding:
            print(
                f"{holding} backups still hold them; run again with --include-backups to remove them "
                "there too."
            )
        return EXIT_OK
    result = backup_purge.purge_from_backups(path, args.uuid)
    print(f"Removed from {len(result.cleaned)} backups (each rewritten and verified).")
    for failed, reason in result.failed:
        _err(f"{failed.name} could not be rewritten ({reason}); it was left as it was and still holds them.")
    return EXIT_OK if result.ok else EXIT_PROBLEM
