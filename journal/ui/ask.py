"""Every question the app asks the user, in one place tests can patch.

Widgets call ``ask.confirm(...)`` etc. instead of QMessageBox/QFileDialog
directly, so pytest-qt tests replace these functions with ``monkeypatch``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QInputDialog, QMessageBox, QWidget

from journal.errors import ExplainedError
from journal.services.errors import ValidationError


def tr(text: str) -> str:
    """Translate a message of the questions (context "Ask")."""
    return QCoreApplication.translate("Ask", text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True for yes."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def confirm_with_option(
    parent: QWidget | None, title: str, text: str, option: str, *, details: str = "", checked: bool = False
) -> tuple[bool, bool]:
    """Ask a yes/no question with a check box for an option of the yes; (yes?, option checked?)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("confirmWithOption")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if details:
        box.setInformativeText(details)
    check = QCheckBox(option)
    check.setObjectName("confirmOption")
    check.setAccessibleName(option)
    check.setChecked(checked)
    box.setCheckBox(check)
    answer = box.exec()
    return answer == QMessageBox.StandardButton.Yes, check.isChecked()


KEEP_EDITING, DISCARD, KEEP_DRAFT = "keep", "discard", "draft"


def discard_entry(parent: QWidget | None, *, can_keep_draft: bool) -> str:
    """ "Discard this entry?" for a form holding typed text: ``KEEP_EDITING`` (the default, and
    Escape), ``DISCARD``, or ``KEEP_DRAFT`` (only when ``can_keep_draft``: it comes back next time)."""
    box = QMessageBox(parent)
    box.setObjectName("discardEntryBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Ask", "Discard this entry?"))
    box.setText(QCoreApplication.translate("Ask", "Discard this entry?"))
    box.setInformativeText(
        QCoreApplication.translate(
            "Ask",
            "What you typed is kept as a draft if you like: it comes back the next time you open this form.",
        )
        if can_keep_draft
        else QCoreApplication.translate("Ask", "What you typed will be lost.")
    )
    keep = box.addButton(
        QCoreApplication.translate("Ask", "&Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    keep.setObjectName("keepEditingButton")
    draft = None
    if can_keep_draft:
        draft = box.addButton(
            QCoreApplication.translate("Ask", "Keep as &draft"), QMessageBox.ButtonRole.ActionRole
        )
        draft.setObjectName("keepDraftButton")
    discard = box.addButton(
        QCoreApplication.translate("Ask", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    discard.setObjectName("discardButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is discard:
        return DISCARD
    if draft is not None and clicked is draft:
        return KEEP_DRAFT
    return KEEP_EDITING


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something (an OK box)."""
    QMessageBox.information(parent, title, text)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Say what went wrong and what to do (a warning box)."""
    QMessageBox.warning(parent, title, text)


def error_text(error: ExplainedError) -> str:
    """The translated message of a service error (or a full disk, a busy or damaged journal)."""
    template = QCoreApplication.translate(error.context, error.template)
    # a nested error (an import naming the rule a record broke) is translated in its own context
    args = {k: error_text(v) if isinstance(v, ExplainedError) else v for k, v in error.args_map.items()}
    if isinstance(error, ValidationError) and isinstance(args.get("name"), str):
        # the field's name ("title", "summary"…), marked in journal.services.validation
        args["name"] = QCoreApplication.translate(error.context, args["name"])
    try:
        return template.format(**args) if args else template
    except (KeyError, IndexError, ValueError):
        return str(error)


#: Two labels of Qt's own file dialog, as Qt 6 writes them (with an access key), that Qt's Spanish
#: catalog lacks: ours carries them (the translator installed last is asked first).
QT_FILE_DIALOG_LABELS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


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
