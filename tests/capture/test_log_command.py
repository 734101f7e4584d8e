"""``networking-journal-cli log "TEXT"``: what it understood, saved unless --dry-run, exit 2
when the person is unknown or ambiguous, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal import db
from journal.cli import main
from journal.services import contacts, deals
from tests.helpers.corrupt import make_damaged, snapshot

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def journal(tmp_path: Path, fake_clock: object) -> Path:
    path = tmp_path / "journal.sqlite3"
    db.open_database(path)
    contacts.create_contact(name="Ana Núñez", organization="Acme")
    contacts.create_contact(name="Ana López", organization="Initech")
    pedro = contacts.create_contact(name="Pedro Gómez", organization="Soylent")
    deals.create_deal(contact_id=pedro.id, title="Renovación 2026", value="1200")
    db.close_database()
    return path


def _count(path: Path, table: str) -> int:
    db.open_database(path)
    try:
        return int(
            db.database.execute_sql(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
        )
    finally:
        db.close_database()


def test_logs_and_prints_what_it_understood(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["log", "llamada con @Pedro #ventas objeción precio, seguimiento el martes", "--db", str(journal)]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    for line in (
        "Person:     Pedro Gómez (Soylent)",
        "Kind:       sales (#ventas)",
        "Channel:    call",
        "When:       2026-03-10 11:00",
        "Objection:  price",
        "Deal:       Renovación 2026",
        "Follow-up:  2026-03-17",
    ):
        assert line in out
    assert "Saved" in out
    assert _count(journal, "interaction") == 1
    assert _count(journal, "follow_up") == 1


def test_dry_run_writes_nothing(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(journal)
    code = main(
        ["--db", str(journal), "log", "--dry-run", "coffee with @ana nunez gave advice, follow up in 2 weeks"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Value:      gave advice" in out and "Follow-up:  2026-03-24" in out
    assert "nothing was saved" in out.lower()
    assert snapshot(journal) == before


def test_ambiguous_person_exits_2_listing_candidates(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["log", "café con @Ana", "--db", str(journal)])
    captured = capsys.readouterr()
    assert code == 2
    assert "Ana Núñez (Acme)" in captured.err and "Ana López (Initech)" in captured.err
    assert _count(journal, "interaction") == 0


def test_unknown_person_exits_2_unless_creation_is_asked_for(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["log", "café con @Zoe Quintana", "--db", str(journal)]) == 2
    err = capsys.readouterr().err
    assert "Zoe Quintana" in err and "--create" in err
    assert _count(journal, "contact") == 3
    assert main(["log", "café con @Zoe Quintana", "--create", "--db", str(journal)]) == 0
    assert "new contact" in capsys.readouterr().out.lower()
    assert _count(journal, "contact") == 4


def test_text_that_cannot_be_read_exits_2(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "", "--db", str(journal)]) == 2
    assert main(["log", "café con @Pedro, seguimiento el 30 de febrero", "--db", str(journal)]) == 2
    err = capsys.readouterr().err
    assert "30 de febrero" in err
    assert _count(journal, "interaction") == 0


def test_missing_journal_is_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nowhere" / "journal.sqlite3"
    assert main(["log", "café con @Ana", "--db", str(path)]) == 1
    assert "no journal" in capsys.readouterr().err.lower()
    assert not path.exists()


# A foreign -wal next to a healthy journal is set aside instead (tests/test_wal_files.py).
@pytest.mark.parametrize("kind", ["not_database", "flipped", "truncated"])
def test_damaged_journal_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = make_damaged(kind, tmp_path / "journal.sqlite3")
    before = snapshot(path)
    assert main(["log", "café con @Person 1", "--db", str(path)]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "has not been changed" in captured.err
    assert snapshot(path) == before


def test_the_installed_command_in_a_real_process(journal: Path) -> None:
    env = {**os.environ, "TZ": "Europe/Madrid", "NETWORKING_JOURNAL_DB": str(journal)}
    result = subprocess.run(
        [sys.executable, "-m", "journal", "log", "coffee with @Pedro, follow up tomorrow 10:00"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Person:     Pedro Gómez" in result.stdout
    assert "10:00" in result.stdout
    assert _count(journal, "follow_up") == 1
    ambiguous = subprocess.run(
        [sys.executable, "-m", "journal", "log", "coffee with @Ana"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert ambiguous.returncode == 2
    assert "Traceback" not in ambiguous.stderr and "Ana Núñez" in ambiguous.stderr
