"""The benchmark database (100k contacts, 1M interactions...), generated once and cached."""

from __future__ import annotations

import json
import time
from pathlib import Path

from journal import db
from journal.db.migrations import SCHEMA_VERSION
from journal.services import demo

CACHE = Path(__file__).resolve().parent / "cache"
GENERATOR_VERSION = 4


def big_db_path() -> Path:
    return CACHE / f"big-v{SCHEMA_VERSION}-{GENERATOR_VERSION}.sqlite3"


def ensure_big_db(*, force: bool = False) -> tuple[Path, float]:
    """Return the cached database and how long generating it took (seconds)."""
    path = big_db_path()
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists() and not force:
        return path, float(json.loads(meta.read_text())["generate_s"])
    CACHE.mkdir(parents=True, exist_ok=True)
    for stale in CACHE.glob("big-*"):
        stale.unlink()
    started = time.perf_counter()
    db.open_database(path)
    demo.generate(demo.BENCH, seed=11)
    db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close_database()
    elapsed = time.perf_counter() - started
    meta.write_text(json.dumps({"generate_s": elapsed}))
    return path, elapsed


def write_linkedin_csv(path: Path, rows: int = 100_000) -> Path:
    """A LinkedIn Connections.csv in the real layout (preamble, CRLF, quoted commas)."""
    first = ["Lucía", "Tom", "Marta", "Emma", "Iñaki", "Grace", "Raúl", "Noah"]
    last = ["Fernández", "O'Brien", "Núñez", "Smith", "Ibáñez", "Walker", "Peña", "Brown"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Notes:\r\n")
        out.write(
            '"When exporting your connection data, you may notice that some of the email '
            'addresses are missing."\r\n\r\n'
        )
        out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n")
        for n in range(rows):
            given, family = first[n % 8], last[(n // 8) % 8]
            email = f"user{n}@example.com" if n % 3 else ""
            company = '"Acme, Inc."' if n % 5 == 0 else f"Company {n % 977}"
            out.write(
                f"{given},{family} {n},https://www.linkedin.com/in/person-{n},{email},{company},"
                f"Head of Things,{1 + n % 28:02d} {months[n % 12]} {2015 + n % 10}\r\n"
            )
    return path


if __name__ == "__main__":
    import sys

    found, seconds = ensure_big_db(force="--regenerate" in sys.argv)
    print(found, seconds)
