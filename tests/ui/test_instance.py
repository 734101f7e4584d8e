"""One instance: a second start raises the first window and exits; a crash's lock is no obstacle."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journal import paths
from journal.ui.instance import LOCK_NAME, SingleInstance

ROOT = Path(__file__).resolve().parents[2]


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env[paths.HOME_ENV] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_second_start_raises_first_and_exits_quickly(qtbot: QtBot, isolated_home: Path) -> None:
    first = SingleInstance()
    assert first.acquire()
    try:
        started = time.monotonic()
        with qtbot.waitSignal(first.raiseRequested, timeout=20_000):
            proc = subprocess.Popen(
                [sys.executable, "-m", "journal"],
                cwd=ROOT,
                env=_env(isolated_home),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
        _out, err = proc.communicate(timeout=20)
        elapsed = time.monotonic() - started
        assert proc.returncode == 0, err
        assert elapsed < 10, elapsed
        assert not (isolated_home / "data" / paths.DB_FILENAME).exists()  # never opened the journal
    finally:
        first.release()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_stale_lock_from_a_crash_does_not_block(qtbot: QtBot, isolated_home: Path) -> None:
    code = (
        "import signal, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "from journal import paths\n"
        f"lock = QLockFile(str(paths.ensure_private_dir(paths.data_dir()) / {LOCK_NAME!r}))\n"
        "assert lock.tryLock(100)\n"
        "print('locked', flush=True)\n"
        "signal.pause()  # hold the lock until the test kills this process\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env=_env(isolated_home), stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    assert (paths.data_dir() / LOCK_NAME).exists()
    instance = SingleInstance()
    try:
        assert instance.acquire()  # the dead process's lock is taken over
    finally:
        instance.release()


def test_release_lets_the_next_one_start(qtbot: QtBot) -> None:
    first = SingleInstance()
    assert first.acquire()
    first.release()
    second = SingleInstance()
    assert second.acquire()
    second.release()
