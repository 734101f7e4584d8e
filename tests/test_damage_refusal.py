"""Issue 18.4: every command refuses a damaged journal the same way, whatever its size.

Damage made for real: an index out of step with its table (``writable_schema``; every page
stays well-formed, so ``quick_check`` passes), scrambled cell pointers on one table page,
and the same page damaged after the journal was last checked without its time changing
(as bit rot would). The window's half is in ``tests/ui/test_startup_checks.py``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from journal.cli import main
from journal.safety import integrity
from tests.helpers.corrupt import damage_index, damage_table_page, make_big_journal, make_journal, snapshot

REFUSAL = "error: The journal file journal.sqlite3 is damaged: some of its pages do not read back correctly."


def _commands(tmp_path: Path) -> dict[str, list[str]]:
    vcf = tmp_path / "new.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Newcomer\r\nEMAIL:new@example.org\r\nEND:VCARD\r\n")
    out = tmp_path / "out"
    return {
        "export-vcard": ["export", "--format", "vcard", "-o", f"{out}.vcf"],
        "export-csv": ["export", "--format", "csv", "-o", f"{out}.csv"],
        "export-ics": ["export", "--format", "ics", "-o", f"{out}.ics"],
        "export-json": ["export", "--format", "json", "-o", f"{out}.json"],
        "import": ["import", str(vcf)],
        "log": ["log", "coffee with @Person 3"],
        "backup": ["backup"],
        "check": ["check"],
    }


SMALL_OR_BIG = [
    pytest.param(lambda p: make_journal(p, people=40), id="small"),
    pytest.param(make_big_journal, id="big", marks=pytest.mark.slow),
]
DAMAGE: dict[str, Callable[[Path], object]] = {"index": damage_index, "table-page": damage_table_page}


@pytest.mark.parametrize("make", SMALL_OR_BIG)
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_every_command_refuses_a_damaged_journal_with_the_same_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: Callable[[Path], Path], damage: str
) -> None:
    path = make(tmp_path / "journal.sqlite3")
    DAMAGE[damage](path)
    before = snapshot(path)
    for name, argv in _commands(tmp_path).items():
        code = main([*argv, "--db", str(path)])
        err = capsys.readouterr().err
        assert code == 1, (name, err)
        assert "Traceback" not in err
        assert err.splitlines()[0] == REFUSAL, (name, err)
        assert snapshot(path) == before, name
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("out")]


def test_damage_met_after_the_check_gets_the_same_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_journal(tmp_path / "journal.sqlite3", people=40)
    out = tmp_path / "out.json"
    assert main(["export", "--format", "json", "-o", str(out), "--db", str(path)]) == 0  # checked: fine
    out.unlink()
    capsys.readouterr()
    stat = path.stat()
    damage_table_page(path)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # nothing tells the change, as with bit rot
    for _ in range(2):  # met while working, then already known at the next start
        assert main(["export", "--format", "json", "-o", str(out), "--db", str(path)]) == 1
        err = capsys.readouterr().err
        assert "Traceback" not in err and err.splitlines()[0] == REFUSAL, err
        assert not out.exists()
    problem = integrity.verify(path)
    assert problem is not None and problem.kind == integrity.DAMAGED


def test_a_checked_journal_is_read_through_once_and_again_after_someone_else_changed_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    path = make_journal(tmp_path / "journal.sqlite3", people=40)
    runs: list[int] = []
    real = integrity.integrity_check
    counted = lambda conn, limit=100: runs.append(1) or real(conn, limit)  # noqa: E731
    monkeypatch.setattr(integrity, "integrity_check", counted)
    for _ in range(3):  # each command works on the journal; its own writes keep the verdict
        assert main(["log", "coffee with @Person 3", "--db", str(path)]) == 0
    assert len(runs) == 1
    conn = sqlite3.connect(path)  # another program writes to it
    conn.execute("UPDATE contact SET notes = 'changed elsewhere' WHERE id = 1")
    conn.commit()
    conn.close()
    assert main(["log", "coffee with @Person 3", "--db", str(path)]) == 0
    assert len(runs) == 2
    capsys.readouterr()
