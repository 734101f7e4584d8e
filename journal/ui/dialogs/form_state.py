"""What a form holds, as plain values: to tell whether the user changed anything, to keep it
as a draft and to put it back.

``snapshot(root)`` reads every named input under ``root`` (line and text edits, combo boxes,
check and radio buttons, spin boxes, date and time editors, contact pickers) into a dict
``{objectName: value}`` of JSON-able values; ``restore(root, state)`` writes such a dict
back (names it does not find are skipped); ``change_signals(widget)`` lists the signals
that say an input changed. New kinds of field need nothing here as long as they are made
of these widgets.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from journal.ui.dialogs.contact_picker import ContactPicker

Value = str | int | float | bool | list[Any] | None


def inputs(root: QWidget) -> list[QWidget]:
    """The named inputs under ``root``, each once (a picker stands for its own line edit)."""
    found: list[QWidget] = []
    pickers = root.findChildren(ContactPicker)
    inside = {id(child) for picker in pickers for child in picker.findChildren(QWidget)}
    for widget in root.findChildren(QWidget):
        if id(widget) in inside or not widget.objectName() or widget.objectName().startswith("qt_"):
            continue
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # the editor inside a spin box or an editable combo
        if (
            isinstance(widget, ContactPicker | QLineEdit | QPlainTextEdit | QTextEdit | QComboBox)
            or (isinstance(widget, QAbstractButton) and widget.isCheckable())
            or isinstance(widget, QSpinBox | QDoubleSpinBox | QDateTimeEdit)
        ):
            found.append(widget)
    return found


def read(widget: QWidget) -> Value:
    """One input's value as plain data."""
    if isinstance(widget, ContactPicker):
        return [widget.contact_id(), widget.edit.text()]
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentIndex()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString("yyyy-MM-ddTHH:mm:ss")
    return None


def write(widget: QWidget, value: Value) -> None:
    """Put a value read by ``read`` back into ``widget`` (a value of the wrong shape is skipped)."""
    if isinstance(widget, ContactPicker) and isinstance(value, list) and len(value) == 2:
        contact_id, text = value
        widget.set_contact(int(contact_id) if isinstance(contact_id, int) else None, str(text))
        if contact_id is None:
            widget.edit.setText(str(text))
    elif isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit | QTextEdit) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox):
        if widget.isEditable() and isinstance(value, str):
            widget.setCurrentText(value)
        elif isinstance(value, int) and not isinstance(value, bool) and 0 <= value < widget.count():
            widget.setCurrentIndex(value)
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        widget.setChecked(value)
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QDoubleSpinBox) and isinstance(value, int | float):
        widget.setValue(float(value))
    elif isinstance(widget, QDateTimeEdit) and isinstance(value, str):
        moment = QDateTime.fromString(value, "yyyy-MM-ddTHH:mm:ss")
        if moment.isValid():
            widget.setDateTime(moment)


def snapshot(root: QWidget) -> dict[str, Value]:
    """Every named input under ``root`` by its object name."""
    return {widget.objectName(): read(widget) for widget in inputs(root)}


def restore(root: QWidget, state: dict[str, Any]) -> None:
    """Write ``state`` back into the inputs under ``root`` that have those names. Checkable
    buttons go first, so a field they enable ("Met on [date]") is enabled when it is filled."""
    found = {widget.objectName(): widget for widget in inputs(root)}
    ordered = sorted(found.items(), key=lambda pair: not isinstance(pair[1], QAbstractButton))
    for name, widget in ordered:
        if name in state:
            write(widget, state[name])


def change_signals(widget: QWidget) -> list[SignalInstance]:
    """The signals by which ``widget`` says its value changed."""
    if isinstance(widget, ContactPicker):
        return [widget.edit.textChanged, widget.contactChanged]
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return [widget.valueChanged]
    if isinstance(widget, QDateTimeEdit):
        return [widget.dateTimeChanged]
    return []


def typed_text(before: dict[str, Value], after: dict[str, Value]) -> bool:
    """Whether ``after`` differs from ``before`` in anything the user typed or chose."""
    return any(before.get(name) != value for name, value in after.items())
