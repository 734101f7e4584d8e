"""FollowUpDialog: something to do for a contact by a date (optionally a time, repeating)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QPushButton, QTimeEdit, QWidget

from journal import clock
from journal.db.models import RECURRENCE_UNITS
from journal.services import contacts, followups
from journal.services.errors import QT_TRANSLATE_NOOP
from journal.services.followups import MAX_RECURRENCE
from journal.services.validation import required_text
from journal.ui import vocabulary, widgets
from journal.ui.dates import pydate, pytime, qdate, qtime
from journal.ui.dialogs.form import FormDialog

SHORTCUTS = (
    (QT_TRANSLATE_NOOP("FollowUpDialog", "In 3 days"), 3, "day"),
    (QT_TRANSLATE_NOOP("FollowUpDialog", "In 1 week"), 1, "week"),
    (QT_TRANSLATE_NOOP("FollowUpDialog", "In 1 month"), 1, "month"),
)


def due_in(start: date, amount: int, unit: str) -> date:
    """``amount`` days, weeks or months after ``start`` (a month keeps the day where it can)."""
    if unit == "day":
        return start + timedelta(days=amount)
    if unit == "week":
        return start + timedelta(weeks=amount)
    return followups.add_months(start, amount)


class FollowUpDialog(FormDialog):
    """Add or edit a follow-up: what, when (a date, optionally a time), how often it repeats."""

    def __init__(
        self,
        parent: QWidget | None,
        contact_id: int,
        kind: str | None = None,
        *,
        interaction_id: int | None = None,
        deal_id: int | None = None,
    ) -> None:
        super().__init__(
            parent, QCoreApplication.translate("FollowUpDialog", "Add follow-up"), "followUpDialog"
        )
        self.contact_id = contact_id
        self.interaction_id = interaction_id
        self.deal_id = deal_id
        self.followup_id: int | None = None
        self.keep_drafts(f"followup.new.{contact_id}")
        self.setWindowTitle(f"{self.windowTitle()} — {contacts.get_contact(contact_id).name}")

        self.kind = widgets.combo_box(
            "followUpKind",
            self.tr("Networking or sales"),
            [(vocabulary.kind(key), key) for key in ("networking", "sales")],
        )
        widgets.select_data(self.kind, kind or "networking")
        self.title_edit = widgets.line_edit(
            "followUpTitle", self.tr("What to do"), placeholder=self.tr("Send the article we talked about")
        )
        self.due = widgets.date_edit(
            "followUpDue", self.tr("Due date"), qdate(clock.today() + timedelta(weeks=1))
        )
        self.shortcut_buttons = [self._shortcut(text, amount, unit) for text, amount, unit in SHORTCUTS]
        self.has_time = widgets.check_box("followUpHasTime", self.tr("At"), self.tr("At a set time"))
        self.time = widgets.named(QTimeEdit(QTime(9, 0)), "followUpTime", self.tr("Time"))
        widgets.enabled_by(self.has_time, self.time)
        self.repeat = widgets.check_box("followUpRepeat", self.tr("Every"), self.tr("Repeat"))
        self.every = widgets.spin_box("followUpEvery", self.tr("Repeat every"), 1, MAX_RECURRENCE)
        self.unit = widgets.combo_box(
            "followUpUnit",
            self.tr("Repeat unit"),
            [(vocabulary.word(vocabulary.RECURRENCE_TEXT, key), key) for key in RECURRENCE_UNITS],
        )
        widgets.select_data(self.unit, "month")
        widgets.enabled_by(self.repeat, self.every, self.unit)
        self.notes = widgets.text_edit("followUpNotes", self.tr("Notes"))

        self.add_row("kind", self.tr("&Kind"), self.kind)
        self.add_row("title", self.tr("&What"), self.title_edit)
        self.add_row("due_date", self.tr("&Due"), widgets.side_by_side((self.due, 1), *self.shortcut_buttons))
        self.add_row("due_time", self.tr("T&ime"), widgets.side_by_side(self.has_time, self.time, None))
        self.add_row(
            "recurrence_interval",
            self.tr("&Repeat"),
            widgets.side_by_side(self.repeat, self.every, self.unit, None),
            "recurrence_unit",
        )
        self.add_row("notes", self.tr("N&otes"), self.notes)
        self.set_check("title", lambda: required_text("title", self.title_edit.text()))
        self.title_edit.setFocus()
        self.resize(560, self.sizeHint().height())

    def _shortcut(self, text: str, amount: int, unit: str) -> QPushButton:
        """A button that sets the due date ``amount`` days, weeks or months from today."""
        button = widgets.push_button(
            f"followUpIn{amount}{unit.capitalize()}",
            self.tr(text),
            self.tr(text),
            lambda: self.due.setDate(qdate(due_in(clock.today(), amount, unit))),
        )
        button.setAutoDefault(False)
        return button

    def load(self, followup_id: int) -> None:
        """Edit an open follow-up: every field filled in from what is saved."""
        item = followups.get_followup(followup_id)
        self.followup_id = followup_id
        self.keep_drafts(f"followup.{followup_id}")
        self.setWindowTitle(
            QCoreApplication.translate("FollowUpDialog", "Edit follow-up") + f" — {item.contact_name}"
        )
        widgets.select_data(self.kind, item.kind)
        self.title_edit.setText(item.title)
        self.due.setDate(qdate(item.due_date))
        self.has_time.setChecked(item.due_time is not None)
        if item.due_time is not None:
            self.time.setTime(qtime(item.due_time))
        self.repeat.setChecked(item.recurrence_unit is not None)
        if item.recurrence_unit is not None:
            widgets.select_data(self.unit, item.recurrence_unit)
            self.every.setValue(item.recurrence_interval or 1)
        self.notes.setPlainText(item.notes)
        self.remember_loaded(self._values())

    def due_date(self) -> date:
        return pydate(self.due.date())

    def _values(self) -> followups.FollowUpFields:
        repeat = self.repeat.isChecked()
        return {
            "kind": self.kind.currentData(),
            "title": self.title_edit.text(),
            "due_date": self.due_date(),
            "due_time": pytime(self.time.time()) if self.has_time.isChecked() else None,
            "notes": self.notes.toPlainText(),
            "recurrence_unit": self.unit.currentData() if repeat else None,
            "recurrence_interval": self.every.value() if repeat else None,
        }

    def save(self) -> int:
        values = self._values()
        if self.followup_id is not None:
            return followups.edit_followup(self.followup_id, **self.edited(values)).id
        return followups.create_followup(
            contact_id=self.contact_id, interaction_id=self.interaction_id, deal_id=self.deal_id, **values
        ).id

    @classmethod
    def add_for(
        cls, parent: QWidget | None, contact_id: int, kind: str | None = None, **links: int | None
    ) -> int | None:
        """Ask for a new follow-up (``interaction_id=``, ``deal_id=`` link it); its id, or None."""
        return cls(parent, contact_id, kind, **links).run()

    @classmethod
    def edit(cls, parent: QWidget | None, followup_id: int) -> int | None:
        """Edit an open follow-up; its id, or None if cancelled."""
        dialog = cls(parent, followups.get_followup(followup_id).contact_id)
        dialog.load(followup_id)
        return dialog.run()
