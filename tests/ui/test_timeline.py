"""The Timeline section, driven like a user: read, filter, scroll, open."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QModelIndex, QSettings, Qt
from pytestqt.qtbot import QtBot

from journal.services import contacts, interactions
from journal.ui import timeline
from journal.ui.context import AppContext
from journal.ui.main_window import MainWindow
from journal.ui.timeline.model import TimelineModel
from journal.ui.timeline.page import TimelinePage
from tests.conftest import FakeClock

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)


@pytest.fixture
def people(db_path: Path, fake_clock: FakeClock) -> dict[str, int]:
    ana = contacts.create_contact(name="Ana Núñez").id
    bob = contacts.create_contact(name="Bob Stone").id
    log = interactions.log_interaction
    log(
        contact_id=ana,
        kind="networking",
        channel="meeting",
        summary="Coffee about pricing",
        occurred_at=NOW - timedelta(hours=1),
    )
    log(
        contact_id=bob,
        kind="sales",
        channel="call",
        summary="Discovery call",
        occurred_at=NOW - timedelta(hours=3),
    )
    log(
        contact_id=ana,
        kind="sales",
        channel="email",
        summary="Sent the proposal",
        occurred_at=NOW - timedelta(days=1),
    )
    log(
        contact_id=bob,
        kind="networking",
        channel="event",
        summary="Met at the meetup",
        occurred_at=NOW - timedelta(days=5),
        value_direction="gave",
        value_type="introduction",
    )
    return {"ana": ana, "bob": bob}


def open_timeline(qtbot: QtBot, db_path: Path) -> tuple[MainWindow, TimelinePage]:
    # Only this feature is installed: the test does not depend on the other sections.
    window = MainWindow(AppContext(database_path=db_path, settings=QSettings()))
    timeline.install(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts only reach the active window
    page = window.show_section("timeline")
    assert isinstance(page, TimelinePage)
    return window, page


def rows(page: TimelinePage, column: int = TimelineModel.COL_SUMMARY) -> list[str]:
    model = page.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount()) if not model.is_header(r)]


def headers(page: TimelinePage) -> list[str]:
    model = page.model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount()) if model.is_header(r)]


def long_date(day: QDate) -> str:
    return QLocale().toString(day, QLocale.FormatType.LongFormat)


def test_newest_first_grouped_by_day(qtbot: QtBot, db_path: Path, people: dict[str, int]) -> None:
    window, page = open_timeline(qtbot, db_path)
    view = window.findChild(type(page.view), "timelineView")
    assert view is page.view and view.accessibleName()
    assert rows(page) == [
        "Coffee about pricing",
        "Discovery call",
        "Sent the proposal",
        "Met at the meetup  (Gave introduction)",
    ]
    assert headers(page) == [
        "Today — " + long_date(QDate(2026, 3, 10)),
        "Yesterday — " + long_date(QDate(2026, 3, 9)),
        long_date(QDate(2026, 3, 5)),
    ]
    model = page.model
    assert model.is_header(0) and not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert rows(page, TimelineModel.COL_KIND) == ["Networking", "Sales", "Sales", "Networking"]
    assert rows(page, TimelineModel.COL_CHANNEL) == ["Meeting", "Call", "Email", "Event"]
    assert rows(page, TimelineModel.COL_CONTACT) == ["Ana Núñez", "Bob Stone", "Ana Núñez", "Bob Stone"]
    # local time (Europe/Madrid, UTC+1): 09:00 UTC shows as 10:00
    assert model.index(1, TimelineModel.COL_TIME).data() == QLocale().toString(
        QDate(2026, 3, 10).startOfDay().time().fromString("10:00", "HH:mm"), QLocale.FormatType.ShortFormat
    )
    assert model.index(1, TimelineModel.COL_KIND).data(Qt.ItemDataRole.DecorationRole) is not None
    page.grab()  # the day-header rows paint without errors


def test_filters_by_kind_channel_text_and_dates(qtbot: QtBot, db_path: Path, people: dict[str, int]) -> None:
    _window, page = open_timeline(qtbot, db_path)

    page.kind_filter.setCurrentIndex(page.kind_filter.findData("sales"))
    assert rows(page) == ["Discovery call", "Sent the proposal"]
    page.channel_filter.setCurrentIndex(page.channel_filter.findData("email"))
    assert rows(page) == ["Sent the proposal"]
    page.channel_filter.setCurrentIndex(page.channel_filter.findData("meeting"))
    assert rows(page) == []
    assert page.empty_label.isVisible() and "filters" in page.empty_label.text()
    page.kind_filter.setCurrentIndex(0)
    page.channel_filter.setCurrentIndex(0)
    assert len(rows(page)) == 4

    qtbot.keyClicks(page.search, "pric")  # prefix match, applied after a short pause
    qtbot.waitUntil(lambda: rows(page) == ["Coffee about pricing"])
    page.search.clear()
    qtbot.waitUntil(lambda: len(rows(page)) == 4)

    page.from_check.setChecked(True)
    page.from_date.setDate(QDate(2026, 3, 9))
    assert rows(page) == ["Coffee about pricing", "Discovery call", "Sent the proposal"]
    page.to_check.setChecked(True)
    page.to_date.setDate(QDate(2026, 3, 9))
    assert rows(page) == ["Sent the proposal"]
    page.from_check.setChecked(False)
    assert rows(page) == ["Sent the proposal", "Met at the meetup  (Gave introduction)"]


def test_scrolling_loads_older_pages(
    qtbot: QtBot, db_path: Path, fake_clock: FakeClock, qtmodeltester: object
) -> None:
    ana = contacts.create_contact(name="Ana").id
    for n in range(250):
        interactions.log_interaction(
            contact_id=ana, kind="networking", summary=f"Entry {n}", occurred_at=NOW - timedelta(hours=5 * n)
        )
    _window, page = open_timeline(qtbot, db_path)
    model = page.model
    first = model.entry_count()
    assert 0 < first < 250
    assert model.canFetchMore(QModelIndex())
    assert "scroll for older" in page.status_label.text()

    for _ in range(10):
        if not model.canFetchMore(QModelIndex()):
            break
        page.view.scrollToBottom()
    assert model.entry_count() == 250
    assert not model.canFetchMore(QModelIndex())
    summaries = rows(page)
    assert summaries == [f"Entry {n}" for n in range(250)]  # newest first, no gaps or repeats
    # a day header appears exactly when the local day changes
    days = [model.index(r, 0).data(TimelineModel.DayRole) for r in range(model.rowCount())]
    for r in range(1, model.rowCount()):
        assert model.is_header(r) == (days[r] != days[r - 1])
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_model_passes_the_model_tester(
    qtbot: QtBot, db_path: Path, people: dict[str, int], qtmodeltester: object
) -> None:
    model = TimelineModel(page_size=2)
    model.reload()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.entry_count() == 4  # the tester fetched the rest


def test_enter_and_double_click_open_the_entry_and_one_click_opens_the_contact(
    qtbot: QtBot, db_path: Path, people: dict[str, int]
) -> None:
    window, page = open_timeline(qtbot, db_path)
    view = page.view
    model = page.model
    entry = model.entry(2)
    assert entry is not None and entry.summary == "Discovery call"

    view.setFocus()
    view.setCurrentIndex(model.index(2, 0))
    with qtbot.waitSignal(window.openInteractionRequested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [entry.id]

    summary_rect = view.visualRect(model.index(1, TimelineModel.COL_SUMMARY))
    with qtbot.waitSignal(window.openInteractionRequested) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=summary_rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=summary_rect.center())
    assert opened.args == [model.entry(1).id]  # type: ignore[union-attr]

    contact_rect = view.visualRect(model.index(2, TimelineModel.COL_CONTACT))
    with qtbot.waitSignal(window.openContactRequested) as contact:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=contact_rect.center())
    assert contact.args == [people["bob"]]

    view.setCurrentIndex(model.index(1, 0))
    with qtbot.waitSignal(window.openContactRequested) as contact:
        qtbot.keyClick(
            view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    assert contact.args == [people["ana"]]
    with qtbot.waitSignal(window.openContactRequested) as contact:
        page.open_contact_button.click()
    assert contact.args == [people["ana"]]
    menu = page.context_menu()
    assert [a.text() for a in menu.actions()] == ["&Open entry", "Open &contact"]


def test_new_entries_and_renamed_contacts_show_up(
    qtbot: QtBot, db_path: Path, people: dict[str, int]
) -> None:
    _window, page = open_timeline(qtbot, db_path)
    interactions.log_interaction(
        contact_id=people["bob"], kind="sales", summary="Signed!", occurred_at=NOW - timedelta(minutes=5)
    )
    qtbot.waitUntil(lambda: rows(page)[:1] == ["Signed!"])
    contacts.update_contact(people["bob"], name="Robert Stone")
    qtbot.waitUntil(lambda: rows(page, TimelineModel.COL_CONTACT)[0] == "Robert Stone")


def test_empty_journal_says_what_to_do(qtbot: QtBot, db_path: Path, fake_clock: FakeClock) -> None:
    _window, page = open_timeline(qtbot, db_path)
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible()
    assert "Ctrl+L" in page.empty_label.text()
    assert not page.open_contact_button.isEnabled()


def test_text_search_reads_in_the_background_and_drops_stale_answers(
    qtbot: QtBot, db_path: Path, people: dict[str, int]
) -> None:
    from PySide6.QtCore import QThreadPool

    from journal.services.search import TimelineFilter

    model = TimelineModel(page_size=100)
    with qtbot.waitSignal(model.loadingChanged, timeout=5000):
        model.set_filter(TimelineFilter(text="coffee"))  # first answer, soon out of date
        assert model.loading and model.rowCount() == 0  # the window is not kept waiting
        model.set_filter(TimelineFilter(text="proposal"))
    qtbot.waitUntil(lambda: not model.loading and model.entry_count() == 1)
    entry = next(model.entry(r) for r in range(model.rowCount()) if model.entry(r) is not None)
    assert entry is not None and entry.summary == "Sent the proposal"
    model.set_filter(TimelineFilter())  # without text: read at once
    assert not model.loading and model.entry_count() == 4
    QThreadPool.globalInstance().waitForDone(5000)  # the stale reader too, before the db closes


def test_clearing_the_search_while_it_reads_keeps_the_timeline_paging(
    qtbot: QtBot, db_path: Path, people: dict[str, int]
) -> None:
    """The answer to a search cleared meanwhile is dropped; the timeline must not stay
    "loading" for ever (it then never fetched older pages again)."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    from journal.services.search import TimelineFilter

    model = TimelineModel(page_size=2)
    model.set_filter(TimelineFilter(text="coffee"))
    assert model.loading
    model.set_filter(TimelineFilter())  # cleared before the answer came
    QThreadPool.globalInstance().waitForDone(5000)
    QCoreApplication.processEvents()  # the stale answer arrives, and is dropped
    assert not model.loading
    assert model.entry_count() == 2 and model.canFetchMore()
    model.fetchMore()
    assert model.entry_count() == 4


def test_a_search_reads_one_page_until_the_user_scrolls(
    qtbot: QtBot, db_path: Path, fake_clock: FakeClock
) -> None:
    """QTreeView asks for one more page on every layout; with pages read in the
    background that was an endless chain of reads (and repaints) for one search."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    ana = contacts.create_contact(name="Ana").id
    for n in range(450):
        interactions.log_interaction(
            contact_id=ana, kind="networking", summary=f"Entry {n}", occurred_at=NOW - timedelta(hours=n)
        )
    _window, page = open_timeline(qtbot, db_path)
    model = page.model
    page.search.setText("entry")
    page.apply_filters()
    qtbot.waitUntil(lambda: model.entry_count() > 0 and not model.loading)
    for _ in range(5):  # layouts and repaints, as after any page arrives
        page.view.doItemsLayout()
        QThreadPool.globalInstance().waitForDone(5000)
        QCoreApplication.processEvents()  # a page read meanwhile arrives
    assert model.entry_count() == 100
    page.view.scrollToBottom()  # the user scrolls: the next page comes
    qtbot.waitUntil(lambda: model.entry_count() == 200 and not model.loading)


def test_end_goes_to_the_last_entry_and_brings_the_next_page(
    qtbot: QtBot, db_path: Path, fake_clock: FakeClock
) -> None:
    ana = contacts.create_contact(name="Ana").id
    for n in range(150):
        interactions.log_interaction(
            contact_id=ana, kind="networking", summary=f"Entry {n}", occurred_at=NOW - timedelta(hours=n)
        )
    _window, page = open_timeline(qtbot, db_path)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: page.model.entry_count() == 150)
    qtbot.keyClick(page.view, Qt.Key.Key_End)
    assert page.model.entry(page.view.currentIndex().row()).summary == "Entry 149"
    qtbot.keyClick(page.view, Qt.Key.Key_Home)
    assert page.view.currentIndex().row() == 0  # the newest day (its header row)
