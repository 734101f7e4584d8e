"""Writers: vCard 3.0, CSV, iCalendar, JSON (everything, back identically), per-contact export."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import icalendar
import pytest
import vobject

from journal import db
from journal.db import database
from journal.interop import engine, export, json_tables
from journal.interop.vcard import CardData, fold_line, write_cards
from journal.services import contacts, demo, duplicates, followups
from tests.conftest import FakeClock


def table_dump() -> dict[str, list[tuple[object, ...]]]:
    return {
        t: database.execute_sql(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()  # also WITHOUT ROWID tables
        for t in json_tables.data_tables()
    }


def test_fold_line_never_splits_a_character() -> None:
    line = "NOTE:" + "ñ" * 100 + "😀" * 30
    folded = fold_line(line)
    physical = folded.split(b"\r\n")
    assert all(len(p) <= 75 for p in physical)
    for part in physical:
        part.decode("utf-8")  # every physical line is valid UTF-8 on its own
    assert b"".join(p[1:] if i else p for i, p in enumerate(physical)).decode() == line


def test_vcard_export_is_crlf_folded_with_uid_and_rev(
    db_path: Path, fake_clock: FakeClock, tmp_path: Path
) -> None:
    ana = contacts.create_contact(
        name="Ana García, Jr.",
        organization="Acme; Iberia",
        emails=[contacts.LabeledValue("ana@example.com", "work", True)],
        notes="Línea uno\nlínea dos " + "x" * 200,
        tags=["vip", "madrid"],
        birthday="--06-30",
    )
    out = tmp_path / "all.vcf"
    assert export.export_vcard(out) == 1
    data = out.read_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    text = data.decode()
    assert f"UID:{ana.uuid}" in text and "REV:20260310T100000Z" in text
    card = vobject.readOne(text)  # another reader agrees
    assert card.fn.value == "Ana García, Jr."
    assert card.org.value == ["Acme; Iberia"]
    assert card.note.value.startswith("Línea uno\nlínea dos")


def test_csv_export_has_bom_and_one_row_per_contact(db_path: Path, tmp_path: Path) -> None:
    contacts.create_contact(name="Ana", notes="two\nlines", emails=["a@example.com", "b@example.com"])
    contacts.create_contact(name="Bob, the builder")
    out = tmp_path / "all.csv"
    assert export.export_csv(out) == 2
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    parsed = engine.read_file(out)
    assert [r.name for r in parsed.records] == ["Ana", "Bob, the builder"]
    assert [e.value for e in parsed.records[0].emails] == ["a@example.com", "b@example.com"]


def test_ics_todos_and_events(db_path: Path, fake_clock: FakeClock, tmp_path: Path) -> None:
    ana = contacts.create_contact(name="Ana")
    open_one = followups.create_followup(
        contact_id=ana.id, kind="networking", title="Coffee", due_date=date(2026, 3, 12), due_time=time(9, 30)
    )
    done = followups.create_followup(
        contact_id=ana.id, kind="sales", title="Send offer", due_date=date(2026, 3, 11)
    )
    followups.complete_followup(done.id)
    out = tmp_path / "f.ics"
    assert export.export_ics(out) == 2
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    todos = {str(t["uid"]): t for t in cal.walk("VTODO")}
    first = todos[open_one.uuid]
    assert str(first["status"]) == "NEEDS-ACTION"
    due = first.decoded("due")
    assert due.isoformat() == "2026-03-12T09:30:00+01:00" and str(due.tzinfo) == "Europe/Madrid"
    assert first.walk("VALARM")
    assert str(todos[done.uuid]["status"]) == "COMPLETED"
    again = tmp_path / "again.ics"
    export.export_ics(again)
    assert {str(t["uid"]) for t in icalendar.Calendar.from_ical(again.read_bytes()).walk("VTODO")} == set(
        todos
    )
    events = tmp_path / "e.ics"
    export.export_ics(events, as_events=True)
    parsed = icalendar.Calendar.from_ical(events.read_bytes())
    assert len(parsed.walk("VEVENT")) == 2 and not parsed.walk("VTODO")


def test_json_export_imports_back_identically(tmp_path: Path, fake_clock: FakeClock) -> None:
    source = tmp_path / "source.sqlite3"
    db.open_database(source)
    demo.generate()
    ids = [c.id for c in contacts.Contact.select().limit(3)]
    contacts.trash_contact(ids[0])
    merge_id = duplicates.merge_contacts(ids[1], ids[2])
    assert merge_id
    duplicates.dismiss_pair(ids[1], ids[0])
    fake_clock.advance(days=1)
    before = table_dump()
    out = tmp_path / "all.json"
    export.export_json(out)
    db.close_database()
    db.open_database(tmp_path / "copy.sqlite3")
    parsed = engine.read_file(out)
    plan = engine.plan_import(parsed)
    assert plan.added == len(before["contact"])
    engine.apply_import(parsed)
    after = table_dump()
    assert after.keys() == before.keys()
    for table in before:
        assert after[table] == before[table], table
    hits = database.execute_sql("SELECT count(*) FROM contact_fts").fetchone()[0]
    assert hits == len(before["contact"])
    again = engine.apply_import(engine.read_file(out))  # into a journal that has it all: nothing added
    assert again.added == 0 and table_dump() == before
    db.close_database()


def test_json_merges_into_a_journal_with_data(tmp_path: Path) -> None:
    db.open_database(tmp_path / "a.sqlite3")
    ana = contacts.create_contact(name="Ana", emails=["ana@example.com"], tags=["vip"])
    followups.create_followup(contact_id=ana.id, kind="networking", title="Call", due_date=date(2030, 1, 1))
    export.export_json(tmp_path / "a.json")
    db.close_database()
    db.open_database(tmp_path / "b.sqlite3")
    contacts.create_contact(name="Zoe", tags=["vip"])
    plan = engine.apply_import(engine.read_file(tmp_path / "a.json"))
    assert plan.added == 1
    imported = contacts.get_contact(plan.contact_ids[0])
    assert (
        imported.uuid == ana.uuid
        and imported.tags == ["vip"]
        and imported.next_followup_on == date(2030, 1, 1)
    )
    db.close_database()


def test_json_from_the_future_or_damaged(tmp_path: Path, db_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "networking-journal", "schema": 999, "tables": {}}')
    with pytest.raises(engine.ImportFileError, match="newer version"):
        engine.read_file(bad)
    bad.write_text('{"format": "networking-journal", "schema": 1, "tables": {"contact": [{"id": 1}]}}')
    with pytest.raises(engine.ImportFileError, match="no name"):
        engine.read_file(bad)
    bad.write_text('{"format": "networking-journal", "sch')
    with pytest.raises(engine.ImportFileError, match="line 1: this is not valid JSON"):
        engine.read_file(bad)


def test_inconsistent_json_leaves_the_database_unchanged(tmp_path: Path, db_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "networking-journal", "schema": 1, "tables": {"contact": '
        '[{"id": 5, "uuid": "u", "name": "A", "sort_key": "a", "organization_id": 77}]}}'
    )
    with pytest.raises(engine.ImportFileError, match=r"Nothing was imported|cannot be stored"):
        engine.apply_import(engine.read_file(bad))
    assert database.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 0


def test_per_contact_export(db_path: Path, fake_clock: FakeClock, tmp_path: Path) -> None:
    ana = contacts.create_contact(name="Ana Núñez", emails=["ana@example.com"])
    contacts.create_contact(name="Other Person", emails=["other@example.com"])
    followups.create_followup(
        contact_id=ana.id,
        kind="networking",
        title="Call",
        due_date=fake_clock.current.date() + timedelta(days=1),
    )
    json_path, vcf_path = export.export_contact(ana.id, tmp_path / "ana")
    assert json_path.name == "ana-nunez.json"
    text = json_path.read_text(encoding="utf-8")
    assert "Ana Núñez" in text and "Other Person" not in text and '"Call"' in text
    (card,) = engine.read_file(vcf_path).records
    assert card.name == "Ana Núñez"


def test_write_cards_streams_one_card_at_a_time() -> None:
    cards = write_cards(iter([CardData(uuid="u1", name="A"), CardData(uuid="u2", name="B")]))
    assert next(cards).startswith(b"BEGIN:VCARD\r\nVERSION:3.0\r\n")
