"""`make bench`: runs every scenario several times, prints a table, writes results.json.

Figures are medians unless named p95. Process start-up, memory and idle
wake-ups are measured on real child processes; the in-window figures come
from ``benchmarks.inwindow`` running the real main window offscreen.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.dataset import write_linkedin_csv

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RESULTS = ROOT / "benchmarks" / "results.json"
RUNS = int(os.environ.get("BENCH_RUNS", "5"))

BARE_QT = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.show()
def ready():
    print(f"READY {time.time():.6f}", flush=True); app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="nj-bench-home-")
    env["NETWORKING_JOURNAL_HOME"] = home
    env["XDG_CONFIG_HOME"] = str(Path(home) / "config")  # fresh settings: opens on Contacts
    env.update(extra)
    return env


def _timed_process(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to the READY line, and peak RSS in MiB."""
    started = time.time()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ready_at = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY "):
            ready_at = float(line.split()[1])
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if ready_at is None:
        err = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"{cmd[0]} never became ready (exit {proc.returncode}): {err[-2000:]}")
    return ready_at - started, usage.ru_maxrss / 1024


def bare_qt_startup() -> list[float]:
    return [_timed_process([sys.executable, "-c", BARE_QT], _env())[0] for _ in range(RUNS)]


def app_startup(big: Path) -> tuple[list[float], list[float]]:
    times, rss = [], []
    for _ in range(RUNS):
        env = _env(NETWORKING_JOURNAL_READY_PROBE="exit")
        seconds, mib = _timed_process([str(BIN / "networking-journal"), "--db", str(big)], env)
        times.append(seconds)
        rss.append(mib)
    return times, rss


def _ctx_switches(pid: int) -> dict[str, int]:
    """Context switches per live thread (each wake-up of a sleeping thread is one)."""
    counts = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            lines = (task / "status").read_text().splitlines()
        except OSError:  # the thread ended meanwhile
            continue
        counts[task.name] = sum(
            int(line.split()[1])
            for line in lines
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches"))
        )
    return counts


def idle_wakeups(seconds: float = 120.0) -> float:
    """Context switches of the idle app (every thread) per minute, nothing due."""
    home = tempfile.mkdtemp(prefix="nj-idle-")
    env = _env(NETWORKING_JOURNAL_READY_PROBE="stay", NJ_PROBE_EMPTY_OK="1")
    env["NETWORKING_JOURNAL_HOME"] = home
    proc = subprocess.Popen(
        [str(BIN / "networking-journal"), "--db", str(Path(home) / "idle.sqlite3")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("READY"):
                break
        # Let start-up work settle: the first reminder check, and the start-up
        # backup that the app runs 20 s after opening (journal.ui.safety.controller.STARTUP_WORK_DELAY_MS).
        time.sleep(40)
        before = _ctx_switches(proc.pid)
        time.sleep(seconds)
        after = _ctx_switches(proc.pid)
    finally:
        proc.kill()
        proc.wait()
    woke = sum(count - before.get(tid, 0) for tid, count in after.items())
    return woke * 60.0 / seconds


def import_linkedin(rows: int = 100_000) -> tuple[list[float], list[float]]:
    folder = Path(tempfile.mkdtemp(prefix="nj-import-"))
    csv_path = write_linkedin_csv(folder / "Connections.csv", rows)
    times, rss = [], []
    for run in range(max(1, RUNS // 2)):
        target = folder / f"import-{run}.sqlite3"
        cmd = [str(BIN / "networking-journal-cli"), "import", str(csv_path), "--db", str(target)]
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _pid, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"import failed: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}")
        times.append(elapsed)
        rss.append(usage.ru_maxrss / 1024)
    return times, rss


def in_window(big: Path) -> dict[str, list[float]]:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.inwindow", str(big), str(RUNS)],
        env=_env(),
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"in-window benchmark failed:\n{proc.stderr[-4000:]}")
    result: dict[str, list[float]] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    print("Preparing the benchmark database (100k contacts, 1M interactions; cached)...", flush=True)
    # In a child process: Linux hands a parent's peak memory down to the children it
    # starts (ru_maxrss survives fork/exec), so this process must stay small.
    prepared = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.dataset",
            *(["--regenerate"] if "--regenerate" in sys.argv else []),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    big, generate_s = Path(prepared[-2]), float(prepared[-1])
    idle: dict[str, float] = {}
    idle_thread = threading.Thread(target=lambda: idle.update(v=idle_wakeups()), daemon=True)
    idle_thread.start()
    print("Measuring start-up...", flush=True)
    bare = bare_qt_startup()
    startup, startup_rss = app_startup(big)
    print("Measuring the window (search, contact, timeline, calendar)...", flush=True)
    window = in_window(big)
    print("Measuring the LinkedIn import...", flush=True)
    imp, imp_rss = import_linkedin()
    print("Waiting for the 2-minute idle measurement...", flush=True)
    idle_thread.join()

    bare_s = statistics.median(bare)
    results = {
        "bare_qt_startup_s": bare_s,
        "startup_s": statistics.median(startup),
        "startup_peak_rss_mib": max(startup_rss),
        "search_keystroke_ms_median": statistics.median(window["search_keystroke_ms"]),
        "search_keystroke_ms_p95": p95(window["search_keystroke_ms"]),
        "open_contact_ms": statistics.median(window["open_contact_ms"]),
        "timeline_first_page_ms": statistics.median(window["timeline_first_page_ms"]),
        "calendar_month_ms": statistics.median(window["calendar_month_ms"]),
        "import_linkedin_100k_s": statistics.median(imp),
        "import_peak_rss_mib": max(imp_rss),
        "idle_wakeups_per_min": idle.get("v", float("nan")),
        "generate_1m_s": generate_s,
    }
    p95s = {
        "startup_s": p95(startup),
        "open_contact_ms": p95(window["open_contact_ms"]),
        "timeline_first_page_ms": p95(window["timeline_first_page_ms"]),
        "calendar_month_ms": p95(window["calendar_month_ms"]),
        "import_linkedin_100k_s": p95(imp),
        "bare_qt_startup_s": p95(bare),
    }
    targets = {
        "bare_qt_startup_s": ("—", lambda v: True),
        "startup_s": ("≤ 0.6 s and ≤ 4 × bare", lambda v: v <= 0.6 and v <= 4 * bare_s),
        "startup_peak_rss_mib": ("≤ 200 MiB", lambda v: v <= 200),
        "search_keystroke_ms_median": ("≤ 15 ms", lambda v: v <= 15),
        "search_keystroke_ms_p95": ("≤ 40 ms", lambda v: v <= 40),
        "open_contact_ms": ("≤ 30 ms", lambda v: v <= 30),
        "timeline_first_page_ms": ("≤ 50 ms", lambda v: v <= 50),
        "calendar_month_ms": ("≤ 20 ms", lambda v: v <= 20),
        "import_linkedin_100k_s": ("≤ 8 s", lambda v: v <= 8),
        "import_peak_rss_mib": ("≤ 400 MiB", lambda v: v <= 400),
        "idle_wakeups_per_min": ("≤ 2", lambda v: v <= 2),
        "generate_1m_s": ("≤ 60 s", lambda v: v <= 60),
    }
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print()
    print(f"| {'figure':<28} | {'median':>9} | {'p95':>9} | {'target':<24} | result |")
    print(f"|{'-' * 30}|{'-' * 11}|{'-' * 11}|{'-' * 26}|--------|")
    failed = 0
    for key, value in results.items():
        label, check = targets[key]
        ok = check(value)
        failed += not ok
        extra = p95s.get(key)
        extra_text = f"{extra:9.3f}" if extra is not None else f"{'':>9}"
        print(f"| {key:<28} | {value:9.3f} | {extra_text} | {label:<24} | {'pass' if ok else 'FAIL':<6} |")
    print(f"\nstartup ratio to bare Qt: {results['startup_s'] / bare_s:.2f}×; results in {RESULTS}")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
