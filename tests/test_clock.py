"""Issue 14, point 9: the local time zone, with its DST rules, on every OS.

The chain: ``TZ`` when it names a zone; else the system's IANA zone as ``tzlocal`` finds it
(/etc/localtime or /etc/timezone on Linux, the system settings on macOS, the registry on
Windows, mapped to the IANA name); only when none of them says, the current fixed offset
(with a warning in the log, since DST changes will then be missed)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import tzlocal

from journal import clock


@pytest.fixture(autouse=True)
def detect(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real detection (no injected zone), from scratch."""
    clock.set_local_zone(None)
    monkeypatch.setattr(clock, "_detected", None)
    monkeypatch.delenv("TZ", raising=False)


def _system(monkeypatch: pytest.MonkeyPatch, name: str | None, zone: object = None) -> None:
    """What tzlocal reports for the system (a Windows registry, a macOS setting...)."""
    monkeypatch.setattr(
        tzlocal, "reload_localzone", lambda: zone if zone is not None else ZoneInfo(name or "UTC")
    )
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: name)


def test_tz_names_the_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    _system(monkeypatch, "Europe/Madrid")
    assert clock.local_zone() == ZoneInfo("America/New_York")


def test_the_systems_zone_when_tz_is_not_set(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on Windows: no TZ, no /etc/localtime, and the registry says Brazil (tzlocal maps it)."""
    _system(monkeypatch, "America/Sao_Paulo")
    zone = clock.local_zone()
    assert zone == ZoneInfo("America/Sao_Paulo")


def test_the_system_zone_has_dst_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    _system(monkeypatch, "Europe/Madrid")
    zone = clock.local_zone()
    winter = datetime(2026, 1, 15, 12, tzinfo=UTC).astimezone(zone).utcoffset()
    summer = datetime(2026, 7, 15, 12, tzinfo=UTC).astimezone(zone).utcoffset()
    assert (winter, summer) == (timedelta(hours=1), timedelta(hours=2))


def test_an_unnamed_system_zone_file_still_has_its_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """/etc/localtime copied rather than linked: no name, but the rules are in the file."""
    import zoneinfo

    found = next(
        Path(root) / "Europe" / "Madrid" for root in zoneinfo.TZPATH if (Path(root) / "Europe").is_dir()
    )
    with open(found, "rb") as handle:
        local = ZoneInfo.from_file(handle, key="local")
    _system(monkeypatch, None, zone=local)
    assert clock.local_zone() is local
    assert datetime(2026, 7, 1, tzinfo=UTC).astimezone(local).utcoffset() == timedelta(hours=2)


def test_a_bad_tz_falls_back_to_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Nowhere/Land")
    _system(monkeypatch, "Asia/Tokyo")
    assert clock.local_zone() == ZoneInfo("Asia/Tokyo")


def test_no_zone_anywhere_falls_back_to_the_current_offset_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _system(monkeypatch, None, zone=UTC)  # tzlocal found nothing and guessed UTC
    with caplog.at_level(logging.WARNING, logger="journal.clock"):
        zone = clock.local_zone()
    assert zone.utcoffset(datetime.now()) == datetime.now().astimezone().utcoffset()
    assert "time zone" in caplog.text


def test_this_machine_is_detected_for_real() -> None:
    zone = clock.local_zone()
    assert isinstance(zone, ZoneInfo)
    assert datetime.now(zone).utcoffset() == datetime.now().astimezone().utcoffset()
