"""Import and export in the window: File > Import…, File > Export…, and dropping a
file on the window. ``install(window)`` wires it all; nothing else knows about it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from journal.ui import ask
from journal.ui.main_window import MainWindow

if TYPE_CHECKING:  # the dialogs pull in every file format: imported when first opened
    from journal.ui.importing.dialog import ImportDialog

__all__ = ["DropImporter", "install", "open_import"]

IMPORT_SUFFIXES = (".vcf", ".vcard", ".csv", ".json", ".txt")


def open_import(window: QWidget, path: str | Path) -> ImportDialog:
    """Open the import preview for ``path`` over ``window`` and start reading it."""
    from journal.ui.importing.dialog import ImportDialog

    dialog = ImportDialog(path, window)
    dialog.setModal(True)
    dialog.show()
    dialog.read()
    return dialog


class DropImporter(QObject):
    """Event filter: a file dropped anywhere on the main window opens the import preview."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_dialog: ImportDialog | None = None

    @staticmethod
    def _file(event: QDragEnterEvent | QDropEvent) -> str:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return ""
        urls = [u for u in mime.urls() if u.isLocalFile()]
        if len(urls) != 1:
            return ""
        path = urls[0].toLocalFile()
        return path if path.lower().endswith(IMPORT_SUFFIXES) else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, (QDragEnterEvent, QDropEvent)
        ):
            if self._file(event):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = self._file(event)
            if path:
                event.acceptProposedAction()
                self.last_dialog = open_import(self.window, path)
                return True
        return False


def install(window: MainWindow) -> None:
    """File > Import… and Export…, and importing a file dropped on the window."""

    def import_file() -> None:
        path = ask.open_file(
            window,
            QCoreApplication.translate("Importing", "Import contacts"),
            QCoreApplication.translate("Importing", "Contacts (*.vcf *.vcard *.csv *.json);;All files (*)"),
        )
        if path:
            open_import(window, path)  # the window owns the dialog

    def export_file() -> None:
        from journal.ui.importing.export_dialog import ExportDialog

        ExportDialog(window).show()  # the window owns the dialog

    import_action = QAction(QCoreApplication.translate("Importing", "&Import…"), window)
    import_action.setObjectName("importAction")
    import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
    import_action.triggered.connect(import_file)
    export_action = QAction(QCoreApplication.translate("Importing", "&Export…"), window)
    export_action.setObjectName("exportAction")
    export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    export_action.triggered.connect(export_file)
    window.file_menu.addAction(import_action)
    window.file_menu.addAction(export_action)
    window.setAcceptDrops(True)
    window.installEventFilter(DropImporter(window))  # the window owns the filter
