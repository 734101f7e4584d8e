"""The benchmark journals, grown once (``benchmarks.grow``) and cached, and the import files.

- ``big``: 100,000 contacts, 1,000,000 interactions, 50,000 follow-ups, 20,000 deals.
- ``small``: a journal small enough that start-up runs ``quick_check`` before the window.

The cache is keyed on the schema version and on the generator: the source of the demo
generator, its word lists and the growing code. Change any of them and the journals are
grown again. Run as ``python -m benchmarks.dataset [--regenerate]``; prints the paths.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import sqlite3
import sys
from pathlib import Path

from benchmarks import grow
from journal.db.migrations import SCHEMA_VERSION
from journal.services import demo, demo_rows, demo_words

CACHE = Path(__file__).resolve().parent / "cache"
BIG = demo.BENCH
SMALL = demo.DemoSize(contacts=2_500, interactions=30_000, followups=1_500, deals=500)
SEED = 11


def generator_key() -> str:
    """Schema version and a hash of everything that decides the journals' content."""
    digest = hashlib.sha256()
    for module in (demo, demo_rows, demo_words, grow):
        digest.update(Path(str(module.__file__)).read_bytes())
    digest.update(repr((BIG, SMALL, SEED)).encode())
    return f"v{SCHEMA_VERSION}-{digest.hexdigest()[:12]}"


def copy_journal(source: Path, target: Path) -> Path:
    """A copy of the journal at ``source`` at ``target``, for a run that writes: made by SQLite's
    backup, so it is whole even while ``source`` is open (a copied ``-wal`` without its ``-shm``
    is a stray log to the app), and private as the app makes its files (the app would make it
    private itself and say so in a dialog nobody answers)."""
    Path(target).touch(mode=0o600)
    with (
        contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
    os.chmod(target, 0o600)
    return target


def journal_path(name: str) -> Path:
    return CACHE / f"{name}-{generator_key()}.sqlite3"


def ensure(name: str, *, force: bool = False) -> Path:
    """The cached journal ``name`` ("big" or "small"), grown first if missing or stale."""
    path = journal_path(name)
    if path.exists() and not force:
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    for stale in CACHE.glob(f"{name}-*"):
        stale.unlink()
    print(f"Growing the {name} benchmark journal (cached in {CACHE})...", file=sys.stderr, flush=True)
    building = path.with_suffix(".building")
    seconds = grow.grow(building, BIG if name == "big" else SMALL, seed=SEED)
    building.rename(path)
    print(f"  {name}: {seconds:.0f} s", file=sys.stderr, flush=True)
    return path


FIRST = [
    "Lucía", "Tom", "Marta", "Emma", "Iñaki", "Grace", "Raúl", "Noah", "Aoife", "Kenji", "Amara", "Lars",
]  # fmt: skip
LAST = [
    "Fernández", "O'Brien", "Núñez", "Smith", "Ibáñez", "Walker", "Peña", "Brown", "Kowalczyk", "Tanaka",
]  # fmt: skip
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def linkedin_rows(rows: int, *, updated: bool = False) -> list[list[str]]:
    """Rows of a LinkedIn export: ``updated`` is the same network exported months later
    (one in ten changed job, one in twenty new, one in twenty gone)."""
    rng = random.Random(7 if not updated else 8)
    result = []
    for n in range(rows):
        if updated and n % 20 == 7:
            continue  # no longer connected
        given, family = FIRST[n % len(FIRST)], LAST[(n // len(FIRST)) % len(LAST)]
        email = f"user{n}@example.com" if n % 3 else ""
        company = "Acme, Inc." if n % 5 == 0 else f"Company {n % 977}"
        position = "Head of Things"
        if updated and n % 10 == 3:
            company, position = f"Company {rng.randint(1000, 1999)}", "Director of Things"
        connected = f"{1 + n % 28:02d} {MONTHS[n % 12]} {2015 + n % 10}"
        result.append(
            [
                given,
                f"{family} {n}",
                f"https://www.linkedin.com/in/person-{n}",
                email,
                company,
                position,
                connected,
            ]
        )
    if updated:
        for n in range(rows, rows + rows // 20):
            result.append(
                [
                    FIRST[n % 12],
                    f"{LAST[n % 10]} {n}",
                    f"https://www.linkedin.com/in/person-{n}",
                    f"user{n}@example.com",
                    f"Company {n % 977}",
                    "Analyst",
                    "02 Feb 2026",
                ]
            )
    return result


def write_linkedin_csv(path: Path, rows: list[list[str]]) -> Path:
    """A LinkedIn Connections.csv in the real layout (preamble, CRLF, quoted commas)."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Notes:\r\n")
        out.write(
            '"When exporting your connection data, you may notice that some of the email '
            'addresses are missing."\r\n\r\n'
        )
        out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n")
        for row in rows:
            out.write(",".join(f'"{v}"' if "," in v else v for v in row) + "\r\n")
    return path


if __name__ == "__main__":
    force = "--regenerate" in sys.argv
    print(ensure("small", force=force))
    print(ensure("big", force=force))
