"""The hot queries use their indexes: EXPLAIN QUERY PLAN shows no full table scans.

Statements are captured from the real service calls (sqlite3 trace callback),
so a change to a service's SQL is checked without copying it here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from journal import clock, db
from journal.services import contacts, deals, demo, derived, followups, interactions, search

pytestmark = pytest.mark.usefixtures("db_path")


def _capture(calls: list[object], verbs: tuple[str, ...] = ("SELECT",)) -> list[str]:
    conn = db.database.connection()
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        for call in calls:
            call()  # type: ignore[operator]
    finally:
        conn.set_trace_callback(None)
    return [s for s in statements if s.lstrip().upper().startswith(verbs)]


# Temporary tables a query fills with at most a bounded number of rows (the timeline's
# text search tests at most timeline_text.MAX_SCAN entries there): scanning them is fine.
BOUNDED_TEMP_TABLES = ("timeline_chunk",)


def _full_scans(statement: str) -> list[str]:
    conn = db.database.connection()
    plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + statement)]
    return [
        step
        for step in plan
        if step.startswith("SCAN ")
        and "VIRTUAL TABLE" not in step
        and "_config" not in step
        and not any(f" {name}" in step or f".{name}" in step for name in BOUNDED_TEMP_TABLES)
    ]


def _hot_calls() -> list[object]:
    today = clock.today()
    flts = [search.ContactFilter(sort=s) for s in search.CONTACT_SORTS]
    flts += [search.ContactFilter(text="ma", sort=s) for s in search.CONTACT_SORTS]
    flts += [search.ContactFilter(tag="mentor", kind="networking", overdue_reconnect=True, open_deals=True)]
    calls: list[object] = [
        (lambda f=f: search.search_contacts(f, today=today, limit=50, offset=100)) for f in flts
    ]
    page = search.timeline_page(limit=5)
    after = (page[-1].occurred_at, page[-1].id)
    calls += [
        lambda: search.timeline_page(limit=100),
        lambda: search.timeline_page(after=after, limit=100),
        lambda: search.timeline_page(search.TimelineFilter(kind="sales", channel="call"), limit=100),
        lambda: search.timeline_page(search.TimelineFilter(text="coffee"), limit=100),
        lambda: search.timeline_page(
            search.TimelineFilter(
                start=datetime(2026, 1, 1, tzinfo=UTC), end=datetime(2026, 2, 1, tzinfo=UTC)
            )
        ),
        lambda: followups.day_counts(date(2026, 3, 1), date(2026, 4, 11)),
        lambda: followups.agenda(today),
        lambda: followups.overdue(),
        lambda: interactions.interactions_for_contact(1, kind="networking"),
        lambda: interactions.interactions_for_contact(1, kind="sales"),
        lambda: followups.followups_for_contact(1, kind="sales"),
        lambda: deals.deals_for_contact(1),
        lambda: derived.refresh_contact_stats([1, 2]),
        lambda: contacts.get_contact(1),
    ]
    return calls


def test_hot_queries_do_not_scan_whole_tables(fake_clock: object) -> None:
    demo.generate(demo.DemoSize(contacts=300, interactions=3000, followups=400, deals=60))
    statements = _capture(_hot_calls())
    assert len(statements) > 20
    offenders = {s.strip()[:160]: scans for s in statements if (scans := _full_scans(s))}
    assert not offenders, offenders


def test_plans_hold_after_analyze(fake_clock: object) -> None:
    """With statistics (the app runs PRAGMA optimize) the planner must still use indexes."""
    demo.generate(demo.DemoSize(contacts=300, interactions=3000, followups=400, deals=60))
    db.database.execute_sql("ANALYZE")
    statements = _capture(_hot_calls())
    offenders = {s.strip()[:160]: scans for s in statements if (scans := _full_scans(s))}
    assert not offenders, offenders


def test_interaction_day_filter_uses_index(fake_clock: object) -> None:
    cid = contacts.create_contact(name="Ana").id
    for n in range(5):
        interactions.log_interaction(
            contact_id=cid, kind="networking", summary="x", occurred_at=clock.now() - timedelta(days=n)
        )
    statements = _capture([lambda: search.timeline_page(search.TimelineFilter(start=clock.now()))])
    assert statements and not any(_full_scans(s) for s in statements)


def test_the_detector_sees_a_full_scan() -> None:
    assert _full_scans("SELECT id FROM interaction WHERE summary = 'x'") == ["SCAN interaction"]
    assert _full_scans("SELECT id FROM contact WHERE name = 'x'") == ["SCAN contact"]


def test_bulk_statistics_refresh_uses_the_per_contact_indexes(fake_clock: object) -> None:
    """Past ``derived.BULK`` contacts (imports, merges) the figures are one set-based UPDATE
    (the test above sees SELECTs only); each of its six subqueries must look the contact's
    rows up by contact_id, not walk a (deleted_at, ...) index or the whole table."""
    demo.generate(demo.DemoSize(contacts=derived.BULK + 100, interactions=3000, followups=400, deals=60))
    db.database.execute_sql("ANALYZE")
    with db.database.atomic():
        many = range(1, derived.BULK + 50)
        statements = _capture([lambda: derived.refresh_contact_stats(many)], ("UPDATE",))
    updates = [s for s in statements if "(SELECT" in s]
    assert updates, statements[:3]
    conn = db.database.connection()
    for statement in updates:
        plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + statement)]
        children = [step for step in plan if step.startswith(("SEARCH i ", "SEARCH d ", "SEARCH f "))]
        assert len(children) == 6, plan
        assert all("contact_id" in step.split("(")[0] for step in children), plan
