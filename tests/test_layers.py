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
        "import pkgutil, journal.services, journal.interop, journal.reminders\n"
        "for pkg in (journal.services, journal.interop, journal.reminders):\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if not info.name.endswith(('_qt', '.scheduler', '.notifier')):\n"
        "            importlib.import_module(info.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
