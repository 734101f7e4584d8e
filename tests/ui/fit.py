"""Does every piece of chrome show its whole text? Measured with the widget's font metrics.

``clipped(root)`` walks the visible widgets under ``root`` and describes each one whose
text does not fit where it is drawn: labels (one line or wrapped), buttons, check boxes
and radio buttons, combo boxes (the current item), tab bars (every tab), item-view
headers (every visible section), line-edit placeholders, spin and date boxes, and the
window title of a dialog. Data in cells is allowed to elide (with a tooltip); chrome is not.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # px of rounding allowed
# Title bars draw the title beside the window buttons: room for close/maximize/minimize.
TITLE_BAR_BUTTONS = 110
_MNEMONIC = re.compile(r"&(?!&)")


def label_is_rich(text: str) -> bool:
    return bool(GuiQt.mightBeRichText(text))


def plain(text: str) -> str:
    """A label's text as shown: without the mnemonic ampersand, rich text as plain."""
    if label_is_rich(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return _MNEMONIC.sub("", text).replace("&&", "&")


def name_of(widget: QWidget) -> str:
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 3:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {widget.objectName()!r} in {' < '.join(chain)}"


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _label(label: QLabel) -> str | None:
    text = plain(label.text())
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    metrics = label.fontMetrics()
    rect = label.contentsRect()
    margin = label.margin()
    indent = (
        label.indent()
        if label.indent() >= 0
        else (metrics.horizontalAdvance("x") // 2 if label.frameWidth() else 0)
    )
    width = rect.width() - 2 * margin - max(indent, 0)
    if label.wordWrap():
        # a zero-width space is a place the line may break
        words = max((metrics.horizontalAdvance(w) for w in text.replace("\u200b", " ").split()), default=0)
        if words > width + SLACK:
            return f"a word needs {words}px, has {width}px"
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed}px high, has {label.height()}px"
        return None
    lines = text.split("\n")
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    if widest > width + SLACK:
        return f"needs {widest}px, has {width}px"
    high = len(lines) * metrics.height()
    if high > rect.height() - 2 * margin + SLACK + 2:
        return f"needs {high}px high, has {rect.height()}px"
    return None


def _button(button: QAbstractButton) -> str | None:
    text = plain(button.text())
    if not text.strip():
        return None
    metrics = button.fontMetrics()
    needed = metrics.horizontalAdvance(text)
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    style = button.style()
    if isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = button.text()
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        room = style.subElementRect(element, option, button).width()
        if needed + icon > room + SLACK:
            return f"needs {needed + icon}px, has {room}px"
        return None
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        hint = button.sizeHint().width()
        if button.width() + SLACK < hint:
            return f"needs {hint}px, has {button.width()}px"
        return None
    if isinstance(button, QPushButton):
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
        menu = (
            style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button) if button.menu() else 0
        )
        room = button.width() - margin - 2 * frame - menu
        if needed + icon > room + SLACK:
            return f"needs {needed + icon}px, has {room}px"
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.frame = combo.hasFrame()
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    room = field.width()
    if not combo.itemIcon(combo.currentIndex()).isNull():
        room -= combo.iconSize().width() + 4
    if combo.isEditable() and combo.lineEdit() is not None:
        room -= 4  # the line edit's own margins
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > room + SLACK:
        return f"current item needs {needed}px, has {room}px"
    return None


def _tabs(bar: QTabBar) -> str | None:
    problems = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        hint = bar.tabSizeHint(index).width()
        rect = bar.tabRect(index)
        if rect.width() + SLACK < hint or rect.right() > bar.width() or rect.left() < 0:
            problems.append(f"tab {plain(bar.tabText(index))!r} needs {hint}px, has {rect.width()}px")
    return "; ".join(problems) or None


def _header(header: QHeaderView) -> str | None:
    model = header.model()
    if model is None or not header.isVisibleTo(header.window()):
        return None
    problems = []
    last_visible = -1
    for logical in range(header.count()):
        if not header.isSectionHidden(logical):
            last_visible = max(last_visible, header.visualIndex(logical))
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        hint = header.sectionSizeHint(logical)
        size = header.sectionSize(logical)
        position = header.sectionViewportPosition(logical)
        visible = (
            min(size, header.viewport().width() - position) if position < header.viewport().width() else 0
        )
        if header.orientation() == Qt.Orientation.Horizontal and visible + SLACK < hint:
            problems.append(f"column {text!r} needs {hint}px, shows {visible}px")
    return "; ".join(problems) or None


def _placeholder(edit: QLineEdit) -> str | None:
    if edit.text() or not edit.placeholderText():
        return None
    style = edit.style()
    frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit) if edit.hasFrame() else 0
    margins = edit.textMargins()
    actions = sum(
        16 + 4
        for action in edit.actions()
        if action.isVisible() and action.objectName() != "_q_qlineeditclearaction"
    )
    room = edit.width() - 2 * frame - 4 - margins.left() - margins.right() - actions
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    if needed > room + SLACK:
        return f"placeholder {edit.placeholderText()!r} needs {needed}px, has {room}px"
    return None


def _spin(spin: QAbstractSpinBox) -> str | None:
    hint = spin.minimumSizeHint().width()
    if spin.width() + SLACK < hint:
        return f"needs {hint}px, has {spin.width()}px"
    return None


def _title(dialog: QWidget) -> str | None:
    title = dialog.windowTitle()
    if not title:
        return None
    font = QApplication.font("QMdiSubWindowTitleBar")
    font.setBold(True)
    needed = QFontMetrics(font).horizontalAdvance(title) + TITLE_BAR_BUTTONS
    if dialog.width() + SLACK < needed:
        return f"title {title!r} needs {needed}px, window is {dialog.width()}px"
    return None


def _scrolls_sideways(area: QScrollArea) -> str | None:
    """A scroll area of text (not a list or table) that needs a sideways scroll bar cuts what
    it holds: its content is wider than the area. A board made to scroll says so with the
    property ``scrollsSideways``."""
    if area.property("scrollsSideways") or area.widget() is None:
        return None
    bar = area.horizontalScrollBar()
    if bar.maximum() > 0:
        return f"content {area.widget().minimumSizeHint().width()}px wide in {area.viewport().width()}px"
    return None


def _inside_scroll_content(widget: QWidget, root: QWidget) -> bool:
    """Inside an item view's viewport (an editor) or a scroll area's content: not chrome."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def clipped(root: QWidget) -> list[str]:
    """Every visible widget under ``root`` (and ``root``) whose text is cut, described."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget, root):
            continue
        problem: str | None = None
        if isinstance(widget, QHeaderView):
            problem = _header(widget)
        elif isinstance(widget, QScrollArea):
            problem = _scrolls_sideways(widget)
        elif _inside_scroll_content(widget, root) and not isinstance(widget, QAbstractScrollArea):
            continue
        elif isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            problem = _button(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, QTabBar):
            problem = _tabs(widget)
        elif isinstance(widget, QLineEdit) and not isinstance(
            widget.parentWidget(), QAbstractSpinBox | QComboBox
        ):
            problem = _placeholder(widget)
        elif isinstance(widget, QAbstractSpinBox):
            problem = _spin(widget)
        if problem is None and widget.isWindow() and isinstance(widget, QDialog):
            problem = _title(widget)
        if problem:
            found.append(f"{name_of(widget)}: {problem}")
    return found
