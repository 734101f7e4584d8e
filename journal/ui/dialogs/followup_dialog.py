"""FollowUpDialog: something to do for a contact by a date (optionally a time, repeating)."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from journal import clock
from journal.db.models import RECURRENCE_UNITS
from journal.services import contacts, followups
from journal.services.errors import QT_TRANSLATE_NOOP
from journal.services.followups import MAX_RECURRENCE
from journal.ui import formatting
from journal.ui.dialogs.form import FormDialog

SHORTCUTS = (
    (QT_TRANSLATE_NOOP("FollowUpDialog", "In 3 days"), 3, "day"),
    (QT_TRANSLATE_NOOP("FollowUpDialog", "In 1 week"), 1, "week"),
    (QT_TRANSLATE_NOOP("FollowUpDialog", "In 1 month"), 1, "month"),
)


def due_in(start: date, amount: int, unit: str) -> date:
    if unit == "day":
        return start + timedelta(days=amount)
    if unit == "week":
        return start + timedelta(weeks=amount)
    return followups.add_months(start, amount)


class FollowUpDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        contact_id: int,
        kind: str | None = None,
        *,
        interaction_id: int | None = None,
        deal_id: int | None = None,
        title: str = "",
    ) -> None:
        super().__init__(
            parent, QCoreApplication.translate("FollowUpDialog", "Add follow-up"), "followUpDialog"
        )
        self.contact_id = contact_id
        self.interaction_id = interaction_id
        self.deal_id = deal_id
        self.setWindowTitle(f"{self.windowTitle()} — {contacts.get_contact(contact_id).name}")

        self.kind = QComboBox()
        self.kind.setObjectName("followUpKind")
        self.kind.setAccessibleName(self.tr("Networking or sales"))
        for key in ("networking", "sales"):
            self.kind.addItem(formatting.label(formatting.KIND_TEXT, key), key)
        self.kind.setCurrentIndex(max(self.kind.findData(kind or "networking"), 0))
        self.title_edit = QLineEdit(title)
        self.title_edit.setObjectName("followUpTitle")
        self.title_edit.setAccessibleName(self.tr("What to do"))
        self.title_edit.setPlaceholderText(self.tr("Send the article we talked about"))

        today = clock.today()
        self.due = QDateEdit(formatting.qdate(today + timedelta(weeks=1)))
        self.due.setObjectName("followUpDue")
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setCalendarPopup(True)
        due_row = QWidget()
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.due, 1)
        self.shortcut_buttons: list[QPushButton] = []
        for text, amount, unit in SHORTCUTS:
            button = QPushButton(self.tr(text))
            button.setObjectName(f"followUpIn{amount}{unit.capitalize()}")
            button.setAccessibleName(self.tr(text))
            button.setAutoDefault(False)
            button.clicked.connect(
                lambda _c=False, a=amount, u=unit: self.due.setDate(
                    formatting.qdate(due_in(clock.today(), a, u))
                )
            )
            due_layout.addWidget(button)
            self.shortcut_buttons.append(button)

        self.has_time = QCheckBox(self.tr("At"))
        self.has_time.setObjectName("followUpHasTime")
        self.has_time.setAccessibleName(self.tr("At a set time"))
        self.time = QTimeEdit(QTime(9, 0))
        self.time.setObjectName("followUpTime")
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setEnabled(False)
        self.has_time.toggled.connect(self.time.setEnabled)
        time_row = QWidget()
        time_layout = QHBoxLayout(time_row)
        time_layout.setContentsMargins(0, 0, 0, 0)
        time_layout.addWidget(self.has_time)
        time_layout.addWidget(self.time)
        time_layout.addStretch(1)

        self.repeat = QCheckBox(self.tr("Every"))
        self.repeat.setObjectName("followUpRepeat")
        self.repeat.setAccessibleName(self.tr("Repeat"))
        self.every = QSpinBox()
        self.every.setObjectName("followUpEvery")
        self.every.setAccessibleName(self.tr("Repeat every"))
        self.every.setRange(1, MAX_RECURRENCE)
        self.unit = QComboBox()
        self.unit.setObjectName("followUpUnit")
        self.unit.setAccessibleName(self.tr("Repeat unit"))
        for key in RECURRENCE_UNITS:
            self.unit.addItem(formatting.label(formatting.RECURRENCE_TEXT, key), key)
        self.unit.setCurrentIndex(self.unit.findData("month"))
        for widget in (self.every, self.unit):
            widget.setEnabled(False)
            self.repeat.toggled.connect(widget.setEnabled)
        repeat_row = QWidget()
        repeat_layout = QHBoxLayout(repeat_row)
        repeat_layout.setContentsMargins(0, 0, 0, 0)
        repeat_layout.addWidget(self.repeat)
        repeat_layout.addWidget(self.every)
        repeat_layout.addWidget(self.unit)
        repeat_layout.addStretch(1)

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("followUpNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)

        self.add_row("kind", self.tr("&Kind"), self.kind)
        self.add_row("title", self.tr("&What"), self.title_edit)
        self.add_row("due_date", self.tr("&Due"), due_row)
        self.add_row("due_time", self.tr("T&ime"), time_row)
        self.add_row("recurrence_interval", self.tr("&Repeat"), repeat_row, "recurrence_unit")
        self.add_row("notes", self.tr("N&otes"), self.notes)
        self.title_edit.setFocus()
        self.resize(560, self.sizeHint().height())

    def load(self, followup_id: int) -> None:
        """Edit an open follow-up: every field filled in from what is saved."""
        item = followups.get_followup(followup_id)
        self.followup_id = followup_id
        self.setWindowTitle(
            QCoreApplication.translate("FollowUpDialog", "Edit follow-up") + f" — {item.contact_name}"
        )
        self.kind.setCurrentIndex(max(self.kind.findData(item.kind), 0))
        self.title_edit.setText(item.title)
        self.due.setDate(formatting.qdate(item.due_date))
        self.has_time.setChecked(item.due_time is not None)
        if item.due_time is not None:
            self.time.setTime(QTime(item.due_time.hour, item.due_time.minute))
        self.repeat.setChecked(item.recurrence_unit is not None)
        if item.recurrence_unit is not None:
            self.unit.setCurrentIndex(max(self.unit.findData(item.recurrence_unit), 0))
            self.every.setValue(item.recurrence_interval or 1)
        self.notes.setPlainText(item.notes)

    def due_date(self) -> date:
        qd: QDate = self.due.date()
        return date(qd.year(), qd.month(), qd.day())

    def save(self) -> int:
        qt = self.time.time()
        repeat = self.repeat.isChecked()
        followup_id = getattr(self, "followup_id", None)
        if followup_id is not None:
            return followups.edit_followup(
                followup_id,
                kind=self.kind.currentData(),
                title=self.title_edit.text(),
                due_date=self.due_date(),
                due_time=time(qt.hour(), qt.minute()) if self.has_time.isChecked() else None,
                notes=self.notes.toPlainText(),
                recurrence_unit=self.unit.currentData() if repeat else None,
                recurrence_interval=self.every.value() if repeat else None,
            ).id
        return followups.create_followup(
            contact_id=self.contact_id,
            kind=self.kind.currentData(),
            title=self.title_edit.text(),
            due_date=self.due_date(),
            due_time=time(qt.hour(), qt.minute()) if self.has_time.isChecked() else None,
            notes=self.notes.toPlainText(),
            recurrence_unit=self.unit.currentData() if repeat else None,
            recurrence_interval=self.every.value() if repeat else None,
            interaction_id=self.interaction_id,
            deal_id=self.deal_id,
        ).id

    @classmethod
    def add_for(
        cls,
        parent: QWidget | None,
        contact_id: int,
        kind: str | None = None,
        *,
        interaction_id: int | None = None,
        deal_id: int | None = None,
    ) -> int | None:
        """Ask for a new follow-up; its id, or None if cancelled."""
        dialog = cls(parent, contact_id, kind, interaction_id=interaction_id, deal_id=deal_id)
        return dialog.saved_id if dialog.exec() else None

    @classmethod
    def edit(cls, parent: QWidget | None, followup_id: int) -> int | None:
        """Edit an open follow-up; its id, or None if cancelled."""
        dialog = cls(parent, followups.get_followup(followup_id).contact_id)
        dialog.load(followup_id)
        return dialog.saved_id if dialog.exec() else None
