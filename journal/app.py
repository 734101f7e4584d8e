"""Builds the QApplication, opens the database and shows the main window."""

from __future__ import annotations

import argparse
import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from journal import APP_ID, APP_NAME, ORG_NAME, __version__, db
from journal.cli import db_path

if TYPE_CHECKING:
    from journal.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def open_for_gui(path: Path) -> bool:
    """Open the database, telling the user in plain words if it cannot be used."""
    try:
        db.open_database(path)
    except db.DatabaseError as exc:
        QMessageBox.critical(None, tr("Cannot open the journal"), str(exc))
        return False
    return True


def demo_database() -> Path:
    from journal.services import demo

    folder = Path(tempfile.mkdtemp(prefix="networking-journal-demo-"))
    path = folder / "demo.sqlite3"
    db.open_database(path)
    demo.generate()
    return path


def run_gui(args: argparse.Namespace, argv: list[str]) -> int:
    app = create_application(argv)
    if args.demo:
        path = demo_database()
    else:
        path = db_path(args)
        if not open_for_gui(path):
            return 1
    window = build_main_window(path)
    window.show()
    code = app.exec()
    db.close_database()
    return int(code)


def build_main_window(path: Path) -> MainWindow:
    """The main window with every feature installed, its last state restored."""
    from PySide6.QtCore import QSettings

    from journal.ui.context import AppContext
    from journal.ui.main_window import MainWindow
    from journal.ui.wiring import install_features

    context = AppContext(database_path=path, settings=QSettings())
    window = MainWindow(context)
    install_features(window)
    window.restore_state()
    return window
