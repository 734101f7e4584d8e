"""The hot queries use their indexes: EXPLAIN QUERY PLAN shows no full table scans.

Statements are captured from the real service calls (sqlite3 trace callback),
so a change to a service's SQL is checked without copying it here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

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


# Reads of a whole table by design: the import loads every contact's keys once to match
# a file against them (journal.interop.planning); the pipeline board's totals add up every
# live deal, from the covering partial index deal_board (never the table).
WHOLE_TABLE_READS = (
    "SELECT stage, currency, count(*), group_concat(value, ' ') FROM deal INDEXED BY deal_board",
    "SELECT id, uuid, source_uid, linkedin_url, name FROM contact WHERE deleted_at IS NULL",
    "SELECT c.id, c.uuid, c.source_uid, c.linkedin_url, c.name, c.sort_key, "
    "coalesce(o.name_key, '') FROM contact c",  # the same, with organizations (interop.matching)
    "SELECT x.value_key, x.contact_id FROM contact_",
)
# A constant-false term: SQLite never enters the loop (no matches: nothing to read).
NEVER_RUNS = ("(0 AND ", "WHERE (0 = 1)")


def _full_scans(statement: str) -> list[str]:
    text = " ".join(statement.split())
    if text.startswith(WHOLE_TABLE_READS) or any(marker in text for marker in NEVER_RUNS):
        return []
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
    """Every query on the paths ``make bench`` times, called through the real services."""
    from journal.capture.directory import JournalPeople
    from journal.interop import engine
    from journal.reminders.engine import ReminderEngine
    from journal.services import (
        calendar_views,
        introductions,
        networking,
        pipeline_board,
        sales_trends,
        trash,
    )

    today = clock.today()
    flts = [search.ContactFilter(sort=s) for s in search.CONTACT_SORTS]
    flts += [search.ContactFilter(text=t, sort=s) for s in search.CONTACT_SORTS for t in ("m", "ma", "zq")]
    flts += [search.ContactFilter(tag="mentor", kind="networking", overdue_reconnect=True, open_deals=True)]
    calls: list[object] = [
        (lambda f=f: search.search_contacts(f, today=today, limit=50, offset=100)) for f in flts
    ]
    calls += [(lambda f=f: search.count_contacts(f, today=today)) for f in flts[:4]]
    page = search.timeline_page(limit=5)
    after = (page[-1].occurred_at, page[-1].id)
    texts = [search.TimelineFilter(text=t) for t in ("c", "co", "coffee", "zq", "x")]
    calls += [(lambda f=f: search.timeline_page(f, limit=100)) for f in texts]
    calls += [(lambda f=f: search.timeline_page(f, after=after, limit=100)) for f in texts]
    engine_ = ReminderEngine(lambda: time(9, 0))
    linkedin = Path(__file__).parent / "fixtures" / "linkedin-Connections.csv"
    calls += [
        lambda: search.timeline_page(limit=100),
        lambda: search.timeline_page(after=after, limit=100),
        lambda: search.timeline_page(search.TimelineFilter(kind="sales", channel="call"), limit=100),
        lambda: search.timeline_page(search.TimelineFilter(contact_id=1, text="c"), limit=100),
        lambda: search.timeline_page(
            search.TimelineFilter(
                start=datetime(2026, 1, 1, tzinfo=UTC), end=datetime(2026, 2, 1, tzinfo=UTC)
            )
        ),
        lambda: calendar_views.month_counts(2026, 3, today=today),
        lambda: calendar_views.overdue_count(today),
        lambda: followups.day_counts(date(2026, 3, 1), date(2026, 4, 11)),
        lambda: followups.agenda(today),
        lambda: followups.overdue(),
        lambda: interactions.interactions_for_contact(1, kind="networking"),
        lambda: interactions.interactions_for_contact(1, kind="sales"),
        lambda: followups.followups_for_contact(1, kind="sales"),
        lambda: followups.followups_for_contact(1, kind="networking"),
        lambda: deals.deals_for_contact(1),
        lambda: introductions.introductions_for_contact(1),
        lambda: networking.reciprocity_for_contact(1),
        lambda: derived.refresh_contact_stats([1, 2]),
        lambda: contacts.get_contact(1),
        lambda: trash.list_trash(),
        lambda: pipeline_board.stage_summaries(),
        lambda: pipeline_board.stage_deals("proposal"),
        lambda: sales_trends.interactions_per_month(today=today),
        lambda: engine_.due_items(),
        lambda: engine_.next_wakeup(clock.now()),
        lambda: JournalPeople()("ana"),
        lambda: engine.plan_import(engine.read_file(linkedin, "auto")),
    ]
    return calls


def _journal_with_some_trash() -> None:
    demo.generate(demo.DemoSize(contacts=300, interactions=3000, followups=400, deals=60))
    interactions.trash_interaction(5)
    followups.trash_followup(3)
    contacts.trash_contact(7)


# The planner statistics a journal can have: none (the app keeps none: a journal that
# grew in use has none), the estimates of a bounded ANALYZE (what PRAGMA optimize
# writes), and a full ANALYZE (the demo generator of earlier versions ran one).
STATISTICS = {
    "none": [],
    "bounded": ["PRAGMA analysis_limit = 400", "ANALYZE", "PRAGMA analysis_limit = 0"],
    "full": ["ANALYZE"],
}


@pytest.mark.parametrize("statistics", list(STATISTICS))
def test_hot_queries_do_not_scan_whole_tables(fake_clock: object, statistics: str) -> None:
    _journal_with_some_trash()
    for sql in STATISTICS[statistics]:
        db.database.execute_sql(sql)
    db.database.execute_sql("ANALYZE sqlite_schema")  # the planner reads the statistics again
    statements = _capture(_hot_calls(), ("SELECT", "INSERT INTO TEMP", "WITH"))
    assert len(statements) > 60
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
