"""``networking-journal sync setup|now|status|forget``.

    networking-journal sync setup URL --user NAME
        (the password from $NETWORKING_JOURNAL_SYNC_PASSWORD, or a prompt)
    networking-journal sync now [--accept-deletions | --restore-server]
    networking-journal sync status
    networking-journal sync forget

Exit 0 when it worked; 1 with the reason on stderr (offline, refused, a question to answer).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PASSWORD_ENV = "NETWORKING_JOURNAL_SYNC_PASSWORD"
EXIT_OK = 0
EXIT_FAILED = 1
_KIND_NAMES = {
    "contacts": "contacts",
    "followups": "follow-ups",
    "entries": "interactions, deals and introductions",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``sync`` command with its actions ``setup``, ``now``, ``status`` and ``forget``."""
    sync = subparsers.add_parser("sync", help="two-way sync with your CardDAV/CalDAV server")
    sync.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="journal file to use")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    setup = actions.add_parser(
        "setup", help="connect this journal to a server (finds or creates its collections)"
    )
    setup.add_argument("url", metavar="URL", help="the server address, e.g. https://dav.example.com/")
    setup.add_argument("--user", required=True, help="user name on the server")
    setup.add_argument("--calendar-url", default="", help="CalDAV address, when it differs from URL")
    for kind in ("contacts", "followups", "entries"):
        setup.add_argument(
            f"--{kind}",
            default="",
            metavar="COLLECTION_URL",
            help=f"use this existing collection for {_KIND_NAMES[kind]}",
        )
    setup.set_defaults(func=run_setup)
    now = actions.add_parser("now", help="sync now")
    answer = now.add_mutually_exclusive_group()
    answer.add_argument(
        "--accept-deletions",
        action="store_true",
        help="the server lost most items on purpose: delete them here too (to the trash)",
    )
    answer.add_argument(
        "--restore-server",
        action="store_true",
        help="the server lost most items by mistake: upload them again",
    )
    now.set_defaults(func=run_now)
    actions.add_parser("status", help="what is set up, the last sync, changes waiting").set_defaults(
        func=run_status
    )
    actions.add_parser("forget", help="stop syncing (keeps the journal's data)").set_defaults(func=run_forget)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _password(prompt_for: str) -> str | None:
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"Password for {prompt_for}: ")
    return None


@contextmanager
def _opened(path: Path) -> Iterator[None]:
    """The journal open as every command opens it (refused when missing or damaged, backed up before
    an upgrade; a refusal reaches ``run_command``, which says why), and closed when done."""
    from journal import db
    from journal.safety.command_line import open_journal

    open_journal(path)
    try:
        yield
    finally:
        db.close_database()


def run_setup(args: argparse.Namespace, path: Path) -> int:
    """``sync setup``: connect to the server; print the collections used and where the password is kept."""
    from journal.sync import account, secrets
    from journal.sync.errors import SyncError

    with _opened(path):  # a journal that cannot be used is said before the password is asked
        password = _password(f"{args.user} at {args.url}")
        if password is None:
            _err(f"Give the password in ${PASSWORD_ENV} or run this in a terminal to be asked.")
            return EXIT_FAILED
        choices = {k: getattr(args, k) for k in ("contacts", "followups", "entries") if getattr(args, k)}
        try:
            picked = account.setup(
                args.url, args.user, password, calendar_url=args.calendar_url, choices=choices
            )
        except SyncError as exc:
            _err(str(exc))
            return EXIT_FAILED
    for choice in picked:
        name = _KIND_NAMES[choice.kind]
        if choice.state != "ok":
            print(f"{name}: this server keeps no journal entries (VJOURNAL), so they stay on this computer.")
        else:
            print(f"{name}: {'created' if choice.created else 'using'} {choice.display_name or choice.url}")
    if secrets.keyring_available():
        print("The password is kept in the system keyring.")
    else:
        print(f"No keyring is available: give the password in ${PASSWORD_ENV} or when asked at each sync.")
    print("Run 'networking-journal sync now' to sync.")
    return EXIT_OK


def run_now(args: argparse.Namespace, path: Path) -> int:
    """``sync now``: run one sync with the kept or given password; print what it sent, fetched, merged."""
    from journal.sync import account, saved, secrets
    from journal.sync.errors import NeedsAnswer, SyncError

    with _opened(path):
        configured = saved.configured()
        if configured is None:
            _err("Sync is not set up for this journal. Run 'networking-journal sync setup URL --user NAME'.")
            return EXIT_FAILED
        password = os.environ.get(PASSWORD_ENV) or secrets.load(configured.url, configured.user)
        if password is None:
            password = _password(f"{configured.user} at {configured.url}")
        if password is None:
            _err(f"The password is needed: set ${PASSWORD_ENV} or run this in a terminal.")
            return EXIT_FAILED
        try:
            result = account.run_sync(
                password, accept_deletions=args.accept_deletions, restore_server=args.restore_server
            )
        except NeedsAnswer as exc:
            _err(str(exc))
            _err(
                "Answer with 'sync now --accept-deletions' (delete here too) or 'sync now --restore-server' "
                "(upload them again)."
            )
            return EXIT_FAILED
        except SyncError as exc:
            _err(f"Sync failed: {exc}")
            return EXIT_FAILED
    print(
        f"pushed {result.pushed}, pulled {result.pulled}, merged {result.merged}, "
        f"conflicts {result.conflicts}"
    )
    if result.deleted_here or result.deleted_there:
        print(
            f"deleted here {result.deleted_here} (in the trash), deleted on the server {result.deleted_there}"
        )
    if result.waiting:
        print(f"{result.waiting} changes are still waiting; the next sync sends them.")
    if result.problems:
        print(f"{result.problems} items from the server wait to be assigned to a person (see 'sync status').")
    for kind in result.unsupported:
        print(f"{_KIND_NAMES[kind]} stay on this computer: the server keeps no journal entries.")
    return EXIT_OK


def run_status(args: argparse.Namespace, path: Path) -> int:
    """``sync status``: print the server, its collections, the last run, changes waiting, unassigned items."""
    from journal.sync import saved, store, unassigned

    with _opened(path):
        configured = saved.configured()
        if configured is None:
            print("Sync is not set up for this journal.")
            return EXIT_OK
        print(f"Server: {configured.url} (user {configured.user})")
        for collection in store.collections():
            state = (
                "" if collection.state == "ok" else " — stays on this computer (no VJOURNAL on the server)"
            )
            print(f"  {_KIND_NAMES[collection.kind]}: {collection.display_name or collection.url}{state}")
        last = saved.last_run()
        if last is None:
            print("Never synced.")
        elif last.ok:
            r = last.result
            print(
                f"Last sync {last.at}: pushed {r.get('pushed')}, pulled {r.get('pulled')}, "
                f"merged {r.get('merged')}, conflicts {r.get('conflicts')}"
            )
        else:
            print(f"Last sync {last.at} failed: {last.message}")
        print(f"Changes waiting: {store.waiting_count()}")
        waiting = unassigned.list_unassigned()
        if waiting:
            print(f"Items waiting to be assigned to a person: {len(waiting)}")
            for item in waiting[:20]:
                print(f"  [{item.id}] {item.entity}: {item.title} ({item.problem})")
    return EXIT_OK


def run_forget(args: argparse.Namespace, path: Path) -> int:
    """``sync forget``: stop syncing this journal (its data stays; the server is not touched)."""
    from journal.sync import account, saved

    with _opened(path):
        if saved.configured() is None:
            print("Sync was not set up for this journal.")
            return EXIT_OK
        account.forget()
    print("This journal no longer syncs. Its data stays here; the server was not changed.")
    return EXIT_OK
