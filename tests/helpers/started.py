"""What a freshly started window has loaded: ``modules_after_start`` builds and shows the main
window on a new journal in a child process (a clean ``sys.modules``) and names the modules whose
names start with one of ``prefixes`` (start-up must leave them to their first use)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence

_CODE = """
import json, pathlib, sys, tempfile
from PySide6.QtWidgets import QApplication
app = QApplication([])
from journal import db
from journal.app import build_main_window
path = pathlib.Path(tempfile.mkdtemp()) / "j.sqlite3"
db.open_database(path)
window = build_main_window(path)
window.show()
app.processEvents()
assert window.sync_feature.controller.state == "off", window.sync_feature.controller.state
prefixes = tuple(json.loads(sys.argv[1]))
print(json.dumps(sorted(m for m in sys.modules if m.startswith(prefixes))))
"""


def modules_after_start(prefixes: Sequence[str]) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _CODE, json.dumps(list(prefixes))],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    loaded: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded
