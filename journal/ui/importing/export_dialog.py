"""File > Export: choose a format, then where to save (through ``ask.save_file``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget

from journal.errors import ExplainedError
from journal.interop import export
from journal.services.errors import QT_TRANSLATE_NOOP
from journal.ui import ask, widgets
from journal.ui.importing.worker import Task

FORMATS = {
    "vcard": (
        QT_TRANSLATE_NOOP("ExportDialog", "vCard 3.0 — contacts for any address book"),
        QT_TRANSLATE_NOOP("ExportDialog", "vCard files (*.vcf)"),
    ),
    "csv": (
        QT_TRANSLATE_NOOP("ExportDialog", "CSV — one row per contact, for spreadsheets"),
        QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
    ),
    "ics": (
        QT_TRANSLATE_NOOP("ExportDialog", "iCalendar — follow-ups for your calendar"),
        QT_TRANSLATE_NOOP("ExportDialog", "iCalendar files (*.ics)"),
    ),
    "json": (
        QT_TRANSLATE_NOOP("ExportDialog", "JSON — everything, including the trash and history"),
        QT_TRANSLATE_NOOP("ExportDialog", "JSON files (*.json)"),
    ),
}


class ExportDialog(QDialog):
    """Signals:
    exported(object): the ``ExportResult`` once the file is written.
    """

    exported = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        widgets.named(self, "exportDialog", self.tr("Export the journal"))
        self.setWindowTitle(self.tr("Export"))
        self.task: Task | None = None
        self.outcome: export.ExportResult | None = None
        self.format_box = widgets.combo_box(
            "exportFormat",
            self.tr("Export format"),
            [(self.tr(label), key) for key, (label, _f) in FORMATS.items()],
        )
        self.events_box = widgets.check_box(
            "exportAsEvents",
            self.tr("Write follow-ups as events (for calendars that hide tasks)"),
            self.tr("Write follow-ups as events"),
        )
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.status = widgets.text_label("exportStatus")
        self.buttons = QDialogButtonBox()
        self.export_button = widgets.add_box_button(
            self.buttons,
            (self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole),
            "exportApply",
            self.tr("Choose a file and export"),
            self.choose_and_export,
        )
        widgets.add_box_button(
            self.buttons, QDialogButtonBox.StandardButton.Close, "exportClose", self.tr("Close"), self.reject
        )
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow("", self.events_box)
        widgets.vbox(form, self.status, self.buttons, parent=self)
        self._format_changed()

    def _format_changed(self, _index: int = 0) -> None:
        self.events_box.setVisible(self.format_box.currentData() == "ics")

    def choose_and_export(self) -> None:
        fmt = str(self.format_box.currentData())
        label, filters = FORMATS[fmt]
        suggested = f"networking-journal{export.SUFFIXES[fmt]}"
        path = ask.save_file(
            self, self.tr("Export as {format}").format(format=self.tr(label)), suggested, self.tr(filters)
        )
        if not path:
            return
        self.start(fmt, Path(path), as_events=self.events_box.isChecked())

    def start(self, fmt: str, path: Path, *, as_events: bool = False) -> None:
        def step(_progress: Any, _cancelled: Any) -> export.ExportResult:
            return export.export(fmt, path, as_events=as_events)

        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing {file}…").format(file=path.name))
        self.task = Task(step, self)
        self.task.finished.connect(self._done)
        self.task.start()

    def _done(self, result: object) -> None:
        self.export_button.setEnabled(True)
        if isinstance(result, ExplainedError):  # a full disk: the whole message says what to do
            self.status.setText(ask.error_text(result))
            return
        if isinstance(result, BaseException):
            reason = result.strerror if isinstance(result, OSError) and result.strerror else str(result)
            self.status.setText(self.tr("The export failed: {reason}").format(reason=reason))
            return
        assert isinstance(result, export.ExportResult)
        self.outcome = result
        self.status.setText(
            self.tr("Wrote {file} ({count} items).").format(file=str(result.path), count=result.count)
        )
        self.exported.emit(result)
