"""How the contact views word dates, money and relationship health."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from journal import clock
from journal.services.errors import QT_TRANSLATE_NOOP
from journal.ui import theme
from journal.ui.dates import qdate, qtime
from journal.ui.painted_icons import filled, painted_icon


def local_date(moment: datetime) -> date:
    """The user's calendar day of an aware instant."""
    return moment.astimezone(clock.local_zone()).date()


def days_ago(day: date, today: date) -> str:
    """ "today", "yesterday", "3 days ago", "2 months ago"... for a past day."""
    days = (today - day).days
    if days < 0:
        return days_ahead(day, today)
    if days == 0:
        return QCoreApplication.translate("Contacts", "today")
    if days == 1:
        return QCoreApplication.translate("Contacts", "yesterday")
    if days < 60:
        return QCoreApplication.translate("Contacts", "%n days ago", None, days)
    # plain names for n: pyside6-lupdate misses translate(..., n) with an expression there
    months, years = days // 30, days // 365
    if days < 730:
        return QCoreApplication.translate("Contacts", "%n months ago", None, months)
    return QCoreApplication.translate("Contacts", "%n years ago", None, years)


def days_ahead(day: date, today: date) -> str:
    """ "today", "tomorrow", "in 3 days", or "5 days overdue" for a due day."""
    days = (day - today).days
    if days == 0:
        return QCoreApplication.translate("Contacts", "today")
    if days == 1:
        return QCoreApplication.translate("Contacts", "tomorrow")
    if days > 1:
        return QCoreApplication.translate("Contacts", "in %n days", None, days)
    return QCoreApplication.translate("Contacts", "%n days late", None, -days)


def short_date(day: date) -> str:
    """A date in the user's short format."""
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)


def long_date(day: date) -> str:
    """A date in the user's long format ("Tuesday, 10 March 2026")."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def short_datetime(moment: datetime, zone: tzinfo | None = None) -> str:
    """Local date and time, short; pass ``zone`` when formatting many (looking it up costs)."""
    local = moment.astimezone(zone or clock.local_zone())
    locale = QLocale()
    return (
        f"{locale.toString(qdate(local.date()), QLocale.FormatType.ShortFormat)} "
        f"{locale.toString(qtime(local.time()), QLocale.FormatType.ShortFormat)}"
    )


def short_time(value: time) -> str:
    """A time of day in the user's short format."""
    return QLocale().toString(qtime(value), QLocale.FormatType.ShortFormat)


def money(value: Decimal, currency: str) -> str:
    """Exact amount in the user's locale: the Decimal is formatted as text, never via float."""
    locale = QLocale()
    sign, digits, _exponent = value.quantize(Decimal("0.01")).as_tuple()
    text = "".join(str(d) for d in digits).rjust(3, "0")
    whole, cents = text[:-2], text[-2:]
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    number = locale.groupSeparator().join(groups)
    if cents != "00":
        number += locale.decimalPoint() + cents
    if sign:
        number = locale.negativeSign() + number
    return f"{number} {currency}"


# relationship health ----------------------------------------------------------

HEALTH_TEXT = {
    "none": QT_TRANSLATE_NOOP("Contacts", "No cadence"),
    "on_track": QT_TRANSLATE_NOOP("Contacts", "On track"),
    "due_soon": QT_TRANSLATE_NOOP("Contacts", "Due soon"),
    "overdue": QT_TRANSLATE_NOOP("Contacts", "Overdue"),
}


def health_text(state: str) -> str:
    """The keep-in-touch state in words ("On track", "Overdue"…)."""
    return QCoreApplication.translate("Contacts", HEALTH_TEXT.get(state, HEALTH_TEXT["none"]))


def health_color(state: str, palette: QPalette | None = None) -> QColor:
    """The status colour from the theme, readable on the palette's background.

    The text always says the state too: colour is never the only signal.
    """
    palette = palette or QApplication.palette()
    status = {"overdue": "overdue", "due_soon": "due", "on_track": "done"}.get(state)
    if status is None:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return theme.status_color(palette, status)


def health_dot(state: str) -> QIcon:
    """A dot in the state's colour, shown next to its word."""
    color = health_color(state)
    return painted_icon(f"health:{state}", color, 12, lambda p: filled(p, color).drawEllipse(1, 1, 10, 10))


def day_month(month: int, day: int) -> str:
    """A day of the year without its year ("12 March", "12 de marzo")."""
    # The pattern is the translator's (Spanish puts "de" in it); the month name is the locale's.
    pattern = QCoreApplication.translate("Formatting", "d MMMM")
    return QLocale().toString(qdate(date(2000, month, day)), pattern)
