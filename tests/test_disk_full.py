"""Issue 18.3: a full disk is said in plain words everywhere, and leaves nothing half-written.

Two ways to fill the disk: SQLite's own page limit (``PRAGMA max_page_count`` makes SQLite
answer SQLITE_FULL exactly as on a full disk) for the service and import paths in this
process, and a real, small tmpfs (mounted in a private mount namespace) for the commands.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal import db
from journal.errors import DiskFullError
from journal.interop import engine, export
from journal.services import contacts, interactions
from tests.helpers.corrupt import make_journal

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def nearly_full(db_path: Path) -> Iterator[Path]:
    """The open journal, allowed to grow by five pages only (SQLite then says SQLITE_FULL)."""
    contacts.create_contact(name="Saved before")
    pages = db.database.execute_sql("PRAGMA page_count").fetchone()[0]
    db.database.execute_sql(f"PRAGMA max_page_count = {pages + 5}")
    yield db_path
    db.database.execute_sql("PRAGMA max_page_count = 1073741823")


def test_a_service_write_on_a_full_disk_says_so(nearly_full: Path) -> None:
    person = contacts.Contact.get()
    with pytest.raises(DiskFullError) as caught:
        for i in range(500):
            interactions.log_interaction(
                contact_id=person.id, kind="networking", summary="x", notes=f"{i}" * 3000
            )
    assert "disk is full" in str(caught.value) and str(nearly_full.parent) in str(caught.value)
    assert db.database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [c.name for c in contacts.Contact.select()] == ["Saved before"]


def test_an_import_on_a_full_disk_says_so_and_adds_nothing(nearly_full: Path, tmp_path: Path) -> None:
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:New {i}\r\nNOTE:{'n' * 500}\r\nEND:VCARD\r\n" for i in range(300)
    )
    source = tmp_path / "many.vcf"
    source.write_text(cards)
    parsed = engine.read_file(source, "vcard")
    with pytest.raises(DiskFullError):
        engine.apply_import(parsed)
    assert [c.name for c in contacts.Contact.select()] == ["Saved before"]
    db.database.execute_sql("PRAGMA max_page_count = 1073741823")
    assert engine.apply_import(parsed).added == 300  # with room again, the same import works


def test_a_failed_export_leaves_no_file_behind_and_keeps_the_old_one(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(30):
        contacts.create_contact(name=f"Person {i}")
    target = tmp_path / "contacts.vcf"
    target.write_text("the previous export\n")
    written = 0
    real = export.write_cards

    def fails_midway(cards):  # type: ignore[no-untyped-def]
        nonlocal written
        for data in real(cards):
            written += 1
            if written == 10:
                raise OSError(28, "No space left on device")
            yield data

    monkeypatch.setattr(export, "write_cards", fails_midway)
    with pytest.raises(DiskFullError):
        export.export("vcard", target)
    assert target.read_text() == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir() if "contacts" in p.name] == ["contacts.vcf"]


def test_exports_are_private(db_path: Path, tmp_path: Path) -> None:
    contacts.create_contact(name="Ana")
    for fmt in ("vcard", "csv", "ics", "json"):
        target = tmp_path / f"out.{fmt}"
        export.export(fmt, target)
        assert target.stat().st_mode & 0o777 == 0o600, fmt


# -- a real full disk --------------------------------------------------------------------------------

_SCRIPT = r"""
set -u
MNT="$1"; JOURNAL="$2"; RESULTS="$3"; PY="$4"; VCF="$5"; FREE_KB="$6"
mount -t tmpfs -o size=3m none "$MNT" || exit 97
run() {  # name, then the command line; fills the disk to FREE_KB free first
    name="$1"; shift
    rm -f "$MNT"/fill "$MNT"/journal.sqlite3*; cp "$JOURNAL" "$MNT/journal.sqlite3"
    avail=$(df -k "$MNT" | tail -1 | awk '{print $4}')
    dd if=/dev/zero of="$MNT/fill" bs=1k count=$((avail - FREE_KB)) 2>/dev/null
    "$PY" -m journal "$@" --db "$MNT/journal.sqlite3" >"$RESULTS/$name.out" 2>"$RESULTS/$name.err"
    echo $? >"$RESULTS/$name.code"
    rm -f "$MNT/fill"
    "$PY" -m journal check --db "$MNT/journal.sqlite3" >"$RESULTS/$name.check" 2>&1
    ls -a "$MNT" >"$RESULTS/$name.files"
}
run log log "coffee with @Person 3"
run import import "$VCF"
run export export --format json -o "$MNT/out.json"
run backup backup -o "$MNT/copy.sqlite3"
"""


def _can_mount_tmpfs() -> bool:
    if shutil.which("unshare") is None or sys.platform != "linux":
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k none /mnt 2>/dev/null || exit 97"],
        capture_output=True,
        timeout=20,
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs a private mount namespace to mount a small tmpfs")
@pytest.mark.parametrize("free_kb", [16, 48])
def test_every_command_on_a_full_disk_says_so_and_leaves_nothing_behind(tmp_path: Path, free_kb: int) -> None:
    journal = make_journal(tmp_path / "template.sqlite3", people=40)
    vcf = tmp_path / "many.vcf"
    vcf.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:New {i}\r\nEND:VCARD\r\n" for i in range(2000)))
    mnt, results = tmp_path / "mnt", tmp_path / "results"
    mnt.mkdir()
    results.mkdir()
    script = tmp_path / "full.sh"
    script.write_text(_SCRIPT)
    done = subprocess.run(
        [
            "unshare",
            "-rm",
            "bash",
            str(script),
            str(mnt),
            str(journal),
            str(results),
            sys.executable,
            str(vcf),
            str(free_kb),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    outcome = {}
    for name in ("log", "import", "export", "backup"):
        err = (results / f"{name}.err").read_text()
        outcome[name] = {
            "code": int((results / f"{name}.code").read_text()),
            "err": err,
            "check": (results / f"{name}.check").read_text(),
            "files": sorted((results / f"{name}.files").read_text().split()),
        }
    print(json.dumps(outcome, indent=1))
    for name, seen in outcome.items():
        assert seen["code"] == 1, (name, seen)
        assert "Traceback" not in seen["err"], (name, seen["err"])
        assert "disk is full" in seen["err"], (name, seen["err"])
        assert ": ok" in seen["check"], (name, seen["check"])
        leftovers = [f for f in seen["files"] if f not in (".", "..") and not f.startswith("journal.sqlite3")]
        assert leftovers == [], (name, leftovers)
        conn = sqlite3.connect(journal)
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 40
        conn.close()


def test_a_migration_on_a_full_disk_says_so_and_leaves_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.db import connection

    path = tmp_path / "old.sqlite3"
    db.open_database(path)
    contacts.create_contact(name="Old Friend")
    for table in ("duplicate_dismissal", "merge_record"):
        db.database.execute_sql(f"DROP TABLE {table}")
    db.database.execute_sql("PRAGMA user_version = 1")
    db.database.execute_sql("VACUUM")  # no free pages left for the new tables
    db.close_database()
    before = path.read_bytes()
    pages = len(before) // 4096
    monkeypatch.setitem(connection.RUNTIME_PRAGMAS, "max_page_count", pages)  # no room for new tables
    with pytest.raises(DiskFullError):
        db.open_database(path)
    monkeypatch.delitem(connection.RUNTIME_PRAGMAS, "max_page_count")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT name FROM contact").fetchall() == [("Old Friend",)]
    conn.close()
