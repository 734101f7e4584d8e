"""The Trash section: everything deleted, restorable (``services.trash``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QWidget,
)

from journal.services import trash
from journal.services.errors import QT_TRANSLATE_NOOP, JournalError
from journal.services.events import Entity
from journal.services.trash import TrashItem
from journal.ui import ask, formatting, widgets
from journal.ui.context import AppContext
from journal.ui.main_window import MainWindow
from journal.ui.refresh import ReloadWhenShown, coalescing_timer
from journal.ui.table_model import RowsTableModel

KEY = "trash"

ENTITY_TEXT = {
    "contact": QT_TRANSLATE_NOOP("Contacts", "Contact"),
    "interaction": QT_TRANSLATE_NOOP("Contacts", "Entry"),
    "followup": QT_TRANSLATE_NOOP("Contacts", "Follow-up"),
    "deal": QT_TRANSLATE_NOOP("Contacts", "Deal"),
    "introduction": QT_TRANSLATE_NOOP("Contacts", "Introduction"),
    "objection": QT_TRANSLATE_NOOP("Contacts", "Objection"),
    "quota": QT_TRANSLATE_NOOP("Contacts", "Sales quota"),
}


class TrashModel(RowsTableModel[TrashItem]):
    """Everything in the trash: kind, what, whose, and when it was deleted."""

    KIND, TITLE, CONTACT, DELETED = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("Contacts", "Kind"),
        QT_TRANSLATE_NOOP("Contacts", "What"),
        QT_TRANSLATE_NOOP("Contacts", "Contact"),
        QT_TRANSLATE_NOOP("Contacts", "Deleted"),
    )
    column_count = len(HEADERS)

    def reload(self) -> None:
        self.set_rows(trash.list_trash())

    def header(self, section: int) -> str:
        return QCoreApplication.translate("Contacts", self.HEADERS[section])

    def row_data(self, item: TrashItem, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == self.KIND:
            return QCoreApplication.translate("Contacts", ENTITY_TEXT.get(item.entity, item.entity))
        if column == self.TITLE:
            return item.title or QCoreApplication.translate("Contacts", "(untitled)")
        if column == self.CONTACT:
            return item.contact_name if item.entity != "contact" else ""
        if column == self.DELETED:
            return formatting.short_datetime(item.deleted_at)
        return None


class TrashView(ReloadWhenShown, QWidget):
    """The Trash section: restore what was deleted, or empty the trash for good."""

    # Anything that can be in the trash; updates too (removing an objection from an entry puts it there).
    watched_entities = (
        Entity.CONTACT, Entity.INTERACTION, Entity.FOLLOWUP, Entity.DEAL, Entity.INTRODUCTION, Entity.QUOTA
    )  # fmt: skip

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashSection")
        self.model = TrashModel(self)
        self.view = widgets.table_view(
            "trashView",
            self.tr("Trash"),
            self.model,
            selection=QAbstractItemView.SelectionMode.ExtendedSelection,
        )
        self.view.setShowGrid(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TrashModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (TrashModel.KIND, TrashModel.CONTACT, TrashModel.DELETED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(lambda _index: self.restore_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.intro = widgets.text_label(
            "trashIntro",
            self.tr("Deleted contacts, entries, follow-ups and deals stay here until you restore them."),
        )
        self.restore_button = widgets.push_button(
            "trashRestoreButton",
            self.tr("&Restore"),
            self.tr("Restore the selected items"),
            self.restore_selected,
        )
        shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.restore_selected)
        self.empty_button = widgets.push_button(
            "trashEmptyButton",
            self.tr("&Empty trash…"),
            self.tr("Delete everything in the trash for good"),
            self.empty_trash,
        )
        self.empty = widgets.named(QLabel(self.tr("The trash is empty.")), "trashEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        top = widgets.hbox((self.intro, 1), self.restore_button, self.empty_button)
        widgets.vbox(top, (self.stack, 1), parent=self, margins=8)
        self._refresh = coalescing_timer(self, self.reload)
        context.signals.changed.connect(self._on_changed)
        self.reload()

    def reload_soon(self) -> None:
        self._refresh.start()  # a burst of changes (an emptied trash) reloads once

    def reload(self) -> None:
        self._dirty = False
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
        items = {(item.entity, item.id): item for item in (self.model.item(row) for row in rows) if item}
        left = trash.restore_many(list(items))  # one transaction; what cannot come back stays
        failed = [
            f"{items[(entity, item_id)].title}: {ask.error_text(error)}" for entity, item_id, error in left
        ]
        self.reload()
        if failed:
            ask.show_error(self, self.tr("Some items could not be restored"), "\n".join(failed))


def install(window: MainWindow) -> None:
    """Add the Trash section to the window."""
    window.add_section(KEY, QCoreApplication.translate("Trash", "Trash"), lambda: TrashView(window.context))
