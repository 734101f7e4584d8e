"""Typed access to the user's preferences (QSettings). One key, one default, one type each.

Other features read these through ``AppSettings(window.context.settings)``; the
Preferences dialog writes them. Never pickle: plain strings, ints and bools.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QSettings

from journal.ui.currency import system_currency

DEFAULT_REMINDER_TIME = time(9, 0)
DEFAULT_SNOOZE_SHORT = 15  # minutes
DEFAULT_SNOOZE_LONG = 60
DEFAULT_POST_SALE_DAYS = 14
MAX_SNOOZE_MINUTES = 24 * 60


class IntPreference:
    """An int preference in ``AppSettings.qsettings``: ``default`` when it is unset, not a
    number, or outside ``low``..``high``."""

    def __init__(self, key: str, default: int, low: int, high: int) -> None:
        self.key, self.default, self.low, self.high = key, default, low, high

    def __get__(self, settings: AppSettings, owner: type | None = None) -> int:
        raw = settings.qsettings.value(self.key, self.default)
        try:
            value = int(str(raw))
        except (TypeError, ValueError):
            return self.default
        return value if self.low <= value <= self.high else self.default

    def __set__(self, settings: AppSettings, value: int) -> None:
        settings.qsettings.setValue(self.key, int(value))


class BoolPreference:
    """A yes/no preference in ``AppSettings.qsettings`` ("true", "1", "yes" or "on" is yes)."""

    def __init__(self, key: str, default: bool) -> None:
        self.key, self.default = key, default

    def __get__(self, settings: AppSettings, owner: type | None = None) -> bool:
        raw = settings.qsettings.value(self.key, self.default)
        if isinstance(raw, bool):
            return raw
        return str(raw).strip().lower() in ("1", "true", "yes", "on")

    def __set__(self, settings: AppSettings, value: bool) -> None:
        settings.qsettings.setValue(self.key, bool(value))


class AppSettings:
    """The user's preferences, typed, over the app's ``QSettings``."""

    REMINDER_TIME = "reminders/defaultTime"  # "HH:MM", local wall time

    snooze_short_minutes = IntPreference(
        "reminders/snoozeShortMinutes", DEFAULT_SNOOZE_SHORT, 1, MAX_SNOOZE_MINUTES
    )
    snooze_long_minutes = IntPreference(
        "reminders/snoozeLongMinutes", DEFAULT_SNOOZE_LONG, 1, MAX_SNOOZE_MINUTES
    )
    # Closing the window keeps the app running in the tray (only when there is a tray).
    minimize_to_tray = BoolPreference("window/minimizeToTray", True)
    start_at_login = BoolPreference("system/startAtLogin", False)
    post_sale_days = IntPreference("automation/postSaleDays", DEFAULT_POST_SALE_DAYS, 1, 365)
    # Offer post-sale and thank-you follow-ups (one click, never forced).
    offer_followups = BoolPreference("automation/offerFollowUps", True)
    _default_cadence = IntPreference("contacts/defaultCadenceDays", 0, 0, 3650)  # 0 = none

    def __init__(self, settings: QSettings) -> None:
        self.qsettings = settings

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
    def default_cadence_days(self) -> int | None:
        """Keep-in-touch cadence proposed for new contacts (None: no cadence)."""
        return self._default_cadence or None

    @default_cadence_days.setter
    def default_cadence_days(self, value: int | None) -> None:
        self._default_cadence = int(value or 0)

    DEFAULT_CURRENCY = "sales/defaultCurrency"

    @property
    def default_currency(self) -> str:
        """The currency new deals and quotas start in: the user's choice, else the system's."""
        raw = str(self.qsettings.value(self.DEFAULT_CURRENCY, "") or "").strip().upper()
        if len(raw) == 3 and raw.isalpha():
            return raw
        return system_currency()

    @default_currency.setter
    def default_currency(self, code: str) -> None:
        self.qsettings.setValue(self.DEFAULT_CURRENCY, code.strip().upper())

    def sync(self) -> None:
        """Write the preferences to disk now."""
        self.qsettings.sync()
