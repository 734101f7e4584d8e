"""The "Duplicates" section: likely duplicate pairs, merge (field by field), dismiss, undo.

All data goes through ``journal.services.duplicates``; this module holds no SQL.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from journal.errors import ExplainedError
from journal.services import apart, duplicates
from journal.services.contacts import ContactDetail, get_contact
from journal.services.errors import QT_TRANSLATE_NOOP, JournalError
from journal.services.events import Change, Entity
from journal.ui import ask, widgets
from journal.ui.importing.worker import Task
from journal.ui.main_window import MainWindow
from journal.ui.table_model import RowsTableModel

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Duplicates", "Name"),
    "given_name": QT_TRANSLATE_NOOP("Duplicates", "First name"),
    "family_name": QT_TRANSLATE_NOOP("Duplicates", "Last name"),
    "organization": QT_TRANSLATE_NOOP("Duplicates", "Organization"),
    "title": QT_TRANSLATE_NOOP("Duplicates", "Job title"),
    "linkedin_url": QT_TRANSLATE_NOOP("Duplicates", "LinkedIn"),
    "website": QT_TRANSLATE_NOOP("Duplicates", "Website"),
    "location": QT_TRANSLATE_NOOP("Duplicates", "Location"),
    "birthday": QT_TRANSLATE_NOOP("Duplicates", "Birthday"),
    "how_met": QT_TRANSLATE_NOOP("Duplicates", "How we met"),
    "met_on": QT_TRANSLATE_NOOP("Duplicates", "Met on"),
    "notes": QT_TRANSLATE_NOOP("Duplicates", "Notes"),
    "cadence_days": QT_TRANSLATE_NOOP("Duplicates", "Keep-in-touch cadence (days)"),
    "source_uid": QT_TRANSLATE_NOOP("Duplicates", "ID in the other program"),
}


def tr(text: str) -> str:
    """Translate a message of the Duplicates section held in a variable."""
    return QCoreApplication.translate("Duplicates", text)


class DuplicatePairModel(RowsTableModel[duplicates.DuplicatePair]):
    """The pairs of contacts that may be the same person, and why."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Duplicates", "Contact"),
        QT_TRANSLATE_NOOP("Duplicates", "Organization"),
        QT_TRANSLATE_NOOP("Duplicates", "Possible duplicate"),
        QT_TRANSLATE_NOOP("Duplicates", "Organization"),
        QT_TRANSLATE_NOOP("Duplicates", "Why"),
    )
    column_count = len(HEADERS)

    @property
    def pairs(self) -> list[duplicates.DuplicatePair]:
        return self._rows

    def header(self, section: int) -> str:
        return tr(self.HEADERS[section])

    def row_data(self, pair: duplicates.DuplicatePair, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                pair.a_name,
                pair.a_organization,
                pair.b_name,
                pair.b_organization,
                QCoreApplication.translate("Duplicates", duplicates.REASONS[pair.reason]),
            )[column]
        return None


def _shown(value: Any) -> str:
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


class MergeDialog(QDialog):
    """Choose, field by field, what the merged contact keeps. The left contact survives."""

    def __init__(self, a: ContactDetail, b: ContactDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.a, self.b = a, b
        self.setObjectName("mergeDialog")
        self.setAccessibleName(self.tr("Merge two contacts"))
        self.setWindowTitle(self.tr("Merge {a} and {b}").format(a=a.name, b=b.name))
        self.groups: dict[str, QButtonGroup] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Keep</b>")), 0, 0)
        grid.addWidget(QLabel(f"<b>{a.name}</b>"), 0, 1)
        grid.addWidget(QLabel(f"<b>{b.name}</b>"), 0, 2)
        row = 1
        for name in duplicates.MERGE_FIELDS:
            left, right = _shown(getattr(a, name)), _shown(getattr(b, name))
            if left == right or not right:
                continue
            group = QButtonGroup(self)
            first = QRadioButton(left or self.tr("(empty)"))
            second = QRadioButton(right)
            for button, side in ((first, "survivor"), (second, "merged")):
                button.setObjectName(f"merge_{name}_{side}")
                button.setAccessibleName(
                    self.tr("Keep {field} from {who}").format(
                        field=tr(FIELD_LABELS[name]), who=a.name if side == "survivor" else b.name
                    )
                )
                group.addButton(button)
            (second if not left else first).setChecked(True)
            self.groups[name] = group
            grid.addWidget(QLabel(tr(FIELD_LABELS[name])), row, 0)
            grid.addWidget(first, row, 1)
            grid.addWidget(second, row, 2)
            row += 1
        note = QLabel(
            self.tr(
                "Emails, phones, tags, interactions, follow-ups, deals and introductions of both are kept. "
                "{b} goes to the trash; the merge can be undone."
            ).format(b=b.name)
        )
        note.setWordWrap(True)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = widgets.dialog_buttons(self, "")
        ok = widgets.named(
            buttons.button(QDialogButtonBox.StandardButton.Ok),
            "mergeConfirm",
            self.tr("Merge the two contacts"),
        )
        ok.setText(self.tr("&Merge"))
        widgets.vbox((scroll, 1), note, buttons, parent=self)

    def choices(self) -> dict[str, str]:
        result = {}
        for name, group in self.groups.items():
            checked = group.checkedButton()
            if checked is not None:
                result[name] = "merged" if checked.objectName().endswith("_merged") else "survivor"
        return result


class DuplicatesView(QWidget):
    """Signals:
    merged(int): a merge was made (its id, for undo).
    loaded(): the list of pairs was refreshed.
    """

    merged = Signal(int)
    loaded = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.task: Task | None = None
        self.stale = False
        self.window_ = window
        self.setObjectName("duplicatesView")
        self.setAccessibleName(self.tr("Likely duplicates"))
        self.model = DuplicatePairModel()
        self.table = widgets.table_view(
            "duplicatesTable",
            self.tr("Pairs of contacts that may be the same person"),
            self.model,
            alternating=False,
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()  # the headers, whole, before the first pairs arrive
        self.table.doubleClicked.connect(lambda _i: self.merge_selected())
        self.summary = widgets.named(QLabel(), "duplicatesSummary")
        self.merge_button = widgets.push_button(
            "duplicatesMerge", self.tr("&Merge…"), self.tr("Merge the selected pair"), self.merge_selected
        )
        self.dismiss_button = widgets.push_button(
            "duplicatesDismiss",
            self.tr("&Not the same person"),
            self.tr("Not the same person"),
            self.dismiss_selected,
        )
        self.undo_button = widgets.push_button(
            "duplicatesUndo", self.tr("&Undo last merge"), self.tr("Undo the last merge"), self.undo_last
        )
        buttons = widgets.hbox(self.merge_button, self.dismiss_button, self.undo_button, None)
        widgets.vbox(self.summary, (self.table, 1), buttons, parent=self)
        window.context.signals.changed.connect(self._changed)
        app = QCoreApplication.instance()
        if app is not None:  # quitting stops a search under way (its child would hold up the exit)
            app.aboutToQuit.connect(self.stop_search)
        self.reload()

    def stop_search(self) -> None:
        """Stop the search under way, if any (its result is dropped)."""
        if self.task is not None and self.task.running:
            self.stale = False
            self.task.cancel()

    def _changed(self, change: Change) -> None:
        if change.touches((Entity.CONTACT, Entity.DUPLICATE)):
            self.reload()

    def reload(self) -> None:
        """Look for duplicates on a worker (100,000 contacts take a moment) and show them."""
        if self.task is not None and self.task.running:
            self.stale = True
            return
        self.stale = False
        self.task = Task(lambda _p, cancelled: duplicates.find_duplicates_apart(cancelled), self)
        self.task.finished.connect(self._loaded)
        self.task.start()

    def _loaded(self, result: object) -> None:
        if isinstance(result, apart.ApartCancelled):
            return  # stopped (the window is closing): nothing new to show
        if self.stale:
            self.reload()
            return
        pairs = result if isinstance(result, list) else []
        self.model.set_rows(pairs)
        self.table.resizeColumnsToContents()
        if isinstance(result, ExplainedError):  # the search failed: say so, not "0 pairs"
            self.summary.setText(ask.error_text(result))
        elif isinstance(result, BaseException):
            self.summary.setText(self.tr("The search for duplicates failed."))
        else:
            self.summary.setText(self.tr("%n pair(s) may be the same person.", "", len(pairs)))
        undoable = [m for m in duplicates.recent_merges(1) if not m.undone]
        self.undo_button.setEnabled(bool(undoable))
        self._update_buttons()
        self.loaded.emit()

    def _update_buttons(self) -> None:
        has = self.model.rowCount() > 0
        self.merge_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)

    def selected_pair(self) -> duplicates.DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else (0 if self.model.rowCount() else -1)
        return self.model.pairs[row] if row >= 0 else None

    def merge_selected(self) -> int | None:
        pair = self.selected_pair()
        if pair is None:
            return None
        try:
            dialog = MergeDialog(get_contact(pair.a_id), get_contact(pair.b_id), self)
        except JournalError as exc:
            ask.show_error(self, self.tr("Cannot merge"), ask.error_text(exc))
            self.reload()
            return None
        if not self.run_merge_dialog(dialog):
            return None
        try:
            merge_id = duplicates.merge_contacts(pair.a_id, pair.b_id, choices=dialog.choices())
        except JournalError as exc:
            ask.show_error(self, self.tr("Cannot merge"), ask.error_text(exc))
            return None
        self.merged.emit(merge_id)
        self.reload()
        return merge_id

    def run_merge_dialog(self, dialog: MergeDialog) -> bool:
        """Show the merge dialog (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def dismiss_selected(self) -> None:
        pair = self.selected_pair()
        if pair is not None:
            duplicates.dismiss_pair(pair.a_id, pair.b_id)

    def undo_last(self) -> None:
        merges = [m for m in duplicates.recent_merges(1) if not m.undone]
        if not merges:
            return
        merge = merges[0]
        if not ask.confirm(
            self,
            self.tr("Undo merge"),
            self.tr("Separate {a} and {b} again?").format(a=merge.survivor_name, b=merge.merged_name),
        ):
            return
        try:
            duplicates.undo_merge(merge.id)
        except JournalError as exc:
            ask.show_error(self, self.tr("Cannot undo the merge"), ask.error_text(exc))
        self.reload()
