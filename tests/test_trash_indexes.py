"""Schema step 5: partial indexes of trashed rows (the trash never reads every entry) and of
snoozed follow-ups."""

from __future__ import annotations

from pathlib import Path

from journal import db
from journal.db import migrations
from journal.services import contacts, interactions, sales_trends, trash
from tests.helpers.schema import old_journal
from tests.test_query_plans import _capture, _full_scans

TRASH_INDEXES = {
    f"{t}_trashed"
    for t in ("interaction", "contact", "follow_up", "deal", "introduction", "objection", "quota")
} | {
    "follow_up_snoozed",
    "deal_board",
}


def _indexes() -> set[str]:
    rows = db.database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()
    return {r[0] for r in rows}


def _sql(names: set[str]) -> dict[str, str]:
    marks = ",".join("?" * len(names))
    rows = db.database.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE name IN ({marks})", list(names)
    )
    return {r[0]: r[1] for r in rows}


def test_a_schema_4_journal_gets_the_same_indexes_as_a_new_one(tmp_path: Path) -> None:
    db.open_database(tmp_path / "new.sqlite3")
    new = _sql(TRASH_INDEXES)
    db.close_database()
    old = old_journal(tmp_path / "old.sqlite3", 4)  # the real file of the version before these indexes
    db.open_database(old)
    try:
        assert migrations.user_version(db.database) == db.SCHEMA_VERSION
        assert _sql(TRASH_INDEXES) == new and len(new) == len(TRASH_INDEXES)
    finally:
        db.close_database()


def test_the_trash_reads_only_trashed_rows(db_path: Path, fake_clock: object) -> None:
    ana = contacts.create_contact(name="Ana").id
    entry = interactions.log_interaction(contact_id=ana, kind="networking", summary="Coffee")
    interactions.trash_interaction(entry.id)
    statements = _capture([trash.list_trash, sales_trends.interactions_per_month])
    assert any("deleted_at IS NOT NULL" in s for s in statements)
    offenders = {s[:120]: scans for s in statements if (scans := _full_scans(s))}
    assert not offenders, offenders
    assert [item.title for item in trash.list_trash()] == ["Coffee"]
    assert _indexes() >= TRASH_INDEXES
