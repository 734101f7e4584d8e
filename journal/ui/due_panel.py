"""The in-app "Due now" panel: every follow-up whose time has come, with Done, Snooze and Open.

A dock on the right of the main window (object name ``duePanel``). Missed reminders (the app
was closed or the laptop slept) are listed first, together, under one heading, once.
It also says whose birthday it is and how many people are due for a conversation.

Signals:
    countChanged(int): how many follow-ups are due now.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QMenu,
    QScrollArea,
    QToolButton,
    QWidget,
)

from journal import clock
from journal.reminders import due
from journal.reminders.context import ReminderContext, context_for
from journal.reminders.engine import Digest, ReminderBatch, ReminderEngine
from journal.services import followups
from journal.services.errors import JournalError
from journal.services.events import Change, Entity
from journal.services.followups import FollowUpData
from journal.ui import ask, formatting, snooze, vocabulary, widgets
from journal.ui.dates import local_qdatetime
from journal.ui.refresh import coalescing_timer
from journal.ui.settings import AppSettings

MAX_ROWS = 25  # the panel is a to-do glance, not the calendar


# --- text shared with the tray --------------------------------------------------------------------


def local_text(instant: datetime, *, with_date: bool = True) -> str:
    """A UTC instant in the user's zone and locale."""
    local = instant.astimezone(clock.local_zone())
    qt = local_qdatetime(instant)
    fmt = QLocale.FormatType.ShortFormat
    if not with_date or local.date() == clock.today():
        return QLocale().toString(qt.time(), fmt)
    return QLocale().toString(qt, fmt)


def day_text(instant: datetime) -> str:
    """An instant's local day, short."""
    return formatting.short_date(formatting.local_date(instant))


def context_lines(info: ReminderContext) -> list[str]:
    """What to remember before acting: last conversation, open deal, why the follow-up exists."""
    lines = []
    if info.last_summary and info.last_at is not None:
        lines.append(
            QCoreApplication.translate("Reminders", "Last time ({day}): “{text}”").format(
                day=day_text(info.last_at), text=info.last_summary
            )
        )
    if info.deal_title:
        stage = vocabulary.stage(info.deal_stage)
        lines.append(
            QCoreApplication.translate("Reminders", "Deal: {deal} — {stage}").format(
                deal=info.deal_title, stage=stage
            )
        )
    if info.source_summary and info.source_at is not None:
        lines.append(
            QCoreApplication.translate("Reminders", "Why: follows “{text}” ({day})").format(
                text=info.source_summary, day=day_text(info.source_at)
            )
        )
    elif info.source_deal_title:
        lines.append(
            QCoreApplication.translate("Reminders", "Why: for the deal “{deal}”").format(
                deal=info.source_deal_title
            )
        )
    return lines


def digest_lines(digest: Digest) -> list[str]:
    """The digest in words: whose birthday it is, how many people are due for a talk."""
    lines = []
    if digest.birthdays:
        names = ", ".join(c.name for c in digest.birthdays[:5])
        # pyside6-lupdate only sees translate(..., n) when n is a plain name
        birthdays = len(digest.birthdays)
        lines.append(
            QCoreApplication.translate("Reminders", "Birthday today: {names}", "", birthdays).format(
                names=names
            )
        )
    if digest.reconnect_total:
        people = digest.reconnect_total
        lines.append(
            QCoreApplication.translate("Reminders", "%n people are due for a conversation", "", people)
        )
    return lines


def snooze_label(minutes: int) -> str:
    """A snooze length in words ("15 minutes", "1 hour")."""
    if minutes % 60 == 0:
        hours = minutes // 60  # a plain name: pyside6-lupdate misses translate(..., n) otherwise
        return QCoreApplication.translate("Reminders", "%n hour(s)", "", hours)
    return QCoreApplication.translate("Reminders", "%n minute(s)", "", minutes)


def tomorrow_at(default_time: time) -> datetime:
    """Tomorrow at the default reminder time (local wall time, DST-correct)."""
    return due.wall_to_utc(clock.today() + timedelta(days=1), default_time, clock.local_zone())


# --- one row -------------------------------------------------------------------------------------


class DueRow(QFrame):
    """One due follow-up. Signals: done(int), snoozed(int, object), openContact(int)."""

    done = Signal(int)
    snoozed = Signal(int, object)
    openContact = Signal(int)

    def __init__(
        self,
        item: FollowUpData,
        instant: datetime,
        info: ReminderContext,
        settings: AppSettings,
        *,
        missed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.instant = instant
        self.settings = settings
        self.setObjectName("dueRow")
        self.setProperty("followupId", item.id)
        self.setProperty("missed", missed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        kind = vocabulary.kind(item.kind)
        title = widgets.text_label("dueTitle", f"<b>{_escape(item.title)}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        who = widgets.text_label(
            "dueWho",
            self.tr("{name} · {kind} · due {when}").format(
                name=item.contact_name, kind=kind, when=local_text(instant)
            ),
        )
        lines = context_lines(info)
        details = widgets.text_label("dueContext", "\n".join(lines))
        details.setVisible(bool(lines))
        details.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.done_button = widgets.push_button(
            "dueDoneButton",
            self.tr("Done"),
            self.tr("Mark “{title}” done").format(title=item.title),
            lambda: self.done.emit(item.id),
        )
        self.snooze_button = self._snooze_button(settings)
        self.open_button = widgets.push_button(
            "dueOpenButton",
            self.tr("Open"),  # the row names the person; a short word keeps the panel narrow
            self.tr("Open {name}").format(name=item.contact_name),
            lambda: self.openContact.emit(item.contact_id),
        )
        buttons = widgets.hbox(self.done_button, self.snooze_button, self.open_button, None, margins=0)
        widgets.vbox(title, who, details, buttons, parent=self, margins=(8, 6, 8, 6), spacing=3)

    def _snooze_button(self, settings: AppSettings) -> QToolButton:
        """ "Snooze" with its menu: the short and long snoozes, tomorrow, or a picked time."""
        button = widgets.named(
            QToolButton(), "dueSnoozeButton", self.tr("Snooze “{title}”").format(title=self.item.title)
        )
        button.setText(self.tr("Snooze"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_menu = QMenu(button)
        self.snooze_menu.setObjectName("dueSnoozeMenu")
        self._add_snooze("snoozeShortAction", snooze_label(settings.snooze_short_minutes), self._short)
        self._add_snooze("snoozeLongAction", snooze_label(settings.snooze_long_minutes), self._long)
        self._add_snooze("snoozeTomorrowAction", self.tr("Tomorrow"), self._tomorrow)
        self._add_snooze("snoozePickAction", self.tr("Pick a time…"), self._pick)
        button.setMenu(self.snooze_menu)
        return button

    def _add_snooze(self, name: str, text: str, until: Callable[[], datetime | None]) -> None:
        action = QAction(text, self.snooze_menu)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: self._snooze(until))
        self.snooze_menu.addAction(action)

    def action(self, name: str) -> QAction:
        found = self.snooze_menu.findChild(QAction, name)
        assert found is not None, name
        return found

    def _snooze(self, until: Callable[[], datetime | None]) -> None:
        when = until()
        if when is not None:
            self.snoozed.emit(self.item.id, when)

    def _short(self) -> datetime:
        return clock.now() + timedelta(minutes=self.settings.snooze_short_minutes)

    def _long(self) -> datetime:
        return clock.now() + timedelta(minutes=self.settings.snooze_long_minutes)

    def _tomorrow(self) -> datetime:
        return tomorrow_at(self.settings.default_reminder_time)

    def _pick(self) -> datetime | None:
        return snooze.pick_datetime(
            self,
            title=snooze.titled(self.tr("Snooze until"), self.item.contact_name),
            label=self.tr("Remind me again on:"),
            initial=self._tomorrow(),
            minimum=clock.now(),
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- the panel -----------------------------------------------------------------------------------


_SHOWN = (Entity.FOLLOWUP, Entity.CONTACT, Entity.INTERACTION, Entity.DEAL)


class DuePanel(QDockWidget):
    """The "Due now" dock: every follow-up whose time has come, missed ones first, with the digest.

    Signals:
        countChanged(int): how many follow-ups are due now.
    """

    countChanged = Signal(int)

    def __init__(
        self,
        engine: ReminderEngine,
        settings: AppSettings,
        open_contact: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duePanel")
        self.setWindowTitle(self.tr("Due now"))
        self.setAccessibleName(self.tr("Due now"))
        self.engine = engine
        self.settings = settings
        self.open_contact = open_contact
        self.missed_ids: set[int] = set()
        self.digest: Digest | None = None
        self.rows: list[DueRow] = []

        self.missed_label = widgets.text_label("dueMissedLabel")
        self.missed_label.setStyleSheet("font-weight: bold;")
        self.missed_dismiss = widgets.push_button(
            "dueMissedDismiss",
            self.tr("Got it"),
            self.tr("Stop grouping the missed reminders"),
            self.clear_missed,
        )
        self.missed_frame = widgets.named(QFrame(), "dueMissedFrame")
        self.missed_frame.setLayout(widgets.hbox((self.missed_label, 1), self.missed_dismiss))
        self.missed_frame.hide()
        self.digest_label = widgets.text_label("dueDigestLabel")
        self.digest_label.hide()
        self.empty_label = widgets.named(QLabel(self.tr("Nothing is due. Enjoy the quiet.")), "dueEmptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more_label = widgets.text_label("dueMoreLabel")  # wraps: "and 7149 more…" on a narrow panel
        self.more_label.hide()
        self.rows_box = widgets.vbox(margins=0, spacing=6)
        content = widgets.pane(self.rows_box, self.more_label, None, name="dueRows", margins=4)
        self.rows_scroll = widgets.named(QScrollArea(), "dueScroll")
        self.rows_scroll.setWidgetResizable(True)
        self.rows_scroll.setWidget(content)
        body = widgets.pane(
            self.missed_frame, self.digest_label, self.empty_label, (self.rows_scroll, 1), margins=4
        )
        self.setWidget(body)
        self.setMinimumWidth(300)
        self._shown: object = None  # what the rows show: rebuilt only when it changes
        self._refresh_soon = coalescing_timer(self, self.refresh, name="duePanelRefresh")

    # reacting ---------------------------------------------------------------------------------
    def on_changed(self, change: Change) -> None:
        if change.touches(_SHOWN):  # what the rows and the digest show, or the whole journal
            self._refresh_soon.start()

    def on_fired(self, batch: ReminderBatch) -> None:
        """New reminders: group the missed ones (once), show the digest, bring the panel up."""
        if batch.missed:
            self.missed_ids = {r.followup.id for r in batch.missed}
        if batch.digest:
            self.digest = batch.digest
        self.refresh()
        if batch.reminders or batch.digest:
            self.show()
            if self.isFloating():
                self.raise_()

    def clear_missed(self) -> None:
        self.missed_ids.clear()
        self.refresh()

    # content ----------------------------------------------------------------------------------
    def due_ids(self) -> list[int]:
        return [row.item.id for row in self.rows]

    def row_for(self, followup_id: int) -> DueRow | None:
        return next((r for r in self.rows if r.item.id == followup_id), None)

    def refresh(self) -> None:
        items = self.engine.due_items()
        self.missed_ids &= {f.id for f, _ in items}
        ordered = sorted(items, key=lambda pair: (pair[0].id not in self.missed_ids, pair[1], pair[0].id))
        shown = [(item, at, context_for(item), item.id in self.missed_ids) for item, at in ordered[:MAX_ROWS]]
        settings = self.settings
        wanted = (
            shown,
            settings.snooze_short_minutes,
            settings.snooze_long_minutes,
            settings.default_reminder_time,
        )
        if wanted != self._shown:  # most changes (a note on someone else) leave the rows as they are
            self._shown = wanted
            self._rebuild_rows(shown)
        hidden = len(items) - len(self.rows)
        self.more_label.setText(self.tr("and %n more in the follow-up calendar", "", hidden))
        self.more_label.setVisible(hidden > 0)
        missed = len(self.missed_ids)
        self.missed_label.setText(self.tr("You missed %n reminder(s) while away — listed first.", "", missed))
        self.missed_frame.setVisible(missed > 0)
        lines = digest_lines(self.digest) if self.digest and self.digest.day == clock.today() else []
        self.digest_label.setText("\n".join(lines))
        self.digest_label.setVisible(bool(lines))
        self.empty_label.setVisible(not items)
        self.rows_scroll.setVisible(bool(items))
        self.setWindowTitle(self.tr("Due now (%n)", "", len(items)) if items else self.tr("Due now"))
        self.countChanged.emit(len(items))

    def _rebuild_rows(self, shown: list[tuple[FollowUpData, datetime, ReminderContext, bool]]) -> None:
        for row in self.rows:
            self.rows_box.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for item, instant, info, missed in shown:
            row = DueRow(item, instant, info, self.settings, missed=missed, parent=self)
            row.done.connect(self._done)
            row.snoozed.connect(self._snooze)
            row.openContact.connect(self.open_contact)
            self.rows_box.addWidget(row)
            self.rows.append(row)

    # actions ----------------------------------------------------------------------------------
    def _done(self, followup_id: int) -> None:
        try:
            followups.complete_followup(followup_id)
        except JournalError as error:
            ask.show_error(self, self.tr("Cannot mark it done"), ask.error_text(error))

    def _snooze(self, followup_id: int, until: datetime) -> None:
        try:
            followups.snooze_followup(followup_id, until=until)
        except JournalError as error:
            ask.show_error(self, self.tr("Cannot snooze"), ask.error_text(error))
