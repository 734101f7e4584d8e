"""The app's notion of "now" and of the local time zone.

Everything asks this module for the time so tests can inject a clock
(``set_clock``) instead of waiting. Stored datetimes are UTC and aware.
"""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Callable
from datetime import UTC, date, datetime, time, tzinfo
from time import monotonic as _monotonic
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)

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
    """The user's time zone, with DST rules (an IANA zone on Linux, macOS and Windows).

    Detection reads the system's settings, so its answer is reused for a minute:
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


def _zone_named(key: str) -> tzinfo | None:
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _system_zone() -> tzinfo | None:
    """The zone the system is set to, as ``tzlocal`` finds it on Linux, macOS and Windows."""
    import tzlocal  # imported late: start-up does not need it before the first date is shown

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no configuration, defaulting to UTC": handled below
            zone = tzlocal.reload_localzone()  # the system may have changed zone while we run
            name = tzlocal.get_localzone_name()
    except Exception as exc:  # tzlocal refuses a configuration it cannot trust (ValueError, LookupError...)
        log.warning("could not read the system time zone: %s", exc)
        return None
    if name:
        named = _zone_named(name)
        if named is not None:
            return named
    # An /etc/localtime that is a copy, not a link: no name, but the rules are in the file.
    if isinstance(zone, ZoneInfo) and zone.key == "local":
        return zone
    return None


def _detect_zone() -> tzinfo:
    """TZ when it names a zone, else the system's zone, else (no DST rules) the current offset."""
    key = os.environ.get("TZ", "").lstrip(":")
    zone = _zone_named(key) if key else None
    if zone is None:
        zone = _system_zone()
    if zone is not None:
        return zone
    fallback = datetime.now().astimezone().tzinfo
    log.warning(
        "no time zone found (TZ, the system settings): using the current offset %s; "
        "times will be an hour off after a daylight-saving change",
        fallback,
    )
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
