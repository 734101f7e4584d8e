"""Schema step 3 -> 4 (issue 13): a journal written by version 3 (tests/fixtures/schema/v3.sqlite3,
made by that version's own code) upgrades and then holds the new contact fields; its contacts
have none of them yet. (That the upgraded file has exactly the schema of a new one, and keeps
every row, ``tests/test_schema_versions.py`` checks for every version.)"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from journal import db
from journal.services import contacts
from journal.services.values import LabeledValue, PostalAddress

V3 = Path(__file__).parent / "fixtures" / "schema" / "v3.sqlite3"


def test_an_upgraded_v3_journal_takes_the_new_fields(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(V3, old)
    assert sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0] == 3
    db.open_database(old)
    try:
        ana = contacts.Contact.get(contacts.Contact.name == "Ana Núñez")
        detail = contacts.get_contact(ana.id)
        assert detail.birthday == "1984-02-29" and detail.emails[0].value == "ana@acme.example"
        assert detail.addresses == [] and detail.photo is None and not detail.starred
        assert detail.middle_name == "" and detail.nicknames == []
        contacts.update_contact(
            ana.id,
            addresses=[PostalAddress("work", street="Calle Mayor 1", city="Valencia")],
            nicknames=[LabeledValue("Anita")],
            middle_name="María",
            starred=True,
        )
        after = contacts.get_contact(ana.id)
        assert after.middle_name == "María" and after.starred
        assert [a.city for a in after.addresses] == ["Valencia"]
        assert [n.value for n in after.nicknames] == ["Anita"]
    finally:
        db.close_database()
    assert sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION
