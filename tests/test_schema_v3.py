"""Schema step 2 -> 3 (issue 13): a journal written by version 2 (tests/fixtures/schema/v2.sqlite3,
made by that version's own code) upgrades to exactly the schema a new journal gets, keeps its data,
and then holds the new contact fields."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from journal import db
from journal.services import contacts
from journal.services.values import LabeledValue, PostalAddress

V2 = Path(__file__).parent / "fixtures" / "schema" / "v2.sqlite3"


def _schema(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    try:
        tables = {
            name: sorted(tuple(r) for r in conn.execute(f'PRAGMA table_info("{name}")'))
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        indexes = {
            name: (table, sorted(tuple(r) for r in conn.execute(f'PRAGMA index_info("{name}")')))
            for name, table in conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'")
        }
        without_rowid = sorted(
            name for (name, sql) in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
            if sql and "WITHOUT ROWID" in sql.upper()
        )  # fmt: skip
        return {"tables": tables, "indexes": indexes, "without_rowid": without_rowid}
    finally:
        conn.close()


def test_an_upgraded_v2_journal_has_the_new_schema_and_keeps_its_data(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(V2, old)
    assert sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0] == 2
    db.open_database(old)
    try:
        names = {c.name for c in contacts.Contact.select()}
        ana = contacts.Contact.get(contacts.Contact.name == "Ana García")
        detail = contacts.get_contact(ana.id)
        assert detail.birthday == "--09-17" and detail.emails[0].value == "ana@levante.example"
        assert detail.addresses == [] and detail.photo is None and not detail.starred
        contacts.update_contact(
            ana.id,
            addresses=[PostalAddress("work", street="Calle Mayor 1", city="Valencia")],
            nicknames=[LabeledValue("Anita")],
            middle_name="María",
        )
        assert contacts.get_contact(ana.id).middle_name == "María"
    finally:
        db.close_database()
    assert {"Ana García", "Bob Stone", "Carla Ruiz"} <= names
    new = tmp_path / "new.sqlite3"
    db.open_database(new)
    db.close_database()
    assert _schema(old) == _schema(new)
    assert sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION
