"""``generate_1m``: the demo generator (``demo.generate``) writing the benchmark size
(100,000 contacts, 1,000,000 interactions...) into a new journal, measured on every run.

Floor: a raw ``executemany`` of the same interaction rows, read back from that journal,
into a table of the same columns without indexes, triggers or search index: what
writing the volume costs. Only the ``executemany`` calls are timed.

``python -m benchmarks.generation DIR`` prints ``<generate seconds> <floor seconds>``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure
from benchmarks.startup import env


def _child(folder: Path) -> tuple[float, float]:
    from journal import db
    from journal.services import demo

    path = folder / "generated.sqlite3"
    started = time.perf_counter()
    db.open_database(path)
    demo.generate(demo.BENCH, seed=11)
    db.close_database()
    generate_s = time.perf_counter() - started
    import sqlite3

    source = sqlite3.connect(path)
    columns = [row[1] for row in source.execute("PRAGMA table_info(interaction)")]
    target = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    target.execute("PRAGMA journal_mode = wal")
    target.execute(f"CREATE TABLE interaction ({', '.join(columns)})")
    sql = f"INSERT INTO interaction VALUES ({', '.join('?' * len(columns))})"
    cursor = source.execute("SELECT * FROM interaction")
    floor_s = 0.0
    target.execute("BEGIN")
    while batch := cursor.fetchmany(50_000):
        started = time.perf_counter()
        target.executemany(sql, batch)
        floor_s += time.perf_counter() - started
    started = time.perf_counter()
    target.execute("COMMIT")
    floor_s += time.perf_counter() - started
    return generate_s, floor_s


def figures(runs: int = 1) -> list[Figure]:
    values, floors = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="nj-bench-generate-") as folder:
            out = subprocess.run(
                [sys.executable, "-m", "benchmarks.generation", folder],
                capture_output=True,
                text=True,
                check=True,
                env=env(),
            ).stdout.split()
        values.append(float(out[-2]))
        floors.append(float(out[-1]))
    return [
        Figure(
            "generate_1m",
            "s",
            "max",
            values,
            floors,
            "raw executemany of the same 1M interaction rows",
            target=60,
            note="demo.generate at the benchmark size, into a new journal",
        )
    ]


if __name__ == "__main__":
    print(*_child(Path(sys.argv[1])))
