"""File > Export: choose a format, then where to save (through ``ask.save_file``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journal.interop import export
from journal.services.errors import QT_TRANSLATE_NOOP
from journal.ui import ask
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
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.setAccessibleName(self.tr("Export the journal"))
        self.task: Task | None = None
        self.outcome: export.ExportResult | None = None
        self.format_box = QComboBox()
        self.format_box.setObjectName("exportFormat")
        self.format_box.setAccessibleName(self.tr("Export format"))
        for key, (label, _filter) in FORMATS.items():
            self.format_box.addItem(self.tr(label), key)
        self.events_box = QCheckBox(self.tr("Write follow-ups as events (for calendars that hide tasks)"))
        self.events_box.setObjectName("exportAsEvents")
        self.events_box.setAccessibleName(self.tr("Write follow-ups as events"))
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportApply")
        self.export_button.setAccessibleName(self.tr("Choose a file and export"))
        self.export_button.clicked.connect(self.choose_and_export)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("exportClose")
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow("", self.events_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
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
