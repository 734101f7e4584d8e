"""Start-up figures: the real ``networking-journal`` process, from spawn to a window whose
contact list shows rows (the ``READY`` probe), against a bare PySide6 window started the
same way in the same loop.

- ``startup_warm``: the big journal with the file in the page cache.
- ``startup_cold``: the same after evicting the journal and its ``-wal``.
- ``startup_small_*``: a journal under the size where the start-up ``quick_check`` runs
  before the window (``journal.ui.safety.startup.SYNC_QUICK_CHECK_LIMIT``): that check
  is part of its start.

Runs are interleaved (bare, warm, cold, small warm, small cold, bare, ...) so that the
machine's noise falls on the figure and its floor alike. The queries are counted in one
more run of each, with the statement hook (``benchmarks/hooks``).
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.figures import Figure
from benchmarks.probes import evict

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
HOOKS = Path(__file__).resolve().parent / "hooks"

BARE_QT = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 800); w.show()
def ready():
    print(f"READY {time.time():.6f}", flush=True)
    if sys.argv[-1] != "stay":
        app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


_HOMES: list[str] = []  # the children's homes (their backups of the big journal: 750 MB each)


@atexit.register
def _remove_homes() -> None:
    for home in _HOMES:
        shutil.rmtree(home, ignore_errors=True)


def env(**extra: str) -> dict[str, str]:
    """A child's environment: offscreen, its own empty home and settings."""
    result = dict(os.environ)
    result.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="nj-bench-home-")
    _HOMES.append(home)
    result["NETWORKING_JOURNAL_HOME"] = home
    result["XDG_CONFIG_HOME"] = str(Path(home) / "config")  # fresh settings: opens on Contacts
    result.pop("NJ_BENCH_QUERY_LOG", None)
    # An installed app runs from compiled bytecode; without this every start would compile
    # the app's sources again (this machine sets it), which no user's start pays.
    result.pop("PYTHONDONTWRITEBYTECODE", None)
    result.update(extra)
    return result


def child_json(module: str, *args: str) -> dict[str, Any]:
    """Run ``python -m module args`` and read the JSON object its last line prints."""
    proc = subprocess.run(
        [sys.executable, "-m", module, *args],
        env=env(),
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{module} failed:\n{proc.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def counting_env(log: Path, **extra: str) -> dict[str, str]:
    """An environment whose process writes every SQL statement to ``log``."""
    result = env(**extra)
    result["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HOOKS), result.get("PYTHONPATH", "")]))
    result["NJ_BENCH_QUERY_LOG"] = str(log)
    return result


def timed_ready(cmd: list[str], child_env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from spawn to READY, peak RSS (MiB), and the READY instant (unix time)."""
    started = time.time()
    proc = subprocess.Popen(cmd, env=child_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ready_at = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY "):
            ready_at = float(line.split()[1])
    _pid, status, usage = os.wait4(proc.pid, 0)
    if ready_at is None:
        err = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"{cmd[0]} never became ready ({status}): {err[-2000:]}")
    return ready_at - started, usage.ru_maxrss / 1024, ready_at


def statements_until(log: Path, until: float) -> int:
    """Statements in a hook log written up to ``until`` (unix time)."""
    if not log.exists():
        return 0
    return sum(1 for line in log.read_text().splitlines() if line and float(line.split(" ", 1)[0]) <= until)


def app_cmd(path: Path) -> list[str]:
    return [str(BIN / "networking-journal"), "--db", str(path)]


def figures(big: Path, small: Path, runs: int) -> list[Figure]:
    bare_cmd = [sys.executable, "-c", BARE_QT]
    probe = {"NETWORKING_JOURNAL_READY_PROBE": "exit"}
    series: dict[str, list[float]] = {k: [] for k in ("bare", "warm", "cold", "small_warm", "small_cold")}
    rss: list[float] = []
    for path in (big, small):  # warm the page cache and Python's own files once
        timed_ready(app_cmd(path), env(**probe))
    timed_ready(bare_cmd, env())
    for _ in range(runs):
        series["bare"].append(timed_ready(bare_cmd, env())[0])
        seconds, peak, _at = timed_ready(app_cmd(big), env(**probe))
        series["warm"].append(seconds)
        rss.append(peak)
        evict(big)
        series["cold"].append(timed_ready(app_cmd(big), env(**probe))[0])
        series["small_warm"].append(timed_ready(app_cmd(small), env(**probe))[0])
        evict(small)
        series["small_cold"].append(timed_ready(app_cmd(small), env(**probe))[0])
    queries = {}
    for name, path in (("big", big), ("small", small)):
        log = Path(tempfile.mkdtemp(prefix="nj-bench-q-")) / "statements.log"
        _s, _r, ready_at = timed_ready(app_cmd(path), counting_env(log, **probe))
        queries[name] = statements_until(log, ready_at)
    bare = series["bare"]
    floor = "a bare PySide6 window, started the same way"
    return [
        Figure("bare_qt_startup", "s", "median", bare, note="the floor of every start-up figure"),
        Figure(
            "startup_warm",
            "s",
            "median",
            series["warm"],
            bare,
            floor,
            ratio_target=2.5,
            queries=[queries["big"]],
            queries_expected=True,
            note="100k contacts / 1M entries, file in the page cache",
        ),
        Figure(
            "startup_cold",
            "s",
            "median",
            series["cold"],
            bare,
            floor,
            target=1.0,
            queries=[queries["big"]],
            queries_expected=True,
            note="journal and -wal evicted before each run",
        ),
        Figure(
            "startup_small_warm",
            "s",
            "median",
            series["small_warm"],
            bare,
            floor,
            ratio_target=2.5,
            queries=[queries["small"]],
            queries_expected=True,
            note="a journal small enough for the start-up quick_check",
        ),
        Figure(
            "startup_small_cold",
            "s",
            "median",
            series["small_cold"],
            bare,
            floor,
            target=1.0,
            queries=[queries["small"]],
            queries_expected=True,
        ),
        Figure("startup_peak_rss", "MiB", "max", rss, target=200, note="peak resident memory, big journal"),
    ]
