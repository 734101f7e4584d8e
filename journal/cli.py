"""Command-line entry: ``networking-journal`` (and ``python -m journal``).

Without a sub-command it opens the window. Sub-commands (import, export,
backup, restore, check, ...) are registered by the modules listed in
``COMMAND_MODULES``; each has ``register(subparsers)`` and sets ``func``.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import sys
from collections.abc import Sequence
from pathlib import Path

from journal import __version__, paths

# Modules that add sub-commands; each defines register(subparsers).
COMMAND_MODULES: tuple[str, ...] = (
    "journal.safety.commands",
    "journal.interop.commands",
    "journal.sync.commands",
)


def build_parser() -> argparse.ArgumentParser:
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
        "--smoke-test",
        action="store_true",
        help="open on a throwaway database, show the window, print 'ok' and quit (packaging check)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else paths.default_db_path()


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = build_parser().parse_known_args(argv)
    if args.command:
        # Team-wide interface: handler(args, path). Handlers not yet converted take args only.
        takes_path = len(inspect.signature(args.func).parameters) >= 2
        code: int = args.func(args, db_path(args)) if takes_path else args.func(args)
        return code
    from journal.app import run_gui  # deferred: the CLI commands need no Qt

    return run_gui(args, [sys.argv[0], *qt_args])
