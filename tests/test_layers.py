"""The data, service, interop and reminder layers import no Qt."""

import subprocess
import sys

QT_FREE = [
    "journal.db",
    "journal.services.contacts",
    "journal.services.interactions",
    "journal.services.followups",
    "journal.services.deals",
    "journal.services.introductions",
    "journal.services.quotas",
    "journal.services.trash",
    "journal.services.search",
    "journal.services.demo",
    "journal.cli",
]


def test_data_and_service_layers_import_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {QT_FREE!r}: importlib.import_module(name)\n"
        "import pkgutil\n"
        "packages = ('services', 'interop', 'reminders', 'safety', 'platform', 'sync')\n"
        "for pkg in (importlib.import_module('journal.' + p) for p in packages):\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if not info.name.endswith(('_qt', '.scheduler', '.notifier')):\n"
        "            importlib.import_module(info.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_widgets_hold_no_sql() -> None:
    """journal/ui asks the services; it never queries the database itself."""
    from pathlib import Path

    ui = Path(__file__).resolve().parent.parent / "journal" / "ui"
    forbidden = ("execute_sql(", ".select(", "import peewee", "from peewee", ".where(", "SELECT ")
    offenders = [
        f"{path.relative_to(ui)}:{number}: {line.strip()}"
        for path in sorted(ui.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(token in line for token in forbidden)
    ]
    assert not offenders, "\n".join(offenders)
