"""Factories for the widgets and layouts every view builds the same way.

Every interactive widget carries an object name (tests and the accessibility walk find
it by that) and an accessible name (what a screen reader says): ``named`` and the
factories below take both at once, so a form reads as the list of its fields. Layouts
are built from a list of items:

    vbox(title, (table, 1), hbox(None, save_button), parent=self)

where an item is a widget or a layout, ``(item, stretch)`` or ``(widget, stretch,
alignment)``, ``None`` for a stretch, or an ``int`` for fixed spacing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QDate,
    QDateTime,
    QLocale,
    QSettings,
    QSize,
    Qt,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

W = TypeVar("W", bound=QWidget)
T = TypeVar("T", bound=QTreeView)
LayoutItem = (
    QWidget | QLayout | tuple[QWidget | QLayout, int] | tuple[QWidget, int, Qt.AlignmentFlag] | int | None
)
Margins = int | tuple[int, int, int, int] | None


def named(widget: W, name: str, accessible: str = "") -> W:
    """``widget`` with its object name and, when given, its accessible name."""
    widget.setObjectName(name)
    if accessible:
        widget.setAccessibleName(accessible)
    return widget


def push_button(
    name: str, text: str, accessible: str, slot: Callable[[], object] | None = None
) -> QPushButton:
    """A push button, clicked into ``slot`` when given."""
    button = named(QPushButton(text), name, accessible)
    if slot is not None:
        button.clicked.connect(lambda _checked=False: slot())
    return button


def check_box(name: str, text: str, accessible: str, *, checked: bool = False) -> QCheckBox:
    """A check box."""
    box = named(QCheckBox(text), name, accessible)
    box.setChecked(checked)
    return box


def combo_box(name: str, accessible: str, items: Iterable[tuple[str, object]] = ()) -> QComboBox:
    """A combo box holding ``(text, data)`` items."""
    combo = named(QComboBox(), name, accessible)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def select_data(combo: QComboBox, data: object) -> None:
    """Make the item holding ``data`` current (the first item when none does)."""
    combo.setCurrentIndex(max(combo.findData(data), 0))


def spin_box(
    name: str, accessible: str, low: int, high: int, *, suffix: str = "", special: str = ""
) -> QSpinBox:
    """An integer field from ``low`` to ``high``; ``special`` is shown for ``low`` (e.g. "None")."""
    spin = named(QSpinBox(), name, accessible)
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    if special:
        spin.setSpecialValueText(special)
    return spin


def line_edit(name: str, accessible: str, text: str = "", *, placeholder: str = "") -> QLineEdit:
    """A one-line text field."""
    edit = named(QLineEdit(text), name, accessible)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def text_edit(name: str, accessible: str, lines: int = 3) -> QPlainTextEdit:
    """A few lines of plain text (notes); Tab moves on instead of typing a tab."""
    edit = named(QPlainTextEdit(), name, accessible)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def four_digit_years(pattern: str) -> str:
    """A Qt date pattern with the year written in full ("d/M/yy" -> "d/M/yyyy"): a two-digit
    year typed as "99" would mean 2099."""
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


def date_edit(name: str, accessible: str, day: QDate | None = None) -> QDateEdit:
    """A date field with a calendar popup, the year in four digits, the user's date order."""
    edit = named(QDateEdit(day) if day is not None else QDateEdit(), name, accessible)
    edit.setDisplayFormat(four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat)))
    edit.setCalendarPopup(True)
    return edit


def datetime_edit(name: str, accessible: str, moment: QDateTime) -> QDateTimeEdit:
    """A date-and-time field with a calendar popup, the year in four digits."""
    edit = named(QDateTimeEdit(moment), name, accessible)
    locale = QLocale()
    edit.setDisplayFormat(
        four_digit_years(locale.dateFormat(QLocale.FormatType.ShortFormat))
        + " "
        + locale.timeFormat(QLocale.FormatType.ShortFormat)
    )
    edit.setCalendarPopup(True)
    return edit


def table_view(
    name: str,
    accessible: str,
    model: QAbstractItemModel,
    *,
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
    alternating: bool = True,
) -> QTableView:
    """A read-only table of ``model`` that selects whole rows (one, unless ``selection`` says
    otherwise), in alternating colours, without row numbers."""
    view = named(QTableView(), name, accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(alternating)
    view.verticalHeader().setVisible(False)
    return view


def flat_tree(view: T, name: str, accessible: str, model: QAbstractItemModel) -> T:
    """``view`` (a ``QTreeView``) set up as a list of rows: one selected at a time, not
    editable, columns that share focus, and a context menu its owner supplies."""
    named(view, name, accessible)
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAllColumnsShowFocus(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return view


class WrapLabel(QLabel):
    """A word-wrapped label that asks for one line at least, not for the height it would take
    squeezed to its narrowest: layouts give it the height its text needs at the width it
    really has (height for width), and a long translation never makes the window taller."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        words = [w for w in self.text().split() if "<" not in w and ">" not in w]
        longest = max((self.fontMetrics().horizontalAdvance(w) for w in words), default=0)
        margins = self.contentsMargins()
        width = longest + 2 * self.margin() + margins.left() + margins.right()
        height = self.fontMetrics().height() + 2 * self.margin() + margins.top() + margins.bottom()
        return QSize(min(hint.width(), max(width, 1)) if hint.width() > 0 else width, height)


def text_label(name: str, text: str = "", *, centered: bool = False) -> QLabel:
    """A word-wrapped label (translations are longer: it wraps instead of widening the window)."""
    label = named(WrapLabel(text), name)
    label.setWordWrap(True)
    if centered:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def enabled_by(switch: QAbstractButton, *widgets: QWidget) -> None:
    """``widgets`` are usable only while ``switch`` is checked ("Met on [date]")."""
    for widget in widgets:
        widget.setEnabled(switch.isChecked())
        switch.toggled.connect(widget.setEnabled)


def _fill(layout: QBoxLayout, items: Iterable[LayoutItem], margins: Margins, spacing: int | None) -> None:
    if isinstance(margins, int):
        layout.setContentsMargins(margins, margins, margins, margins)
    elif margins is not None:
        layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    for item in items:
        if item is None:
            layout.addStretch(1)
        elif isinstance(item, int):
            layout.addSpacing(item)
        elif isinstance(item, tuple):
            if isinstance(item[0], QLayout):
                layout.addLayout(item[0], item[1])
            elif len(item) == 3:
                layout.addWidget(item[0], item[1], item[2])
            else:
                layout.addWidget(item[0], item[1])
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)


def vbox(
    *items: LayoutItem, parent: QWidget | None = None, margins: Margins = None, spacing: int | None = None
) -> QVBoxLayout:
    """A vertical layout of ``items`` (set on ``parent`` when given)."""
    layout = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    _fill(layout, items, margins, spacing)
    return layout


def hbox(
    *items: LayoutItem, parent: QWidget | None = None, margins: Margins = None, spacing: int | None = None
) -> QHBoxLayout:
    """A horizontal layout of ``items`` (set on ``parent`` when given)."""
    layout = QHBoxLayout(parent) if parent is not None else QHBoxLayout()
    _fill(layout, items, margins, spacing)
    return layout


def side_by_side(*items: LayoutItem) -> QWidget:
    """Several widgets side by side as one (a form field such as "[x] Met on [date]")."""
    widget = QWidget()
    hbox(*items, parent=widget, margins=0)
    return widget


def pane(*items: LayoutItem, name: str = "", margins: Margins = 0) -> QWidget:
    """Widgets one above the other as one (a pane of a splitter, a page of a stack)."""
    widget = QWidget()
    if name:
        widget.setObjectName(name)
    vbox(*items, parent=widget, margins=margins)
    return widget


def splitter(orientation: Qt.Orientation, name: str, *panes: QWidget | tuple[QWidget, int]) -> QSplitter:
    """Panes the user can resize; ``(widget, stretch)`` says how a pane shares new room."""
    split = named(QSplitter(orientation), name)
    for index, part in enumerate(panes):
        widget, stretch = part if isinstance(part, tuple) else (part, None)
        split.addWidget(widget)
        if stretch is not None:
            split.setStretchFactor(index, stretch)
    return split


def dialog_buttons(
    dialog: QDialog,
    name: str,
    buttons: QDialogButtonBox.StandardButton = (
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    ),
) -> QDialogButtonBox:
    """The dialog's button box: accepting accepts the dialog, rejecting rejects it."""
    box = named(QDialogButtonBox(buttons), name)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    for button in box.buttons():  # "preferencesButtonsOk": tests and screen readers find them
        standard = box.standardButton(button)
        if not button.objectName() and standard != QDialogButtonBox.StandardButton.NoButton:
            button.setObjectName(f"{name}{standard.name}")
    return box


def add_box_button(
    box: QDialogButtonBox,
    button: QDialogButtonBox.StandardButton | tuple[str, QDialogButtonBox.ButtonRole],
    name: str,
    accessible: str,
    slot: Callable[[], object] | None = None,
) -> QPushButton:
    """Add a standard button, or ``(text, role)``, to ``box``; clicked into ``slot`` when given."""
    added = (
        box.addButton(button)
        if isinstance(button, QDialogButtonBox.StandardButton)
        else box.addButton(*button)
    )
    named(added, name, accessible)
    if slot is not None:
        added.clicked.connect(lambda _checked=False: slot())
    return added


def remember_state(
    settings: QSettings, key: str, widget: QSplitter | QHeaderView, changed: SignalInstance
) -> None:
    """Restore ``widget``'s saved layout (column widths, splitter sizes) and save it on each change."""
    saved = settings.value(key)
    if isinstance(saved, QByteArray):
        widget.restoreState(saved)
    changed.connect(lambda *_: settings.setValue(key, widget.saveState()))
