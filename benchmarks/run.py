"""``make bench``: every figure against its floor, measured in this run; a table and
``benchmarks/results.json``.

Each figure is a statistic of its samples (``median``, ``p95``, ``p99`` — never from
fewer than 30 samples — or ``max``, the worst run, for whole long operations), its floor
(the same statistic of a baseline measured beside it: a bare Qt window, the raw SQL or
FTS5 query...), their ratio, the target, how many samples, and how many SQL statements
one timed span ran. What each figure times is in the docstring of the module that
measures it (``startup``, ``inwindow``, ``session``, ``imports``, ``idle``, ``generation``)
and in the README's Performance section.

Environment: ``BENCH_RUNS`` (start-up samples, default 30), ``BENCH_IMPORT_RUNS``
(default 3), ``BENCH_IDLE_S`` (default 120), ``BENCH_ONLY`` (comma-separated suites:
generate, startup, window, session, import, idle, plus any in ``EXTRA_SUITES``).
"""

from __future__ import annotations

import importlib
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import figures as F
from benchmarks.dataset import copy_journal
from benchmarks.figures import Figure
from benchmarks.startup import ROOT, child_json

RESULTS = ROOT / "benchmarks" / "results.json"
RUNS = int(os.environ.get("BENCH_RUNS", "30"))
IMPORT_RUNS = int(os.environ.get("BENCH_IMPORT_RUNS", "3"))
IDLE_S = float(os.environ.get("BENCH_IDLE_S", "120"))
OWN_JOURNALS = {"import"}  # suites that build the journals they time (no grown journal needed)
# Other suites: modules with ``figures(big: Path, small: Path) -> list[Figure]``, run when
# they exist. The sync benchmark (issue 15, run by sync_suite) plugs in here.
EXTRA_SUITES = ("benchmarks.sync_suite",)


WINDOW_FIGURES: dict[str, dict[str, Any]] = {
    "search_keystroke": dict(
        stat="p95", target=16, ratio_target=3, floor_what="raw FTS5 query for the same text (every match)"
    ),
    "search_keystroke_cold": dict(stat="median", floor_what="raw FTS5 query, cold"),
    "open_contact": dict(stat="median", target=16, floor_what="raw SQL reading the same rows"),
    "open_contact_cold": dict(stat="median", floor_what="raw SQL reading the same rows, cold"),
    "timeline_first_page": dict(stat="median", floor_what="raw SQL of the first page"),
    "timeline_first_page_cold": dict(stat="median", target=50, floor_what="raw SQL of the first page, cold"),
    "timeline_text_search": dict(
        stat="p95", target=50, floor_what="raw FTS5 query for the newest 100 matches"
    ),
    "calendar_month": dict(stat="median", target=16, floor_what="raw count query of the month's grid"),
}


def window_figures(big: Path) -> list[Figure]:
    data = child_json("benchmarks.inwindow", str(big))
    result = []
    for key, spec in WINDOW_FIGURES.items():
        if key not in data:
            continue
        entry = data[key]
        result.append(
            Figure(
                key,
                "ms",
                spec["stat"],
                entry["samples"],
                entry["floor"],
                spec["floor_what"],
                target=spec.get("target"),
                ratio_target=spec.get("ratio_target"),
                queries=entry["queries"],
                queries_expected=True,
            )
        )
    # the median keystroke too: the p95 above is the target, this is the typical key
    keys = data["search_keystroke"]
    result.insert(
        1,
        Figure(
            "search_keystroke_median",
            "ms",
            "median",
            keys["samples"],
            keys["floor"],
            WINDOW_FIGURES["search_keystroke"]["floor_what"],
            queries=keys["queries"],
            queries_expected=True,
        ),
    )
    return result


def session_figures(big: Path) -> list[Figure]:
    # On a copy: the session writes (its quick capture saves an entry), and the cached journal
    # must stay the same for every later run.
    with tempfile.TemporaryDirectory(prefix="nj-bench-session-") as folder:
        data = child_json("benchmarks.session", str(copy_journal(big, Path(folder) / big.name)))
    stalls = ", ".join(f"{ms:.0f} ms {step}" for ms, step in data["long_stalls"][:6])
    note = f"{data['seconds']:.0f} s session; longest: {stalls}"
    idle = data["idle_lateness"]
    return [
        Figure(
            "ui_stall_longest",
            "ms",
            "max",
            data["lateness"],
            idle,
            "the same monitor, idle window",
            target=100,
            queries=[data["queries"]],
            note=note,
        ),
        Figure(
            "ui_stall_p99",
            "ms",
            "p99",
            data["lateness"],
            idle,
            "the same monitor, idle window",
            target=16,
            queries=[data["queries"]],
        ),
        Figure(
            "rss_after_session",
            "MiB",
            "max",
            [data["rss_after_mib"]],
            [data["rss_before_mib"]],
            "the same window before the session",
            target=250,
            note=f"peak {data['peak_rss_mib']:.0f} MiB",
        ),
    ]


def machine() -> dict[str, Any]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = next(
        (
            int(line.split()[1]) // 1024
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    import PySide6

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_mib": memory,
        "system": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": PySide6.__version__,
        "load_average_start": os.getloadavg(),
    }


def _suites(big: Path, small: Path) -> dict[str, Callable[[], list[Figure]]]:
    from benchmarks import generation, idle, imports, startup

    suites: dict[str, Callable[[], list[Figure]]] = {
        "generate": generation.figures,
        "startup": lambda: startup.figures(big, small, RUNS),
        "window": lambda: window_figures(big),
        "session": lambda: session_figures(big),
        "import": lambda: imports.figures(IMPORT_RUNS),
        "idle": lambda: idle.measure(big, IDLE_S),
    }
    for name in EXTRA_SUITES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        suites[name.rsplit(".", 1)[-1]] = lambda module=module: list(module.figures(big, small))
    return suites


def main() -> int:
    started = time.time()
    meta = machine()
    only = {s for s in os.environ.get("BENCH_ONLY", "").split(",") if s}
    if only and only <= OWN_JOURNALS:
        small = big = Path()  # these suites make the journals they time: nothing to grow
    else:
        print("Preparing the benchmark journals (grown once, then cached)...", flush=True)
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
        ).stdout.splitlines()
        small, big = Path(prepared[-2].strip()), Path(prepared[-1].strip())
        for journal in (small, big):
            if not journal.is_file():
                raise RuntimeError(f"the benchmark journal {journal} was not made")
    results: list[Figure] = []
    for name, suite in _suites(big, small).items():
        if only and name not in only:
            continue
        print(f"Measuring {name}...", flush=True)
        suite_started = time.time()
        try:
            results.extend(suite())
        except Exception as exc:  # one broken suite must not lose the others' figures
            print(f"  {name} failed: {exc}", flush=True)
            results.append(Figure(f"{name}_suite", "s", "max", [], note=f"failed: {str(exc)[-300:]}"))
        print(f"  {name}: {time.time() - suite_started:.0f} s", flush=True)
    meta["load_average_end"] = os.getloadavg()
    meta["date"] = datetime.now(UTC).isoformat(timespec="seconds")
    meta["minutes"] = round((time.time() - started) / 60, 1)
    meta["journal"] = big.name
    measured = {f.key: f.as_json() for f in results}
    if only and RESULTS.is_file():
        # BENCH_ONLY re-measures some suites: the other figures of the last run are kept,
        # and the file says which suites were measured again, when.
        previous = json.loads(RESULTS.read_text())
        if "figures" in previous:
            kept = {k: v for k, v in previous["figures"].items() if not k.startswith(tuple(only))}
            remeasured = previous["meta"].get("remeasured", {})
            remeasured.update({name: meta["date"] for name in sorted(only)})
            meta = {**previous["meta"], "remeasured": remeasured}
            measured = {**kept, **measured}
    RESULTS.write_text(json.dumps({"meta": meta, "figures": measured}, indent=2, ensure_ascii=False) + "\n")
    print()
    print(F.json_table(measured))
    failed = [key for key, f in measured.items() if not f["pass"]]
    for key in failed:
        print(f"FAIL {key}: {'; '.join(measured[key]['problems'])}")
    print(f"\n{len(measured) - len(failed)}/{len(measured)} figures pass; results in {RESULTS}")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
