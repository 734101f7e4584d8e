"""A form dialog whose validation messages appear under the offending field, that never drops
typed text without asking, and keeps a draft of it in the journal.

Subclasses add rows with ``add_row(field, label, widget)`` (``field`` is the name a service's
``ValidationError.field`` uses; ``check=`` re-validates the field while the user fixes it) and
implement ``save()``, which calls the services and returns the saved id; ``accept`` shows any
``JournalError`` next to its field and keeps the dialog open. ``run()`` shows the dialog and
returns the saved id, or None when it was cancelled.

Never losing a word: Escape, Cancel or the close button on a form whose fields differ from
what it opened with asks "Discard this entry? / Keep editing" (``journal.ui.ask``). A form
given a ``draft_key`` (``keep_drafts(key)``, e.g. "interaction.new.12": a new entry for
contact 12) also saves what it holds as a draft while the user types (``services.drafts``,
in the journal file, so a quit or a crash loses nothing); the next open of the same form
puts it back and says so, with a button to throw it away. Saving clears the draft.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QCloseEvent, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journal.services import drafts
from journal.services.errors import JournalError, ValidationError
from journal.ui import ask, formatting, widgets
from journal.ui.dates import local_qdatetime
from journal.ui.dialogs import form_state
from journal.ui.refresh import coalescing_timer

DRAFT_DELAY_MS = 400  # a pause in typing
TITLE_BAR_ROOM = 120  # the window buttons beside the title


class StayOpen(Exception):
    """Raised by ``save()`` when nothing is saved after all (the user said no to a question):
    the dialog stays open as it is."""


def error_label(name: str) -> QLabel:
    """A hidden, word-wrapped error message label named ``<name>Error``."""
    label = widgets.text_label(f"{name}Error")
    label.setStyleSheet(f"color: {formatting.health_color('overdue').name()};")
    label.setVisible(False)
    return label


class FormDialog(QDialog):
    """A Save/Cancel form: service errors under their field, a question before typed text is
    dropped, and (with ``keep_drafts``) a draft that survives closing, quitting and crashes."""

    def __init__(
        self, parent: QWidget | None, title: str, object_name: str, *, grow_fields: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.saved_id: int | None = None
        self.draft_key: str | None = None
        self._errors: dict[str, QLabel] = {}
        self._aliases: dict[str, str] = {}
        self._rows: dict[str, QWidget] = {}
        self._checks: dict[str, Callable[[], object]] = {}
        self._initial: dict[str, form_state.Value] | None = None
        self._loaded: dict[str, Any] | None = None  # the record's values once the form was filled
        self._watched: set[int] = set()
        self._closing_quietly = False
        self.form = QFormLayout()
        # Long forms keep short fields (spin boxes, combos) at their size; a small dialog of
        # a few fields lets them all take the width (grow_fields).
        self.form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
            if grow_fields
            else QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow
        )
        self.general_error = error_label("general")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("dialogButtons")
        # Not self.tr(): at run time that looks under the subclass's name first.
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveButton")
        save.setAccessibleName(QCoreApplication.translate("FormDialog", "Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(QCoreApplication.translate("FormDialog", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.draft_note = widgets.text_label("draftNote")
        self.draft_discard = widgets.push_button(
            "discardDraftButton",
            QCoreApplication.translate("FormDialog", "Start &over"),
            QCoreApplication.translate("FormDialog", "Throw the draft away and start over"),
            self.discard_draft,
        )
        self.draft_discard.setAutoDefault(False)
        self.draft_bar = widgets.side_by_side((self.draft_note, 1), self.draft_discard)
        self.draft_bar.setObjectName("draftBar")
        self.draft_bar.setVisible(False)
        self._draft_timer = coalescing_timer(self, self._keep_draft, DRAFT_DELAY_MS)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.draft_bar)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.buttons)

    # rows and messages ---------------------------------------------------------------------
    def add_row(
        self,
        field: str,
        label: str,
        widget: QWidget,
        *aliases: str,
        check: Callable[[], object] | None = None,
    ) -> QWidget:
        """A labelled field with its (hidden) error message underneath. ``check`` raises the
        service's ``ValidationError`` while the field is wrong: a message shown there goes as
        soon as it is right (without it, as soon as the field is changed)."""
        error = error_label(field)
        self._errors[field] = error
        for alias in aliases:
            self._aliases[alias] = field
        if check is not None:
            self._checks[field] = check
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        inner.addWidget(error)
        box.setFocusProxy(widget)
        self._rows[field] = box
        self.form.addRow(label, box)
        return box

    def set_check(self, field: str, check: Callable[[], object]) -> None:
        """Re-validate ``field`` with ``check`` while its message is shown (see ``add_row``)."""
        self._checks[field] = check

    def error_for(self, field: str) -> QLabel:
        return self._errors.get(self._aliases.get(field, field), self.general_error)

    def clear_errors(self) -> None:
        for label in (*self._errors.values(), self.general_error):
            label.clear()
            label.setVisible(False)

    def show_error(self, error: JournalError) -> None:
        field = error.field if isinstance(error, ValidationError) else ""
        self.show_message(ask.error_text(error), field)

    def show_message(self, text: str, field: str = "") -> None:
        """Say what is wrong under ``field`` (or under the form) and put the focus there."""
        label = self.error_for(field)
        label.setText(text)
        label.setVisible(True)
        owner = label.parentWidget()
        if owner is not None and owner is not self:
            focus = owner.findChildren(QWidget)
            if focus:
                focus[0].setFocus()

    def _field_edited(self, field: str) -> None:
        label = self._errors[field]
        if not label.isVisible():
            return
        check = self._checks.get(field)
        try:
            if check is not None:
                check()
        except ValidationError as error:
            label.setText(ask.error_text(error))
            return
        label.clear()
        label.setVisible(False)

    # watching the inputs -------------------------------------------------------------------
    def watch_inputs(self, root: QWidget | None = None) -> None:
        """Follow every input under ``root`` (default: the whole form) for drafts and for the
        messages under the fields. Call it again after adding fields (rows of a table)."""
        for widget in form_state.inputs(root or self):
            if id(widget) in self._watched:
                continue
            self._watched.add(id(widget))
            field = self._field_of(widget)
            for signal in form_state.change_signals(widget):
                signal.connect(self._draft_timer.start)
                if field is not None:
                    signal.connect(lambda *_args, f=field: self._field_edited(f))

    def _field_of(self, widget: QWidget) -> str | None:
        for field, box in self._rows.items():
            if box.isAncestorOf(widget):
                return field
        return None

    def showEvent(self, event: QShowEvent) -> None:
        if self._initial is None:
            self._initial = form_state.snapshot(self)
            self._restore_draft()
            self.watch_inputs()
            self._fit_title()
        super().showEvent(event)

    def _fit_title(self) -> None:
        """Wide enough for its own title (a dialog named after a person with a long name)."""
        font = self.font()
        font.setBold(True)
        needed = QFontMetrics(font).horizontalAdvance(self.windowTitle()) + TITLE_BAR_ROOM
        if self.width() < needed:
            self.resize(needed, self.height())

    # drafts and the question -----------------------------------------------------------------
    def keep_drafts(self, key: str) -> None:
        """Keep what this form holds as the draft ``key`` until it is saved or thrown away."""
        self.draft_key = key

    def changed(self) -> bool:
        """Whether the form holds anything the user typed or chose since it opened."""
        if self._initial is None:
            return False
        return form_state.typed_text(self._initial, form_state.snapshot(self))

    def _keep_draft(self) -> None:
        if self.draft_key is None or self._initial is None or not self.isVisible():
            return
        if self.changed():
            drafts.save_draft(self.draft_key, form_state.snapshot(self))
        else:
            drafts.discard_draft(self.draft_key)

    def _restore_draft(self) -> None:
        if self.draft_key is None:
            return
        draft = drafts.load_draft(self.draft_key)
        if draft is None:
            return
        self.restore_state(draft.values)
        when = QLocale().toString(local_qdatetime(draft.saved_at), QLocale.FormatType.ShortFormat)
        self.draft_note.setText(
            QCoreApplication.translate("FormDialog", "Restored what you had typed ({when}).").format(
                when=when
            )
        )
        self.draft_bar.setVisible(True)

    def restore_state(self, state: dict[str, form_state.Value]) -> None:
        """Put a form state back (subclasses with rows added at run time add them first)."""
        form_state.restore(self, state)

    def discard_draft(self) -> None:
        """ "Start over": the form as it opened, the draft gone."""
        if self._initial is not None:
            self.restore_state(self._initial)
        if self.draft_key is not None:
            drafts.discard_draft(self.draft_key)
        self.draft_bar.setVisible(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The title bar's close button asks like Cancel; a close from the app itself (quitting,
        the window going away) cannot ask: it keeps the draft instead."""
        if not event.spontaneous():
            self._closing_quietly = True
            if self.draft_key is not None and self.changed():
                drafts.save_draft(self.draft_key, form_state.snapshot(self))
        try:
            super().closeEvent(event)
        finally:
            self._closing_quietly = False

    def reject(self) -> None:
        """Cancel, Escape or the close button: never drops typed text without asking."""
        self._draft_timer.stop()
        if self.changed() and not self._closing_quietly:
            answer = ask.discard_entry(self, can_keep_draft=self.draft_key is not None)
            if answer == ask.KEEP_EDITING:
                return
            if answer == ask.KEEP_DRAFT and self.draft_key is not None:
                drafts.save_draft(self.draft_key, form_state.snapshot(self))
            elif self.draft_key is not None:
                drafts.discard_draft(self.draft_key)
        super().reject()

    # saving --------------------------------------------------------------------------------
    def save(self) -> int | None:  # pragma: no cover - subclasses implement
        raise NotImplementedError

    # editing a record that others may change meanwhile ------------------------------------------
    def remember_loaded(self, values: Mapping[str, Any]) -> None:
        """The record's values as the form shows them once filled (what ``edited`` compares with)."""
        self._loaded = dict(values)

    def edited(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Of ``values`` (the form's, as its save builds them), those the user changed since
        ``remember_loaded``. An edit saves only these: what sync or another program changed in the
        record's other fields while the form was open is kept, not written back as it was."""
        loaded = self._loaded
        if loaded is None:
            return dict(values)
        return {name: value for name, value in values.items() if name not in loaded or loaded[name] != value}

    def run(self) -> int | None:
        """Show the dialog; the saved id, or None if it was cancelled."""
        return self.saved_id if self.exec() else None

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.saved_id = self.save()
        except JournalError as error:
            self.show_error(error)
            return
        except StayOpen:
            return
        self._draft_timer.stop()
        if self.draft_key is not None:
            drafts.discard_draft(self.draft_key)
        super().accept()
