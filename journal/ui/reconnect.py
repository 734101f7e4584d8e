"""ReconnectView (section "reconnect"): who is overdue for a conversation given their cadence.

Most overdue first, with the last interaction. One click logs an interaction (the shared
``InteractionDialog``) or snoozes the reminder; the cadence can be set per contact or per tag.
Rows come from ``services.networking.reconnect_list`` a page at a time (keyset paging).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal import clock
from journal.services import contacts, networking
from journal.services.errors import QT_TRANSLATE_NOOP, JournalError
from journal.services.networking import ReconnectEntry
from journal.ui import ask, columns
from journal.ui.charts import labels
from journal.ui.context import AppContext
from journal.ui.refresh import ReloadWhenShown

_Index = QModelIndex | QPersistentModelIndex
ContactIdRole = Qt.ItemDataRole.UserRole + 1
PAGE = 200
SNOOZES = (
    (7, QT_TRANSLATE_NOOP("ReconnectView", "1 week")),
    (14, QT_TRANSLATE_NOOP("ReconnectView", "2 weeks")),
    (30, QT_TRANSLATE_NOOP("ReconnectView", "1 month")),
)
_WATCHED = {"contact", "interaction", "database"}


class ReconnectModel(QAbstractTableModel):
    NAME, OVERDUE, CADENCE, LAST, SUMMARY = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReconnectEntry] = []
        self._more = False

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = networking.reconnect_list(today=clock.today(), limit=max(PAGE, len(self._rows)))
        self._more = len(self._rows) >= PAGE
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or not self._rows:
            return
        last = self._rows[-1]
        page = networking.reconnect_list(
            today=clock.today(), limit=PAGE, after=(last.due_on, last.contact_id)
        )
        self._more = len(page) >= PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def entry(self, row: int) -> ReconnectEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, contact_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.contact_id == contact_id), -1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Contact"),
                self.tr("Overdue by"),
                self.tr("Cadence"),
                self.tr("Last talk"),
                self.tr("What it was"),
            )[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == ContactIdRole:
            return entry.contact_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and entry.organization:
            return entry.organization
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.OVERDUE, self.CADENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: ReconnectEntry, column: int) -> str:
        if column == ReconnectModel.NAME:
            return f"{entry.name} — {entry.organization}" if entry.organization else entry.name
        if column == ReconnectModel.OVERDUE:
            return self.tr("%n day(s)", "", entry.days_overdue)
        if column == ReconnectModel.CADENCE:
            text = self.tr("every %n day(s)", "", entry.cadence_days or 0)
            return text + (" " + self.tr("(networking)") if entry.cadence_scope == "networking" else "")
        if column == ReconnectModel.LAST:
            if entry.last_at is None:
                return self.tr("never")
            return labels.short_date(entry.last_at.astimezone(clock.local_zone()).date())
        if entry.last_at is None:
            return ""
        return f"{labels.kind(entry.last_kind)}: {entry.last_summary}"


class CadenceDialog(QDialog):
    """Keep-in-touch cadence for one contact: every N days (0 = none), counting all talks or
    only networking ones."""

    def __init__(self, parent: QWidget | None, detail: contacts.ContactDetail) -> None:
        super().__init__(parent)
        self.contact_id = detail.id
        self.setObjectName("cadenceDialog")
        self.setWindowTitle(self.tr("Keep in touch with %1").replace("%1", detail.name))
        self.setAccessibleName(self.windowTitle())
        self.days = QSpinBox()
        self.days.setObjectName("cadenceDays")
        self.days.setAccessibleName(self.tr("Cadence in days"))
        self.days.setRange(0, contacts.MAX_CADENCE_DAYS)
        self.days.setSpecialValueText(self.tr("No cadence of their own"))
        self.days.setSuffix(" " + self.tr("days"))
        self.days.setValue(detail.cadence_days or 0)
        self.scope = QComboBox()
        self.scope.setObjectName("cadenceScope")
        self.scope.setAccessibleName(self.tr("What counts as talking"))
        self.scope.addItem(self.tr("Any interaction"), "any")
        self.scope.addItem(self.tr("Networking interactions only"), "networking")
        self.scope.setCurrentIndex(max(0, self.scope.findData(detail.cadence_scope)))
        self.error = QLabel()
        self.error.setObjectName("cadenceError")
        self.error.setVisible(False)
        _form(self, [(self.tr("Every"), self.days), (self.tr("Counts"), self.scope)], self.error)

    def accept(self) -> None:
        try:
            contacts.update_contact(
                self.contact_id,
                cadence_days=self.days.value() or None,
                cadence_scope=self.scope.currentData(),
            )
        except JournalError as error:
            self.error.setText(ask.error_text(error))
            self.error.setVisible(True)
            return
        super().accept()


class TagCadenceDialog(QDialog):
    """A default cadence for everyone with a tag (their own cadence still wins)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("tagCadenceDialog")
        self.setWindowTitle(self.tr("Cadence by tag"))
        self.setAccessibleName(self.windowTitle())
        self.tag = QComboBox()
        self.tag.setObjectName("tagCadenceTag")
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.setEditable(True)
        self.tag.addItems(contacts.list_tags())
        self.days = QSpinBox()
        self.days.setObjectName("tagCadenceDays")
        self.days.setAccessibleName(self.tr("Cadence in days"))
        self.days.setRange(0, contacts.MAX_CADENCE_DAYS)
        self.days.setSpecialValueText(self.tr("No cadence"))
        self.days.setSuffix(" " + self.tr("days"))
        self.days.setValue(30)
        self.error = QLabel()
        self.error.setObjectName("tagCadenceError")
        self.error.setVisible(False)
        _form(self, [(self.tr("Tag"), self.tag), (self.tr("Every"), self.days)], self.error)

    def accept(self) -> None:
        name = self.tag.currentText().strip()
        if not name:
            self.error.setText(self.tr("Choose a tag."))
            self.error.setVisible(True)
            return
        try:
            contacts.set_tag_cadence(name, self.days.value() or None)
        except JournalError as error:
            self.error.setText(ask.error_text(error))
            self.error.setVisible(True)
            return
        super().accept()


def _form(dialog: QDialog, rows: list[tuple[str, QWidget]], error: QLabel) -> None:
    form = QFormLayout()
    for text, widget in rows:
        form.addRow(text, widget)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.setObjectName("dialogButtons")
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setObjectName("saveButton")
    save.setAccessibleName(QCoreApplication.translate("Reconnect", "Save"))
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setObjectName("cancelButton")
    cancel.setAccessibleName(QCoreApplication.translate("Reconnect", "Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)


class ReconnectView(ReloadWhenShown, QWidget):
    watched_entities = _WATCHED

    def __init__(self, context: AppContext, open_contact: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._open_contact = open_contact
        self._dirty = True
        self.dialog: QDialog | None = None  # the dialog last opened from here (tests drive it)
        self.setObjectName("reconnectView")
        self.setAccessibleName(self.tr("Reconnect"))

        self.summary = QLabel()
        self.summary.setObjectName("reconnectSummary")
        self.summary.setWordWrap(True)  # wraps rather than widening the window (translations)
        self.model = ReconnectModel(self)
        self.table = QTableView()
        self.table.setObjectName("reconnectTable")
        self.table.setAccessibleName(self.tr("Contacts overdue for a conversation, most overdue first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (ReconnectModel.NAME, 260),
            (ReconnectModel.OVERDUE, 90),
            (ReconnectModel.CADENCE, 150),
            (ReconnectModel.LAST, 90),
        ):
            columns.fit(header, column, width)  # at least as wide as the (translated) header
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())

        self.log_button = self._button(
            "logInteractionButton", self.tr("Log interaction…"), "Ctrl+L", self.log_selected
        )
        self.snooze_button = QToolButton()
        self.snooze_button.setObjectName("snoozeReconnectButton")
        self.snooze_button.setAccessibleName(self.tr("Snooze the reminder for a week"))
        self.snooze_button.setText(self.tr("Snooze a week"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.snooze_button.clicked.connect(lambda: self.snooze_selected(7))
        menu = QMenu(self.snooze_button)
        menu.setObjectName("snoozeMenu")
        for days, text in SNOOZES:
            action = menu.addAction(self.tr(text))
            action.setObjectName(f"snooze{days}Action")
            action.triggered.connect(lambda _checked=False, d=days: self.snooze_selected(d))
        self.snooze_button.setMenu(menu)
        self.cadence_button = self._button("contactCadenceButton", self.tr("Cadence…"), "", self.edit_cadence)
        self.tag_cadence_button = self._button(
            "tagCadenceButton", self.tr("Cadence by tag…"), "", self.edit_tag_cadence
        )
        self.introduction_button = self._button(
            "recordIntroductionButton", self.tr("Record introduction…"), "", self.record_introduction
        )
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        for widget in (
            self.log_button,
            self.snooze_button,
            self.cadence_button,
            self.tag_cadence_button,
            self.introduction_button,
        ):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        context.signals.changed.connect(self._on_changed)
        self.reload()

    def _button(self, name: str, text: str, shortcut: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        if shortcut:
            action = QAction(text, self)
            action.setObjectName(name.replace("Button", "Action"))
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button.setToolTip(
                f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        return button

    # data ----------------------------------------------------------------------------------
    def reload(self) -> None:
        self._dirty = False
        selected = self.selected_contact_id()
        self.model.reload()
        count = networking.reconnect_count(today=clock.today())
        self.summary.setText(
            self.tr("%n contact(s) overdue for a conversation", "", count)
            if count
            else self.tr("Nobody is overdue. Well done.")
        )
        if selected is not None and (row := self.model.row_of(selected)) >= 0:
            self.table.selectRow(row)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def contact_ids(self) -> list[int]:
        return [int(self.model.index(r, 0).data(ContactIdRole)) for r in range(self.model.rowCount())]

    def selected_contact_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return int(rows[0].data(ContactIdRole)) if rows else None

    def select_contact(self, contact_id: int) -> bool:
        row = self.model.row_of(contact_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _update_buttons(self) -> None:
        has = self.selected_contact_id() is not None
        for widget in (self.log_button, self.snooze_button, self.cadence_button):
            widget.setEnabled(has)

    # actions -------------------------------------------------------------------------------
    def open_selected(self) -> None:
        contact_id = self.selected_contact_id()
        if contact_id is not None and self._open_contact is not None:
            self._open_contact(contact_id)

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def log_selected(self) -> QDialog | None:
        """Open the interaction dialog for the selected contact (networking preselected)."""
        from journal.ui.dialogs.interaction_dialog import InteractionDialog

        contact_id = self.selected_contact_id()
        if contact_id is None:
            return None
        return self._show(InteractionDialog(self, contact_id, "networking"))

    def snooze_selected(self, days: int) -> None:
        contact_id = self.selected_contact_id()
        if contact_id is None:
            return
        try:
            contacts.snooze_reconnect(contact_id, until=clock.today() + timedelta(days=days))
        except JournalError as error:
            ask.show_error(self, self.tr("Cannot snooze"), ask.error_text(error))

    def edit_cadence(self) -> QDialog | None:
        contact_id = self.selected_contact_id()
        if contact_id is None:
            return None
        return self._show(CadenceDialog(self, contacts.get_contact(contact_id)))

    def edit_tag_cadence(self) -> QDialog:
        return self._show(TagCadenceDialog(self))

    def record_introduction(self) -> QDialog:
        from journal.ui.dialogs_intro import IntroductionDialog

        return self._show(IntroductionDialog(self, person_a_id=self.selected_contact_id()))
