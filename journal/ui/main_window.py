"""The main window: navigation between the sections and the menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget


class MainWindow(QMainWindow):
    def __init__(self, *, database_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database_path = database_path
        self.setObjectName("MainWindow")
        self.setAccessibleName(self.tr("Networking Journal"))
        self.setWindowTitle(self.tr("Networking Journal"))
        self.resize(1100, 720)
        empty = QLabel(self.tr("No contacts yet — add one (Ctrl+N) or import a file."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setObjectName("emptyState")
        self.setCentralWidget(empty)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
