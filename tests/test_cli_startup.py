"""Opening the window does not load the sub-commands' modules (start-up is measured)."""

from __future__ import annotations

import subprocess
import sys

from journal import cli


def test_only_a_sub_command_or_help_needs_the_command_modules() -> None:
    assert cli.opens_window([])
    assert cli.opens_window(["--db", "journal.sqlite3", "--minimized"])
    assert cli.opens_window(["--demo"])
    assert not cli.opens_window(["import", "Connections.csv"])
    assert not cli.opens_window(["--db", "x.sqlite3", "check"])
    assert not cli.opens_window(["--help"])


def test_the_window_path_parses_without_importing_them() -> None:
    code = (
        "import sys; from journal import cli\n"
        "args, _ = cli.build_parser(commands=False).parse_known_args(['--db', 'x.sqlite3'])\n"
        "assert args.command is None and str(args.db) == 'x.sqlite3', args\n"
        "print(sorted(m for m in cli.COMMAND_MODULES if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
