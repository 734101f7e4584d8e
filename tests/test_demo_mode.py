"""``--demo`` (issue 12, point 12): the title says Demo and the throwaway journal is gone after quitting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from journal.app import build_main_window


def test_12_demo_window_says_demo(qtbot: QtBot, db_path: Path) -> None:
    window = build_main_window(db_path, demo=True)
    qtbot.addWidget(window)
    assert "Demo" in window.windowTitle()
    plain = build_main_window(db_path)
    qtbot.addWidget(plain)
    assert "Demo" not in plain.windowTitle()


def test_12_demo_journal_is_removed_on_quit(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(temp),
        "NETWORKING_JOURNAL_READY_PROBE": "exit",  # quit as soon as the window is up
    }
    result = subprocess.run(
        [sys.executable, "-m", "journal", "--demo"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "READY" in result.stdout
    left = [p.name for p in temp.iterdir() if p.name.startswith("networking-journal-demo-")]
    assert left == []
