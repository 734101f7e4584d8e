"""Import figures: ``networking-journal-cli import`` of a 100,000-row LinkedIn export,
timed from spawn to exit, with the peak RSS of that process.

- ``import_linkedin_100k_empty``: into an empty journal.
- ``import_linkedin_100k_into_100k``: the same network exported again months later
  (one in ten changed job, one in twenty new, one in twenty gone) into the journal the
  first import made: every row is matched against 100,000 contacts, and the pre-import
  backup of that journal is part of it.

Floor, per run and in the same loop: a raw ``executemany`` of the same rows (contacts and
their e-mail addresses) in one transaction into a copy of the same target journal — what
writing that volume costs with no reading, matching or checking. The files are parsed
before the floor's clock starts.

Each figure reports its worst run (``max``). The queries are counted in one more run.
``python -m benchmarks.imports floor CSV DB`` is the floor's child process.
"""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.dataset import copy_journal, linkedin_rows, write_linkedin_csv
from benchmarks.figures import Figure
from benchmarks.startup import BIN, counting_env, env

ROWS = 100_000


def _cli_import(csv_path: Path, target: Path, child_env: dict[str, str]) -> tuple[float, float]:
    cmd = [str(BIN / "networking-journal-cli"), "import", str(csv_path), "--db", str(target)]
    if not target.exists():
        cmd.append("--create")  # an import names a journal that exists unless told to start one
    # Its output goes to a file: a pipe nobody reads while waiting fills up (64 KiB) and
    # stops the import for good (the import into a full journal reports every change).
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=child_env, stdout=out, stderr=subprocess.STDOUT)
        _pid, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            out.seek(0)
            raise RuntimeError(f"import failed: {out.read().decode(errors='replace')[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def _floor(csv_path: Path, target: Path) -> float:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.imports", "floor", str(csv_path), str(target)],
        capture_output=True,
        text=True,
        check=True,
        env=env(),
    )
    return float(proc.stdout.split()[-1])


def figures(runs: int) -> list[Figure]:
    folder = Path(tempfile.mkdtemp(prefix="nj-bench-import-"))
    first = write_linkedin_csv(folder / "Connections.csv", linkedin_rows(ROWS))
    again = write_linkedin_csv(folder / "Connections-later.csv", linkedin_rows(ROWS, updated=True))
    base = folder / "base.sqlite3"
    _cli_import(first, base, env())  # the journal that already holds 100,000 contacts
    data: dict[str, dict[str, list[float]]] = {
        key: {"t": [], "rss": [], "floor": []} for key in ("empty", "into")
    }
    for run in range(runs):
        target = folder / f"empty-{run}.sqlite3"
        seconds, rss = _cli_import(first, target, env())
        data["empty"]["t"].append(seconds)
        data["empty"]["rss"].append(rss)
        data["empty"]["floor"].append(_floor(first, folder / f"empty-floor-{run}.sqlite3"))
        target = copy_journal(base, folder / f"into-{run}.sqlite3")
        home = env()
        seconds, rss = _cli_import(again, target, home)
        data["into"]["t"].append(seconds)
        data["into"]["rss"].append(rss)
        data["into"]["floor"].append(_floor(again, copy_journal(base, folder / f"into-floor-{run}.sqlite3")))
        for leftover in folder.glob(f"*-{run}.sqlite3*"):
            leftover.unlink()
        shutil.rmtree(home["NETWORKING_JOURNAL_HOME"], ignore_errors=True)  # its backups
    queries = {}
    for key, (csv_path, start) in {"empty": (first, None), "into": (again, base)}.items():
        target = folder / f"count-{key}.sqlite3"
        if start is not None:
            copy_journal(start, target)
        log = folder / f"count-{key}.log"
        _cli_import(csv_path, target, counting_env(log))
        queries[key] = sum(1 for _ in log.open())
    shutil.rmtree(folder, ignore_errors=True)
    floor = "raw executemany of the same rows, one transaction"
    return [
        Figure(
            "import_linkedin_100k_empty",
            "s",
            "max",
            data["empty"]["t"],
            data["empty"]["floor"],
            floor,
            target=8,
            queries=[queries["empty"]],
            queries_expected=True,
        ),
        Figure(
            "import_linkedin_100k_into_100k",
            "s",
            "max",
            data["into"]["t"],
            data["into"]["floor"],
            floor,
            target=15,
            queries=[queries["into"]],
            queries_expected=True,
            note="re-export into the journal of the first import: matching and the pre-import backup",
        ),
        Figure("import_peak_rss_empty", "MiB", "max", data["empty"]["rss"], target=400),
        Figure("import_peak_rss_into_100k", "MiB", "max", data["into"]["rss"], target=400),
    ]


def _filled(conn: sqlite3.Connection, table: str, given: list[str]) -> tuple[list[str], list[object]]:
    """Columns to insert into ``table``: ``given``, plus every NOT NULL column without a
    default ('' or 0), so the floor keeps working when columns are added."""
    extra_names, extra_values = [], []
    for _cid, name, kind, notnull, default, pk in conn.execute(f"PRAGMA table_info({table})"):
        if notnull and default is None and not pk and name not in given:
            extra_names.append(name)
            extra_values.append(0 if "INT" in kind.upper() else "")
    return given + extra_names, extra_values


def floor_child(csv_path: Path, target: Path) -> float:
    """Seconds for a raw executemany of the file's rows into the journal at ``target``."""
    from journal import db
    from journal.db.models import new_uuid
    from journal.services.text import email_key, fold

    with open(csv_path, encoding="utf-8", newline="") as handle:
        lines = handle.read().split("\r\n\r\n", 1)[1]
    rows = list(csv.DictReader(lines.splitlines()))
    db.open_database(target)
    conn = db.raw_connection()
    (first_id,) = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()
    stamp = "2026-01-01 00:00:00.000000"
    given = [
        "id",
        "uuid",
        "created_at",
        "updated_at",
        "name",
        "sort_key",
        "given_name",
        "family_name",
        "title",
        "linkedin_url",
    ]
    names, extra = _filled(conn, "contact", given)
    email_names, email_extra = _filled(
        conn, "contact_email", ["contact_id", "value", "value_key", "is_primary"]
    )
    contacts, emails = [], []
    for n, row in enumerate(rows):
        name = f"{row['First Name']} {row['Last Name']}"
        contacts.append(
            (
                first_id + n,
                new_uuid(),
                stamp,
                stamp,
                name,
                fold(name),
                row["First Name"],
                row["Last Name"],
                row["Position"],
                row["URL"],
                *extra,
            )
        )
        if row["Email Address"]:
            address = row["Email Address"]
            emails.append((first_id + n, address, email_key(address), 1, *email_extra))
    started = time.perf_counter()
    with db.database.atomic():
        conn.executemany(
            f"INSERT INTO contact ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", contacts
        )
        marks = ", ".join("?" * len(email_names))
        conn.executemany(f"INSERT INTO contact_email ({', '.join(email_names)}) VALUES ({marks})", emails)
    elapsed = time.perf_counter() - started
    db.close_database()
    return elapsed


if __name__ == "__main__" and sys.argv[1:2] == ["floor"]:
    print(floor_child(Path(sys.argv[2]), Path(sys.argv[3])))
