"""The dry-run plan as a table: action, where in the file, who, and why."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from journal.interop.engine import PlanEntry
from journal.services.errors import QT_TRANSLATE_NOOP
from journal.ui.table_model import RowsTableModel

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
    """Why the plan adds, merges or skips an entry, in the user's language."""
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


class PlanModel(RowsTableModel[PlanEntry]):
    """The import's dry-run plan: add, merge or skip, where in the file, who, and why."""

    COLUMNS = ("action", "where", "name", "reason")
    column_count = len(COLUMNS)

    def __init__(self, entries: list[PlanEntry] | None = None) -> None:
        super().__init__()
        self._rows = entries or []

    def entry(self, row: int) -> PlanEntry:
        return self._rows[row]

    def header(self, section: int) -> str:
        return tr(_HEADERS[section])

    def row_data(self, entry: PlanEntry, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            name = self.COLUMNS[column]
            if name == "action":
                return tr(_ACTIONS[entry.action])
            if name == "where":
                return where_text(entry.where)
            if name == "name":
                return entry.name
            return reason_text(entry)
        if role == Qt.ItemDataRole.UserRole:
            return entry.action
        return None
