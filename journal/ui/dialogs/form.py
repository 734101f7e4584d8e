"""A form dialog whose validation messages appear under the offending field.

Subclasses add rows with ``add_row(field, label, widget)`` (``field`` is the
name a service's ``ValidationError.field`` uses) and implement ``save()``,
which calls the services and returns the saved id; ``accept`` shows any
``JournalError`` next to its field and keeps the dialog open. ``run()`` shows the
dialog and returns the saved id, or None when it was cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journal.services.errors import JournalError, ValidationError
from journal.ui import ask, formatting


def error_label(name: str) -> QLabel:
    """A hidden, word-wrapped error message label named ``<name>Error``."""
    label = QLabel()
    label.setObjectName(f"{name}Error")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {formatting.health_color('overdue').name()};")
    label.setVisible(False)
    return label


class FormDialog(QDialog):
    """A Save/Cancel form whose service errors appear under the field they are about."""

    def __init__(
        self, parent: QWidget | None, title: str, object_name: str, *, grow_fields: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.saved_id: int | None = None
        self._errors: dict[str, QLabel] = {}
        self._aliases: dict[str, str] = {}
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
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.buttons)

    def add_row(self, field: str, label: str, widget: QWidget, *aliases: str) -> QWidget:
        """A labelled field with its (hidden) error message underneath."""
        error = error_label(field)
        self._errors[field] = error
        for alias in aliases:
            self._aliases[alias] = field
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        inner.addWidget(error)
        box.setFocusProxy(widget)
        self.form.addRow(label, box)
        return box

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

    def save(self) -> int | None:  # pragma: no cover - subclasses implement
        raise NotImplementedError

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
        super().accept()
