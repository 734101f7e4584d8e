"""Every question the app asks the user, in one place tests can patch.

Widgets call ``ask.confirm(...)`` etc. instead of QMessageBox/QFileDialog
directly, so pytest-qt tests replace these functions with ``monkeypatch``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from journal.errors import ExplainedError
from journal.services.errors import ValidationError


def tr(text: str) -> str:
    """Translate a message of the questions (context "Ask")."""
    return QCoreApplication.translate("Ask", text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True for yes."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something (an OK box)."""
    QMessageBox.information(parent, title, text)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Say what went wrong and what to do (a warning box)."""
    QMessageBox.warning(parent, title, text)


def error_text(error: ExplainedError) -> str:
    """The translated message of a service error (or a full disk, a busy or damaged journal)."""
    template = QCoreApplication.translate(error.context, error.template)
    args = dict(error.args_map)
    if isinstance(error, ValidationError) and isinstance(args.get("name"), str):
        # the field's name ("title", "summary"…), marked in journal.services.validation
        args["name"] = QCoreApplication.translate(error.context, args["name"])
    try:
        return template.format(**args) if args else template
    except (KeyError, IndexError, ValueError):
        return str(error)


def open_file(parent: QWidget | None, title: str, filters: str) -> str:
    """Ask for a file to open; its path, or "" if cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """Ask where to save; the path, or "" if cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def choose_folder(parent: QWidget | None, title: str) -> str:
    """Ask for a folder; its path, or "" if cancelled."""
    return QFileDialog.getExistingDirectory(parent, title)


def get_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """Ask for a line of text; None if cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None
