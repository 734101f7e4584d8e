"""Imported values pass the same rules as the dialogs' (``services.validation``): a value the
journal cannot keep is left out and said, the rest of the card or row is imported, and what
was written passes ``check``'s row rules (issue 13 with issue 14's one validation)."""

from __future__ import annotations

from pathlib import Path

from journal.interop import engine
from journal.safety import consistency
from journal.services import contacts


def _import(text: str, fmt: str) -> engine.ImportPlan:
    return engine.apply_import(engine.parse_text(text, fmt))


def test_a_day_outside_the_journals_calendar_is_left_out(db_path: Path) -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Harold Godwinson\r\nEMAIL:harold@wessex.example\r\n"
        "X-NETWORKING-JOURNAL-MET-ON:1066-10-14\r\nX-NETWORKING-JOURNAL-CADENCE:99999\r\nEND:VCARD\r\n"
    )
    plan = _import(card, "vcard")
    assert plan.added == 1
    harold = contacts.get_contact(plan.contact_ids[0])
    assert harold.met_on is None and harold.cadence_days is None
    assert harold.emails[0].value == "harold@wessex.example"
    assert consistency.check(db_path).ok


def test_a_connection_day_outside_the_calendar_adds_no_entry(db_path: Path) -> None:
    rows = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
        "Ada,Lovelace,https://www.linkedin.com/in/ada,ada@engine.example,Engines,Analyst,01 Jan 0999\r\n"
        "Alan,Turing,https://www.linkedin.com/in/alan,alan@bletchley.example,GCHQ,Analyst,12 Mar 2024\r\n"
    )
    plan = _import(rows, "linkedin")
    assert plan.added == 2
    assert consistency.check(db_path).ok
    people = {c.name: c for c in (contacts.get_contact(i) for i in plan.contact_ids)}
    assert people["Ada Lovelace"].met_on is None
    assert people["Alan Turing"].met_on is not None
