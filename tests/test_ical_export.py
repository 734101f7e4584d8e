"""iCalendar exports other programs read exactly (issue 13): repeating follow-ups carry DTSTART
with their RRULE, timed ones a TZID and its VTIMEZONE, so they do not drift across daylight saving.
Checked with two independent parsers (icalendar and vobject) and expanded with recurring-ical-events."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
import vobject

from journal.interop import export
from journal.services import contacts, followups
from tests.conftest import FakeClock

MADRID = ZoneInfo("Europe/Madrid")


def _weekly_check_in(tmp_path: Path, *, as_events: bool) -> bytes:
    ana = contacts.create_contact(name="Ana García").id
    followups.create_followup(
        contact_id=ana,
        kind="networking",
        title="Weekly check-in",
        due_date=date(2026, 3, 12),
        due_time=time(23, 45),
        recurrence_unit="week",
        recurrence_interval=1,
    )
    followups.create_followup(
        contact_id=ana,
        kind="sales",
        title="Monthly report",
        due_date=date(2026, 3, 31),
        recurrence_unit="month",
        recurrence_interval=1,
    )
    out = tmp_path / "f.ics"
    export.export_ics(out, as_events=as_events)
    return out.read_bytes()


def _occurrences(data: bytes, start: date, end: date) -> list[datetime | date]:
    calendar = icalendar.Calendar.from_ical(data)
    found = recurring_ical_events.of(calendar, components=["VEVENT", "VTODO"]).between(start, end)
    return sorted((c.get("DTSTART") or c.get("DUE")).dt for c in found if "Weekly" in str(c.get("SUMMARY")))


def test_a_weekly_2345_madrid_item_stays_at_2345_across_daylight_saving(
    db_path: Path, fake_clock: FakeClock, tmp_path: Path
) -> None:
    data = _weekly_check_in(tmp_path, as_events=False)
    text = data.decode()
    assert "DTSTART;TZID=Europe/Madrid:20260312T234500" in text
    assert (
        "RRULE:FREQ=WEEKLY;INTERVAL=1" in text and "BEGIN:VTIMEZONE" in text and "TZID:Europe/Madrid" in text
    )
    moments = _occurrences(data, date(2026, 3, 1), date(2026, 5, 1))  # DST starts on 29 March 2026
    assert len(moments) == 8  # 12, 19, 26 March (CET), 2 ... 30 April (CEST)
    assert all(isinstance(m, datetime) and m.astimezone(MADRID).time() == time(23, 45) for m in moments)
    assert {m.astimezone(MADRID).utcoffset().total_seconds() for m in moments} == {3600, 7200}  # type: ignore[union-attr]


def test_events_too(db_path: Path, fake_clock: FakeClock, tmp_path: Path) -> None:
    data = _weekly_check_in(tmp_path, as_events=True)
    moments = _occurrences(data, date(2026, 3, 20), date(2026, 4, 20))
    assert moments and all(m.astimezone(MADRID).time() == time(23, 45) for m in moments)  # type: ignore[union-attr]


def test_a_second_parser_reads_the_same(db_path: Path, fake_clock: FakeClock, tmp_path: Path) -> None:
    data = _weekly_check_in(tmp_path, as_events=False)
    (calendar,) = vobject.readComponents(data.decode())
    todos = {str(t.summary.value).split(" — ")[0]: t for t in calendar.vtodo_list}
    weekly = todos["Weekly check-in"]
    start = weekly.dtstart.value
    assert start.tzinfo is not None and start.replace(tzinfo=None) == datetime(2026, 3, 12, 23, 45)
    assert weekly.rrule.value == "FREQ=WEEKLY;INTERVAL=1"
    later = list(weekly.getrruleset())[5]  # vobject expands the rule with its own code
    assert later.astimezone(MADRID).time() == time(23, 45) and later.astimezone(MADRID).month == 4
    monthly = todos["Monthly report"]
    assert monthly.dtstart.value == date(2026, 3, 31)  # an all-day repeating item starts on its day
