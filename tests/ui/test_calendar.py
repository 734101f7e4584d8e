"""The follow-up Calendar section, driven like a user (mouse and keyboard)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QRect, QSettings, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QCalendarWidget, QWidget
from pytestqt.qtbot import QtBot

from journal import clock
from journal.services import contacts, followups
from journal.services.followups import DayCounts
from journal.ui import ask, calendar, snooze
from journal.ui.calendar.model import FollowUpTableModel
from journal.ui.calendar.page import CalendarPage
from journal.ui.calendar.widget import FollowUpCalendar
from journal.ui.context import AppContext
from journal.ui.main_window import MainWindow
from tests.conftest import FakeClock

TODAY = date(2026, 3, 10)
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def plan(db_path: Path, fake_clock: FakeClock) -> dict[str, int]:
    ana = contacts.create_contact(name="Ana Núñez").id
    bob = contacts.create_contact(name="Bob Stone").id

    def add(contact: int, title: str, day: date, at: time | None = None, kind: str = "networking") -> int:
        return followups.create_followup(
            contact_id=contact, kind=kind, title=title, due_date=day, due_time=at
        ).id

    ids = {
        "call": add(ana, "Call Ana", TODAY, time(16, 0)),
        "send": add(bob, "Send the proposal", TODAY, kind="sales"),
        "late": add(bob, "Thank Bob", TODAY - timedelta(days=3)),
        "done": add(ana, "Share the article", TODAY + timedelta(days=2)),
        "ana": ana,
        "bob": bob,
    }
    followups.complete_followup(ids["done"])
    return ids


def open_calendar(qtbot: QtBot, db_path: Path) -> tuple[MainWindow, CalendarPage]:
    # Only this feature is installed: the test does not depend on the other sections.
    window = MainWindow(AppContext(database_path=db_path, settings=QSettings()))
    calendar.install(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts only reach the active window
    page = window.show_section("calendar")
    assert isinstance(page, CalendarPage)
    return window, page


def titles(model: FollowUpTableModel) -> list[str]:
    return [str(model.index(r, FollowUpTableModel.COL_TITLE).data()) for r in range(model.rowCount())]


def select(page: CalendarPage, view_name: str, followup_id: int) -> QWidget:
    view = page.agenda_view if view_name == "agenda" else page.overdue_view
    model = view.model()
    assert isinstance(model, FollowUpTableModel)
    view.setFocus()
    view.setCurrentIndex(model.index(model.row_of(followup_id), 0))
    assert page.selected_followup() is not None and page.selected_followup().id == followup_id  # type: ignore[union-attr]
    return view


def test_calendar_marks_days_and_shows_agenda_and_overdue(
    qtbot: QtBot, db_path: Path, plan: dict[str, int]
) -> None:
    window, page = open_calendar(qtbot, db_path)
    cal = window.findChild(QCalendarWidget, "followUpCalendar")
    assert isinstance(cal, FollowUpCalendar) and cal.accessibleName()
    assert cal.counts_for(TODAY) == DayCounts(due=2)
    assert cal.counts_for(TODAY - timedelta(days=3)) == DayCounts(overdue=1)
    assert cal.counts_for(TODAY + timedelta(days=2)) == DayCounts(done=1)
    assert cal.counts_for(TODAY + timedelta(days=1)) == DayCounts()
    assert cal.describe(TODAY) == "2 due"
    assert cal.describe(TODAY - timedelta(days=3)) == "1 overdue"
    assert "2 due" in page.day_summary.text()

    assert not cal.grab().isNull()  # the page's calendar paints (errors would fail the test)
    painted: list[QDate] = []

    class SpyCalendar(FollowUpCalendar):
        def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:  # type: ignore[override]
            painted.append(day)
            super().paintCell(painter, rect, day)

    spy = SpyCalendar()
    qtbot.addWidget(spy)
    spy.resize(600, 450)
    spy.setSelectedDate(QDate(2026, 3, 12))
    assert spy.counts_for(TODAY) == DayCounts(due=2)
    assert not spy.grab().isNull()
    assert QDate(2026, 3, 10) in painted and QDate(2026, 3, 7) in painted and QDate(2026, 3, 12) in painted

    # agenda: open ones first (timed after untimed), status in words
    assert page.agenda_view.objectName() == "agendaView"
    assert titles(page.agenda_model) == ["Send the proposal", "Call Ana"]
    status = page.agenda_model.index(0, FollowUpTableModel.COL_STATUS)
    assert status.data() == "Open" and status.data(Qt.ItemDataRole.DecorationRole) is not None
    assert page.overdue_view.objectName() == "overdueList"
    assert titles(page.overdue_model) == ["Thank Bob"]
    assert page.overdue_model.index(0, FollowUpTableModel.COL_STATUS).data() == "3 days overdue"
    assert page.overdue_title.text() == "&Overdue (1)"

    cal.setSelectedDate(QDate(2026, 3, 12))
    assert titles(page.agenda_model) == ["Share the article"]
    assert page.agenda_model.index(0, FollowUpTableModel.COL_STATUS).data() == "Done"


def test_month_switch_runs_one_query(qtbot: QtBot, db_path: Path, plan: dict[str, int]) -> None:
    followups.create_followup(
        contact_id=plan["ana"], kind="sales", title="Q2 check", due_date=date(2026, 4, 15)
    )
    _window, page = open_calendar(qtbot, db_path)
    cal = page.calendar
    qtbot.waitUntil(lambda: not page._reload_timer.isActive())
    before = cal.loads
    cal.showNextMonth()
    assert cal.loads == before + 1
    assert cal.counts_for(date(2026, 4, 15)) == DayCounts(due=1)
    cal.grab()


def test_adding_and_marking_done_update_the_marks(qtbot: QtBot, db_path: Path, plan: dict[str, int]) -> None:
    _window, page = open_calendar(qtbot, db_path)
    cal = page.calendar
    followups.create_followup(
        contact_id=plan["bob"], kind="networking", title="Lunch", due_date=TODAY + timedelta(days=5)
    )
    qtbot.waitUntil(lambda: cal.counts_for(TODAY + timedelta(days=5)) == DayCounts(due=1))

    select(page, "agenda", plan["call"])
    page.done_button.click()
    qtbot.waitUntil(lambda: cal.counts_for(TODAY) == DayCounts(due=1, done=1))
    assert followups.get_followup(plan["call"]).status == "done"
    assert plan["call"] not in page.agenda_model.open_ids()
    assert titles(page.agenda_model)[-1] == "Call Ana"  # closed ones go last


def test_keyboard_done_snooze_reschedule_open(
    qtbot: QtBot, db_path: Path, plan: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, page = open_calendar(qtbot, db_path)
    cal = page.calendar

    # Ctrl+D on the overdue list marks it done
    view = select(page, "overdue", plan["late"])
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: page.overdue_model.rowCount() == 0)
    assert followups.get_followup(plan["late"]).status == "done"
    assert cal.counts_for(TODAY - timedelta(days=3)) == DayCounts(done=1)
    assert page.overdue_empty.isVisible()

    # Ctrl+T snoozes a day: out of the open list, said in words
    view = select(page, "agenda", plan["send"])
    qtbot.keyClick(view, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: plan["send"] not in page.agenda_model.open_ids())
    snoozed = followups.get_followup(plan["send"]).snoozed_until
    assert snoozed == clock.now() + timedelta(days=1)
    row = page.agenda_model.row_of(plan["send"])
    assert page.agenda_model.index(row, FollowUpTableModel.COL_STATUS).data().startswith("Snoozed until")

    # Ctrl+Shift+P asks for a moment (through the seam) and snoozes until then
    asked: list[datetime] = []
    until = datetime(2026, 3, 20, 8, 30, tzinfo=UTC)

    def fake_pick(parent: QWidget | None, **kwargs: datetime) -> datetime:
        asked.append(kwargs["initial"])
        return until

    monkeypatch.setattr(snooze, "pick_datetime", fake_pick)
    view = select(page, "agenda", plan["call"])
    qtbot.keyClick(view, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: followups.get_followup(plan["call"]).snoozed_until == until)
    # the picker starts tomorrow at 09:00 local time (Madrid, UTC+1)
    assert asked == [datetime(2026, 3, 11, 8, 0, tzinfo=UTC)]

    # Ctrl+R reschedules (new date and time); the calendar follows it
    monkeypatch.setattr(snooze, "pick_reschedule", lambda parent, **kw: (date(2026, 3, 17), time(15, 30)))
    view = select(page, "agenda", plan["call"])
    qtbot.keyClick(view, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: cal.counts_for(date(2026, 3, 17)) == DayCounts(due=1))
    moved = followups.get_followup(plan["call"])
    assert (moved.due_date, moved.due_time, moved.snoozed_until) == (date(2026, 3, 17), time(15, 30), None)
    assert page.selected_day() == date(2026, 3, 17)
    assert titles(page.agenda_model) == ["Call Ana"]

    # Enter and Ctrl+Shift+O open the contact
    view = select(page, "agenda", plan["call"])
    with qtbot.waitSignal(window.openContactRequested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [plan["ana"]]
    with qtbot.waitSignal(window.openContactRequested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_O, CTRL_SHIFT)
    assert opened.args == [plan["ana"]]


def test_context_menu_and_snooze_menu_offer_every_action(
    qtbot: QtBot, db_path: Path, plan: dict[str, int]
) -> None:
    _window, page = open_calendar(qtbot, db_path)
    select(page, "agenda", plan["send"])
    menu = page.context_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Mark &done", "&Snooze", "&Reschedule…", "Open &contact"]
    assert [a.objectName() for a in page.snooze_menu.actions() if not a.isSeparator()] == [
        "snoozeDayAction",
        "snoozeWeekAction",
        "snoozePickAction",
    ]
    page.snooze_menu.actions()[1].trigger()  # 1 week
    qtbot.waitUntil(lambda: plan["send"] not in page.agenda_model.open_ids())
    assert followups.get_followup(plan["send"]).snoozed_until == clock.now() + timedelta(weeks=1)

    # closed follow-ups cannot be acted on
    page.calendar.setSelectedDate(QDate(2026, 3, 12))
    select(page, "agenda", plan["done"])
    assert not page.done_action.isEnabled() and not page.snooze_button.isEnabled()
    assert page.open_action.isEnabled()


def test_service_errors_are_shown(
    qtbot: QtBot, db_path: Path, plan: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, page = open_calendar(qtbot, db_path)
    shown: list[str] = []
    monkeypatch.setattr(ask, "show_error", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(snooze, "pick_reschedule", lambda parent, **kw: (date(2026, 3, 17), None))
    select(page, "agenda", plan["call"])
    followups.trash_followup(plan["call"])  # gone behind the view's back
    page.reschedule()
    assert shown == ["That follow-up no longer exists."]


def test_models_pass_the_model_tester(
    qtbot: QtBot, db_path: Path, plan: dict[str, int], qtmodeltester: object
) -> None:
    _window, page = open_calendar(qtbot, db_path)
    qtmodeltester.check(page.agenda_model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.overdue_model)  # type: ignore[attr-defined]
    empty = FollowUpTableModel("overdue")
    qtmodeltester.check(empty)  # type: ignore[attr-defined]


def test_snooze_presets_keep_the_wall_clock_across_dst(fake_clock: FakeClock) -> None:
    clock.set_local_zone(ZoneInfo("Europe/Madrid"))
    before_switch = datetime(2026, 3, 28, 9, 0, tzinfo=UTC)  # 10:00 in Madrid (CET)
    after = snooze.snooze_target(timedelta(days=1), before_switch)
    assert after.astimezone(ZoneInfo("Europe/Madrid")).hour == 10  # still 10:00, now CEST
    assert after == datetime(2026, 3, 29, 8, 0, tzinfo=UTC)


def test_dialogs_return_what_was_picked(qtbot: QtBot, fake_clock: FakeClock) -> None:
    dialog = snooze.DateTimeDialog(
        None,
        title="Snooze until",
        label="Remind me again on:",
        initial=datetime(2026, 3, 11, 8, 0, tzinfo=UTC),
        minimum=clock.now(),
    )
    qtbot.addWidget(dialog)
    assert dialog.value() == datetime(2026, 3, 11, 8, 0, tzinfo=UTC)
    dialog.edit.setDate(QDate(2026, 3, 1))  # in the past: refused with a message
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and not dialog.error.isHidden()

    reschedule = snooze.RescheduleDialog(None, due_date=date(2026, 3, 10), due_time=None)
    qtbot.addWidget(reschedule)
    assert reschedule.value() == (date(2026, 3, 10), None)
    assert not reschedule.time_edit.isEnabled()
    reschedule.has_time.setChecked(True)
    assert reschedule.value() == (date(2026, 3, 10), time(9, 0))
