"""ContactPicker: type a few letters, pick a contact (search service, FTS5 prefix).

Signals:
    contactChanged(object): the chosen contact id, or None when cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QWidget

from journal import clock
from journal.services import contacts, search
from journal.services.search import ContactFilter
from journal.services.text import fold

IdRole = Qt.ItemDataRole.UserRole + 1


class ContactPicker(QWidget):
    """A name field that completes to a contact (search service, accents ignored).

    Signals:
        contactChanged(object): the chosen contact's id, or None when cleared.
    """

    contactChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, exclude_id: int | None = None) -> None:
        super().__init__(parent)
        self._exclude = exclude_id
        self._id: int | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("contactPickerEdit")
        self.edit.setAccessibleName(self.tr("Contact"))
        self.edit.setPlaceholderText(self.tr("Type a name…"))
        self.edit.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The service already matched (accents ignored); show its answers unfiltered.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self.completer)
        # PySide6's stubs type the overloaded signal without its [type] selector.
        self.completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self.edit.textEdited.connect(self._search)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def contact_id(self) -> int | None:
        """The chosen contact; a name typed in full without choosing counts when exactly one
        contact has it (accents and case aside)."""
        text = self.typed_name()
        if not text:
            return None
        if self._id is None:
            rows = search.search_contacts(ContactFilter(text=text), today=clock.today(), limit=15)
            same = [r.id for r in rows if fold(r.name) == fold(text) and r.id != self._exclude]
            if len(same) == 1:
                self._id = same[0]
        return self._id

    def typed_name(self) -> str:
        """The name as typed (with or without a contact chosen from the list)."""
        return " ".join(self.edit.text().split())

    def set_contact(self, contact_id: int | None, name: str = "") -> None:
        self._id = contact_id
        if contact_id is not None and not name:
            name = contacts.get_contact(contact_id, include_trashed=True).name
        self.edit.setText(name if contact_id is not None else "")

    def _search(self, text: str) -> None:
        self._id = None
        self._model.clear()
        if not text.strip():
            self.contactChanged.emit(None)
            return
        rows = search.search_contacts(ContactFilter(text=text), today=clock.today(), limit=15)
        for row in rows:
            if row.id == self._exclude:
                continue
            shown = f"{row.name} — {row.organization}" if row.organization else row.name
            item = QStandardItem(shown)
            item.setData(row.id, IdRole)
            item.setData(shown, Qt.ItemDataRole.DisplayRole)
            self._model.appendRow(item)
        self.completer.complete()

    def _picked(self, index: QModelIndex) -> None:
        contact_id = index.data(IdRole)
        self._id = int(contact_id) if contact_id is not None else None
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "").split(" — ")[0]
        self.edit.setText(name)
        self.contactChanged.emit(self._id)
