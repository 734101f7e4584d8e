"""Issue 18, the torture test: two writer processes and the window write at once for 60 s,
with random SIGKILLs. No traceback, no lost commit, and ``check`` finds the file healthy after
every round.

Writers: one logging entries through the services, one importing 1,500-contact files (two
slices each, so kills land between slices too), and the real window (offscreen) saving from
its UI thread while its start-up backup runs. Each prints what it committed only after the
commit returned; all of it must be in the journal at the end. A killed import must leave
nothing: either all of its contacts are there (it finished) or none (undone at the next open).
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest

from journal import db

ROOT = Path(__file__).resolve().parent.parent
SECONDS = 60
ROUNDS = 6
MODES = ("log", "import", "window")


class Child:
    def __init__(self, path: Path, mode: str) -> None:
        self.mode = mode
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.stress", str(path), mode],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.out: list[str] = []
        self.err: list[str] = []
        self.pumps = [
            threading.Thread(target=self._pump, args=(self.proc.stdout, self.out), daemon=True),
            threading.Thread(target=self._pump, args=(self.proc.stderr, self.err), daemon=True),
        ]
        for pump in self.pumps:
            pump.start()

    @staticmethod
    def _pump(stream: object, into: list[str]) -> None:
        for line in stream:  # type: ignore[attr-defined]
            into.append(line.rstrip("\n"))

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        for pump in self.pumps:
            pump.join(timeout=30)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


def _check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journal", "check", "--db", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _told(children: Iterable[Child]) -> str:
    """Everything the children said on stderr, whole, each under its name."""
    return "".join(
        f"\n--- {c.mode} child {c.proc.pid}, its stderr:\n" + "\n".join(c.err) for c in children if c.err
    )


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_two_writers_and_the_window_with_random_kills(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    db.open_database(path)
    db.close_database()
    rng = random.Random(18)
    finished: list[Child] = []
    kills: Counter[str] = Counter()
    checks: list[str] = []
    deadline = time.monotonic() + SECONDS
    for _round in range(ROUNDS):
        round_end = min(deadline, time.monotonic() + SECONDS / ROUNDS)
        running = {mode: Child(path, mode) for mode in MODES}
        while time.monotonic() < round_end:
            time.sleep(rng.uniform(0.5, 2.5))
            victim = rng.choice(MODES)
            running[victim].kill()
            kills[victim] += 1
            finished.append(running[victim])
            running[victim] = Child(path, victim)
        for child in running.values():
            child.kill()
            finished.append(child)
        result = _check(path)
        checks.append(result.stdout + result.stderr)
        assert result.returncode == 0, result.stdout + result.stderr + _told(finished)
    # Open it once more the way every command does: an import killed last is undone now.
    opened = subprocess.run(
        [
            sys.executable,
            "-m",
            "journal",
            "export",
            "--format",
            "json",
            "-o",
            str(tmp_path / "out.json"),
            "--db",
            str(path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert opened.returncode == 0 and "Traceback" not in opened.stderr, opened.stderr
    tracebacks = [line for c in finished for line in c.err if "Traceback" in line]
    errors = [f"{c.mode}: {line}" for c in finished for line in c.err if line.strip()]
    entries = {int(m[1]) for c in finished for line in c.out if (m := re.match(r"entry (\d+)", line))}
    imports = [line.split()[1] for c in finished for line in c.out if line.startswith("imported")]
    conn = sqlite3.connect(path)
    present = {r[0] for r in conn.execute("SELECT id FROM interaction")}
    per_label = Counter(
        r[0].split()[0] for r in conn.execute("SELECT name FROM contact WHERE name LIKE 'S%'")
    )
    conn.close()
    print(f"kills {dict(kills)}, entries {len(entries)}, imports {len(imports)}, checks {len(checks)}")
    print(f"{len(errors)} lines on stderr, e.g. {sorted(set(e[:90] for e in errors))[:8]}")
    assert tracebacks == [], _told(c for c in finished if any("Traceback" in line for line in c.err))
    assert entries and entries <= present, sorted(entries - present)[:10]
    assert imports, "no import finished"
    assert all(per_label[label] == 1500 for label in imports), {label: per_label[label] for label in imports}
    assert all(count in (0, 1500) for count in per_label.values()), per_label  # never half an import
