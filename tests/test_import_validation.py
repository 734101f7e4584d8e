"""Issue 14, point 1: every row a JSON file brings passes the services' rules, or the file is refused
(naming the record) and nothing changes. Nothing the window cannot show may enter the journal."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from journal.db import database
from journal.db.fields import UTCDateTimeField
from journal.interop import engine
from journal.services import contacts, deals, followups, interactions
from journal.services.events import write


def _document(**tables: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format": "networking-journal", "version": 1, "schema": 2, "tables": tables}


STAMP = "2026-03-01 09:00:00.000000"  # the stored form, which format-1 files carry
CONTACT = {"id": 1, "uuid": "c-1", "name": "Ana", "sort_key": "ana", "created_at": STAMP, "updated_at": STAMP}
ENTRY = {"id": 1, "uuid": "i-1", "contact_id": 1, "kind": "networking", "channel": "call",
         "occurred_at": "2026-03-01 09:00:00.000000", "summary": "Call",
         "created_at": "2026-03-01 09:00:00.000000", "updated_at": "2026-03-01 09:00:00.000000"}  # fmt: skip
DEAL = {"id": 1, "uuid": "d-1", "contact_id": 1, "title": "Licence", "value": "1500.00", "currency": "EUR",
        "stage": "prospect", "probability": 10, "stage_changed_at": "2026-03-01 09:00:00.000000",
        "created_at": "2026-03-01 09:00:00.000000", "updated_at": "2026-03-01 09:00:00.000000"}  # fmt: skip
FOLLOWUP = {"id": 1, "uuid": "f-1", "contact_id": 1, "kind": "networking", "title": "Call back",
            "due_date": "2026-03-20", "status": "open",
            "created_at": STAMP, "updated_at": STAMP}  # fmt: skip


def _import(tmp_path: Path, document: dict[str, Any]) -> engine.ImportPlan:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return engine.apply_import(engine.read_file(path))


def _counts() -> dict[str, int]:
    return {
        t: database.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0]
        for t in ("contact", "interaction", "deal", "follow_up")
    }


def test_a_valid_file_imports(db_path: Path, tmp_path: Path) -> None:
    _import(tmp_path, _document(contact=[CONTACT], interaction=[ENTRY], deal=[DEAL], follow_up=[FOLLOWUP]))
    assert _counts() == {"contact": 1, "interaction": 1, "deal": 1, "follow_up": 1}


def test_a_timestamp_with_an_offset_is_converted(db_path: Path, tmp_path: Path) -> None:
    entry = {**ENTRY, "occurred_at": "2026-03-10T10:00:00+02:00"}
    _import(tmp_path, _document(contact=[CONTACT], interaction=[entry]))
    assert interactions.get_interaction(1).occurred_at == datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


BAD_ROWS = [
    ("deal", {**DEAL, "stage": "bogus"}, "stage"),
    ("deal", {**DEAL, "probability": 999}, "probability"),
    ("deal", {**DEAL, "value": "lots"}, "value"),
    ("deal", {**DEAL, "value": "-5"}, "value"),
    ("deal", {**DEAL, "currency": "euros"}, "currency"),
    ("interaction", {**ENTRY, "created_at": "x"}, "created_at"),
    ("interaction", {**ENTRY, "occurred_at": "0000-01-01 00:00:00.000000"}, "occurred_at"),
    ("interaction", {**ENTRY, "occurred_at": "2026-03-10T10:00:00"}, "occurred_at"),  # no zone
    ("interaction", {**ENTRY, "kind": "sales", "value_direction": "gave", "value_type": "advice"}, "value"),
    ("interaction", {**ENTRY, "summary": "   "}, "summary"),
    ("interaction", {**ENTRY, "summary": 42}, "summary"),
    ("follow_up", {**FOLLOWUP, "due_date": "2024-02-30"}, "due_date"),
    ("follow_up", {**FOLLOWUP, "status": "maybe"}, "status"),
    ("contact", {**CONTACT, "cadence_days": 10**30}, "cadence_days"),
    ("contact", {**CONTACT, "birthday": "1984-13-01"}, "birthday"),
    ("contact", {**CONTACT, "id": 10**30}, "id"),
]


@pytest.mark.parametrize(("table", "row", "column"), BAD_ROWS)
def test_a_row_the_services_would_refuse_refuses_the_file(
    db_path: Path, tmp_path: Path, table: str, row: dict[str, Any], column: str
) -> None:
    tables: dict[str, list[dict[str, Any]]] = {"contact": [CONTACT]}
    tables[table] = [row]
    with pytest.raises(engine.ImportFileError) as refused:
        _import(tmp_path, _document(**tables))
    assert f"record 1 of table {table}" in str(refused.value) and column in str(refused.value)
    assert _counts() == {"contact": 0, "interaction": 0, "deal": 0, "follow_up": 0}


def test_a_refused_file_changes_nothing_in_a_journal_with_data(db_path: Path, tmp_path: Path) -> None:
    contacts.create_contact(name="Already here")
    before = _counts()
    with pytest.raises(engine.ImportFileError):
        _import(tmp_path, _document(contact=[{**CONTACT, "uuid": "new"}], deal=[{**DEAL, "stage": "bogus"}]))
    assert _counts() == before


def test_the_datetime_field_refuses_text_it_cannot_read(db_path: Path) -> None:
    field = UTCDateTimeField()
    assert field.db_value("2026-03-10T10:00:00+02:00") == "2026-03-10 08:00:00.000000"
    for bad in ("x", "2026-03-10T10:00:00", "0000-01-01 00:00:00.000000"):
        with pytest.raises(ValueError):
            field.db_value(bad)
    with write(), pytest.raises(ValueError):
        contacts.Contact.update(created_at="yesterday").execute()


def test_services_refuse_days_the_window_cannot_show(db_path: Path) -> None:
    ana = contacts.create_contact(name="Ana")
    from journal.services.errors import ValidationError

    with pytest.raises(ValidationError):
        followups.create_followup(
            contact_id=ana.id, kind="networking", title="Old", due_date=datetime(1, 1, 1).date()
        )
    with pytest.raises(ValidationError):
        interactions.log_interaction(
            contact_id=ana.id,
            kind="networking",
            summary="Far",
            occurred_at=datetime(9999, 12, 31, 23, tzinfo=UTC),
        )
    with pytest.raises(ValidationError):
        deals.create_deal(contact_id=ana.id, title="Huge", value=Decimal("1E+400"))
