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
from journal.interop import csvformats, engine, report
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
        self.report = widgets.text_label("importReport")
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.setAccessibleName(self.tr("What is kept and what is not"))
        self.questions = self._questions()
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
            top,
            self.summary,
            self.questions,
            self.report,
            self.mapping_page,
            (self.table, 1),
            self.progress,
            self.buttons,
            parent=self,
        )

    def _questions(self) -> QWidget:
        """What the import must ask: the date order, many rows into one contact, offered merges."""
        self.date_order = widgets.combo_box(
            "importDateOrder",
            self.tr("Date order of the file"),
            [
                (self.tr("Choose…"), ""),
                (self.tr("Day first (31/12/2024)"), "dmy"),
                (self.tr("Month first (12/31/2024)"), "mdy"),
            ],
        )
        self.date_order.activated.connect(lambda _i: self.replan())
        self.date_label = QLabel(self.tr("The file's dates could be day/month or month/day. Read them as:"))
        self.date_row = widgets.pane(widgets.hbox(self.date_label, self.date_order, None))
        self.merge_many = widgets.check_box(
            "importAllowMergeMany",
            self.tr("They really are one person: merge them"),
            self.tr("Allow merging many rows into one contact"),
        )
        self.merge_many.toggled.connect(lambda _c: self._enable_import())
        self.merge_many_text = widgets.text_label("importMergeManyWarning")
        self.merge_many_text.setStyleSheet("font-weight: 600;")
        self.matches = widgets.check_box(
            "importMergeMatches",
            self.tr("Merge them"),
            self.tr("Merge people who match a contact by name and organization"),
        )
        self.matches.toggled.connect(lambda _c: self.replan())
        self.matches_text = widgets.text_label("importMatches")
        # Each shown only when the plan asks it.
        self.question_parts = (
            self.date_row,
            self.merge_many_text,
            self.merge_many,
            self.matches_text,
            self.matches,
        )
        box = widgets.pane(*self.question_parts)
        self._hide_questions()
        return box

    def _hide_questions(self) -> None:
        for part in self.question_parts:
            part.setVisible(False)

    def choices(self) -> engine.ImportChoices:
        """What the user answered (the date order, merging many rows, offered merges)."""
        return engine.ImportChoices(
            date_order=str(self.date_order.currentData()) or None,
            allow_merge_many=self.merge_many.isChecked(),
            accept_matches=self.matches.isChecked(),
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

        choices = self.choices()

        def step(_progress: Any, _cancelled: Any) -> tuple[engine.ParsedFile, engine.ImportPlan]:
            parsed = engine.read_file(path, fmt, mapping)
            return parsed, engine.plan_import(parsed, choices)

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
        self._show_plan(self.plan)

    def replan(self) -> None:
        """Plan again with the user's answers (the file is not read again)."""
        parsed = self.parsed
        if parsed is None or (self.task is not None and self.task.running):
            return
        choices = self.choices()

        def step(_progress: Any, _cancelled: Any) -> tuple[engine.ParsedFile, engine.ImportPlan]:
            return parsed, engine.plan_import(parsed, choices)

        self.import_button.setEnabled(False)
        self._run(step, self._read_done)

    def _show_plan(self, plan: engine.ImportPlan) -> None:
        self.model.set_rows(plan.entries)
        self.table.resizeColumnsToContents()
        self.summary.setText(self._plan_text(plan, before=True))
        self.report.setText(self._report_text(plan))
        self.report.setVisible(bool(self.report.text()))
        asks_order = bool(self.parsed is not None and self.parsed.date_question)
        self.date_row.setVisible(asks_order)
        many = plan.merge_many
        self.merge_many_text.setVisible(bool(many))
        self.merge_many.setVisible(bool(many))
        if many:
            worst = max(many, key=lambda m: m.rows)
            self.merge_many_text.setText(
                self.tr(
                    "%n rows of this file would all be merged into {name}. That usually means the "
                    "columns were not recognized: check the preview below.",
                    "",
                    worst.rows,
                ).format(name=worst.name)
            )
        offers = sum(1 for e in plan.entries if e.offer_id is not None)
        self.matches_text.setVisible(bool(offers))
        self.matches.setVisible(bool(offers))
        if offers:
            self.matches_text.setText(
                self.tr(
                    "%n people agree with a contact of the journal only by name and organization.", "", offers
                )
            )
        self._enable_import()

    def _enable_import(self) -> None:
        plan = self.plan
        ready = plan is not None and bool(plan.added or plan.merged)
        if plan is not None and plan.merge_many and not self.merge_many.isChecked():
            ready = False
        self.import_button.setEnabled(ready and not (self.task is not None and self.task.running))

    def _report_text(self, plan: engine.ImportPlan) -> str:
        """Kept, not kept and changed, with counts, in the user's language."""
        kept, dropped, changed = report.items(plan.report)
        parts = []
        for template, pairs in ((report.KEPT, kept), (report.NOT_KEPT, dropped), (report.CHANGED, changed)):
            if pairs:
                words = ", ".join(
                    f"{QCoreApplication.translate('Import', word)} {count}" for word, count in pairs
                )
                parts.append(QCoreApplication.translate("Import", template).format(items=words))
        if plan.date_question:
            parts.append(QCoreApplication.translate("Import", report.DATE_ORDER))
        return "\n".join(parts)

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
        dupes = len([e for e in plan.duplicates() if e.offer_id is None])
        if dupes:
            text += " " + self.tr("%n may be a duplicate; review under Duplicates.", "", dupes)
        damaged = len(plan.damaged())
        if damaged:
            text += " " + self.tr("%n card could not be read and is skipped (see the list).", "", damaged)
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

        choices = self.choices()

        def step(progress: Any, cancelled: Any) -> engine.ImportPlan:
            backups.backup_before_import()  # raises BackupError: then nothing is imported
            return engine.apply_import(parsed, choices, progress=progress, cancelled=cancelled)

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
            self.report.setText(self._report_text(result))
            self._hide_questions()
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
