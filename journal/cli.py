"""Command-line entry: ``networking-journal`` (and ``python -m journal``).

Without a sub-command it opens the window. Sub-commands (import, export,
backup, restore, check, ...) are registered by the modules listed in
``COMMAND_MODULES``. The interface every command module follows:

- ``register(subparsers)`` adds its sub-commands and sets each one's handler
  with ``set_defaults(func=handler)``;
- ``main`` calls ``handler(args, path) -> int`` (the exit code), where ``path``
  is the journal file resolved by ``paths.resolve_db_path`` (``--db``, else
  ``$NETWORKING_JOURNAL_DB``, else the default);
- command modules never import this module: it is the entry point, the top layer.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from journal import __version__, paths

# Modules that add sub-commands; each defines register(subparsers).
COMMAND_MODULES: tuple[str, ...] = (
    "journal.safety.commands",
    "journal.safety.purge_commands",
    "journal.interop.commands",
    "journal.capture.commands",
    "journal.sync.commands",
)


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The ``networking-journal`` argument parser with every command module's sub-commands
    (``commands=False``: without them, for opening the window)."""
    parser = argparse.ArgumentParser(
        prog="networking-journal",
        description="An offline journal for networking and sales with the same people.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"database file to use (default: ${paths.DB_ENV} or {paths.default_db_path()})",
    )
    parser.add_argument("--demo", action="store_true", help="open a throwaway database filled with demo data")
    parser.add_argument("--minimized", action="store_true", help="start minimized to the system tray")
    parser.add_argument(
        "--capture",
        action="store_true",
        help="open the quick capture window (of the running app, else start it in the tray): "
        "bind a desktop-wide shortcut to this",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open on a throwaway database, show the window, print 'ok' and quit (packaging check)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES if commands else ():
        importlib.import_module(name).register(subparsers)
    return parser


def opens_window(argv: Sequence[str]) -> bool:
    """Whether ``argv`` names no sub-command (nor asks for help): then the command modules,
    and what they import, need not load before the window (start-up is measured)."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help"):
            return False
        if word == "--db":
            next(words, None)
        elif not word.startswith("-"):
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Run a sub-command, or open the window when there is none; returns the exit code."""
    given = list(sys.argv[1:] if argv is None else argv)
    args, qt_args = build_parser(commands=not opens_window(given)).parse_known_args(given)
    if args.command:
        from journal.safety.command_line import run_command  # messages, never a traceback

        return run_command(args.func, args, paths.resolve_db_path(args.db))
    from journal.app import run_gui  # deferred: the CLI commands need no Qt

    return run_gui(args, [sys.argv[0], *qt_args])
