"""IntroductionDialog: record "I introduced A to B" or "A introduced me to B".

Saving records the introduction (``services.introductions``) and, in the same click, can add a
networking follow-up with each side (``services.followups``). Also home of
``IntroductionChainView``, a small browsable "who introduced whom" list the contact page can
embed.

Signals (IntroductionChainView):
    contactActivated(int): the user opened a person in the chain.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal import clock
from journal.db.models import INTRODUCTION_OUTCOMES
from journal.services import followups, introductions, networking
from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError
from journal.ui.dialogs.contact_picker import ContactPicker
from journal.ui.dialogs.form import FormDialog

OUTCOME_TEXT = {
    "pending": QT_TRANSLATE_NOOP("IntroductionDialog", "Pending"),
    "met": QT_TRANSLATE_NOOP("IntroductionDialog", "They met"),
    "business": QT_TRANSLATE_NOOP("IntroductionDialog", "Business came of it"),
}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class IntroductionDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        person_a_id: int | None = None,
        person_b_id: int | None = None,
        direction: str = "i_introduced",
    ) -> None:
        super().__init__(parent, self.tr("Record an introduction"), "introductionDialog")
        self.introduction_id: int | None = None
        self.followup_ids: list[int] = []

        self.i_introduced = QRadioButton(self.tr("I introduced A to B"))
        self.i_introduced.setObjectName("iIntroduced")
        self.i_introduced.setAccessibleName(self.tr("I introduced A to B"))
        self.introduced_me = QRadioButton(self.tr("A introduced me to B"))
        self.introduced_me.setObjectName("introducedMe")
        self.introduced_me.setAccessibleName(self.tr("A introduced me to B"))
        group = QButtonGroup(self)
        group.addButton(self.i_introduced)
        group.addButton(self.introduced_me)
        (self.introduced_me if direction == "introduced_me" else self.i_introduced).setChecked(True)
        direction_row = QWidget()
        direction_layout = QHBoxLayout(direction_row)
        direction_layout.setContentsMargins(0, 0, 0, 0)
        direction_layout.addWidget(self.i_introduced)
        direction_layout.addWidget(self.introduced_me)
        direction_layout.addStretch(1)

        self.person_a = ContactPicker(self)
        self.person_a.setObjectName("introductionPersonA")
        self.person_a.edit.setObjectName("introductionPersonAEdit")
        self.person_a.edit.setAccessibleName(self.tr("Person A"))
        self.person_b = ContactPicker(self)
        self.person_b.setObjectName("introductionPersonB")
        self.person_b.edit.setObjectName("introductionPersonBEdit")
        self.person_b.edit.setAccessibleName(self.tr("Person B"))
        if person_a_id is not None:
            self.person_a.set_contact(person_a_id)
        if person_b_id is not None:
            self.person_b.set_contact(person_b_id)

        self.when = QDateEdit(_qdate(clock.today()))
        self.when.setObjectName("introductionDate")
        self.when.setAccessibleName(self.tr("Date of the introduction"))
        self.when.setCalendarPopup(True)
        self.context_edit = QLineEdit()
        self.context_edit.setObjectName("introductionContext")
        self.context_edit.setAccessibleName(self.tr("Context"))
        self.context_edit.setPlaceholderText(self.tr("Why they should meet…"))
        self.outcome = QComboBox()
        self.outcome.setObjectName("introductionOutcome")
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for key in INTRODUCTION_OUTCOMES:
            self.outcome.addItem(self.tr(OUTCOME_TEXT[key]), key)

        self.follow_up = QCheckBox(self.tr("Follow up with both of them in"))
        self.follow_up.setObjectName("introductionFollowUp")
        self.follow_up.setAccessibleName(self.tr("Create a follow-up with each person"))
        self.follow_up.setChecked(True)
        self.follow_up_days = QSpinBox()
        self.follow_up_days.setObjectName("introductionFollowUpDays")
        self.follow_up_days.setAccessibleName(self.tr("Days until the follow-ups"))
        self.follow_up_days.setRange(1, 365)
        self.follow_up_days.setValue(7)
        self.follow_up_days.setSuffix(" " + self.tr("days"))
        self.follow_up.toggled.connect(self.follow_up_days.setEnabled)
        follow_row = QWidget()
        follow_layout = QHBoxLayout(follow_row)
        follow_layout.setContentsMargins(0, 0, 0, 0)
        follow_layout.addWidget(self.follow_up)
        follow_layout.addWidget(self.follow_up_days)
        follow_layout.addStretch(1)

        self.add_row("direction", self.tr("What happened"), direction_row)
        self.add_row("person_a_id", self.tr("Person &A"), self.person_a)
        self.add_row("person_b_id", self.tr("Person &B"), self.person_b)
        self.add_row("occurred_on", self.tr("&Date"), self.when)
        self.add_row("context", self.tr("&Context"), self.context_edit)
        self.add_row("outcome", self.tr("&Outcome"), self.outcome)
        self.add_row("due_date", self.tr("Follow-ups"), follow_row)
        self.resize(560, self.sizeHint().height())

    def direction(self) -> str:
        return "introduced_me" if self.introduced_me.isChecked() else "i_introduced"

    def save(self) -> int | None:
        a, b = self.person_a.contact_id(), self.person_b.contact_id()
        for field, value in (("person_a_id", a), ("person_b_id", b)):
            if value is None:
                raise ValidationError(
                    field, QT_TRANSLATE_NOOP("Validation", "Choose a contact from the list.")
                )
        assert a is not None and b is not None
        qday = self.when.date()
        saved = introductions.record_introduction(
            direction=self.direction(),
            person_a_id=a,
            person_b_id=b,
            occurred_on=date(qday.year(), qday.month(), qday.day()),
            context=self.context_edit.text(),
            outcome=self.outcome.currentData(),
        )
        self.introduction_id = saved.id
        if self.follow_up.isChecked():
            due = clock.today() + timedelta(days=self.follow_up_days.value())
            if saved.direction == "i_introduced":
                titles = (
                    (a, self.tr("Ask {a} how it went with {b}")),
                    (b, self.tr("Ask {b} how it went with {a}")),
                )
            else:
                titles = (
                    (a, self.tr("Thank {a} for the introduction to {b}")),
                    (b, self.tr("Follow up with {b} (introduced by {a})")),
                )
            for contact_id, title in titles:
                self.followup_ids.append(
                    followups.create_followup(
                        contact_id=contact_id,
                        kind="networking",
                        title=title.format(a=saved.person_a_name, b=saved.person_b_name),
                        due_date=due,
                    ).id
                )
        return saved.id


class IntroductionChainView(QWidget):
    """Who introduced a contact, who introduced that person, … and whom the contact introduced
    me to. Activating a person re-centres the view on them (and emits ``contactActivated``)."""

    contactActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("introductionChainView")
        self.contact_id: int | None = None
        self.chain_label = QLabel(self.tr("Introduced by"))
        self.chain = QListWidget()
        self.chain.setObjectName("introductionChainList")
        self.chain.setAccessibleName(self.tr("Introduced-by chain"))
        self.chain_label.setBuddy(self.chain)
        self.introduced_label = QLabel(self.tr("Introduced me to"))
        self.introduced = QListWidget()
        self.introduced.setObjectName("introducedByContactList")
        self.introduced.setAccessibleName(self.tr("People this contact introduced me to"))
        self.introduced_label.setBuddy(self.introduced)
        for widget in (self.chain, self.introduced):
            widget.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (self.chain_label, self.chain, self.introduced_label, self.introduced):
            layout.addWidget(part)

    def show_contact(self, contact_id: int) -> None:
        self.contact_id = contact_id
        self.chain.clear()
        self.introduced.clear()
        chain = networking.introduction_chain(contact_id)
        for depth, ref in enumerate(chain[1:], start=1):
            item = QListWidgetItem("  " * (depth - 1) + "↑ " + ref.name)
            item.setData(Qt.ItemDataRole.UserRole, ref.id)
            self.chain.addItem(item)
        if len(chain) <= 1:
            self.chain.addItem(self.tr("Nobody recorded"))
        for ref in networking.introduced_by_contact(contact_id):
            item = QListWidgetItem(ref.name)
            item.setData(Qt.ItemDataRole.UserRole, ref.id)
            self.introduced.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        contact_id = item.data(Qt.ItemDataRole.UserRole)
        if contact_id is not None:
            self.show_contact(int(contact_id))
            self.contactActivated.emit(int(contact_id))
