"""In-window figures on the big journal, each timed span with its SQL counted, each
against its floor measured in the same process right beside it.

Run by ``benchmarks.run`` as ``python -m benchmarks.inwindow DB``; prints one JSON
line: ``{figure: {"samples": [...], "floor": [...], "queries": [...]}}``.

- ``search_keystroke``: one key typed into the contact search, until the list is
  reset and painted. Floor: the raw FTS5 query for the same text (every match).
- ``search_keystroke_cold``: the same for the first key after the journal left the
  page cache (and SQLite's own cache). Floor: the raw FTS5 query, cold.
- ``open_contact`` / ``open_contact_cold``: a contact with 2,000 entries, until both
  ledgers are filled and the contact's page is painted. Floor: the raw SQL reading the
  same rows.
- ``timeline_first_page`` / ``_cold``: a new Timeline section built and shown until its
  first rows are painted. Floor: the raw SQL of that page.
- ``timeline_text_search``: one or two letters typed into the Timeline's search, until
  the first rows are painted. Floor: the raw FTS5 query for the newest 100 matches.
- ``calendar_month``: the calendar's next/previous-month button, including the
  month's queries and the repaint. Floor: the raw count query of the grid.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.probes import COUNTER, evict, release_sqlite_cache

COUNTER.install()  # before the journal opens: every connection is counted

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NETWORKING_JOURNAL_HOME", tempfile.mkdtemp(prefix="nj-bench-window-"))

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QToolButton, QWidget  # noqa: E402

from benchmarks.words import search_words, short_prefixes  # noqa: E402
from journal import db  # noqa: E402
from journal.app import build_main_window, create_application  # noqa: E402
from journal.db import fts  # noqa: E402
from journal.services import calendar_views  # noqa: E402

COLD_RUNS = int(os.environ.get("BENCH_COLD_RUNS", "30"))
Samples = dict[str, list[Any]]


def process_until(done: Callable[[], bool], timeout_s: float = 10.0) -> None:
    """Run the event loop until ``done()``. It waits for events as the app's own loop
    does (a busy loop here would hold the GIL and slow the app's worker threads)."""
    deadline = time.perf_counter() + timeout_s
    while not done():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not update in time")


def settle(seconds: float = 0.05) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents()


def type_text(widget: QWidget, text: str) -> None:
    """Key presses for ``text`` (accents too: QTest.keyClicks only knows ASCII)."""
    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        if char == " ":
            key = Qt.Key.Key_Space
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, int(key), Qt.KeyboardModifier.NoModifier, char)
            QCoreApplication.sendEvent(widget, event)


def paint(*views: QWidget) -> None:
    """Let the window paint what changed, as it does after any event: ``views`` are marked
    for painting too (so the span always includes their paint), then the pending events
    (one paint of the window's changed regions) are processed."""
    for view in views:
        if view.isVisible():
            view.update()
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


class Recorder:
    """Collects one figure's samples, floors and per-span query counts."""

    def __init__(self) -> None:
        self.data: dict[str, Samples] = {}

    def add(self, key: str, ms: float, queries: int) -> None:
        entry = self.data.setdefault(key, {"samples": [], "floor": [], "queries": []})
        entry["samples"].append(ms)
        entry["queries"].append(queries)

    def floor(self, key: str, ms: float) -> None:
        self.data.setdefault(key, {"samples": [], "floor": [], "queries": []})["floor"].append(ms)

    def timed(
        self, key: str, action: Callable[[], object], done: Callable[[], bool], *views: QWidget
    ) -> None:
        with COUNTER.span() as queries:
            started = time.perf_counter()
            action()
            process_until(done)
            paint(*views)
            elapsed = (time.perf_counter() - started) * 1000
        self.add(key, elapsed, queries[0])


def raw_ms(sql: str, params: tuple[object, ...] | list[object]) -> float:
    """The floor: one raw statement on the UI thread's connection, every row fetched."""
    conn = db.raw_connection()
    started = time.perf_counter()
    conn.execute(sql, params).fetchall()
    return (time.perf_counter() - started) * 1000


def make_cold(path: Path) -> None:
    """Nothing of the journal in the OS page cache, nor in this connection's cache."""
    release_sqlite_cache(db.raw_connection())
    evict(path)


# ------------------------------------------------------------------------------ contact search

RAW_CONTACT_MATCH = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?"


def _search_parts(window: QWidget) -> tuple[QLineEdit, QAbstractItemView, list[int]]:
    search = window.findChild(QLineEdit, "contactSearch")
    view = window.findChild(QAbstractItemView, "contactList")
    assert search is not None and view is not None
    resets: list[int] = []
    view.model().modelReset.connect(lambda: resets.append(1))
    return search, view, resets


def _clear_search(search: QLineEdit, resets: list[int]) -> None:
    if search.text():
        resets.clear()
        search.clear()
        process_until(lambda: bool(resets))
    settle(0.03)


def search_keystrokes(window: QWidget, rec: Recorder) -> None:
    search, view, resets = _search_parts(window)
    for word in search_words():
        _clear_search(search, resets)
        for n, letter in enumerate(word):
            resets.clear()
            rec.timed(
                "search_keystroke",
                lambda letter=letter: type_text(search, letter),
                lambda: bool(resets),
                view.viewport(),
            )
            match = fts.match_expression(word[: n + 1])
            if match:
                rec.floor("search_keystroke", raw_ms(RAW_CONTACT_MATCH, (match,)))
            settle(0.01)
    _clear_search(search, resets)


def search_keystrokes_cold(window: QWidget, rec: Recorder, path: Path) -> None:
    search, view, resets = _search_parts(window)
    words = search_words()
    for run in range(COLD_RUNS):
        word = words[run % len(words)]
        _clear_search(search, resets)
        make_cold(path)
        resets.clear()
        rec.timed(
            "search_keystroke_cold",
            lambda word=word: type_text(search, word[0]),
            lambda: bool(resets),
            view.viewport(),
        )
        make_cold(path)
        rec.floor("search_keystroke_cold", raw_ms(RAW_CONTACT_MATCH, (fts.match_expression(word[0]),)))
    _clear_search(search, resets)


# ------------------------------------------------------------------------------ open a contact

RAW_CONTACT = [
    """SELECT c.*, o.name FROM contact c LEFT JOIN organization o ON o.id = c.organization_id
       WHERE c.id = ?""",
    "SELECT * FROM contact_email WHERE contact_id = ?",
    "SELECT * FROM contact_phone WHERE contact_id = ?",
    "SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = ?",
    """SELECT i.*, d.title FROM interaction i LEFT JOIN deal d ON d.id = i.deal_id
       WHERE i.contact_id = ? AND i.kind = 'networking' AND i.deleted_at IS NULL
       ORDER BY i.occurred_at DESC, i.id DESC LIMIT 100""",
    """SELECT i.*, d.title FROM interaction i LEFT JOIN deal d ON d.id = i.deal_id
       WHERE i.contact_id = ? AND i.kind = 'sales' AND i.deleted_at IS NULL
       ORDER BY i.occurred_at DESC, i.id DESC LIMIT 100""",
    """SELECT o.* FROM objection o WHERE o.interaction_id IN (
         SELECT id FROM interaction WHERE contact_id = ? AND kind = 'sales' AND deleted_at IS NULL
         ORDER BY occurred_at DESC, id DESC LIMIT 100) AND o.deleted_at IS NULL""",
    "SELECT * FROM follow_up WHERE contact_id = ? AND deleted_at IS NULL",
    "SELECT * FROM deal WHERE contact_id = ? AND deleted_at IS NULL",
    "SELECT * FROM introduction WHERE (person_a_id = ?1 OR person_b_id = ?1) AND deleted_at IS NULL",
]


def raw_contact_ms(contact_id: int) -> float:
    return sum(raw_ms(sql, (contact_id,)) for sql in RAW_CONTACT)


def _ledger_models(window: QWidget) -> tuple[QWidget, dict[str, bool]]:
    """The contact page, and flags that each ledger's table was filled again."""
    flags = {"networking": False, "sales": False}
    for key, name in (("networking", "networkingTimeline"), ("sales", "salesTimeline")):
        view = window.findChild(QAbstractItemView, name)
        assert view is not None, name
        view.model().modelReset.connect(lambda k=key: flags.__setitem__(k, True))
    page = window.findChild(QWidget, "contactPage")
    assert page is not None
    return page, flags


def heavy_contacts() -> list[int]:
    rows = db.database.execute_sql(
        "SELECT id FROM contact WHERE networking_count + sales_count >= 2000 AND sales_count > 0 "
        "ORDER BY id LIMIT 5"
    ).fetchall()
    assert rows, "the benchmark journal has no contact with 2,000 entries"
    return [int(r[0]) for r in rows]


def open_contacts(window: Any, rec: Recorder, path: Path, heavy: list[int]) -> None:
    page, flags = _ledger_models(window)
    window.show_section("contacts")
    others = [c + 1000 for c in heavy]
    for cold in (False, True):
        key = "open_contact_cold" if cold else "open_contact"
        for run in range(60 if not cold else COLD_RUNS):
            cid = heavy[run % len(heavy)]
            window.open_contact(others[run % len(others)])
            settle(0.02)
            if cold:
                make_cold(path)
            flags.update(networking=False, sales=False)
            rec.timed(key, lambda cid=cid: window.open_contact(cid), lambda: all(flags.values()), page)
            if cold:
                make_cold(path)
            rec.floor(key, raw_contact_ms(cid))


# ------------------------------------------------------------------------------ timeline

RAW_TIMELINE = """
    SELECT i.id, i.contact_id, c.name, i.kind, i.channel, i.occurred_at, i.summary
    FROM interaction i JOIN contact c ON c.id = i.contact_id
    WHERE i.deleted_at IS NULL ORDER BY i.occurred_at DESC, i.id DESC LIMIT 100"""
RAW_TIMELINE_MATCH = (
    "SELECT rowid FROM interaction_fts WHERE interaction_fts MATCH ? ORDER BY rowid DESC LIMIT 100"
)


def _timeline_page(window: Any, geometry: Any) -> Any:
    """What the Timeline section's factory builds when it is first shown."""
    from journal.ui.timeline.page import TimelinePage

    page = TimelinePage(window)
    page.resize(geometry.width() - 200, geometry.height())
    page.show()
    return page


def timeline_first_page(window: Any, rec: Recorder, path: Path) -> None:
    window.show_section("contacts")
    settle(0.05)
    geometry = window.geometry()
    for cold in (False, True):
        key = "timeline_first_page_cold" if cold else "timeline_first_page"
        for _run in range(60 if not cold else COLD_RUNS):
            if cold:
                make_cold(path)
            pages: list[Any] = []
            rec.timed(
                key,
                lambda pages=pages: pages.append(_timeline_page(window, geometry)),
                lambda pages=pages: bool(pages) and pages[0].model.rowCount() > 0,
            )
            paint(pages[0].view.viewport())
            pages[0].close()
            pages[0].deleteLater()
            settle(0.02)
            if cold:
                make_cold(path)
            rec.floor(key, raw_ms(RAW_TIMELINE, ()))


def timeline_text_search(window: Any, rec: Recorder) -> None:
    page = window.show_section("timeline")
    settle(0.1)
    search = page.search
    model = page.model
    view = page.view

    def idle() -> bool:
        return not model.loading and not model.filter().text

    for prefix in short_prefixes():
        search.clear()
        process_until(idle)
        settle(0.05)
        rec.timed(
            "timeline_text_search",
            lambda prefix=prefix: type_text(search, prefix),
            lambda prefix=prefix: (
                model.filter().text == prefix and (model.rowCount() > 0 or not model.loading)
            ),
            view.viewport(),
        )
        rec.floor("timeline_text_search", raw_ms(RAW_TIMELINE_MATCH, (fts.match_expression(prefix),)))
    search.clear()
    settle(0.3)


# ------------------------------------------------------------------------------ calendar


def calendar_months(window: Any, rec: Recorder) -> None:
    page = window.show_section("calendar")
    settle(0.1)
    calendar = page.calendar
    buttons = {
        name: calendar.findChild(QToolButton, name)
        for name in ("qt_calendar_nextmonth", "qt_calendar_prevmonth")
    }
    assert all(buttons.values()), "Qt's calendar navigation buttons were not found"
    first_weekday = int(calendar.firstDayOfWeek().value)
    for run in range(60):
        button = buttons["qt_calendar_nextmonth" if run < 30 else "qt_calendar_prevmonth"]
        shown = (calendar.yearShown(), calendar.monthShown())
        rec.timed(
            "calendar_month",
            lambda button=button: QTest.mouseClick(button, Qt.MouseButton.LeftButton),
            lambda shown=shown: (calendar.yearShown(), calendar.monthShown()) != shown,
            calendar,
        )
        start, end = calendar_views.grid_range(calendar.yearShown(), calendar.monthShown(), first_weekday)
        rec.floor(
            "calendar_month",
            raw_ms(
                "SELECT due_date, status, count(*) FROM follow_up WHERE deleted_at IS NULL "
                "AND due_date BETWEEN ? AND ? GROUP BY due_date, status",
                (start.isoformat(), end.isoformat()),
            ),
        )
        settle(0.01)


def main() -> int:
    path = Path(sys.argv[1])
    app = create_application([sys.argv[0]])
    db.open_database(path)
    window = build_main_window(path)
    window.resize(1366, 768)
    window.show()
    window.show_section("contacts")
    settle(0.5)
    rec = Recorder()
    heavy = heavy_contacts()
    steps = os.environ.get("BENCH_WINDOW_STEPS", "search,contact,timeline,textsearch,calendar").split(",")
    if "search" in steps:
        search_keystrokes(window, rec)
        search_keystrokes_cold(window, rec, path)
    if "contact" in steps:
        open_contacts(window, rec, path, heavy)
    if "timeline" in steps:
        timeline_first_page(window, rec, path)
    if "textsearch" in steps:
        timeline_text_search(window, rec)
    if "calendar" in steps:
        calendar_months(window, rec)
    print(json.dumps(rec.data))
    window.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
