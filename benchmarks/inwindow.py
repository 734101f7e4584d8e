"""In-window figures on the big database: typing a search, opening a contact,
the timeline's first screen and a calendar month switch.

Run by ``benchmarks.run`` as ``python -m benchmarks.inwindow DB RUNS``; prints
one JSON line of samples (milliseconds) for each figure.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NETWORKING_JOURNAL_HOME", tempfile.mkdtemp(prefix="nj-bench-window-"))

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QCalendarWidget, QLineEdit, QWidget

from journal import db
from journal.app import build_main_window, create_application

WORDS = ["mart", "luci", "garc", "tomo", "peña", "ibañ", "acme", "sale", "rami", "nuri"]


def process_until(done: Callable[[], bool], timeout_s: float = 5.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not done():
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not update in time")


def settle(seconds: float = 0.05) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents()


def _views_under(name: str, window: QWidget) -> list[QAbstractItemView]:
    holder = window.findChild(QWidget, name)
    assert holder is not None, name
    return [v for v in holder.findChildren(QAbstractItemView) if v.model() is not None]


def search_keystrokes(window: QWidget) -> list[float]:
    search = window.findChild(QLineEdit, "contactSearch")
    view = window.findChild(QAbstractItemView, "contactList")
    assert search is not None and view is not None
    model = view.model()
    changed: list[int] = []
    model.modelReset.connect(lambda: changed.append(1))
    samples = []
    for word in WORDS:
        search.clear()
        settle()
        for letter in word:
            changed.clear()
            started = time.perf_counter()
            QTest.keyClick(search, letter)
            process_until(lambda: bool(changed))
            view.viewport().repaint()
            samples.append((time.perf_counter() - started) * 1000)
    search.clear()
    settle()
    return samples


def open_contact(window, heavy: list[int], runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    networking = _views_under("contactNetworkingView", window)
    sales = _views_under("contactSalesView", window)
    flags = {"n": False, "s": False}
    for key, views in (("n", networking), ("s", sales)):
        for view in views:
            view.model().modelReset.connect(lambda k=key: flags.__setitem__(k, True))
    samples = []
    for run in range(runs * 2):
        cid = heavy[run % len(heavy)]
        window.open_contact(heavy[(run + 1) % len(heavy)] if len(heavy) > 1 else cid + 100)
        settle(0.02)
        flags.update(n=False, s=False)
        started = time.perf_counter()
        window.open_contact(cid)
        process_until(lambda: flags["n"] and flags["s"])
        for view in networking + sales:
            if view.isVisible():
                view.viewport().repaint()
        QCoreApplication.processEvents()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def timeline_first_page(window, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    started = time.perf_counter()
    page = window.show_section("timeline")
    view = window.findChild(QAbstractItemView, "timelineView")
    assert view is not None
    process_until(lambda: view.model().rowCount() > 0)
    view.viewport().repaint()
    samples.append((time.perf_counter() - started) * 1000)
    for _ in range(runs * 2 - 1):
        settle(0.02)
        started = time.perf_counter()
        page.model.reload()  # the same work as opening it: newest page of all 1M entries
        process_until(lambda: view.model().rowCount() > 0)
        view.viewport().repaint()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def calendar_months(window, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    window.show_section("calendar")
    calendar = window.findChild(QCalendarWidget, "followUpCalendar")
    assert calendar is not None
    settle(0.1)
    today = QDate.currentDate()
    samples = []
    for run in range(runs * 2):
        month = today.addMonths(1 if run % 2 == 0 else 0)
        calendar.setSelectedDate(month)  # moves the page, so markers and agenda follow
        started = time.perf_counter()
        calendar.setCurrentPage(month.year(), month.month())
        QCoreApplication.processEvents()
        calendar.repaint()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> int:
    path, runs = Path(sys.argv[1]), int(sys.argv[2])
    app = create_application([sys.argv[0]])
    db.open_database(path)
    window = build_main_window(path)
    window.resize(1280, 800)
    window.show()
    window.show_section("contacts")
    settle(0.3)
    heavy = [
        row[0]
        for row in db.database.execute_sql(
            "SELECT id FROM contact WHERE networking_count + sales_count >= 2000 AND sales_count > 0 "
            "ORDER BY id LIMIT 5"
        ).fetchall()
    ]
    assert heavy, "the benchmark database has no contact with 2,000 interactions"
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    result = {
        "search_keystroke_ms": search_keystrokes(window),
        "open_contact_ms": open_contact(window, heavy, runs),
        "timeline_first_page_ms": timeline_first_page(window, runs),
        "calendar_month_ms": calendar_months(window, runs),
    }
    print(json.dumps(result))
    window.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
