"""Fuzzing our own JSON: a real export with one value changed to anything JSON can hold either
is refused with ``ImportFileError`` (nothing written), or imports and then every reader the
window uses works on it. Before issue 14 this found OverflowError, ValueError and rows that
broke the Timeline, the Calendar, the Pipeline and the iCalendar export."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal import clock, db
from journal.db import database
from journal.interop import engine, export, json_export
from journal.services import (
    contacts,
    deals,
    followups,
    interactions,
    networking,
    pipeline_board,
    sales,
    sales_forecast,
    sales_trends,
    search,
    trash,
)
from journal.services.events import changes
from tests.helpers.schema import FIXTURES


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The version-2 fixture journal, exported by today's code."""
    folder = tmp_path_factory.mktemp("export")
    shutil.copyfile(FIXTURES / "v2.sqlite3", folder / "j.sqlite3")
    db.open_database(folder / "j.sqlite3")
    try:
        json_export.export_json(folder / "all.json")
    finally:
        db.close_database()
    data: dict[str, Any] = json.loads((folder / "all.json").read_text(encoding="utf-8"))
    return data


VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, -1, 100, 101, 3650, 3651, 2**63, 10**30]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(
        [
            "", " ", "x", "lots", "1,500", "1E+400", "-5", "NaN", "eur", "bogus", "networking", "sales",
            "0000-01-01 00:00:00.000000", "0001-01-01 00:00:00.000000", "9999-12-31 23:59:59.999999",
            "2026-03-10T10:00:00+02:00", "2026-03-10T10:00:00", "2024-02-30", "2024-02-29", "0000-01-01",
            "9999-12-31", "25:61:00", "10:30:00", "--02-30", "--02-29", "1984-13-01",
        ]
    ),
)  # fmt: skip


def _readers() -> None:
    """What the window reads when it shows each section."""
    today = clock.today()
    rows = search.search_contacts(today=today, limit=500)
    for row in rows:
        contacts.get_contact(row.id)
        for kind in ("networking", "sales"):
            interactions.interactions_for_contact(row.id, kind=kind)
            followups.followups_for_contact(row.id, kind=kind)
        deals.deals_for_contact(row.id)
        networking.reciprocity_for_contact(row.id)
        networking.introduction_chain(row.id)
    search.timeline_page(limit=500)
    followups.day_counts(date(2025, 1, 1), date(2027, 1, 1), today)
    followups.overdue(today)
    for stage, summary in pipeline_board.stage_summaries().items():
        assert summary.count >= 0
        pipeline_board.stage_deals(stage)
    sales_forecast.weighted_forecast()
    sales_forecast.quota_progress(day=today)
    sales_forecast.quota_progress(day=today, period="quarter")
    sales_trends.won_per_month(today=today)
    sales.average_days_per_stage()
    sales.objection_win_rates()
    networking.reconnect_list(today=today)
    networking.overall_reciprocity()
    trash.list_trash()
    for item in export.followup_items():
        assert item is not None


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data(), value=VALUES)
def test_a_changed_value_is_refused_or_readable_everywhere(
    exported: dict[str, Any], data: st.DataObject, value: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(changes, "_listeners", [])
    document = json.loads(json.dumps(exported))
    tables = sorted(t for t, rows in document["tables"].items() if rows and t != "meta")
    table = data.draw(st.sampled_from(tables), label="table")
    row = data.draw(st.sampled_from(document["tables"][table]), label="row")
    column = data.draw(st.sampled_from(sorted(row)), label="column")
    row[column] = value
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "in.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        db.open_database(folder / "j.sqlite3")
        try:
            try:
                engine.apply_import(engine.read_file(path))
            except engine.ImportFileError:
                assert database.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 0
                return
            _readers()
            with tempfile.TemporaryDirectory() as out:
                export.export_ics(Path(out) / "f.ics")
                export.export_vcard(Path(out) / "c.vcf")
        finally:
            db.close_database()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_readers_read_the_fixture(exported: dict[str, Any], tmp_path: Path) -> None:
    """The property above is about the file, not the readers: they work on the unchanged export."""
    path = tmp_path / "in.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    db.open_database(tmp_path / "j.sqlite3")
    try:
        engine.apply_import(engine.read_file(path))
        _readers()
        assert search.count_contacts(today=clock.today()) > 0
        assert datetime.now() - timedelta(days=1) < datetime.now()
    finally:
        db.close_database()
