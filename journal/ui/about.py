"""Help > About: version, where the data lives, licence, and the log folder.

``install(window)`` adds "About Networking Journal" (``AboutRole``, so macOS
moves it to the application menu) and "About Qt" to the Help menu.
"""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal import APP_NAME, __version__, paths
from journal.ui import icons
from journal.ui.main_window import MainWindow

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


def open_folder(path: Path) -> bool:
    """Show ``path`` in the file manager (tests patch this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AboutDialog(QDialog):
    def __init__(self, database_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Networking Journal"))
        self.setAccessibleName(self.tr("About Networking Journal"))

        logo = QLabel()
        logo.setObjectName("aboutLogo")
        logo.setPixmap(icons.app_icon().pixmap(64, 64))
        logo.setAccessibleName(self.tr("Networking Journal logo"))
        title = QLabel(f"<h2>{html.escape(APP_NAME)}</h2>")
        title.setObjectName("aboutTitle")
        blurb = QLabel(
            self.tr(
                "An offline journal for networking and sales with the same people. "
                "Your data stays on this computer."
            )
        )
        blurb.setObjectName("aboutBlurb")
        blurb.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(logo)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(blurb)
        header.addLayout(heading, 1)

        self.version_label = self._value("aboutVersion", __version__)
        self.database_label = self._value("aboutDatabase", str(database_path))
        self.backup_label = self._value("aboutBackups", str(paths.backup_dir()))
        self.log_label = self._value("aboutLogs", str(paths.log_dir()))
        self.licence_label = QLabel(f'<a href="{LICENCE_URL}">{LICENCE}</a>')
        self.licence_label.setObjectName("aboutLicence")
        self.licence_label.setOpenExternalLinks(True)
        self.licence_label.setAccessibleName(self.tr("Licence"))
        runtime = self._value(
            "aboutRuntime", f"Python {platform.python_version()}, Qt {qVersion()}, {platform.system()}"
        )

        form = QFormLayout()
        form.addRow(self.tr("Version:"), self.version_label)
        form.addRow(self.tr("Database:"), self.database_label)
        form.addRow(self.tr("Backups:"), self.backup_label)
        form.addRow(self.tr("Log files:"), self.log_label)
        form.addRow(self.tr("Licence:"), self.licence_label)
        form.addRow(self.tr("Built with:"), runtime)

        self.open_logs_button = QPushButton(self.tr("Open &Log Folder"))
        self.open_logs_button.setObjectName("openLogFolderButton")
        self.open_logs_button.setAccessibleName(self.tr("Open log folder"))
        self.open_logs_button.clicked.connect(self.open_log_folder)
        self.open_backups_button = QPushButton(self.tr("Open &Backup Folder"))
        self.open_backups_button.setObjectName("openBackupFolderButton")
        self.open_backups_button.setAccessibleName(self.tr("Open backup folder"))
        self.open_backups_button.clicked.connect(self.open_backup_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("aboutButtons")
        buttons.addButton(self.open_logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_backups_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("aboutCloseButton")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(buttons)
        close.setFocus()

    def _value(self, name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def open_log_folder(self) -> None:
        open_folder(paths.ensure_private_dir(paths.log_dir()))

    def open_backup_folder(self) -> None:
        open_folder(paths.ensure_private_dir(paths.backup_dir()))


def install(window: MainWindow) -> None:
    about = QAction(QCoreApplication.translate("About", "&About Networking Journal"), window)
    about.setObjectName("aboutAction")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: show_about(window))
    about_qt = QAction(QCoreApplication.translate("About", "About &Qt"), window)
    about_qt.setObjectName("aboutQtAction")
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    about_qt.triggered.connect(QApplication.aboutQt)
    window.help_menu.addAction(about)
    window.help_menu.addAction(about_qt)


def show_about(window: MainWindow) -> AboutDialog:
    dialog = AboutDialog(window.context.database_path, window)
    dialog.setModal(True)
    dialog.show()
    return dialog
