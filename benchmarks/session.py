"""The stall monitor: a scripted session on the big journal while a 1-ms timer on the UI
thread records how late the event loop serves it, then the memory left after it.

The window is opened as ``journal.app.run_gui`` opens it (the start-up check, the main
window, the automatic backups), and the script acts through the keyboard and the
window's own entry points, with a person's pauses between actions, so the event loop
runs between them exactly as it does for a user:

1. type a name into the contact search, then scroll the results to the end;
2. open 50 contacts (the list's Down key, every tenth a contact with 2,000 entries);
3. page the timeline 200 pages (End key: each time the view reaches the bottom it reads
   the next page), then type two letters into its search;
4. switch the calendar twelve months ahead and back;
5. open every section;
6. a quick capture (see ``quick_capture``).

Each tick's lateness is one sample: the longest and the p99 are reported against the
same monitor on the idle window before the session (the machine's own jitter). RSS is
read after the session; its floor is the RSS of the same window before the session.

Run by ``benchmarks.run`` as ``python -m benchmarks.session DB``; prints one JSON line.
"""

from __future__ import annotations

import gc
import itertools
import json
import os
import sys
import tempfile
import time
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.probes import COUNTER, peak_rss_mib, rss_mib

COUNTER.install()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "NETWORKING_JOURNAL_HOME" not in os.environ:  # run by hand: a home of its own
    os.environ["NETWORKING_JOURNAL_HOME"] = tempfile.mkdtemp(prefix="nj-bench-session-")

from PySide6.QtCore import QCoreApplication, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QToolButton, QWidget  # noqa: E402

from benchmarks.inwindow import heavy_contacts, type_text  # noqa: E402
from journal.app import build_main_window, create_application  # noqa: E402

Step = Iterator[int]  # a script yields the pause (ms) before its next action


class StallMonitor:
    """A 1-ms precise timer on the UI thread; each gap between its ticks is a sample."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.ticks = array("d")
        self.step = ""  # what the script is doing: named in the list of long stalls
        self.long: list[tuple[float, str]] = []

    def _tick(self) -> None:
        now = time.perf_counter()
        late = (now - self.ticks[-1]) * 1000 - 1.0 if self.ticks else 0.0
        if late > 16:
            self.long.append((round(late, 1), self.step))
        self.ticks.append(now)

    def start(self) -> None:
        self.long = []
        self.ticks = array("d", [time.perf_counter()])
        self.timer.start()

    def stop(self) -> list[float]:
        """How late each tick came (ms past the 1 ms it was due)."""
        self.timer.stop()
        ticks = self.ticks
        return [max(0.0, (b - a) * 1000 - 1.0) for a, b in itertools.pairwise(ticks)]


def run_script(script: Step, done: Callable[[], None]) -> None:
    """Drive a generator script from the event loop: each ``yield ms`` is a pause."""

    def advance() -> None:
        try:
            pause = next(script)
        except StopIteration:
            done()
            return
        except BaseException:
            import traceback

            traceback.print_exc()
            QCoreApplication.exit(2)
            return
        QTimer.singleShot(max(0, pause), advance)

    QTimer.singleShot(0, advance)


def wait_until(condition: Callable[[], bool], step_ms: int = 10, timeout_s: float = 20.0) -> Step:
    deadline = time.perf_counter() + timeout_s
    while not condition() and time.perf_counter() < deadline:
        yield step_ms


def quick_capture(window: Any, text: str) -> Step:
    """The quick capture window, as a user drives it: File ▸ Quick Capture… (its action,
    Ctrl+Shift+L), wait until it reads dates (``dateparser`` loads on its worker thread), type
    the line a key at a time (the window reads it again after each pause), pick the first
    contact offered if the name fits several, then Enter saves it."""
    from PySide6.QtGui import QAction

    from journal.ui.capture import capture_window

    action = window.findChild(QAction, "quickCaptureAction")
    if action is None:
        raise RuntimeError("no Quick Capture action in the window")
    action.trigger()
    capture = capture_window(window)
    yield from wait_until(lambda: capture.is_ready)
    for char in text:
        type_text(capture.text, char)
        yield 60  # someone typing fast
    yield from wait_until(lambda: capture.capture is not None and not capture._parse_timer.isActive())
    if not capture.can_save() and capture.candidates.count():
        capture._candidate_chosen(capture.candidates.item(0))  # the user clicks the first one
        yield 200
    saved: list[object] = []
    capture.saved.connect(saved.append)
    QTest.keyClick(capture.text, Qt.Key.Key_Return)
    yield from wait_until(lambda: bool(saved), timeout_s=5)
    if not saved:
        raise RuntimeError(f"the quick capture was not saved: {capture.problems.text()!r}")
    capture.close()
    yield 200


def session(window: Any, heavy: list[int], counts: dict[str, Any], monitor: StallMonitor) -> Step:
    window.show_section("contacts")
    search = window.findChild(QLineEdit, "contactSearch")
    contact_list = window.findChild(QAbstractItemView, "contactList")
    assert search is not None and contact_list is not None
    model = contact_list.model()
    yield 300
    # 1. a search, then its results to the end
    monitor.step = "search"
    search.setFocus()
    for letter in "martin":
        type_text(search, letter)
        yield 130
    yield 400
    contact_list.setFocus()
    pages = 0
    monitor.step = "scroll the results"
    while model.canFetchMore() and pages < 300:
        QTest.keyClick(contact_list, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        pages += 1
        yield 60
    counts["search_rows"] = model.rowCount()
    # 2. fifty contacts
    monitor.step = "open contacts"
    search.clear()
    yield 300
    contact_list.setFocus()
    for n in range(50):
        if n % 10 == 9:
            window.open_contact(heavy[(n // 10) % len(heavy)])
        else:
            QTest.keyClick(contact_list, Qt.Key.Key_Down)
        yield 150
    # 3. the timeline: 200 pages, then a two-letter search
    monitor.step = "timeline pages"
    page = window.show_section("timeline")
    yield 300
    view = page.view
    view.setFocus()
    start_rows = page.model.entry_count()
    for _ in range(200):
        before = page.model.entry_count()
        QTest.keyClick(view, Qt.Key.Key_End)
        yield from wait_until(lambda before=before: page.model.entry_count() > before, 5, 5.0)
        yield 40
    counts["timeline_pages"] = (page.model.entry_count() - start_rows) // page.model.page_size
    page.search.setFocus()
    monitor.step = "timeline search"
    type_text(page.search, "c")
    yield 150
    type_text(page.search, "o")
    yield from wait_until(lambda: page.model.filter().text == "co" and not page.model.loading)
    yield 300
    page.search.clear()
    yield 400
    # 4. months
    monitor.step = "months"
    calendar_page = window.show_section("calendar")
    yield 300
    buttons = [
        calendar_page.calendar.findChild(QToolButton, n)
        for n in ("qt_calendar_nextmonth", "qt_calendar_prevmonth")
    ]
    for button in [buttons[0]] * 12 + [buttons[1]] * 12:
        assert button is not None
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        yield 150
    # 5. every section
    monitor.step = "sections"
    for key in window.section_keys():
        monitor.step = f"section {key}"
        window.show_section(key)
        yield 400
    window.show_section("contacts")
    yield 300
    # 6. a quick capture
    monitor.step = "quick capture"
    person = window.findChild(QWidget, "contactPage").contact  # the contact shown last
    yield from quick_capture(window, f"coffee with @{person.name} about the Lisbon office, follow up friday")
    yield 500


def main() -> int:
    from journal.ui import safety as safety_ui

    path = Path(sys.argv[1])
    app = create_application([sys.argv[0]])
    if not safety_ui.prepare_database(path):
        raise SystemExit("the journal did not open")
    window = build_main_window(path)
    window.resize(1366, 768)
    window.show()
    safety_ui.start_automatic(window)  # as run_gui: the start-up backup runs during the session
    heavy = heavy_contacts()
    monitor = StallMonitor()
    result: dict[str, Any] = {}
    counts: dict[str, Any] = {}

    def idle_done() -> None:
        result["idle_lateness"] = monitor.stop()
        gc.collect()
        result["rss_before_mib"] = rss_mib()
        monitor.start()
        result["queries_before"] = COUNTER.total
        result["started"] = time.perf_counter()
        run_script(session(window, heavy, counts, monitor), session_done)

    def session_done() -> None:
        result["lateness"] = monitor.stop()
        result["long_stalls"] = sorted(monitor.long, reverse=True)[:40]
        steps: dict[str, list[float]] = {}
        for ms, step in monitor.long:
            steps.setdefault(step, []).append(ms)
        result["stalls_by_step"] = {k: [len(v), max(v)] for k, v in sorted(steps.items())}
        result["seconds"] = time.perf_counter() - result.pop("started")
        result["queries"] = COUNTER.total - result.pop("queries_before")
        for _ in range(3):
            QCoreApplication.processEvents()
        gc.collect()
        result["rss_after_mib"] = rss_mib()
        result["peak_rss_mib"] = peak_rss_mib()
        result["counts"] = counts
        app.quit()

    def settled() -> None:
        monitor.start()
        QTimer.singleShot(3000, idle_done)  # the idle window: the floor of the stall figures

    QTimer.singleShot(1500, settled)
    code = app.exec()
    if code:
        raise SystemExit(f"the session stopped (exit {code})")
    safety = getattr(window, "safety", None)
    if isinstance(safety, safety_ui.SafetyController):
        safety.shutdown()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
