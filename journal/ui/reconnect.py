"""ReconnectView (section "reconnect"): who is overdue for a conversation given their cadence.

Most overdue first, with the last interaction. One click logs an interaction (the shared
``InteractionDialog``) or snoozes the reminder; the cadence can be set per contact or per tag.
Rows come from ``services.networking.reconnect_list`` a page at a time (keyset paging).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QMenu,
    QSpinBox,
    QToolButton,
    QWidget,
)

from journal import clock
from journal.services import contacts, networking
from journal.services.errors import QT_TRANSLATE_NOOP, JournalError
from journal.services.events import Entity
from journal.services.networking import ReconnectEntry
from journal.ui import ask, columns, formatting, vocabulary, widgets
from journal.ui.actions import scoped_action, shortcut_button
from journal.ui.context import AppContext
from journal.ui.dialogs.form import FormDialog
from journal.ui.refresh import SectionView
from journal.ui.selection import ContactContext
from journal.ui.table_model import Index, RowsTableModel

ContactIdRole = Qt.ItemDataRole.UserRole + 1
PAGE = 200
SNOOZES = (
    (7, QT_TRANSLATE_NOOP("ReconnectView", "1 week")),
    (14, QT_TRANSLATE_NOOP("ReconnectView", "2 weeks")),
    (30, QT_TRANSLATE_NOOP("ReconnectView", "1 month")),
)
_WATCHED = {Entity.CONTACT, Entity.INTERACTION, Entity.DATABASE}


class ReconnectModel(RowsTableModel[ReconnectEntry]):
    """Contacts overdue for a conversation, most overdue first, a page at a time."""

    NAME, OVERDUE, CADENCE, LAST, SUMMARY = range(5)
    column_count = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._more = False

    def reload(self) -> None:
        rows = networking.reconnect_list(today=clock.today(), limit=max(PAGE, len(self._rows)))
        self._more = len(rows) >= PAGE
        self.set_rows(rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or not self._rows:
            return
        last = self._rows[-1]
        page = networking.reconnect_list(
            today=clock.today(), limit=PAGE, after=(last.due_on, last.contact_id)
        )
        self._more = len(page) >= PAGE
        self.append_rows(page)

    def row_of(self, contact_id: int) -> int:
        return self.row_where(lambda entry: entry.contact_id == contact_id)

    def header(self, section: int) -> str:
        return (
            self.tr("Contact"),
            self.tr("Overdue by"),
            self.tr("Cadence"),
            self.tr("Last talk"),
            self.tr("What it was"),
        )[section]

    def row_data(self, entry: ReconnectEntry, column: int, role: int) -> Any:
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
            return formatting.short_date(formatting.local_date(entry.last_at))
        if entry.last_at is None:
            return ""
        return f"{vocabulary.kind(entry.last_kind)}: {entry.last_summary}"


class CadenceDialog(FormDialog):
    """Keep-in-touch cadence for one contact: every N days (0 = none), counting all talks or
    only networking ones."""

    def __init__(self, parent: QWidget | None, detail: contacts.ContactDetail) -> None:
        title = QCoreApplication.translate("CadenceDialog", "Keep in touch with %1").replace(
            "%1", detail.name
        )
        super().__init__(parent, title, "cadenceDialog", grow_fields=True)
        self.contact_id = detail.id
        self.error = self.general_error
        self.days = _cadence_spin("cadenceDays", self.tr("No cadence of their own"))
        self.days.setValue(detail.cadence_days or 0)
        self.scope = widgets.combo_box(
            "cadenceScope",
            self.tr("What counts as talking"),
            [(self.tr("Any interaction"), "any"), (self.tr("Networking interactions only"), "networking")],
        )
        widgets.select_data(self.scope, detail.cadence_scope)
        self.form.addRow(self.tr("Every"), self.days)
        self.form.addRow(self.tr("Counts"), self.scope)
        self.days.setFocus()

    def save(self) -> int:
        return contacts.update_contact(
            self.contact_id, cadence_days=self.days.value() or None, cadence_scope=self.scope.currentData()
        ).id


class TagCadenceDialog(FormDialog):
    """A default cadence for everyone with a tag (their own cadence still wins)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, self.tr("Cadence by tag"), "tagCadenceDialog", grow_fields=True)
        self.error = self.general_error
        self.tag = widgets.named(QComboBox(), "tagCadenceTag", self.tr("Tag"))
        self.tag.setEditable(True)
        self.tag.addItems(contacts.list_tags())
        self.days = _cadence_spin("tagCadenceDays", self.tr("No cadence"))
        self.days.setValue(30)
        self.form.addRow(self.tr("Tag"), self.tag)
        self.form.addRow(self.tr("Every"), self.days)
        self.tag.setFocus()

    def accept(self) -> None:
        if not self.tag.currentText().strip():
            self.clear_errors()
            self.show_message(self.tr("Choose a tag."))
            return
        super().accept()

    def save(self) -> None:
        contacts.set_tag_cadence(self.tag.currentText().strip(), self.days.value() or None)


def _cadence_spin(name: str, none_text: str) -> QSpinBox:
    return widgets.spin_box(
        name,
        QCoreApplication.translate("Reconnect", "Cadence in days"),
        0,
        contacts.MAX_CADENCE_DAYS,
        suffix=" " + QCoreApplication.translate("Reconnect", "days"),
        special=none_text,
    )


class ReconnectView(SectionView):
    """The Reconnect section: who is overdue for a conversation, with log, snooze and cadence."""

    watched_entities = _WATCHED

    def __init__(self, context: AppContext, open_contact: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(context, "reconnectView", self.tr("Reconnect"), parent)
        self._open_contact = open_contact
        self.dialog: QDialog | None = None  # the dialog last opened from here (tests drive it)

        self.summary = widgets.text_label("reconnectSummary")
        self.model = ReconnectModel(self)
        self.table = widgets.table_view(
            "reconnectTable", self.tr("Contacts overdue for a conversation, most overdue first"), self.model
        )
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

        # Ctrl+L is the window's Log interaction, which logs for the person selected here.
        log_action = scoped_action(
            self, "reconnectLogAction", self.tr("Log interaction…"), "", self.log_selected
        )
        self.log_button = shortcut_button("logInteractionButton", log_action.text(), log_action)
        self.log_button.setToolTip(self.tr("Log an interaction with the selected person (Ctrl+L)"))
        self.log_button.setAccessibleName(log_action.text().rstrip("…"))
        self.snooze_button = self._snooze_button()
        self.cadence_button, self.tag_cadence_button, self.introduction_button = (
            widgets.push_button(name, text, text.rstrip("…"), slot)
            for name, text, slot in (
                ("contactCadenceButton", self.tr("Cadence…"), self.edit_cadence),
                ("tagCadenceButton", self.tr("Cadence by tag…"), self.edit_tag_cadence),
                ("recordIntroductionButton", self.tr("Record introduction…"), self.record_introduction),
            )
        )
        bar = widgets.hbox(
            self.log_button,
            self.snooze_button,
            self.cadence_button,
            self.tag_cadence_button,
            self.introduction_button,
            None,
        )
        widgets.vbox(self.summary, bar, (self.table, 1), parent=self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def _snooze_button(self) -> QToolButton:
        """ "Snooze a week", with a menu of other lengths."""
        button = widgets.named(
            QToolButton(), "snoozeReconnectButton", self.tr("Snooze the reminder for a week")
        )
        button.setText(self.tr("Snooze a week"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.clicked.connect(lambda: self.snooze_selected(7))
        menu = QMenu(button)
        menu.setObjectName("snoozeMenu")
        for days, text in SNOOZES:
            action = menu.addAction(self.tr(text))
            action.setObjectName(f"snooze{days}Action")
            action.triggered.connect(lambda _checked=False, d=days: self.snooze_selected(d))
        button.setMenu(menu)
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

    def contact_context(self) -> ContactContext | None:
        """The selected person, to talk with in networking."""
        contact_id = self.selected_contact_id()
        return ContactContext(contact_id, "networking") if contact_id is not None else None

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
