"""RestoreDialog: pick one of the journal's backups, see what it holds, and restore it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from journal.safety import backups
from journal.ui import ask, widgets
from journal.ui.safety.texts import local_time


class RestoreDialog(QDialog):
    """Pick a backup: date, reason, counts, and a preview of what is in it."""

    COLUMNS = ("date", "reason", "contacts", "entries", "size")

    def __init__(self, listed: list[backups.BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        widgets.named(self, "restoreBackupDialog", self.tr("Restore from backup"))
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(720, 480)
        self.backups = listed
        self.chosen: backups.BackupInfo | None = None
        self.list = self._backup_list(listed)
        self.preview = widgets.named(QTextBrowser(), "backupPreview", self.tr("What the backup holds"))
        self.empty_label = widgets.named(
            QLabel(self.tr("There are no backups of this journal yet. Use File > Back up now.")),
            "noBackupsLabel",
        )
        self.empty_label.setVisible(not listed)
        buttons = QDialogButtonBox()
        self.restore_button = widgets.named(
            QPushButton(self.tr("&Restore this backup…")), "restoreButton", self.tr("Restore this backup")
        )
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        widgets.add_box_button(
            buttons, QDialogButtonBox.StandardButton.Close, "closeButton", self.tr("Close")
        )
        buttons.rejected.connect(self.reject)
        row = widgets.hbox((self.list, 3), (self.preview, 2))
        widgets.vbox(self.empty_label, row, buttons, parent=self)
        if listed:
            first = self.list.topLevelItem(0)
            if first is not None:
                self.list.setCurrentItem(first)

    def _backup_list(self, listed: list[backups.BackupInfo]) -> QTreeWidget:
        """Date, why, contacts, entries and size of each backup, newest first."""
        tree = widgets.named(QTreeWidget(), "backupList", self.tr("Backups"))
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels(
            [self.tr("Date"), self.tr("Why"), self.tr("Contacts"), self.tr("Entries"), self.tr("Size")]
        )
        locale = QLocale()
        for info in listed:
            item = QTreeWidgetItem(
                [
                    local_time(info.created_at),
                    self._reason(info.reason),
                    locale.toString(info.contacts),
                    locale.toString(info.interactions),
                    locale.formattedDataSize(info.size),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tree.addTopLevelItem(item)
        tree.currentItemChanged.connect(self._show_preview)
        tree.itemDoubleClicked.connect(lambda *_: self._restore())
        return tree

    def _reason(self, reason: str) -> str:
        names = {
            "startup": self.tr("at start-up"),
            "daily": self.tr("daily"),
            "manual": self.tr("by you"),
            "before-migration": self.tr("before an upgrade"),
            "before-restore": self.tr("before a restore"),
            "before-import": self.tr("before an import"),
        }
        return names.get(reason, reason.replace("-", " "))

    def selected(self) -> backups.BackupInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        path = item.data(0, Qt.ItemDataRole.UserRole)
        return next((b for b in self.backups if str(b.path) == path), None)

    def _show_preview(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None)
        if info is None:
            self.preview.clear()
            return
        glimpse = backups.preview(info.path)
        parts = [
            "<p>"
            + self.tr("{contacts} contacts, {entries} entries, made {when}.").format(
                contacts=info.contacts, entries=info.interactions, when=local_time(info.created_at)
            )
            + "</p>"
        ]
        if glimpse.recent_contacts:
            parts.append("<p><b>" + self.tr("Recently changed contacts") + "</b><br>")
            parts.append("<br>".join(escape(n) for n in glimpse.recent_contacts) + "</p>")
        if glimpse.recent_interactions:
            parts.append("<p><b>" + self.tr("Latest entries") + "</b><br>")
            parts.append(
                "<br>".join(
                    escape(f"{when} · {who}: {what}") for when, who, what in glimpse.recent_interactions
                )
                + "</p>"
            )
        self.preview.setHtml("".join(parts))

    def _restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        question = self.tr(
            "Replace the journal with the backup from {when} ({contacts} contacts, {entries} entries)?\n\n"
            "The journal as it is now is backed up first, so you can come back to it."
        ).format(when=local_time(info.created_at), contacts=info.contacts, entries=info.interactions)
        if ask.confirm(self, self.tr("Restore this backup?"), question):
            self.chosen = info
            self.accept()
