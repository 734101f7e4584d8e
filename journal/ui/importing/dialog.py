"""File > Import: read the file, show the dry-run plan, then import with progress and cancel.

Reading, planning and writing all run on a worker thread, so a 100,000-row
file never freezes the window. Nothing is written before the user presses
Import, and the write is one transaction: Cancel rolls it back.

Signals:
    imported(object): the ``ImportPlan`` that was applied.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from journal.errors import ExplainedError
from journal.interop import csvformats, engine
from journal.interop.errors import ImportCancelled
from journal.safety import backups
from journal.services.errors import QT_TRANSLATE_NOOP, JournalError
from journal.ui import ask, widgets
from journal.ui.importing.plan_model import PlanModel
from journal.ui.importing.worker import Task

FORMAT_NAMES = {
    "auto": QT_TRANSLATE_NOOP("ImportDialog", "Detect automatically"),
    "vcard": QT_TRANSLATE_NOOP("ImportDialog", "vCard (.vcf)"),
    "linkedin": QT_TRANSLATE_NOOP("ImportDialog", "LinkedIn Connections.csv"),
    "google": QT_TRANSLATE_NOOP("ImportDialog", "Google Contacts CSV"),
    "outlook": QT_TRANSLATE_NOOP("ImportDialog", "Outlook CSV"),
    "csv": QT_TRANSLATE_NOOP("ImportDialog", "Other CSV (choose the columns)"),
    "json": QT_TRANSLATE_NOOP("ImportDialog", "Networking Journal JSON"),
}


class ImportDialog(QDialog):
    """Import a file: read it, show the dry-run plan, import it with progress and cancel.

    Signals:
        imported(object): the ``ImportPlan`` that was applied.
    """

    imported = Signal(object)

    def __init__(self, path: Path | str, parent: QWidget | None = None, fmt: str = "auto") -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.parsed: engine.ParsedFile | None = None
        self.plan: engine.ImportPlan | None = None
        self.outcome: engine.ImportPlan | None = None
        self.task: Task | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import {file}").format(file=self.path.name))
        self.setAccessibleName(self.tr("Import contacts"))
        self.resize(820, 560)

        self.format_box = widgets.combo_box(
            "importFormat",
            self.tr("File format"),
            [(self.tr(label), key) for key, label in FORMAT_NAMES.items()],
        )
        widgets.select_data(self.format_box, fmt)
        self.format_box.activated.connect(lambda _i: self.read())
        self.summary = widgets.text_label("importSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mapping_page = self._mapping_page()
        self.model = PlanModel()
        self.table = widgets.table_view(
            "importPreview",
            self.tr("What the import will do"),
            self.model,
            selection=QAbstractItemView.SelectionMode.ExtendedSelection,
            alternating=False,
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.progress = widgets.named(QProgressBar(), "importProgress", self.tr("Import progress"))
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.buttons = self._buttons()
        top = widgets.hbox(QLabel(self.tr("Format:")), (self.format_box, 1))
        widgets.vbox(
            top, self.summary, self.mapping_page, (self.table, 1), self.progress, self.buttons, parent=self
        )

    def _mapping_page(self) -> QWidget:
        """Which column holds what (only for a generic CSV file)."""
        self.mapping_table = widgets.named(QTableWidget(0, 3), "importMapping", self.tr("Column mapping"))
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Example"), self.tr("Import as")]
        )
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.apply_mapping_button = widgets.push_button(
            "importUpdatePreview",
            self.tr("Update preview"),
            self.tr("Update the preview with these columns"),
            self.read,
        )
        page = widgets.pane(
            QLabel(self.tr("Say which column holds what:")),
            self.mapping_table,
            (self.apply_mapping_button, 0, Qt.AlignmentFlag.AlignRight),
        )
        page.setVisible(False)
        return page

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.import_button = widgets.add_box_button(
            buttons,
            (self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole),
            "importApply",
            self.tr("Import now"),
            self.apply,
        )
        self.import_button.setEnabled(False)
        self.cancel_button = widgets.add_box_button(
            buttons,
            QDialogButtonBox.StandardButton.Cancel,
            "importCancel",
            self.tr("Cancel the import"),
            self.cancel,
        )
        self.close_button = widgets.add_box_button(
            buttons, QDialogButtonBox.StandardButton.Close, "importClose", self.tr("Close"), self.accept
        )
        self.close_button.setVisible(False)
        return buttons

    # reading + dry run -----------------------------------------------------------------------
    def _mapping(self) -> dict[int, str] | None:
        if not self.mapping_page.isVisible() or self.mapping_table.rowCount() == 0:
            return None
        mapping: dict[int, str] = {}
        for row in range(self.mapping_table.rowCount()):
            box = self.mapping_table.cellWidget(row, 2)
            if isinstance(box, QComboBox) and box.currentData():
                mapping[row] = str(box.currentData())
        return mapping

    def read(self) -> None:
        """Parse the file and make the dry-run plan (on a worker)."""
        fmt = str(self.format_box.currentData())
        mapping = self._mapping() if fmt in ("csv", "auto") else None
        path = self.path

        def step(_progress: Any, _cancelled: Any) -> tuple[engine.ParsedFile, engine.ImportPlan]:
            parsed = engine.read_file(path, fmt, mapping)
            return parsed, engine.plan_import(parsed)

        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading {file}…").format(file=path.name))
        self._run(step, self._read_done)

    def _read_done(self, result: object) -> None:
        if isinstance(result, BaseException):
            self.parsed = self.plan = None
            self.model.set_rows([])
            self.summary.setText(self._error(result))
            return
        self.parsed, self.plan = cast(tuple[engine.ParsedFile, engine.ImportPlan], result)
        assert self.parsed is not None and self.plan is not None
        if self.parsed.format == "csv" and self.parsed.header and not self.mapping_page.isVisible():
            self._fill_mapping(self.parsed)
        self.model.set_rows(self.plan.entries)
        self.table.resizeColumnsToContents()
        self.summary.setText(self._plan_text(self.plan, before=True))
        self.import_button.setEnabled(bool(self.plan.added or self.plan.merged))

    def _fill_mapping(self, parsed: engine.ParsedFile) -> None:
        journal = csvformats.is_journal_header(parsed.header)
        if journal:
            return
        guessed = csvformats.guess_mapping(parsed.header)
        example = csvformats.read_table(parsed.text).rows[0] if parsed.text else []
        self.mapping_table.setRowCount(len(parsed.header))
        for row, name in enumerate(parsed.header):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(name))
            self.mapping_table.setItem(row, 1, QTableWidgetItem(example[row] if row < len(example) else ""))
            box = QComboBox()
            box.setObjectName(f"importMapping{row}")
            box.setAccessibleName(self.tr("Import column {name} as").format(name=name))
            for key, label in csvformats.FIELDS.items():
                box.addItem(QCoreApplication.translate("Import", label), key)
            box.setCurrentIndex(max(0, box.findData(guessed.get(row, ""))))
            self.mapping_table.setCellWidget(row, 2, box)
        self.mapping_page.setVisible(True)

    def set_mapping(self, mapping: dict[int, str]) -> None:
        """Choose the columns (tests and keyboard users)."""
        for row in range(self.mapping_table.rowCount()):
            box = self.mapping_table.cellWidget(row, 2)
            if isinstance(box, QComboBox):
                box.setCurrentIndex(max(0, box.findData(mapping.get(row, ""))))

    def _plan_text(self, plan: engine.ImportPlan, *, before: bool) -> str:
        if before:
            text = self.tr("{added} to add, {merged} to merge with existing contacts, {skipped} to skip.")
        else:
            text = self.tr("Done: {added} added, {merged} merged, {skipped} skipped.")
        text = text.format(added=plan.added, merged=plan.merged, skipped=plan.skipped)
        dupes = len(plan.duplicates())
        if dupes:
            text += " " + self.tr("%n may be a duplicate; review under Duplicates.", "", dupes)
        if before and not (plan.added or plan.merged):
            text += " " + self.tr("Nothing new to import.")
        return text

    def _error(self, exc: BaseException) -> str:
        if isinstance(exc, ExplainedError) and not isinstance(exc, JournalError):
            return ask.error_text(exc)  # a full disk, a busy or damaged journal: not the file's fault
        if isinstance(exc, JournalError):
            return self.tr("This file cannot be imported: {reason}").format(reason=ask.error_text(exc))
        return self.tr("Something went wrong: {error}").format(error=exc)

    # applying --------------------------------------------------------------------------------
    def apply(self) -> None:
        parsed = self.parsed
        if parsed is None or (self.task is not None and self.task.running):
            return

        def step(progress: Any, cancelled: Any) -> engine.ImportPlan:
            backups.backup_before_import()  # raises BackupError: then nothing is imported
            return engine.apply_import(parsed, progress=progress, cancelled=cancelled)

        self.import_button.setEnabled(False)
        self.format_box.setEnabled(False)
        self.mapping_page.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.summary.setText(self.tr("Importing…"))
        self._run(step, self._apply_done)

    def _apply_done(self, result: object) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.import_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setFocus()
        if isinstance(result, ImportCancelled):
            self.summary.setText(self.tr("Import cancelled. Nothing was changed."))
        elif isinstance(result, BaseException):
            self.summary.setText(self._error(result) + " " + self.tr("Nothing was changed."))
        else:
            assert isinstance(result, engine.ImportPlan)
            self.outcome = result
            self.model.set_rows(result.entries)
            self.summary.setText(self._plan_text(result, before=False))
            self.imported.emit(result)

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.summary.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _run(self, step: Any, done: Any) -> None:
        task = Task(step, self)
        task.progress.connect(lambda f, _m: self.progress.setValue(int(f * 1000)))
        task.finished.connect(done)
        self.task = task
        task.start()

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.cancel()  # Esc while importing cancels (and rolls back) instead of hiding the dialog
            return
        super().reject()
