"""``networking-journal backup | restore | check``: plain output, non-zero exits, files untouched."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from journal import db
from journal.cli import main
from journal.safety import backups
from tests.helpers.corrupt import KINDS, make_damaged, make_journal, snapshot

ROOT = Path(__file__).resolve().parent.parent


def test_backup_check_restore_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_journal(tmp_path / "journal.sqlite3", people=3)
    assert main(["check", "--db", str(path)]) == 0
    assert "ok" in capsys.readouterr().out
    out_file = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", str(path), "-o", str(out_file)]) == 0
    assert "verified" in capsys.readouterr().out
    assert main(["--db", str(path), "backup"]) == 0  # the top-level --db works too
    (listed,) = backups.list_backups(path)
    make_damaged("flipped", path)
    assert main(["check", "--db", str(path)]) == 1
    assert "damaged" in capsys.readouterr().err
    assert main(["restore", str(out_file), "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "damaged journal is kept" in out
    assert main(["check", "--db", str(path)]) == 0
    assert listed.path.exists()


# A foreign -wal next to a healthy file is set aside (kept) by backup; check reports it.
CASES = [("check", kind) for kind in KINDS] + [("backup", kind) for kind in KINDS if "wal" not in kind]


@pytest.mark.parametrize(("command", "kind"), CASES)
def test_damaged_file_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, command: str
) -> None:
    path = make_damaged(kind, tmp_path / "journal.sqlite3")
    before = snapshot(path)
    assert main([command, "--db", str(path)]) != 0
    err = capsys.readouterr().err
    assert "has not been changed" in err
    assert snapshot(path) == before
    assert backups.list_backups(path) == []


def test_future_schema_is_refused_by_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_journal(tmp_path / "journal.sqlite3", people=1)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = snapshot(path)
    for command in ("check", "backup"):
        assert main([command, "--db", str(path)]) == 2
        assert "newer version" in capsys.readouterr().err
    assert snapshot(path) == before


def test_restore_of_damaged_backup_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_journal(tmp_path / "journal.sqlite3", people=1)
    bad = make_damaged("truncated", tmp_path / "bad.sqlite3")
    before = snapshot(path)
    assert main(["restore", str(bad), "--db", str(path)]) == 1
    assert "cannot be used" in capsys.readouterr().err
    assert snapshot(path) == before


def test_cli_entry_point_exit_code(tmp_path: Path) -> None:
    path = make_damaged("not_database", tmp_path / "journal.sqlite3")
    result = subprocess.run(
        [sys.executable, "-m", "journal", "check", "--db", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "not a journal database" in result.stderr
