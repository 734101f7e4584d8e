"""Issue 14, point 5: editing an entry updates its objections in place (same ids and uuids),
the removed ones go to the trash; a quota can be deleted (to the trash) and restored."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from journal.db import database
from journal.db.models import Objection
from journal.interop import engine, export
from journal.services import contacts, interactions, quotas, trash
from journal.services.errors import NotFoundError, ValidationError
from journal.services.interactions import ObjectionInput


def _sale() -> interactions.InteractionData:
    ana = contacts.create_contact(name="Ana")
    return interactions.log_interaction(
        contact_id=ana.id,
        kind="sales",
        summary="Demo",
        objections=[
            ObjectionInput("price", "Too dear", "Discount", "pending"),
            ObjectionInput("timing", "Next year", "", "pending"),
        ],
    )


def _uuids(interaction_id: int) -> dict[int, tuple[str, bool]]:
    return {
        o.id: (o.uuid, o.deleted_at is None)
        for o in Objection.select().where(Objection.interaction == interaction_id)
    }


def test_editing_keeps_the_objections_and_trashes_the_removed_one(db_path: Path) -> None:
    sale = _sale()
    price, timing = sale.objections
    before = _uuids(sale.id)
    edited = interactions.update_interaction(
        sale.id,
        objections=[
            ObjectionInput("price", "Too dear", "Discount", "resolved", id=price.id),
            ObjectionInput("authority", "Boss decides"),
        ],
    )
    after = _uuids(sale.id)
    assert after[price.id] == (before[price.id][0], True)  # same row, same uuid, updated
    assert after[timing.id] == (before[timing.id][0], False)  # in the trash
    assert [(o.category, o.outcome) for o in edited.objections] == [
        ("price", "resolved"),
        ("authority", "pending"),
    ]
    assert edited.objections[0].id == price.id


def test_an_unchanged_edit_writes_no_new_objections(db_path: Path) -> None:
    sale = _sale()
    before = _uuids(sale.id)
    inputs = [ObjectionInput(o.category, o.detail, o.response, o.outcome, id=o.id) for o in sale.objections]
    interactions.update_interaction(sale.id, summary="Demo, again", objections=inputs)
    assert _uuids(sale.id) == before


def test_an_objection_of_another_entry_is_refused(db_path: Path) -> None:
    first, second = _sale(), _sale()
    before = _uuids(first.id)
    with pytest.raises(ValidationError):
        interactions.update_interaction(
            first.id, objections=[ObjectionInput("price", id=second.objections[0].id)]
        )
    assert _uuids(first.id) == before


def test_reimporting_an_export_after_an_edit_adds_no_objections(db_path: Path, tmp_path: Path) -> None:
    sale = _sale()
    out = tmp_path / "all.json"
    export.export_json(out)
    inputs = [ObjectionInput(o.category, o.detail, o.response, o.outcome, id=o.id) for o in sale.objections]
    interactions.update_interaction(sale.id, objections=inputs)
    engine.apply_import(engine.read_file(out))
    assert database.execute_sql("SELECT count(*) FROM objection").fetchone()[0] == 2


def test_a_removed_objection_can_be_restored_from_the_trash(db_path: Path) -> None:
    sale = _sale()
    price, timing = sale.objections
    interactions.update_interaction(sale.id, objections=[ObjectionInput("price", id=price.id)])
    (item,) = [i for i in trash.list_trash() if i.entity == "objection"]
    assert item.id == timing.id and item.contact_name == "Ana"
    trash.restore("objection", timing.id)
    assert [o.id for o in interactions.get_interaction(sale.id).objections] == [price.id, timing.id]
    interactions.update_interaction(sale.id, objections=[ObjectionInput("price", id=price.id)])
    trash.empty_trash()
    assert set(_uuids(sale.id)) == {price.id}


def test_a_quota_can_be_deleted_and_restored(db_path: Path) -> None:
    march = quotas.set_quota(period_start=date(2026, 3, 1), amount="30000")
    quotas.delete_quota(march.id)
    assert quotas.get_quota(date(2026, 3, 15)) is None
    (item,) = [i for i in trash.list_trash() if i.entity == "quota"]
    assert item.id == march.id and "30000 EUR" in item.title
    trash.restore("quota", march.id)
    assert quotas.get_quota(date(2026, 3, 15)) == march
    with pytest.raises(NotFoundError):
        quotas.delete_quota(9999)


def test_a_deleted_quota_cannot_come_back_over_a_new_one(db_path: Path) -> None:
    march = quotas.set_quota(period_start=date(2026, 3, 1), amount="30000")
    quotas.delete_quota(march.id)
    newer = quotas.set_quota(period_start=date(2026, 3, 1), amount="45000")
    with pytest.raises(ValidationError):
        trash.restore("quota", march.id)
    assert quotas.get_quota(date(2026, 3, 1)) == newer and newer.amount == Decimal(45000)
