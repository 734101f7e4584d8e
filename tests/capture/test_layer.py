"""journal.capture is a feature package below the window: no Qt, nothing from journal.ui."""

from __future__ import annotations

import subprocess
import sys


def test_capture_imports_no_qt_and_no_ui() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import journal.capture as pkg\n"
        "names = [i.name for i in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "assert len(names) >= 9, names\n"
        "above = ('PySide6', 'shiboken6', 'journal.ui', 'journal.app')\n"
        "bad = [m for m in sys.modules if m.startswith(above)]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
