"""Typed access to the user's preferences (QSettings). One key, one default, one type each.

Other features read these through ``AppSettings(window.context.settings)``; the
Preferences dialog writes them. Never pickle: plain strings, ints and bools.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QSettings

DEFAULT_REMINDER_TIME = time(9, 0)
DEFAULT_SNOOZE_SHORT = 15  # minutes
DEFAULT_SNOOZE_LONG = 60
DEFAULT_POST_SALE_DAYS = 14
MAX_SNOOZE_MINUTES = 24 * 60


class AppSettings:
    REMINDER_TIME = "reminders/defaultTime"  # "HH:MM", local wall time
    SNOOZE_SHORT = "reminders/snoozeShortMinutes"
    SNOOZE_LONG = "reminders/snoozeLongMinutes"
    MINIMIZE_TO_TRAY = "window/minimizeToTray"
    START_AT_LOGIN = "system/startAtLogin"
    DEFAULT_CADENCE = "contacts/defaultCadenceDays"  # 0 = none
    POST_SALE_DAYS = "automation/postSaleDays"
    OFFER_FOLLOWUPS = "automation/offerFollowUps"

    def __init__(self, settings: QSettings) -> None:
        self.qsettings = settings

    # helpers ---------------------------------------------------------------------------------
    def _int(self, key: str, default: int, low: int, high: int) -> int:
        raw = self.qsettings.value(key, default)
        try:
            value = int(str(raw))
        except (TypeError, ValueError):
            return default
        return value if low <= value <= high else default

    def _bool(self, key: str, default: bool) -> bool:
        raw = self.qsettings.value(key, default)
        if isinstance(raw, bool):
            return raw
        return str(raw).strip().lower() in ("1", "true", "yes", "on")

    # reminders -------------------------------------------------------------------------------
    @property
    def default_reminder_time(self) -> time:
        """When date-only follow-ups (and birthdays, reconnects) ring."""
        raw = str(self.qsettings.value(self.REMINDER_TIME, "") or "")
        try:
            hours, minutes = raw.split(":")[:2]
            return time(int(hours), int(minutes))
        except ValueError:
            return DEFAULT_REMINDER_TIME

    @default_reminder_time.setter
    def default_reminder_time(self, value: time) -> None:
        self.qsettings.setValue(self.REMINDER_TIME, f"{value.hour:02d}:{value.minute:02d}")

    @property
    def snooze_short_minutes(self) -> int:
        return self._int(self.SNOOZE_SHORT, DEFAULT_SNOOZE_SHORT, 1, MAX_SNOOZE_MINUTES)

    @snooze_short_minutes.setter
    def snooze_short_minutes(self, value: int) -> None:
        self.qsettings.setValue(self.SNOOZE_SHORT, int(value))

    @property
    def snooze_long_minutes(self) -> int:
        return self._int(self.SNOOZE_LONG, DEFAULT_SNOOZE_LONG, 1, MAX_SNOOZE_MINUTES)

    @snooze_long_minutes.setter
    def snooze_long_minutes(self, value: int) -> None:
        self.qsettings.setValue(self.SNOOZE_LONG, int(value))

    # window and system -----------------------------------------------------------------------
    @property
    def minimize_to_tray(self) -> bool:
        """Closing the window keeps the app running in the tray (only when there is a tray)."""
        return self._bool(self.MINIMIZE_TO_TRAY, True)

    @minimize_to_tray.setter
    def minimize_to_tray(self, value: bool) -> None:
        self.qsettings.setValue(self.MINIMIZE_TO_TRAY, bool(value))

    @property
    def start_at_login(self) -> bool:
        return self._bool(self.START_AT_LOGIN, False)

    @start_at_login.setter
    def start_at_login(self, value: bool) -> None:
        self.qsettings.setValue(self.START_AT_LOGIN, bool(value))

    # contacts and automation -----------------------------------------------------------------
    @property
    def default_cadence_days(self) -> int | None:
        """Keep-in-touch cadence proposed for new contacts (None: no cadence)."""
        days = self._int(self.DEFAULT_CADENCE, 0, 0, 3650)
        return days or None

    @default_cadence_days.setter
    def default_cadence_days(self, value: int | None) -> None:
        self.qsettings.setValue(self.DEFAULT_CADENCE, int(value or 0))

    @property
    def post_sale_days(self) -> int:
        return self._int(self.POST_SALE_DAYS, DEFAULT_POST_SALE_DAYS, 1, 365)

    @post_sale_days.setter
    def post_sale_days(self, value: int) -> None:
        self.qsettings.setValue(self.POST_SALE_DAYS, int(value))

    @property
    def offer_followups(self) -> bool:
        """Offer post-sale and thank-you follow-ups (one click, never forced)."""
        return self._bool(self.OFFER_FOLLOWUPS, True)

    @offer_followups.setter
    def offer_followups(self, value: bool) -> None:
        self.qsettings.setValue(self.OFFER_FOLLOWUPS, bool(value))

    def sync(self) -> None:
        self.qsettings.sync()
