"""``networking-journal backup | restore | check``: plain output, non-zero exits, files untouched."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from journal import db, paths
from journal.cli import main
from journal.safety import backups, integrity
from journal.safety.command_line import EXIT_OUTPUT_CLOSED
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


def _cut_short(args: list[str], home: Path, *, unbuffered: bool) -> subprocess.CompletedProcess[str]:
    """Run a command whose output's reader has gone already (as after ``| head`` or ``| true``)."""
    env = {**os.environ, paths.HOME_ENV: str(home)}
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:  # each line written at once, while the command runs; else all of it at the end
        env["PYTHONUNBUFFERED"] = "1"
    proc = subprocess.Popen(
        [sys.executable, "-m", "journal", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # nobody reads what it prints
    err = proc.stderr.read()
    proc.stderr.close()
    return subprocess.CompletedProcess(proc.args, proc.wait(timeout=60), "", err)


@pytest.mark.parametrize("unbuffered", [True, False])
def test_output_whose_reader_went_away_is_no_crash(tmp_path: Path, unbuffered: bool) -> None:
    """``networking-journal-cli import cards.vcf | head -3``: the import is done, the rest of its
    report has nobody to read it. That is said in one line, not as a crash of the program (with a
    crash log) nor as a journal that could not be written."""
    cards = tmp_path / "cards.vcf"
    cards.write_text(
        "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\nEND:VCARD\r\n" for n in range(300)),
        encoding="utf-8",
    )
    journal, home = tmp_path / "journal.sqlite3", tmp_path / "home"
    assert main(["import", str(cards), "--db", str(journal), "--create"]) == 0
    runs = {
        "import": ["import", str(cards), "--db", str(journal)],  # 300 "skipped" lines after the import
        "log": ["log", "coffee with @Person 7 about the demo", "--db", str(journal)],  # the preview first
    }
    for name, args in runs.items():
        result = _cut_short(args, home, unbuffered=unbuffered)
        assert result.returncode == EXIT_OUTPUT_CLOSED, (name, result.stderr)
        assert "closed" in result.stderr, (name, result.stderr)
        for wrong in ("went wrong", "could not be read or written", "Traceback", "Exception ignored"):
            assert wrong not in result.stderr, (name, result.stderr)
        assert not list(home.rglob("crash.log")), name
    with sqlite3.connect(journal) as conn:
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 300
        # ``log`` met the closed pipe with its preview, before saving, when each line went out at
        # once; buffered, the output failed only at the end, after the entry was saved (and kept).
        assert conn.execute("SELECT count(*) FROM interaction").fetchone()[0] == (0 if unbuffered else 1)


def test_a_folder_given_as_the_journal_is_called_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--db ~/Documents``: not "cannot be read, check the disk", nor an offer to restore a backup
    of a damaged file, but what is wrong and what to give instead. The folder is left as it was."""
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    for command in (["check"], ["export", "--format", "csv", "-o", str(tmp_path / "out.csv")], ["backup"]):
        assert main([*command, "--db", str(folder)]) == 1, command
        err = capsys.readouterr().err
        assert "Documents is a folder, not a journal file" in err, (command, err)
        assert "restore" not in err and "disk is connected" not in err, (command, err)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    problem = integrity.verify(folder)  # what the window shows too
    assert problem is not None and problem.kind == integrity.FOLDER and not problem.damaged
