"""Saving a quick capture and taking it back: Enter writes the entry (and its follow-up, new
contact, introduction) in one transaction; Undo puts it in the trash."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QPushButton

from journal.capture.model import AMBIGUOUS, Capture, Person
from journal.capture.save import SavedCapture, save_capture, undo_capture
from journal.services import drafts
from journal.services.errors import JournalError
from journal.ui import ask, formatting
from journal.ui.mixin import WidgetMixin

DRAFT_KEY = "capture"


class SavingCapture(WidgetMixin):
    """Mixin of ``QuickCaptureWindow`` (before the Qt class): Enter saves, Undo takes it back."""

    saved: ClassVar[Signal]
    undone: ClassVar[Signal]
    capture: Capture | None
    chosen: Person | None
    last_saved: SavedCapture | None
    _parse_timer: QTimer
    text: QLineEdit
    problems: QLabel
    candidates: QListWidget
    add_person: QCheckBox
    introduction: QCheckBox
    status: QLabel
    undo_button: QPushButton

    # The window's own, which these use:
    def reparse(self) -> None:
        raise NotImplementedError

    def can_save(self) -> bool:
        """Whether Enter would save now."""
        return self.capture is not None and self.capture.can_save(
            create_person=self.add_person.isVisible() and self.add_person.isChecked()
        )

    def save(self) -> SavedCapture | None:
        """Enter: write the entry (and follow-up, new contact, introduction) in one transaction."""
        if self._parse_timer.isActive() or (self.text.text().strip() and self.capture is None):
            self._parse_timer.stop()
            self.reparse()  # typed faster than it was read
        capture = self.capture
        if capture is None or not self.can_save():
            self._point_at_problem()
            return None
        try:
            saved = save_capture(
                capture,
                create_person=self.add_person.isVisible() and self.add_person.isChecked(),
                record_introduction=self.introduction.isVisible() and self.introduction.isChecked(),
            )
        except JournalError as error:
            self.problems.setText(ask.error_text(error))
            self.problems.setVisible(True)
            return None
        self.last_saved = saved
        self.chosen = None
        self.text.clear()
        drafts.discard_draft(DRAFT_KEY)
        self._say_saved(saved, capture)
        self.saved.emit(saved)
        return saved

    def _say_saved(self, saved: SavedCapture, capture: Capture) -> None:
        parts = [self.tr("entry “{summary}”").format(summary=capture.summary)]
        if saved.followup_id is not None and capture.followup is not None:
            parts.append(
                self.tr("follow-up on {day}").format(day=formatting.short_date(capture.followup.due_date))
            )
        if saved.introduction_id is not None:
            parts.append(self.tr("the introduction"))
        if saved.contact_created:
            parts.append(self.tr("a new contact"))
        self.status.setText(
            self.tr("Saved for {name}: {what}.").format(name=saved.contact_name, what=", ".join(parts))
        )
        self.undo_button.setVisible(True)

    def _point_at_problem(self) -> None:
        if (
            self.candidates.isVisible()
            and self.capture is not None
            and self.capture.person.status == AMBIGUOUS
        ):
            self.candidates.setFocus()
            self.candidates.setCurrentRow(max(self.candidates.currentRow(), 0))
        elif self.add_person.isVisible():
            self.add_person.setFocus()
        self.problems.setVisible(bool(self.problems.text()))

    def undo(self) -> None:
        """Take back the last capture (to the trash, from where it can be restored)."""
        saved = self.last_saved
        if saved is None:
            return
        try:
            undo_capture(saved)
        except JournalError as error:
            ask.show_error(self, self.tr("Cannot undo"), ask.error_text(error))
            return
        self.last_saved = None
        self.status.setText(self.tr("Taken back: it is in the trash if you want it again."))
        self.undo_button.setVisible(False)
        self.undone.emit(saved)

    def _undo_key(self) -> None:
        """Ctrl+Z: undo typing while there is text; with an empty line, the last capture."""
        if self.text.text():
            self.text.undo()
        else:
            self.undo()

    def _clear_status(self) -> None:
        self.status.setText(self.tr("Enter saves. Esc closes and keeps what you typed."))
        self.undo_button.setVisible(False)
