"""IntroductionDialog: record "I introduced A to B" or "A introduced me to B".

Saving records the introduction (``services.introductions``) and, in the same click, can add a
networking follow-up with each side (``services.followups``). Also home of
``IntroductionChainView``, a small browsable "who introduced whom" list the contact page can
embed.

Signals (IntroductionChainView):
    contactActivated(int): the user opened a person in the chain.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from journal import clock
from journal.db.models import INTRODUCTION_OUTCOMES
from journal.services import contacts, networking, together
from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError
from journal.ui import widgets
from journal.ui.dates import pydate, qdate
from journal.ui.dialogs.contact_picker import ContactPicker
from journal.ui.dialogs.form import FormDialog

OUTCOME_TEXT = {
    "pending": QT_TRANSLATE_NOOP("IntroductionDialog", "Pending"),
    "met": QT_TRANSLATE_NOOP("IntroductionDialog", "They met"),
    "business": QT_TRANSLATE_NOOP("IntroductionDialog", "Business came of it"),
}


class IntroductionDialog(FormDialog):
    """Record an introduction (I introduced A to B, or A introduced me to B), with follow-ups."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        person_a_id: int | None = None,
        person_b_id: int | None = None,
        direction: str = "i_introduced",
    ) -> None:
        super().__init__(parent, self.tr("Record an introduction"), "introductionDialog")
        if person_a_id is not None:  # opened from a contact: say whose introduction it is
            name = contacts.get_contact(person_a_id).name
            self.setWindowTitle(f"{self.windowTitle()} — {name}")
        self.introduction_id: int | None = None
        self.followup_ids: list[int] = []
        self.keep_drafts(f"introduction.new.{person_a_id or ''}")

        self.i_introduced = widgets.named(
            QRadioButton(self.tr("I introduced A to B")), "iIntroduced", self.tr("I introduced A to B")
        )
        self.introduced_me = widgets.named(
            QRadioButton(self.tr("A introduced me to B")), "introducedMe", self.tr("A introduced me to B")
        )
        group = QButtonGroup(self)
        group.addButton(self.i_introduced)
        group.addButton(self.introduced_me)
        (self.introduced_me if direction == "introduced_me" else self.i_introduced).setChecked(True)
        self.person_a = self._picker("introductionPersonA", self.tr("Person A"), person_a_id)
        self.person_b = self._picker("introductionPersonB", self.tr("Person B"), person_b_id)
        self.when = widgets.date_edit(
            "introductionDate", self.tr("Date of the introduction"), qdate(clock.today())
        )
        self.context_edit = widgets.line_edit(
            "introductionContext", self.tr("Context"), placeholder=self.tr("Why they should meet…")
        )
        self.outcome = widgets.combo_box(
            "introductionOutcome",
            self.tr("Outcome"),
            [(self.tr(OUTCOME_TEXT[key]), key) for key in INTRODUCTION_OUTCOMES],
        )
        follow_row = self._follow_up_row()
        self.add_row(
            "direction",
            self.tr("What happened"),
            widgets.side_by_side(self.i_introduced, self.introduced_me, None),
        )
        self.add_row("person_a_id", self.tr("Person &A"), self.person_a)
        self.add_row("person_b_id", self.tr("Person &B"), self.person_b)
        self.add_row("occurred_on", self.tr("&Date"), self.when)
        self.add_row("context", self.tr("&Context"), self.context_edit)
        self.add_row("outcome", self.tr("&Outcome"), self.outcome)
        self.add_row("due_date", self.tr("Follow-ups"), follow_row)
        self.resize(560, self.sizeHint().height())

    def _follow_up_row(self) -> QWidget:
        """ "Follow up with both of them in [7] days"."""
        self.follow_up = widgets.check_box(
            "introductionFollowUp",
            self.tr("Follow up with both of them in"),
            self.tr("Create a follow-up with each person"),
            checked=True,
        )
        self.follow_up_days = widgets.spin_box(
            "introductionFollowUpDays",
            self.tr("Days until the follow-ups"),
            1,
            365,
            suffix=" " + self.tr("days"),
        )
        self.follow_up_days.setValue(7)
        widgets.enabled_by(self.follow_up, self.follow_up_days)
        return widgets.side_by_side(self.follow_up, self.follow_up_days, None)

    def _picker(self, name: str, accessible: str, contact_id: int | None) -> ContactPicker:
        picker = ContactPicker(self)
        picker.setObjectName(name)
        widgets.named(picker.edit, f"{name}Edit", accessible)
        if contact_id is not None:
            picker.set_contact(contact_id)
        return picker

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
        # the introduction and its follow-ups in one transaction: all are saved, or none
        recorded = together.introduce_with_followups(
            direction=self.direction(),
            person_a_id=a,
            person_b_id=b,
            occurred_on=pydate(self.when.date()),
            context=self.context_edit.text(),
            outcome=self.outcome.currentData(),
            follow_ups=self._follow_up_plans(a, b) if self.follow_up.isChecked() else (),
        )
        self.introduction_id = recorded.introduction.id
        self.followup_ids = [f.id for f in recorded.followups]
        return recorded.introduction.id

    def _follow_up_plans(self, a: int, b: int) -> list[together.FollowUpPlan]:
        """A networking follow-up with each side (``a`` and ``b``), on the same click."""
        due = clock.today() + timedelta(days=self.follow_up_days.value())
        if self.direction() == "i_introduced":
            titles = (
                (a, self.tr("Ask {a} how it went with {b}")),
                (b, self.tr("Ask {b} how it went with {a}")),
            )
        else:
            titles = (
                (a, self.tr("Thank {a} for the introduction to {b}")),
                (b, self.tr("Follow up with {b} (introduced by {a})")),
            )
        names = {"a": contacts.get_contact(a).name, "b": contacts.get_contact(b).name}
        return [
            together.FollowUpPlan(title.format(**names), due, contact_id=contact_id)
            for contact_id, title in titles
        ]


class IntroductionChainView(QWidget):
    """Who introduced a contact, who introduced that person, … and whom they introduced me to.

    Activating a person re-centres the view on them.

    Signals:
        contactActivated(int): a person in the chain was opened; their id.
    """

    contactActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("introductionChainView")
        self.contact_id: int | None = None
        self.chain_label = QLabel(self.tr("Introduced by"))
        self.chain = widgets.named(QListWidget(), "introductionChainList", self.tr("Introduced-by chain"))
        self.chain_label.setBuddy(self.chain)
        self.introduced_label = QLabel(self.tr("Introduced me to"))
        self.introduced = widgets.named(
            QListWidget(), "introducedByContactList", self.tr("People this contact introduced me to")
        )
        self.introduced_label.setBuddy(self.introduced)
        for widget in (self.chain, self.introduced):
            widget.itemActivated.connect(self._activated)
        widgets.vbox(
            self.chain_label, self.chain, self.introduced_label, self.introduced, parent=self, margins=0
        )

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
