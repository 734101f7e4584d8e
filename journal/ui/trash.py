"""The Trash section: everything deleted, restorable (``services.trash``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.services import trash
from journal.services.errors import QT_TRANSLATE_NOOP, JournalError
from journal.services.events import Change
from journal.services.trash import TrashItem
from journal.ui import ask, formatting
from journal.ui.context import AppContext
from journal.ui.main_window import MainWindow

KEY = "trash"
Index = QModelIndex | QPersistentModelIndex

ENTITY_TEXT = {
    "contact": QT_TRANSLATE_NOOP("Contacts", "Contact"),
    "interaction": QT_TRANSLATE_NOOP("Contacts", "Entry"),
    "followup": QT_TRANSLATE_NOOP("Contacts", "Follow-up"),
    "deal": QT_TRANSLATE_NOOP("Contacts", "Deal"),
    "introduction": QT_TRANSLATE_NOOP("Contacts", "Introduction"),
}


class TrashModel(QAbstractTableModel):
    KIND, TITLE, CONTACT, DELETED = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("Contacts", "Kind"),
        QT_TRANSLATE_NOOP("Contacts", "What"),
        QT_TRANSLATE_NOOP("Contacts", "Contact"),
        QT_TRANSLATE_NOOP("Contacts", "Deleted"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[TrashItem] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._items = trash.list_trash()
        self.endResetModel()

    def item(self, row: int) -> TrashItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("Contacts", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == self.KIND:
                return formatting.label(ENTITY_TEXT, item.entity)
            if column == self.TITLE:
                return item.title or QCoreApplication.translate("Contacts", "(untitled)")
            if column == self.CONTACT:
                return item.contact_name if item.entity != "contact" else ""
            if column == self.DELETED:
                return formatting.short_datetime(item.deleted_at)
        return None


class TrashView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashSection")
        self.model = TrashModel(self)
        self.view = QTableView()
        self.view.setObjectName("trashView")
        self.view.setAccessibleName(self.tr("Trash"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TrashModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (TrashModel.KIND, TrashModel.CONTACT, TrashModel.DELETED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(lambda _index: self.restore_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.intro = QLabel(
            self.tr("Deleted contacts, entries, follow-ups and deals stay here until you restore them.")
        )
        self.intro.setObjectName("trashIntro")
        self.intro.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("trashRestoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore the selected items"))
        self.restore_button.clicked.connect(self.restore_selected)
        shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.restore_selected)
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        self.empty_button.setObjectName("trashEmptyButton")
        self.empty_button.setAccessibleName(self.tr("Delete everything in the trash for good"))
        self.empty_button.clicked.connect(self.empty_trash)
        self.empty = QLabel(self.tr("The trash is empty."))
        self.empty.setObjectName("trashEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.restore_button)
        top.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self.reload)
        context.signals.changed.connect(self._changed)
        self.reload()

    def _changed(self, change: Change) -> None:
        if (
            change.action in ("trashed", "restored", "deleted", "imported", "purged")
            or change.entity == "database"
        ):
            self._refresh.start()

    def reload(self) -> None:
        self.model.reload()
        self.stack.setCurrentWidget(self.empty if self.model.rowCount() == 0 else self.view)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.view.selectionModel().selectedRows()))
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    def empty_trash(self) -> None:
        """Delete everything in the trash for good, after asking (secure delete, WAL truncated)."""
        count = self.model.rowCount()
        if not count or not ask.confirm(
            self,
            self.tr("Empty the trash?"),
            self.tr("%n item(s) will be deleted for good. This cannot be undone.", "", count),
        ):
            return
        try:
            trash.empty_trash()
        except JournalError as error:
            ask.show_error(self, self.tr("The trash could not be emptied"), ask.error_text(error))
        self.reload()

    def restore_selected(self) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        items = [item for item in (self.model.item(row) for row in rows) if item is not None]
        # Contacts first: restoring an entry of a trashed contact needs its contact back.
        items.sort(key=lambda item: item.entity != "contact")
        failed: list[str] = []
        for item in items:
            try:
                trash.restore(item.entity, item.id)
            except JournalError as error:
                failed.append(f"{item.title}: {ask.error_text(error)}")
        self.reload()
        if failed:
            ask.show_error(self, self.tr("Some items could not be restored"), "\n".join(failed))


def install(window: MainWindow) -> None:
    window.add_section(KEY, QCoreApplication.translate("Trash", "Trash"), lambda: TrashView(window.context))
