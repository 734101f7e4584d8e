"""The "Due now" panel and the scheduler, with an injected clock and shortened timers (no sleeps)."""

from __future__ import annotations

import time as _time
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from journal import clock
from journal.db import raw_connection
from journal.reminders import engine as engine_module
from journal.reminders.engine import ReminderEngine
from journal.reminders.scheduler import CHECK_INTERVAL_MS, MAX_TIMER_MS, ReminderScheduler
from journal.services import contacts, followups, interactions, reminder_queries
from journal.ui import snooze
from journal.ui.due_panel import MAX_ROWS, DuePanel
from journal.ui.settings import AppSettings
from journal.ui.signals import ChangeSignals
from tests.conftest import FakeClock

START = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)  # 11:00 in Madrid


class FastClock:
    """Real time, sped up: one real millisecond is ``speed`` milliseconds of app time."""

    def __init__(self, start: datetime, speed: float) -> None:
        self.start, self.speed, self.mono = start, speed, _time.monotonic()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=(_time.monotonic() - self.mono) * self.speed)


class Rig:
    def __init__(self, qtbot: QtBot, tmp_path: Path, **scheduler_args: float) -> None:
        self.signals = ChangeSignals()
        self.settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        self.engine = ReminderEngine(lambda: self.settings.default_reminder_time)
        self.opened: list[int] = []
        self.scheduler = ReminderScheduler(self.engine, self.signals, **scheduler_args)  # type: ignore[arg-type]
        self.panel = DuePanel(self.engine, self.settings, self.opened.append)
        qtbot.addWidget(self.panel)
        self.signals.changed.connect(self.panel.on_changed)
        self.scheduler.remindersFired.connect(self.panel.on_fired)
        self.fired: list[object] = []
        self.scheduler.remindersFired.connect(self.fired.append)

    def close(self) -> None:
        self.scheduler.stop()
        self.signals.close()


@pytest.fixture
def contact_id(db_path: Path, fake_clock: FakeClock) -> int:
    return contacts.create_contact(name="Ana López").id


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path, contact_id: int) -> Iterator[Rig]:
    made = Rig(qtbot, tmp_path, check_interval_ms=20)
    yield made
    made.close()


def _add(contact_id: int, day: date, at: time | None, title: str = "Call back") -> int:
    return followups.create_followup(
        contact_id=contact_id, kind="networking", title=title, due_date=day, due_time=at
    ).id


def test_follow_up_appears_when_its_time_comes(qtbot: QtBot, tmp_path: Path, contact_id: int) -> None:
    clock.set_clock(FastClock(START, speed=60))  # one minute of app time is one real second
    rig = Rig(qtbot, tmp_path, speed=60)
    try:
        fid = _add(contact_id, date(2026, 3, 10), time(11, 2))  # two minutes from "now"
        rig.scheduler.start()
        rig.panel.refresh()
        assert fid not in rig.panel.due_ids()
        assert rig.scheduler.next_wakeup == datetime(2026, 3, 10, 10, 2, tzinfo=UTC)
        assert rig.scheduler.timer.interval() <= 2 * 60_000 / 60  # aimed at the due time, sped up
        qtbot.waitUntil(lambda: fid in rig.panel.due_ids(), timeout=10_000)
        assert rig.panel.isVisible()
        assert followups.get_followup(fid).reminded_for == datetime(2026, 3, 10, 10, 2, tzinfo=UTC)
    finally:
        rig.close()


def test_snooze_hides_and_brings_it_back(
    qtbot: QtBot, rig: Rig, contact_id: int, fake_clock: FakeClock
) -> None:
    fid = _add(contact_id, clock.today(), time(10, 59))
    rig.scheduler.start()
    qtbot.waitUntil(lambda: fid in rig.panel.due_ids())
    row = rig.panel.row_for(fid)
    assert row is not None
    who = row.findChild(QLabel, "dueWho")
    assert who is not None and "Ana López" in who.text()
    row.action("snoozeShortAction").trigger()  # 15 minutes
    qtbot.waitUntil(lambda: fid not in rig.panel.due_ids())
    fake_clock.advance(minutes=16)  # the watchdog (20 ms here) notices
    qtbot.waitUntil(lambda: fid in rig.panel.due_ids())
    assert len([b for b in rig.fired if fid in [r.followup.id for r in b.reminders]]) == 2  # type: ignore[attr-defined]


def test_snooze_pick_and_tomorrow(
    qtbot: QtBot, rig: Rig, contact_id: int, fake_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    fid = _add(contact_id, clock.today(), time(10, 0))
    rig.panel.refresh()
    picked = clock.now() + timedelta(hours=3)
    monkeypatch.setattr(snooze, "pick_datetime", lambda *a, **k: picked)
    rig.panel.row_for(fid).action("snoozePickAction").trigger()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: fid not in rig.panel.due_ids())
    assert followups.get_followup(fid).snoozed_until == picked
    other = _add(contact_id, clock.today(), time(10, 0), "Second")
    qtbot.waitUntil(lambda: other in rig.panel.due_ids())
    rig.panel.row_for(other).action("snoozeTomorrowAction").trigger()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: other not in rig.panel.due_ids())
    # tomorrow at the default reminder time (09:00 Madrid = 08:00 UTC in March)
    assert followups.get_followup(other).snoozed_until == datetime(2026, 3, 11, 8, 0, tzinfo=UTC)


def test_done_completes_it(qtbot: QtBot, rig: Rig, contact_id: int) -> None:
    fid = _add(contact_id, clock.today(), None)  # date-only: 09:00, already past
    rig.panel.refresh()
    row = rig.panel.row_for(fid)
    assert row is not None
    qtbot.mouseClick(row.done_button, qtbot_button())
    qtbot.waitUntil(lambda: fid not in rig.panel.due_ids())
    assert followups.get_followup(fid).status == "done"
    assert rig.panel.empty_label.isVisibleTo(rig.panel)


def test_open_contact_and_context(qtbot: QtBot, rig: Rig, contact_id: int) -> None:
    interactions.log_interaction(
        contact_id=contact_id,
        kind="networking",
        summary="Talked about her new studio",
        channel="meeting",
        occurred_at=clock.now() - timedelta(days=3),
    )
    fid = _add(contact_id, clock.today(), time(10, 0))
    rig.panel.refresh()
    row = rig.panel.row_for(fid)
    assert row is not None
    details = [
        w.text() for w in row.findChildren(type(rig.panel.empty_label)) if w.objectName() == "dueContext"
    ]
    assert "new studio" in details[0]
    qtbot.mouseClick(row.open_button, qtbot_button())
    assert rig.opened == [contact_id]


def test_a_change_that_leaves_the_rows_as_they_were_does_not_rebuild_them(
    qtbot: QtBot, rig: Rig, contact_id: int
) -> None:
    fid = _add(contact_id, clock.today(), time(10, 0))
    rig.panel.refresh()
    row = rig.panel.row_for(fid)
    assert row is not None
    luis = contacts.create_contact(name="Luis").id
    interactions.log_interaction(contact_id=luis, kind="networking", summary="Lunch", channel="meeting")
    rig.panel.refresh()
    assert rig.panel.row_for(fid) is row  # a note on someone else: the same row, not 25 new ones
    interactions.log_interaction(contact_id=contact_id, kind="networking", summary="Demo", channel="call")
    rig.panel.refresh()
    again = rig.panel.row_for(fid)
    assert again is not None and again is not row  # her last entry is on the row: shown anew
    assert any(w.text().startswith("Last:") or "Demo" in w.text() for w in again.findChildren(QLabel))
    rig.settings.snooze_short_minutes = 25
    rig.panel.refresh()
    assert rig.panel.row_for(fid) is not again  # the snooze menu says the new length


def test_more_than_the_panel_lists_fits_a_narrow_panel(qtbot: QtBot, rig: Rig, contact_id: int) -> None:
    for n in range(MAX_ROWS + 5):
        _add(contact_id, clock.today() - timedelta(days=1), None, f"Call {n}")
    rig.panel.resize(300, 500)
    rig.panel.show()
    rig.panel.refresh()
    qtbot.waitUntil(lambda: rig.panel.more_label.isVisible())
    assert "5" in rig.panel.more_label.text()
    # The line wraps: it asks for its longest word, not its whole width. In Spanish, "y 7149 más en
    # el calendario de seguimientos" was wider than the rows and put a scroll bar under them.
    assert rig.panel.more_label.minimumSizeHint().width() < rig.panel.rows[0].minimumSizeHint().width() / 2


def test_missed_reminders_are_grouped_once(
    qtbot: QtBot, rig: Rig, contact_id: int, fake_clock: FakeClock
) -> None:
    ids = [_add(contact_id, clock.today(), time(h, 0), f"Item {h}") for h in (13, 15, 17)]
    rig.scheduler.start()
    fake_clock.advance(hours=8)  # the laptop slept
    qtbot.waitUntil(lambda: rig.panel.missed_ids == set(ids))
    assert rig.panel.missed_frame.isVisibleTo(rig.panel)
    missed_batches = [b for b in rig.fired if b.missed]  # type: ignore[attr-defined]
    assert len(missed_batches) == 1 and len(missed_batches[0].missed) == 3  # type: ignore[attr-defined]
    count = len(rig.fired)
    rig.scheduler.check()
    rig.scheduler.check()
    assert len(rig.fired) == count  # never twice
    rig.panel.missed_dismiss.click()
    assert not rig.panel.missed_frame.isVisibleTo(rig.panel)


def test_an_idle_minute_reads_nothing_from_the_journal(
    qtbot: QtBot, rig: Rig, contact_id: int, fake_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(contact_id, clock.today() + timedelta(days=1), time(15, 0))
    rig.scheduler.start()
    statements: list[str] = []
    conn = raw_connection()
    conn.set_trace_callback(statements.append)
    try:
        rig.scheduler._tick()  # the watchdog's minute, nothing due, the clocks agree
        assert statements == []  # the single shot is aimed: nothing to read
        later = _time.monotonic() + engine_module.CACHE_SECONDS + 1
        monkeypatch.setattr(engine_module, "_monotonic", lambda: later)
        rig.scheduler._tick()
        assert statements  # ten minutes on: read again (another program may have added one)
        statements.clear()
        monkeypatch.setattr(engine_module, "_monotonic", _time.monotonic)
        rig.scheduler._tick()
        assert statements == []
        monkeypatch.setattr(clock, "local_zone", lambda: ZoneInfo("America/New_York"))
        rig.scheduler._tick()  # the laptop travelled: its timer was aimed in the old zone
        assert statements
    finally:
        conn.set_trace_callback(None)


def test_idle_scheduler_wakes_at_most_about_once_a_minute(
    qtbot: QtBot, tmp_path: Path, contact_id: int, fake_clock: FakeClock
) -> None:
    rig = Rig(qtbot, tmp_path)  # the real schedule
    try:
        _add(contact_id, clock.today() + timedelta(days=1), time(15, 0))  # nothing for 28 hours
        rig.scheduler.start()
        from PySide6.QtCore import QTimer

        debounce = rig.scheduler.findChild(QTimer, "reminderChangeDebounce")
        qtbot.waitUntil(lambda: not debounce.isActive())  # the burst of data changes is absorbed
        active = [t for t in rig.scheduler.findChildren(QTimer) if t.isActive()]
        assert {t.objectName() for t in active} == {"reminderTimer", "reminderWatchdog"}
        assert rig.scheduler.watchdog.interval() == CHECK_INTERVAL_MS
        # the digest (09:00 tomorrow, 22 hours away) is the next wake-up; far beyond a minute
        assert rig.scheduler.timer.isSingleShot() and rig.scheduler.timer.interval() >= 60 * 60 * 1000
        assert all(t.interval() >= 55_000 for t in active)
        # far away: capped at Qt's limit
        reminder_queries.set_reminder_state("digest_day", "2099-01-01")
        for f in followups.open_due_until(date(2099, 1, 1)):
            followups.trash_followup(f.id)
        _add(contact_id, date(2027, 12, 1), time(9, 0))
        rig.scheduler.reschedule()
        assert rig.scheduler.timer.interval() == MAX_TIMER_MS
    finally:
        rig.close()


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
