"""Issue 14, point 3: undoing a merge puts both contacts back exactly as they were — every
column (the derived sort key and figures too), their emails, phones and tags — whichever
side each field was taken from."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from journal import db
from journal.db import database
from journal.safety import consistency
from journal.services import contacts, duplicates, interactions
from journal.services.contacts import LabeledValue
from journal.services.search import ContactFilter, search_contacts
from tests.conftest import FakeClock

SURVIVOR: dict[str, Any] = {
    "name": "Zed Alpha", "given_name": "Zed", "family_name": "Alpha", "organization": "Zeta Corp",
    "title": "CTO", "linkedin_url": "https://linkedin.example/zed", "website": "https://zed.example",
    "location": "Oslo", "birthday": "1980-01-02", "how_met": "Conference", "met_on": date(2020, 5, 1),
    "notes": "Zed's notes", "cadence_days": 30, "source_uid": "zed-uid",
}  # fmt: skip
MERGED: dict[str, Any] = {
    "name": "Aaron Zed", "given_name": "Aaron", "family_name": "Zed", "organization": "Acme",
    "title": "CEO", "linkedin_url": "https://linkedin.example/aaron", "website": "https://aaron.example",
    "location": "Madrid", "birthday": "--07-14", "how_met": "Friend", "met_on": date(2021, 6, 2),
    "notes": "Aaron's notes", "cadence_days": 7, "source_uid": "aaron-uid",
}  # fmt: skip
assert set(SURVIVOR) == set(duplicates.MERGE_FIELDS), "a new mergeable field needs a value here"


def _rows(table: str, where: str, ids: tuple[int, ...]) -> list[tuple[Any, ...]]:
    marks = ",".join("?" * len(ids))
    sql = f'SELECT * FROM "{table}" WHERE {where} IN ({marks}) ORDER BY id'
    return database.execute_sql(sql, ids).fetchall()


def _state(ids: tuple[int, int]) -> dict[str, list[tuple[Any, ...]]]:
    contact = [r for r in _rows("contact", "id", ids)]
    updated_at = [d[0] for d in database.execute_sql("SELECT * FROM contact LIMIT 0").description].index(
        "updated_at"
    )
    return {
        "contact": [r[:updated_at] + r[updated_at + 1 :] for r in contact],  # updated_at says when
        "contact_email": _rows("contact_email", "contact_id", ids),
        "contact_phone": _rows("contact_phone", "contact_id", ids),
        "contact_tag": _rows("contact_tag", "contact_id", ids),
        "interaction": _rows("interaction", "contact_id", ids),
        "contact_fts": database.execute_sql(
            "SELECT rowid, * FROM contact_fts WHERE rowid IN (?, ?) ORDER BY rowid", ids
        ).fetchall(),
    }


def _pair() -> tuple[int, int]:
    zed = contacts.create_contact(
        **SURVIVOR,
        emails=[LabeledValue("zed@zeta.example", "work", True), LabeledValue("same@x.example", "home")],
        phones=["+47 400 00 000"],
        tags=["vip"],
    )
    aaron = contacts.create_contact(
        **MERGED,
        emails=[LabeledValue("same@x.example", "work"), LabeledValue("aaron@acme.example", "home", True)],
        phones=[LabeledValue("600 1", "mobile"), LabeledValue("600 2", "work", True)],
        tags=["golf", "vip"],
    )
    interactions.log_interaction(contact_id=aaron.id, kind="networking", summary="Coffee")
    return zed.id, aaron.id


@pytest.mark.parametrize("side", ["survivor", "merged"])
@pytest.mark.parametrize("field", duplicates.MERGE_FIELDS)
def test_undo_restores_every_column_whichever_side_was_chosen(
    db_path: Path, fake_clock: FakeClock, field: str, side: str
) -> None:
    ids = _pair()
    before = _state(ids)
    fake_clock.advance(hours=1)
    merge_id = duplicates.merge_contacts(*ids, choices={field: side})
    expected = (SURVIVOR if side == "survivor" else MERGED)[field]
    after_merge = contacts.get_contact(ids[0])
    assert getattr(after_merge, field) == expected
    fake_clock.advance(hours=1)
    duplicates.undo_merge(merge_id)
    assert _state(ids) == before
    assert consistency.check(db_path).ok


def test_zed_sorts_among_the_zs_again_after_undo(db_path: Path, fake_clock: FakeClock) -> None:
    ids = _pair()
    contacts.create_contact(name="Bea Beta")
    merge_id = duplicates.merge_contacts(*ids, choices={"name": "merged"})
    duplicates.undo_merge(merge_id)
    names = [r.name for r in search_contacts(ContactFilter(), today=date(2026, 3, 10))]
    assert names == ["Aaron Zed", "Bea Beta", "Zed Alpha"]


def test_a_merge_recorded_before_full_snapshots_can_still_be_undone(db_path: Path) -> None:
    """Merges made by the previous version kept only the single-valued fields."""
    ids = _pair()
    merge_id = duplicates.merge_contacts(*ids, choices={"name": "merged"})
    conn: sqlite3.Connection = db.raw_connection()
    snapshot = conn.execute("SELECT snapshot FROM merge_record WHERE id = ?", (merge_id,)).fetchone()[0]
    import json

    old = json.loads(snapshot)
    old.pop("survivor_row")
    old.pop("primary", None)
    conn.execute("UPDATE merge_record SET snapshot = ? WHERE id = ?", (json.dumps(old), merge_id))
    duplicates.undo_merge(merge_id)
    restored = contacts.get_contact(ids[0])
    assert restored.name == "Zed Alpha"
    assert consistency.check(db_path).ok
