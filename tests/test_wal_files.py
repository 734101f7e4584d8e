"""Issue 18.1: a stray -wal from another journal is never merged in; a broken one is refused.

The WAL files are real: written by the app's services in child processes that stop without
closing the journal (as after a crash), from two independent journals.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from journal import db
from journal.cli import main
from journal.safety import integrity
from tests.helpers.corrupt import make_journal, snapshot
from tests.helpers.walfiles import ROOT, foreign_wal, frame_count, garble_frame, journal_with_wal


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM contact"))
    finally:
        conn.close()


def _quick_check(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("PRAGMA quick_check")]
    finally:
        conn.close()


def _kept_wal(path: Path, data: bytes) -> Path:
    """The file next to ``path`` that holds the set-aside WAL ``data``."""
    found = [p for p in path.parent.iterdir() if p.is_file() and p.name != f"{path.name}-wal" and p != path]
    kept = [p for p in found if p.read_bytes() == data]
    assert kept, f"the foreign WAL was not kept: {sorted(p.name for p in found)}"
    return kept[0]


@pytest.fixture(params=["fresh", "steady"])
def with_foreign_wal(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, bytes, list[str]]:
    """A healthy, closed journal of 40 people with the WAL of a bigger, independent one next to it.

    ``fresh``: the other journal was created inside that WAL; ``steady``: it only holds the
    other journal's later changes.
    """
    path = make_journal(tmp_path / "journal.sqlite3", people=40)
    names = _names(path)
    data = foreign_wal(tmp_path, fresh=request.param == "fresh")
    Path(f"{path}-wal").write_bytes(data)
    return path, data, names


@pytest.mark.parametrize("command", ["export", "import", "log"])
def test_a_foreign_wal_is_set_aside_by_commands_and_never_merged(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    with_foreign_wal: tuple[Path, bytes, list[str]],
    command: str,
) -> None:
    path, data, names = with_foreign_wal
    size = path.stat().st_size
    vcf = tmp_path / "new.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Newcomer\r\nEND:VCARD\r\n")
    argv = {
        "export": ["export", "--format", "json", "-o", str(tmp_path / "out.json")],
        "import": ["import", str(vcf)],
        "log": ["log", "coffee with @Person 3"],
    }[command]
    assert main([*argv, "--db", str(path)]) == 0
    captured = capsys.readouterr()
    assert "different" in captured.err and "set aside" in captured.err, captured.err
    kept = _kept_wal(path, data)
    assert kept.name in captured.err
    after = _names(path)
    assert not any(name.startswith("Stranger") for name in after)
    assert set(names) <= set(after)
    assert _quick_check(path) == ["ok"]
    if command == "export":
        assert path.stat().st_size == size


def test_check_reports_a_foreign_wal_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], with_foreign_wal: tuple[Path, bytes, list[str]]
) -> None:
    path, _data, _names_before = with_foreign_wal
    before = snapshot(path)
    assert main(["check", "--db", str(path)]) == 1
    assert "belongs to a different" in capsys.readouterr().err
    assert snapshot(path) == before


def test_open_database_sets_a_foreign_wal_aside(with_foreign_wal: tuple[Path, bytes, list[str]]) -> None:
    path, data, names = with_foreign_wal
    notices: list[db.OpenNotice] = []
    db.open_database(path, notify=notices.append)
    try:
        assert sorted(r[0] for r in db.database.execute_sql("SELECT name FROM contact")) == names
    finally:
        db.close_database()
    assert notices and _kept_wal(path, data).name in str(notices[0])
    assert _quick_check(path) == ["ok"]


def _garbled(tmp_path: Path) -> tuple[Path, list[int]]:
    path = tmp_path / "journal.sqlite3"
    ids = journal_with_wal(path, people=5, commits=25)
    wal = Path(f"{path}-wal")
    garble_frame(wal, frame_count(wal) // 2)
    return path, ids


def test_a_wal_with_garbage_in_the_middle_is_refused_keeping_both_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ids = _garbled(tmp_path)
    before = snapshot(path)
    problem = integrity.diagnose(path)
    assert problem is not None and problem.kind == integrity.DAMAGED_WAL, problem
    assert main(["check", "--db", str(path)]) == 1
    assert "recent-changes file" in capsys.readouterr().err
    for argv in (["export", "--format", "vcard", "-o", str(tmp_path / "out.vcf")], ["backup"]):
        assert main([*argv, "--db", str(path)]) == 1
        assert "recent-changes file" in capsys.readouterr().err
    with pytest.raises(db.DatabaseCorruptError):
        db.open_database(path)
    assert snapshot(path) == before
    assert not (tmp_path / "out.vcf").exists()


def test_our_own_wal_left_by_a_crash_is_used_in_full(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.sqlite3"
    ids = journal_with_wal(path, people=5, commits=25)
    assert integrity.diagnose(path) is None
    assert main(["check", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["export", "--format", "json", "-o", str(tmp_path / "out.json"), "--db", str(path)]) == 0
    assert "set aside" not in capsys.readouterr().err
    conn = sqlite3.connect(path)
    present = {r[0] for r in conn.execute("SELECT id FROM interaction")}
    conn.close()
    assert set(ids) <= present
    assert [p.name for p in tmp_path.iterdir() if "foreign" in p.name] == []


def test_the_live_wal_of_a_running_writer_is_trusted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.sqlite3"
    db.open_database(path)
    db.close_database()
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.writer", str(path), "loop"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    pump: threading.Thread | None = None
    try:
        assert writer.stdout is not None
        seen = [writer.stdout.readline() for _ in range(30)]
        assert all(line.strip().isdigit() for line in seen), seen
        pump = threading.Thread(target=writer.stdout.read, daemon=True)  # keep the pipe flowing
        pump.start()
        for _ in range(3):
            assert (
                main(["export", "--format", "json", "-o", str(tmp_path / "out.json"), "--db", str(path)]) == 0
            )
            assert "set aside" not in capsys.readouterr().err
            (tmp_path / "out.json").unlink()
    finally:
        writer.kill()
        writer.wait(timeout=10)
        if pump is not None:
            pump.join(timeout=10)
        if writer.stdout is not None:
            writer.stdout.close()
    assert [p.name for p in tmp_path.iterdir() if "foreign" in p.name] == []
