"""Idle wake-ups: the real app on the big journal with the Due now panel open, left alone.

Every wake-up of a sleeping thread is a context switch. Over the measured window the
count is: context switches of the whole process at the end (``wait4``'s rusage, which
includes every thread that ever ran, ended ones too) minus those it had at the start
(live threads from ``/proc/PID/task``, plus the ended ones, followed by polling from
launch). Threads that start or end inside the window are counted as well, and listed.

The floor is a bare PySide6 window measured the same way, at the same time.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.figures import Figure
from benchmarks.startup import BARE_QT, BIN, counting_env, env

SETTLE_S = 45.0  # the first reminder check, and the start-up backup 20 s after opening
# ...but on a busy machine the backup of the big journal can run past that: the window
# opens once the app has been quiet (fewer than QUIET_SWITCHES in QUIET_S), at most
# SETTLE_MAX_S after launch. A timer firing more than once per QUIET_S / QUIET_SWITCHES
# never lets it settle and is measured anyway; a slower one settles and is measured too.
QUIET_S, QUIET_SWITCHES, SETTLE_MAX_S = 10.0, 5, 240.0


def _switches(pid: int) -> dict[str, int]:
    counts = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            lines = (task / "status").read_text().splitlines()
        except OSError:  # ended meanwhile
            continue
        counts[task.name] = sum(
            int(line.split()[1])
            for line in lines
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches"))
        )
    return counts


class Watched:
    """A child process whose threads are followed from launch (polled every 20 ms)."""

    def __init__(self, cmd: list[str], child_env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            cmd, env=child_env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        self.last: dict[str, int] = {}  # newest count seen per thread
        self.ended_total = 0  # counts of threads gone (as last seen)
        self.started_in_window: set[str] = set()
        self.ended_in_window: set[str] = set()
        self.in_window = False
        self.lines: list[str] = []
        self._stop = threading.Event()
        self._poller = threading.Thread(target=self._poll, daemon=True)
        self._poller.start()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.strip())

    def _poll(self) -> None:
        while not self._stop.is_set():
            try:
                now = _switches(self.proc.pid)
            except OSError:
                return
            for tid in set(self.last) - set(now):
                self.ended_total += self.last.pop(tid)
                if self.in_window:
                    self.ended_in_window.add(tid)
            for tid in set(now) - set(self.last):
                if self.in_window:
                    self.started_in_window.add(tid)
            self.last.update(now)
            time.sleep(0.02)

    def lifetime_switches_now(self) -> int:
        return self.ended_total + sum(self.last.values())

    def kill(self) -> int:
        """Kill it; the context switches of its whole life (every thread)."""
        self._stop.set()
        self._poller.join()
        self.proc.send_signal(signal.SIGKILL)
        _pid, _status, usage = os.wait4(self.proc.pid, 0)
        return int(usage.ru_nvcsw + usage.ru_nivcsw)


def measure(big: Path, seconds: float) -> list[Figure]:
    log = Path(tempfile.mkdtemp(prefix="nj-bench-idle-")) / "statements.log"
    app_env = counting_env(log, NETWORKING_JOURNAL_READY_PROBE="stay")
    app = Watched([str(BIN / "networking-journal"), "--db", str(big)], app_env)
    bare = Watched([sys.executable, "-c", BARE_QT, "stay"], env())
    launched = time.time()
    time.sleep(SETTLE_S)
    before = app.lifetime_switches_now()
    while time.time() - launched < SETTLE_MAX_S:
        time.sleep(QUIET_S)
        now = app.lifetime_switches_now()
        if now - before < QUIET_SWITCHES:
            break
        before = now
    settled_s = time.time() - launched
    start: dict[str, float] = {}
    for name, watched in (("app", app), ("bare", bare)):
        start[name] = watched.lifetime_switches_now()
        watched.in_window = True
    window_start = time.time()
    time.sleep(seconds)
    window_end = time.time()
    woke = {"app": app.kill() - start["app"], "bare": bare.kill() - start["bare"]}
    statements = 0
    if log.exists():
        statements = sum(
            1 for line in log.read_text().splitlines() if window_start <= float(line.split()[0]) <= window_end
        )
    panel = next((line for line in app.lines if line.startswith("DUE_PANEL")), "DUE_PANEL ?")
    per_minute = {k: v * 60.0 / seconds for k, v in woke.items()}
    note = (
        f"{panel.split(' ', 1)[1]} due rows shown; threads started/ended in the window: "
        f"{len(app.started_in_window)}/{len(app.ended_in_window)}; window opened {settled_s:.0f} s in"
    )
    return [
        Figure(
            "idle_wakeups_per_min",
            "/min",
            "max",
            [per_minute["app"]],
            [per_minute["bare"]],
            "a bare PySide6 window, idle at the same time",
            target=2,
            queries=[statements],
            note=note,
        ),
    ]


if __name__ == "__main__":
    for figure in measure(Path(sys.argv[1]), float(sys.argv[2]) if len(sys.argv) > 2 else 120):
        print(figure.as_json())
