"""Every interactive widget a user can reach has an accessible name, and the
ones you type into or pick from are reachable with the Tab key.

The rule, so the test stays sensible while features grow:

- Interactive: buttons (QAbstractButton), line/text edits, combo boxes, spin and
  date boxes (QAbstractSpinBox), item views, calendars, sliders, tab bars.
- Only widgets visible while their section (or dialog) is shown are checked;
  the test shows every section of the main window in turn.
- Skipped as Qt's internals: widgets whose objectName starts with ``qt_``, and
  unnamed widgets inside a composite Qt widget (the calendar's navigation
  buttons and month view, a combo box's popup, a spin box's line edit, a
  view's header and scroll bars).
- The name is what a screen reader gets (``QAccessibleInterface.text(Name)``):
  ``setAccessibleName(self.tr(...))``, a button's own text, or a label's buddy.
- A failure lists every offender with its class, objectName, text and parents.

To check a new dialog, add a factory to ``DIALOGS``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from journal.app import build_main_window
from journal.ui.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QCalendarWidget,
    QAbstractSlider,
    QTabBar,
)
# Widgets built from Qt's own unnamed children.
COMPOSITES = (QCalendarWidget, QComboBox, QAbstractSpinBox, QAbstractItemView)
# Widgets you must be able to Tab into.
TAB_TARGETS = (QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


def is_qt_internal(widget: QWidget) -> bool:
    if widget.objectName().startswith("qt_"):
        return True
    if isinstance(widget, QScrollBar):
        return True
    if widget.objectName():
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES) or parent.objectName().startswith("qt_"):
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return name.replace("&", "").strip()


def describe(widget: QWidget) -> str:
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 4:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    text = ""
    if isinstance(widget, QAbstractButton | QLineEdit):
        text = widget.text() or (widget.placeholderText() if isinstance(widget, QLineEdit) else "")
    return (
        f"{type(widget).__name__} objectName={widget.objectName()!r} text={text!r} "
        f"in {' < '.join(chain) or '-'}"
    )


def interactive_widgets(root: QWidget) -> list[QWidget]:
    found = [root] if isinstance(root, INTERACTIVE) else []
    found += [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    return [w for w in found if w.isVisibleTo(root) and not is_qt_internal(w)]


def main_window_widgets(window: MainWindow) -> dict[str, list[QWidget]]:
    """The interactive widgets visible with each section shown (plus the frame)."""
    by_section: dict[str, list[QWidget]] = {}
    for key in window.section_keys():
        window.show_section(key)
        by_section[key] = interactive_widgets(window)
    return by_section


def offenders(groups: dict[str, list[QWidget]], check: Callable[[QWidget], bool]) -> list[str]:
    seen: set[int] = set()
    lines = []
    for group, widgets in groups.items():
        for widget in widgets:
            if id(widget) in seen:
                continue
            seen.add(id(widget))
            if not check(widget):
                lines.append(f"[{group}] {describe(widget)}")
    return lines


@pytest.fixture
def window(db_path: Path, qtbot) -> MainWindow:
    from journal.services import demo

    demo.generate()
    main = build_main_window(db_path)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_every_interactive_widget_in_the_main_window_has_an_accessible_name(window: MainWindow) -> None:
    groups = main_window_widgets(window)
    assert groups, "the main window has no sections"
    missing = offenders(groups, lambda w: bool(accessible_name(w)))
    assert not missing, f"{len(missing)} interactive widgets without an accessible name:\n" + "\n".join(
        missing
    )


def test_every_interactive_widget_in_the_main_window_has_an_object_name(window: MainWindow) -> None:
    missing = offenders(main_window_widgets(window), lambda w: bool(w.objectName()))
    assert not missing, f"{len(missing)} interactive widgets without an objectName:\n" + "\n".join(missing)


def test_fields_and_lists_are_reachable_with_tab(window: MainWindow) -> None:
    groups = {
        k: [w for w in ws if isinstance(w, TAB_TARGETS)] for k, ws in main_window_widgets(window).items()
    }
    unreachable = offenders(groups, lambda w: bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus))
    assert not unreachable, "not reachable with Tab:\n" + "\n".join(unreachable)


def about_dialog(window: MainWindow) -> QDialog:
    from journal.ui.about import show_about

    return show_about(window)


def shown(dialog: QWidget) -> QWidget:
    dialog.show()
    return dialog


def palette_dialog(window: MainWindow) -> QWidget:
    from journal.ui.palette.dialog import open_palette

    return open_palette(window)


def shortcuts_dialog(window: MainWindow) -> QWidget:
    from journal.ui.shortcuts import show_shortcuts

    return show_shortcuts(window)


def capture_window(window: MainWindow) -> QWidget:
    from journal.ui.capture import open_capture

    capture = open_capture(window)
    capture.text.setText("café con @Ana gave intro to @Luis, seguimiento el viernes")
    return capture


def introduction_dialog(window: MainWindow) -> QWidget:
    from journal.ui.dialogs_intro import IntroductionDialog

    return shown(IntroductionDialog(window))


def preferences_dialog(window: MainWindow) -> QWidget:
    from journal.ui.preferences import PreferencesDialog
    from journal.ui.settings import AppSettings

    return shown(PreferencesDialog(AppSettings(window.context.settings), parent=window))


# Dialogs reachable from the main window: name -> factory(window) returning a shown dialog.
DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "about": about_dialog,
    "command palette": palette_dialog,
    "keyboard shortcuts": shortcuts_dialog,
    "quick capture": capture_window,
    "introduction": introduction_dialog,
    "preferences": preferences_dialog,
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_dialog_widgets_have_accessible_names(name: str, window: MainWindow, qtbot) -> None:
    dialog = DIALOGS[name](window)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    groups = {name: interactive_widgets(dialog)}
    missing = offenders(groups, lambda w: bool(accessible_name(w)) and bool(w.objectName()))
    assert not missing, "without an accessible name or objectName:\n" + "\n".join(missing)
    dialog.close()
