"""What the quick capture window shows it understood: the line with its parts marked, the
details in words, whom an @name could be (or the offer to add them), the introduction."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QListWidget, QListWidgetItem, QPushButton

from journal.capture.model import AMBIGUOUS, UNKNOWN, Capture, Person
from journal.capture.problems import describe
from journal.ui import widgets
from journal.ui.capture import preview
from journal.ui.mixin import WidgetMixin

PersonRole = Qt.ItemDataRole.UserRole + 1


class ShowsUnderstanding(WidgetMixin):
    """Mixin of ``QuickCaptureWindow`` (before the Qt class): shows a read line, and the choice of person."""

    capture: Capture | None
    chosen: Person | None
    _chosen_for: str
    _choices: list[Person]
    marked: QLabel
    details: QFormLayout
    problems: QLabel
    candidates_label: QLabel
    candidates: QListWidget
    add_person: QCheckBox
    introduction: QCheckBox
    others: QLabel
    save_button: QPushButton
    can_save: Callable[[], bool]  # SavingCapture's

    # The window's own, which these use:
    def reparse(self) -> None:
        raise NotImplementedError

    def _show(self, capture: Capture | None) -> None:
        while self.details.rowCount():
            self.details.removeRow(0)
        if capture is None:
            self.marked.setText(
                self.tr(
                    "Name the person with @; add #sales or #networking, a date, "
                    "“gave advice”, “objection price”, “follow up next tuesday”…"
                )
            )
            for widget in (self.problems, self.candidates_label, self.candidates, self.add_person):
                widget.setVisible(False)
            self.introduction.setVisible(False)
            self.others.setVisible(False)
            self.save_button.setEnabled(False)
            return
        self.marked.setText(preview.marked_line(capture, self.palette()))
        for label, value in preview.rows(capture):
            shown = widgets.text_label("captureRowValue", value)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            self.details.addRow(label, shown)
        self._show_person(capture)
        self._show_introduction(capture)
        trouble = preview.problems(
            capture, creating=self.add_person.isChecked() and self.add_person.isVisible()
        )
        self.problems.setText("\n".join(trouble))
        self.problems.setVisible(bool(trouble))
        self.save_button.setEnabled(self.can_save())

    def _show_person(self, capture: Capture) -> None:
        match = capture.person
        if self.chosen is not None:
            candidates = self._choices  # keep the list while choosing in it
        elif match.status in (AMBIGUOUS, UNKNOWN):
            candidates = list(match.candidates)
            self._choices = candidates
        else:
            candidates = []
        shown = [self.candidates.item(row).data(PersonRole) for row in range(self.candidates.count())]
        if [p.id for p in shown] != [p.id for p in candidates]:
            self.candidates.blockSignals(True)
            self.candidates.clear()
            for person in candidates:
                item = QListWidgetItem(describe(person))
                item.setData(PersonRole, person)
                self.candidates.addItem(item)
            self.candidates.blockSignals(False)
        self.candidates.setVisible(bool(candidates))
        if self.chosen is not None:
            self.candidates_label.setText(
                self.tr("For {name}. Enter saves; ↑↓ to choose another.").format(name=self.chosen.name)
            )
        elif match.status == AMBIGUOUS:
            self.candidates_label.setText(
                self.tr("Which “{name}”? ↓ to choose, Enter to save.").format(name=match.typed)
            )
        elif candidates:
            self.candidates_label.setText(self.tr("Did you mean one of these? ↓ to choose."))
        self.candidates_label.setVisible(bool(candidates))
        unknown = match.status == UNKNOWN
        self.add_person.setText(self.tr("&Add “{name}” as a new contact").format(name=match.typed))
        self.add_person.setVisible(unknown)

    def _show_introduction(self, capture: Capture) -> None:
        plan = capture.introduction
        person = capture.person.person
        if plan is not None and person is not None:
            text = (
                self.tr("Also &record: I introduced {a} to {b}")
                if plan.direction == "i_introduced"
                else self.tr("Also &record: {a} introduced me to {b}")
            )
            self.introduction.setText(text.format(a=person.name, b=plan.other.name))
        self.introduction.setVisible(plan is not None)
        unknown = [f"@{m.typed}" for m in capture.unknown_others]
        self.others.setText(
            self.tr("{names}: not one of your contacts, so nothing is recorded about them.").format(
                names=", ".join(unknown)
            )
            if unknown
            else ""
        )
        self.others.setVisible(bool(unknown))

    def _candidate_chosen(self, item: QListWidgetItem | None) -> None:
        person = item.data(PersonRole) if item is not None else None
        if not isinstance(person, Person) or self.capture is None:
            return
        self.chosen = person
        self._chosen_for = self.capture.person.typed
        self.add_person.setChecked(False)
        self.reparse()
