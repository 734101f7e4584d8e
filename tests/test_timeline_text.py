"""The timeline's text search finds exactly what the journal's FTS5 index finds, in
timeline order, page after page: by scanning chunks for common words and through the
index for rare ones (``journal.services.timeline_text``)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from journal import clock, db
from journal.db import fts
from journal.services import contacts, demo, interactions, search, timeline_text
from journal.services.search import TimelineFilter

pytestmark = pytest.mark.usefixtures("db_path")

QUERIES = [
    "c", "co", "t", "x", "z", "ca", "coffee", "café", "cafe", "o'brien", "zanz", "pr",
    "llam", "nunez", "the pl", "zzz", "-", "propuesta", "e",
]  # fmt: skip


def _reference(text: str, kind: str | None = None) -> list[int]:
    """Every match by the index alone, in timeline order."""
    match = fts.match_expression(text)
    if not match:
        return []
    sql = """SELECT i.id FROM interaction i WHERE i.deleted_at IS NULL
             AND i.id IN (SELECT rowid FROM interaction_fts WHERE interaction_fts MATCH ?)"""
    params: list[object] = [match]
    if kind:
        sql += " AND i.kind = ?"
        params.append(kind)
    rows = db.database.execute_sql(sql + " ORDER BY i.occurred_at DESC, i.id DESC", params).fetchall()
    return [r[0] for r in rows]


def _paged(flt: TimelineFilter, limit: int) -> list[int]:
    ids: list[int] = []
    after = None
    while True:
        page = search.timeline_page(flt, after=after, limit=limit)
        ids += [row.id for row in page]
        if len(page) < limit:
            return ids
        after = (page[-1].occurred_at, page[-1].id)


@pytest.fixture
def journal(db_path: object, fake_clock: object, monkeypatch: pytest.MonkeyPatch) -> None:
    demo.generate(demo.DemoSize(contacts=40, interactions=1500, followups=10, deals=10))
    ana = contacts.create_contact(name="Ana Núñez").id
    log = interactions.log_interaction
    for n, summary in enumerate(["Zanzíbar trip", "O'Brien's party", "Café con Ana", "the plan for X"]):
        log(
            contact_id=ana,
            kind="networking",
            summary=summary,
            occurred_at=clock.now() - timedelta(days=40 * n),
        )
    # small chunks, so that a journal of 1,500 entries takes every path
    monkeypatch.setattr(timeline_text, "FIRST_CHUNK", 25)
    monkeypatch.setattr(timeline_text, "MAX_SCAN", 150)


@pytest.mark.usefixtures("journal")
def test_pages_hold_exactly_the_index_matches_in_timeline_order() -> None:
    for text in QUERIES:
        for limit in (7, 100):
            assert _paged(TimelineFilter(text=text), limit) == _reference(text), (text, limit)


@pytest.mark.usefixtures("journal")
def test_other_filters_apply_with_the_text() -> None:
    for text in ("c", "co", "zanz", "coffee"):
        assert _paged(TimelineFilter(text=text, kind="sales"), 30) == _reference(text, "sales"), text


@pytest.mark.usefixtures("journal")
def test_trashed_entries_are_not_found() -> None:
    first = _reference("c")[0]
    interactions.trash_interaction(first)
    assert first not in _paged(TimelineFilter(text="c"), 50)
    assert _paged(TimelineFilter(text="c"), 50) == _reference("c")


@pytest.mark.usefixtures("journal")
def test_both_ways_are_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    """Common words are answered by the scan alone, rare ones through the index."""
    used: list[str] = []
    original = timeline_text._from_index

    def spy(*args: object, **kwargs: object) -> list[int]:
        used.append("index")
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(timeline_text, "_from_index", spy)
    search.timeline_page(TimelineFilter(text="c"), limit=20)
    assert used == []
    search.timeline_page(TimelineFilter(text="zanz"), limit=20)
    assert used == ["index"]
