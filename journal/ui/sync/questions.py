"""The questions the sync feature asks (tests replace these functions with ``monkeypatch``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

ACCEPT_DELETIONS = "accept"
RESTORE_SERVER = "restore"
LATER = "later"


def password(parent: QWidget | None, user: str, server: str) -> str | None:
    """Ask for the server password (kept in memory until the app quits when there is no keyring)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Sync", "Sync password"),
        QCoreApplication.translate("Sync", "Password for %1 on %2:")
        .replace("%1", user)
        .replace("%2", server),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def mass_delete(parent: QWidget | None, message: str, question: str) -> str:
    """The server lost most items: delete them here too, upload them again, or decide later."""
    box = QMessageBox(parent)
    box.setObjectName("syncQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Sync", "Sync needs your answer"))
    box.setText(message)
    delete = box.addButton(
        QCoreApplication.translate("Sync", "Delete here too"), QMessageBox.ButtonRole.DestructiveRole
    )
    upload = box.addButton(
        QCoreApplication.translate("Sync", "Upload them again"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("Sync", "Decide later"), QMessageBox.ButtonRole.RejectRole)
    if question == "collection_missing":
        delete.hide()
    box.setDefaultButton(upload)
    box.exec()
    clicked = box.clickedButton()
    if clicked is delete:
        return ACCEPT_DELETIONS
    if clicked is upload:
        return RESTORE_SERVER
    return LATER
