"""Snoozing and rescheduling follow-ups: a menu of presets and two small dialogs.

Shared by the calendar and the due-now panel. The questions go through the
module-level seams ``pick_datetime`` and ``pick_reschedule`` (like
``journal.ui.ask``), so tests replace them with ``monkeypatch.setattr``::

    menu = snooze.snooze_menu(parent, lambda until: followups.snooze_followup(fid, until=until))

Times are aware: presets add wall-clock time in the user's zone
(``clock.local_zone()``), so "1 day" is the same time tomorrow across DST.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFormLayout, QMenu, QTimeEdit, QWidget

from journal import clock
from journal.services.errors import QT_TRANSLATE_NOOP
from journal.ui import widgets
from journal.ui.dates import from_local_qdatetime, local_qdatetime, pydate, pytime, qdate, qtime

# Keyboard shortcuts shared by every place that acts on a follow-up.
DONE_SHORTCUT = "Ctrl+D"
SNOOZE_DAY_SHORTCUT = "Ctrl+T"  # "until tomorrow"
SNOOZE_WEEK_SHORTCUT = "Ctrl+Shift+T"
SNOOZE_PICK_SHORTCUT = "Ctrl+Shift+P"
RESCHEDULE_SHORTCUT = "Ctrl+R"


def tr(text: str, n: int = -1) -> str:
    """Translate a snooze message held in a variable (context "Snooze")."""
    return QCoreApplication.translate("Snooze", text, None, n)


@dataclass(frozen=True)
class SnoozePreset:
    """A snooze length offered in the menu, with its shortcut."""

    key: str  # used in object names: "snoozeday", "snoozeweek"
    text: str  # untranslated (context "Snooze")
    delta: timedelta
    shortcut: str = ""

    def label(self) -> str:
        return tr(self.text)


DEFAULT_PRESETS: tuple[SnoozePreset, ...] = (
    SnoozePreset("Day", QT_TRANSLATE_NOOP("Snooze", "For 1 &day"), timedelta(days=1), SNOOZE_DAY_SHORTCUT),
    SnoozePreset(
        "Week", QT_TRANSLATE_NOOP("Snooze", "For 1 &week"), timedelta(weeks=1), SNOOZE_WEEK_SHORTCUT
    ),
)


def snooze_target(delta: timedelta, now: datetime | None = None) -> datetime:
    """``now`` plus ``delta`` of local wall-clock time, as an aware UTC instant."""
    local = (now or clock.now()).astimezone(clock.local_zone())
    wall = local.replace(tzinfo=None) + delta
    return wall.replace(tzinfo=clock.local_zone()).astimezone(UTC)


def snooze_menu(
    parent: QWidget,
    on_until: Callable[[datetime], None],
    *,
    presets: Sequence[SnoozePreset] = DEFAULT_PRESETS,
    title: str | None = None,
    shortcut_context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    about: Callable[[], str] | None = None,
) -> QMenu:
    """A "Snooze" menu: one action per preset, then "Pick date & time…".

    ``on_until(aware_utc_datetime)`` is called with the chosen moment; nothing
    is called if the user cancels the picker; ``about()`` names the person the picker's title
    is about ("Snooze until — Ana"). To make the shortcuts work
    while the menu is closed, add its actions to a widget (``widget.addActions
    (menu.actions())``) and pass a narrower ``shortcut_context``.
    """
    menu = QMenu(title or QCoreApplication.translate("Snooze", "&Snooze"), parent)
    menu.setObjectName("snoozeMenu")
    for preset in presets:
        action = menu.addAction(preset.label())
        action.setObjectName(f"snooze{preset.key}Action")
        if preset.shortcut:
            action.setShortcut(QKeySequence(preset.shortcut))
            action.setShortcutContext(shortcut_context)
        action.triggered.connect(lambda _=False, d=preset.delta: on_until(snooze_target(d)))
    menu.addSeparator()
    pick = menu.addAction(QCoreApplication.translate("Snooze", "&Pick date && time…"))
    pick.setObjectName("snoozePickAction")
    pick.setShortcut(QKeySequence(SNOOZE_PICK_SHORTCUT))
    pick.setShortcutContext(shortcut_context)
    pick.triggered.connect(lambda: ask_snooze_until(parent, on_until, about() if about else ""))
    return menu


def titled(title: str, about: str) -> str:
    """A dialog title naming the person it acts on: "Snooze until — Ana Núñez"."""
    return f"{title} — {about}" if about else title


def ask_snooze_until(parent: QWidget | None, on_until: Callable[[datetime], None], about: str = "") -> None:
    """Ask for a moment (through the ``pick_datetime`` seam) and pass it on."""
    now = clock.now()
    tomorrow = now.astimezone(clock.local_zone()).date() + timedelta(days=1)
    until = pick_datetime(
        parent,
        title=titled(QCoreApplication.translate("Snooze", "Snooze until"), about),
        label=QCoreApplication.translate("Snooze", "Remind me again on:"),
        initial=clock.local_datetime(tomorrow, time(9, 0)).astimezone(UTC),
        minimum=now,
    )
    if until is not None:
        on_until(until)


# dialogs ------------------------------------------------------------------------


class DateTimeDialog(QDialog):
    """Pick a future local date and time; returns it as aware UTC."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        label: str,
        initial: datetime,
        minimum: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        widgets.named(self, "pickDateTimeDialog", title)
        self.setWindowTitle(title)
        self._minimum = minimum
        self.edit = widgets.datetime_edit("pickDateTimeEdit", label, local_qdatetime(initial, seconds=False))
        self.error = widgets.text_label("pickDateTimeError")
        self.error.hide()
        form = QFormLayout()
        form.addRow(label, self.edit)
        widgets.vbox(form, self.error, widgets.dialog_buttons(self, "pickDateTimeButtons"), parent=self)

    def value(self) -> datetime:
        return from_local_qdatetime(self.edit.dateTime())

    def accept(self) -> None:
        if self._minimum is not None and self.value() <= self._minimum:
            self.error.setText(QCoreApplication.translate("Snooze", "Choose a time in the future."))
            self.error.show()
            self.edit.setFocus()
            return
        super().accept()


class RescheduleDialog(QDialog):
    """Pick a new due date and, optionally, a time of day."""

    def __init__(
        self, parent: QWidget | None, *, due_date: date, due_time: time | None, about: str = ""
    ) -> None:
        super().__init__(parent)
        title = titled(QCoreApplication.translate("Snooze", "Reschedule follow-up"), about)
        widgets.named(self, "rescheduleDialog", title)
        self.setWindowTitle(title)
        self.date_edit = widgets.date_edit(
            "rescheduleDate", QCoreApplication.translate("Snooze", "New due date"), qdate(due_date)
        )
        self.has_time = widgets.check_box(
            "rescheduleHasTime",
            QCoreApplication.translate("Snooze", "At a set &time"),
            QCoreApplication.translate("Snooze", "Due at a set time"),
            checked=due_time is not None,
        )
        self.time_edit = widgets.named(
            QTimeEdit(qtime(due_time or time(9, 0))),
            "rescheduleTime",
            QCoreApplication.translate("Snooze", "Due time"),
        )
        widgets.enabled_by(self.has_time, self.time_edit)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Snooze", "Due &date:"), self.date_edit)
        form.addRow(self.has_time, self.time_edit)
        widgets.vbox(form, widgets.dialog_buttons(self, "rescheduleButtons"), parent=self)

    def value(self) -> tuple[date, time | None]:
        at = pytime(self.time_edit.time()) if self.has_time.isChecked() else None
        return pydate(self.date_edit.date()), at


# seams (tests monkeypatch these) -----------------------------------------------------


def pick_datetime(
    parent: QWidget | None,
    *,
    title: str,
    label: str,
    initial: datetime,
    minimum: datetime | None = None,
) -> datetime | None:
    """Ask for a date and time; aware UTC, or None if cancelled."""
    dialog = DateTimeDialog(parent, title=title, label=label, initial=initial, minimum=minimum)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def pick_reschedule(
    parent: QWidget | None, *, due_date: date, due_time: time | None, about: str = ""
) -> tuple[date, time | None] | None:
    """Ask for a new due date and optional time (``about``: whose follow-up); None if cancelled."""
    dialog = RescheduleDialog(parent, due_date=due_date, due_time=due_time, about=about)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
