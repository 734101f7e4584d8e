"""The dry-run plan as a table: action, where in the file, who, and why."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from journal.interop.engine import PlanEntry
from journal.services.errors import QT_TRANSLATE_NOOP

_ACTIONS = {
    "add": QT_TRANSLATE_NOOP("Import", "Add"),
    "merge": QT_TRANSLATE_NOOP("Import", "Merge"),
    "skip": QT_TRANSLATE_NOOP("Import", "Skip"),
}
_HEADERS = (
    QT_TRANSLATE_NOOP("Import", "Action"),
    QT_TRANSLATE_NOOP("Import", "Where"),
    QT_TRANSLATE_NOOP("Import", "Name"),
    QT_TRANSLATE_NOOP("Import", "Details"),
)


def tr(text: str) -> str:
    """Translate an "Import" message held in a variable (marked where it is written)."""
    return QCoreApplication.translate("Import", text)


def where_text(where: str) -> str:
    """ "line 5" / "card 2 (line 9)" / "contact 3" in the user's language."""
    card = re.fullmatch(r"card (\d+) \(line (\d+)\)", where)
    if card:
        return QCoreApplication.translate("Import", "card {card} (line {line})").format(
            card=card[1], line=card[2]
        )
    simple = re.fullmatch(r"(line|contact) (\d+)", where)
    if simple:
        if simple[1] == "line":
            return QCoreApplication.translate("Import", "line {n}").format(n=simple[2])
        return QCoreApplication.translate("Import", "contact {n}").format(n=simple[2])
    return where


def reason_text(entry: PlanEntry) -> str:
    if not entry.reason:
        return ""
    template = tr(entry.reason)
    args = dict(entry.args)
    if "key" in args:
        args["key"] = tr(str(args["key"]))
    try:
        return template.format(**args) if args else template
    except (KeyError, IndexError, ValueError):
        return entry.message


class PlanModel(QAbstractTableModel):
    COLUMNS = ("action", "where", "name", "reason")

    def __init__(self, entries: list[PlanEntry] | None = None) -> None:
        super().__init__()
        self._entries: list[PlanEntry] = entries or []

    def set_entries(self, entries: list[PlanEntry]) -> None:
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entry(self, row: int) -> PlanEntry:
        return self._entries[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(_HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = self.COLUMNS[index.column()]
            if column == "action":
                return tr(_ACTIONS[entry.action])
            if column == "where":
                return where_text(entry.where)
            if column == "name":
                return entry.name
            return reason_text(entry)
        if role == Qt.ItemDataRole.UserRole:
            return entry.action
        return None
