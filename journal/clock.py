"""The app's notion of "now" and of the local time zone.

Everything asks this module for the time so tests can inject a clock
(``set_clock``) instead of waiting. Stored datetimes are UTC and aware.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from time import monotonic as _monotonic
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_clock: Callable[[], datetime] | None = None
_zone: tzinfo | None = None


def now() -> datetime:
    """Current time, aware, in UTC."""
    if _clock is not None:
        return _clock().astimezone(UTC)
    return datetime.now(UTC)


def set_clock(clock: Callable[[], datetime] | None) -> None:
    """Replace the clock (tests); ``None`` restores the real one."""
    global _clock
    _clock = clock


def set_local_zone(zone: tzinfo | None) -> None:
    """Override the local zone (tests); ``None`` restores detection."""
    global _zone
    _zone = zone


_detected: tuple[float, str, tzinfo] | None = None
_DETECT_EVERY_S = 60.0


def local_zone() -> tzinfo:
    """The user's time zone, with DST rules when the system tells us them.

    Detection reads /etc/localtime, so its answer is reused for a minute:
    list views ask for the zone once per row.
    """
    global _detected
    if _zone is not None:
        return _zone
    stamp, tz_env = _monotonic(), os.environ.get("TZ", "")
    if _detected is not None and stamp - _detected[0] < _DETECT_EVERY_S and tz_env == _detected[1]:
        return _detected[2]
    zone = _detect_zone()
    _detected = (stamp, tz_env, zone)
    return zone


def _detect_zone() -> tzinfo:
    key = os.environ.get("TZ", "").lstrip(":")
    if key:
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    link = Path("/etc/localtime")
    try:
        target = str(link.resolve())
        if "zoneinfo/" in target:
            return ZoneInfo(target.split("zoneinfo/", 1)[1])
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    fallback = datetime.now().astimezone().tzinfo
    return fallback if fallback is not None else UTC


def local_now() -> datetime:
    """Now in the user's time zone."""
    return now().astimezone(local_zone())


def today() -> date:
    """Today in the user's time zone."""
    return local_now().date()


def to_utc(value: datetime) -> datetime:
    """Aware UTC; a naive value is taken as local wall time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=local_zone())
    return value.astimezone(UTC)


def local_datetime(day: date, at: time) -> datetime:
    """The aware local instant for a wall-clock date and time."""
    return datetime.combine(day, at, tzinfo=local_zone())
