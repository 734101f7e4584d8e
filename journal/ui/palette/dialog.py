"""The command palette (Ctrl+K): type a few letters, Enter opens a person, deal or organization,
goes to a section or runs any menu command, with its shortcut shown beside it.

The same window, asking only for people, answers "for whom?" (``choose_contact``) when a
command needs a contact and none is selected.

Signals (CommandPalette):
    chosen(object): the ``PaletteItem`` Enter (or a click) picked, just before it runs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from journal.ui import widgets
from journal.ui.main_window import MainWindow
from journal.ui.palette import items as found
from journal.ui.palette.items import PaletteItem
from journal.ui.refresh import coalescing_timer

ItemRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_MOVES = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: 5,
    Qt.Key.Key_PageUp: -5,
}


class PaletteModel(QAbstractListModel):
    """The rows found for what is typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PaletteItem] = []

    def set_rows(self, rows: list[PaletteItem]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        if role == ItemRole:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [item.title, found.kind_label(item.kind), item.detail, item.shortcut]
            return " — ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.title}\n{item.detail}" if item.detail else item.title
        return None


class PaletteDelegate(QStyledItemDelegate):
    """A row: the name (bold) and what it is on the left, the shortcut on the right, in the
    palette's colours (light and dark)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, option.fontMetrics.lineSpacing() * 2 + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = index.data(ItemRole)
        if not isinstance(item, PaletteItem):
            return
        painter.save()
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = option.fontMetrics
        line = metrics.lineSpacing()
        rect = option.rect.adjusted(10, 5, -10, -5)
        keys = item.shortcut
        keys_width = metrics.horizontalAdvance(keys) + 12 if keys else 0
        if keys:
            box = QRect(
                rect.right() - keys_width + 1,
                rect.top() + (rect.height() - line) // 2 - 1,
                keys_width,
                line + 2,
            )
            painter.setPen(muted)
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(text)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, keys)
        width = rect.width() - keys_width - (8 if keys else 0)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        title = painter.fontMetrics().elidedText(item.title, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(rect.left(), rect.top(), width, line), Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(option.font)
        painter.setPen(muted)
        detail = " · ".join(p for p in (found.kind_label(item.kind), item.detail) if p)
        detail = metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRect(rect.left(), rect.top() + line, width, line), Qt.AlignmentFlag.AlignVCenter, detail
        )
        painter.restore()


class CommandPalette(QDialog):
    """Ctrl+K: one line to type into, the best matches under it, Enter to open or run.

    Signals:
        chosen(object): the ``PaletteItem`` picked, just before it runs.
    """

    chosen = Signal(object)

    def __init__(self, window: MainWindow, *, people_only: bool = False, title: str = "") -> None:
        super().__init__(window)
        self.window_ = window
        self.people_only = people_only
        self.picked: PaletteItem | None = None
        widgets.named(self, "commandPalette", title or self.tr("Go to anything"))
        self.setWindowTitle(title or self.tr("Go to anything"))
        self.search = widgets.line_edit(
            "commandPaletteSearch",
            self.tr("What to open or do"),
            placeholder=self.tr("Type a name…")
            if people_only
            else self.tr("Type a name, a deal or a command…"),
        )
        self.search.setClearButtonEnabled(True)
        self.model = PaletteModel(self)
        self.list = widgets.named(QListView(), "commandPaletteList", self.tr("Matches"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(PaletteDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the search line
        self.list.clicked.connect(lambda index: self.run(index.row()))
        self.empty = widgets.text_label("commandPaletteEmpty", centered=True)
        self.empty.setEnabled(False)
        hint = widgets.text_label(
            "commandPaletteHint",
            self.tr("↑↓ to choose · Enter to open · Esc to close"),
        )
        hint.setEnabled(False)
        widgets.vbox(self.search, (self.list, 1), self.empty, hint, parent=self, margins=8, spacing=6)
        self.search.installEventFilter(self)
        self._timer = coalescing_timer(self, self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.resize(620, 440)
        self.refresh()

    def refresh(self) -> None:
        """Find again for what is typed; the first row is chosen."""
        text = self.search.text()
        rows = found.find(self.window_, text, people_only=self.people_only)
        self.model.set_rows(rows)
        if rows:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.empty.setText(
            self.tr("Nothing matches “{text}”.").format(text=text.strip())
            if text.strip() and not rows
            else (self.tr("Type a few letters of a name.") if self.people_only and not rows else "")
        )
        self.empty.setVisible(bool(self.empty.text()))

    def current_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            if key in _MOVES and self.model.rowCount():
                row = min(max(self.current_row() + _MOVES[key], 0), self.model.rowCount() - 1)
                self.list.setCurrentIndex(self.model.index(row, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # typed faster than the search: search first
                    self._timer.stop()
                    self.refresh()
                self.run(self.current_row())
                return True
        return super().eventFilter(watched, event)

    def run(self, row: int) -> None:
        """Close, then open or do what ``row`` is (nothing when there is no row)."""
        if not 0 <= row < len(self.model.rows):
            return
        item = self.model.rows[row]
        self.picked = item
        self.chosen.emit(item)
        self.accept()
        if not self.people_only:
            item.run()


def open_palette(window: MainWindow) -> CommandPalette:
    """Show the palette over ``window`` (not blocking)."""
    palette = CommandPalette(window)
    palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    palette.open()
    palette.search.setFocus()
    return palette


def choose_contact(window: MainWindow, title: str) -> int | None:
    """Ask "for whom?" with the palette's people search; the contact's id, or None."""
    palette = CommandPalette(window, people_only=True, title=title)
    try:
        palette.search.setFocus()
        if palette.exec() != QDialog.DialogCode.Accepted or palette.picked is None:
            return None
        return int(palette.picked.key.split(":", 1)[1])
    finally:
        palette.deleteLater()
