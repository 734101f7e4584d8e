"""Import engine: dry run, one transaction, matching, re-import adds nothing, CLI."""

from __future__ import annotations

import gc
import hashlib
import subprocess
import sys
import weakref
from datetime import date
from pathlib import Path

import pytest

from journal import db
from journal.cli import main
from journal.db import database
from journal.db.models import Contact, ContactEmail, Interaction
from journal.interop import engine
from journal.interop.errors import ImportCancelled, ImportFileError
from journal.services import contacts, derived
from tests.conftest import FakeClock

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = [
    "vcard-2.1-android-qp.vcf",
    "vcard-3.0-apple.vcf",
    "vcard-4.0.vcf",
    "linkedin-Connections.csv",
    "google-contacts.csv",
    "outlook-contacts-cp1252.csv",
]


def import_file(name: str | Path, fmt: str = "auto") -> engine.ImportPlan:
    return engine.apply_import(engine.read_file(FIXTURES / name, fmt))


def snapshot() -> str:
    rows = []
    for table in (
        "contact",
        "contact_email",
        "contact_phone",
        "contact_tag",
        "tag",
        "interaction",
        "organization",
    ):
        rows.extend(database.execute_sql(f"SELECT * FROM {table} ORDER BY id").fetchall())
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.mark.parametrize("name", SAMPLES)
def test_each_sample_imports_and_reimport_adds_nothing(
    db_path: Path, fake_clock: FakeClock, name: str
) -> None:
    first = import_file(name)
    assert first.added >= 1 and first.skipped == 0
    before = snapshot()
    again = import_file(name)
    assert (again.added, again.merged) == (0, 0)
    assert again.skipped == first.added + first.merged
    assert all("nothing new" in e.message for e in again.entries)
    assert snapshot() == before


def test_dry_run_writes_nothing(db_path: Path) -> None:
    before = snapshot()
    plan = engine.plan_import(engine.read_file(FIXTURES / "linkedin-Connections.csv"))
    assert (plan.added, plan.merged, plan.skipped) == (3, 0, 0)
    assert snapshot() == before


def test_linkedin_connected_on_becomes_met_on_and_first_interaction(
    db_path: Path, fake_clock: FakeClock
) -> None:
    plan = import_file("linkedin-Connections.csv")
    lucia = Contact.get(Contact.name == "Lucía Fernández Ruiz")
    assert lucia.met_on == date(2024, 3, 15)
    (talk,) = Interaction.select().where(Interaction.contact == lucia)
    assert talk.kind == "networking" and talk.summary == "Connected on LinkedIn"
    detail = contacts.get_contact(lucia.id)
    assert detail.networking_count == 1 and detail.last_interaction_at == talk.occurred_at
    assert sorted(plan.contact_ids) == sorted(c.id for c in Contact.select())
    found = database.execute_sql("SELECT rowid FROM contact_fts WHERE contact_fts MATCH 'lucia'").fetchall()
    assert found == [(lucia.id,)]


def test_matching_by_email_merges_new_details(db_path: Path, fake_clock: FakeClock) -> None:
    import_file("linkedin-Connections.csv")
    tom = Contact.get(Contact.name == "Tom O'Brien")
    csv = FIXTURES.parent / "tmp-merge.csv"
    path = Path(db_path).parent / "tom.csv"
    path.write_text("Name,Email,Phone,Notes\nThomas O'Brien,TOM.OBRIEN@example.com,+1 555 0100,Plays golf\n")
    plan = engine.apply_import(engine.read_file(path))
    assert (plan.added, plan.merged) == (0, 1)
    assert "matched on email" in plan.entries[0].message
    detail = contacts.get_contact(tom.id)
    assert detail.name == "Tom O'Brien"  # the name we had is kept
    assert [p.value for p in detail.phones] == ["+1 555 0100"]
    assert detail.notes == "Plays golf"
    assert not csv.exists()


def test_matching_by_linkedin_url_and_phone(db_path: Path, fake_clock: FakeClock) -> None:
    import_file("linkedin-Connections.csv")
    import_file("vcard-2.1-android-qp.vcf")  # Marta: same name, no shared key -> added, flagged
    assert Contact.select().where(Contact.name == "Marta Núñez").count() == 2
    path = Path(db_path).parent / "again.csv"
    path.write_text(
        "Name,LinkedIn,Phone\nM. Núñez,https://linkedin.com/in/martanunez/,\nMarta Núñez,,0034 633 444 555\n"
    )
    plan = engine.plan_import(engine.read_file(path))
    assert [e.action for e in plan.entries] == ["skip", "skip"]
    assert "LinkedIn URL" in plan.entries[0].message and "phone" in plan.entries[1].message
    # a phone is identity only when the names agree: "X" has Marta's number but is not her
    path.write_text("Name,Phone\nX,0034 633 444 555\n")
    assert [e.action for e in engine.plan_import(engine.read_file(path)).entries] == ["add"]


def test_possible_duplicates_are_flagged(db_path: Path, fake_clock: FakeClock) -> None:
    import_file("linkedin-Connections.csv")
    plan = import_file("vcard-2.1-android-qp.vcf")
    (entry,) = plan.duplicates()
    assert entry.args["name"] == "Marta Núñez" and "Duplicates" in entry.message


def test_same_person_twice_in_one_file(db_path: Path) -> None:
    path = Path(db_path).parent / "twice.csv"
    path.write_text("Name,Email,Phone\nAna,ana@example.com,\nAna G,ana@example.com,+34 600 000 001\n,,\n")
    plan = engine.apply_import(engine.read_file(path))
    assert [e.action for e in plan.entries] == ["add", "merge"]
    (ana,) = Contact.select()
    assert [p.value for p in contacts.get_contact(ana.id).phones] == ["+34 600 000 001"]


def test_rows_without_name_or_email_are_skipped_with_reason(db_path: Path) -> None:
    path = Path(db_path).parent / "noname.csv"
    path.write_text("Name,Email,Company\nAna,,Acme\n,,Nobody Inc\n,not-an-address,\n")
    plan = engine.apply_import(engine.read_file(path))
    assert plan.added == 2  # Ana, and Nobody Inc as an organization (a company-only row)
    assert [e.kind for e in plan.entries][:2] == ["person", "organization"]
    (skip,) = plan.skips()
    assert skip.where == "line 4" and skip.message == "no name, no organization and no email"


def test_failure_inside_the_transaction_rolls_everything_back(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_file("vcard-4.0.vcf")
    before = snapshot()
    parsed = engine.read_file(FIXTURES / "linkedin-Connections.csv")

    def boom(ids: list[int]) -> None:
        raise ImportFileError("boom")

    monkeypatch.setattr(derived, "refresh_contact_stats", boom)  # the last step of the write
    with pytest.raises(ImportFileError):
        engine.apply_import(parsed)
    assert snapshot() == before


def test_cancel_rolls_back(db_path: Path) -> None:
    before = snapshot()
    parsed = engine.read_file(FIXTURES / "google-contacts.csv")
    with pytest.raises(ImportCancelled):
        engine.apply_import(parsed, cancelled=lambda: True)
    assert snapshot() == before


def test_bulk_path_keeps_statistics_and_search_right(db_path: Path, fake_clock: FakeClock) -> None:
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    row = "Ana{n},Núñez,https://www.linkedin.com/in/a{n},a{n}@example.com,Org {m},CEO,15 Mar 2024"
    lines += [row.format(n=n, m=n % 7) for n in range(2500)]
    path = Path(db_path).parent / "Connections.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    contacts.create_contact(name="Before", emails=["a7@example.com"])
    plan = engine.apply_import(engine.read_file(path))
    assert (plan.added, plan.merged) == (2499, 1)
    some = Contact.get(Contact.name == "Ana42 Núñez")
    assert some.networking_count == 1 and some.met_on == date(2024, 3, 15)
    merged = Contact.get(Contact.name == "Before")
    assert merged.networking_count == 1 and merged.linkedin_url.endswith("/a7")
    count = database.execute_sql(
        "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'nunez'"
    ).fetchone()[0]
    assert count == 2499
    hits = database.execute_sql("SELECT count(*) FROM interaction_fts WHERE interaction_fts MATCH 'linkedin'")
    assert hits.fetchone()[0] == 2500
    assert ContactEmail.select().count() == 2500


# command line ------------------------------------------------------------------------------------


def test_cli_import_dry_run_then_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "cli.sqlite3"
    csv = str(FIXTURES / "linkedin-Connections.csv")
    assert main(["import", csv, "--db", str(target), "--dry-run", "--create"]) == 0  # a new journal
    assert "3 added, 0 merged, 0 skipped" in capsys.readouterr().out
    assert main(["--db", str(target), "import", str(FIXTURES / "linkedin-Connections.csv")]) == 0
    assert "3 added" in capsys.readouterr().out
    assert main(["import", str(FIXTURES / "linkedin-Connections.csv"), "--db", str(target)]) == 0
    out = capsys.readouterr().out
    assert "0 added, 0 merged, 3 skipped" in out
    assert "3 rows were imported before and change nothing" in out


def test_cli_unreadable_file_exits_2_and_leaves_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "cli.sqlite3"
    assert main(["import", str(FIXTURES / "vcard-4.0.vcf"), "--db", str(target), "--create"]) == 0
    before = target.read_bytes()
    code = main(["import", str(FIXTURES / "broken-truncated.vcf"), "--db", str(target), "--format", "vcard"])
    assert code == 2
    err = capsys.readouterr().err
    assert "the file ends before END:VCARD" in err and "not changed" in err
    assert target.read_bytes() == before


def test_cli_export_every_format(tmp_path: Path) -> None:
    target = tmp_path / "cli.sqlite3"
    assert main(["import", str(FIXTURES / "google-contacts.csv"), "--db", str(target), "--create"]) == 0
    for fmt in ("vcard", "csv", "ics", "json"):
        out = tmp_path / f"out.{fmt}"
        assert main(["export", "--format", fmt, "-o", str(out), "--db", str(target)]) == 0
        assert out.stat().st_size > 0


def test_cli_as_a_process(tmp_path: Path) -> None:
    target = tmp_path / "proc.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "journal", "import", str(FIXTURES / "broken-binary.bin"), "--db", str(target)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2, result.stderr
    assert "not a text file" in result.stderr
    db.close_database()


def test_command_line_format_choices_match_the_engine() -> None:
    from journal.interop import commands, engine, export

    assert commands.IMPORT_FORMATS == engine.FORMATS
    assert commands.EXPORT_FORMATS == export.EXPORT_FORMATS


# the garbage collector -----------------------------------------------------------------------------


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_what_a_read_made_is_not_walked_when_the_collector_comes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    lines += [
        f"Ana{n},Ruiz,https://www.linkedin.com/in/r{n},r{n}@example.com,Org,CEO,15 Mar 2024"
        for n in range(5000)
    ]
    path = tmp_path / "Connections.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cycles: list[weakref.ref[_Node]] = []
    real = engine.reading.read_file

    def read_and_leave_a_cycle(*args: object, **kwargs: object) -> object:
        cycles.append(weakref.ref(_Node()))  # garbage made while the collector is off
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine.reading, "read_file", read_and_leave_a_cycle)
    walked: list[dict[str, int]] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            walked.append(info)

    gc.collect()
    gc.callbacks.append(seen)
    try:
        parsed = engine.read_file(path)
    finally:
        gc.callbacks.remove(seen)
    assert len(parsed.records) == 5000
    # Turned back on, the collector had walked every object of the read as young, at once.
    assert walked == []
    assert cycles[0]() is not None
    gc.collect()
    assert cycles[0]() is None  # still collected, with the old objects
