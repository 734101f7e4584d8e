"""Help > About: version, where the data lives, licence, and the log folder.

``install(window)`` adds "About Networking Journal" (``AboutRole``, so macOS
moves it to the application menu) and "About Qt" to the Help menu.
"""

from __future__ import annotations

import html
import platform
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from journal import APP_NAME, __version__, paths
from journal.ui import icons, widgets
from journal.ui.main_window import MainWindow

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


def open_folder(path: Path) -> bool:
    """Show ``path`` in the file manager (tests patch this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AboutDialog(QDialog):
    """Help > About: version, where the journal, backups and logs live, licence."""

    def __init__(self, database_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        widgets.named(self, "aboutDialog", self.tr("About Networking Journal"))
        self.setWindowTitle(self.tr("About Networking Journal"))
        logo = widgets.named(QLabel(), "aboutLogo", self.tr("Networking Journal logo"))
        logo.setPixmap(icons.app_icon().pixmap(64, 64))
        title = widgets.named(QLabel(f"<h2>{html.escape(APP_NAME)}</h2>"), "aboutTitle")
        blurb = widgets.text_label(
            "aboutBlurb",
            self.tr(
                "An offline journal for networking and sales with the same people. "
                "Your data stays on this computer."
            ),
        )
        header = widgets.hbox(logo, (widgets.vbox(title, blurb), 1))
        facts = self._facts(database_path)
        buttons = self._buttons()
        widgets.vbox(header, facts, buttons, parent=self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def _facts(self, database_path: Path) -> QFormLayout:
        """Version, where the journal, its backups and the logs are, licence, runtime."""
        self.version_label = _value("aboutVersion", __version__)
        self.database_label = _value("aboutDatabase", str(database_path))
        self.backup_label = _value("aboutBackups", str(paths.backup_dir()))
        self.log_label = _value("aboutLogs", str(paths.log_dir()))
        self.licence_label = widgets.named(
            QLabel(f'<a href="{LICENCE_URL}">{LICENCE}</a>'), "aboutLicence", self.tr("Licence")
        )
        self.licence_label.setOpenExternalLinks(True)
        runtime = _value(
            "aboutRuntime", f"Python {platform.python_version()}, Qt {qVersion()}, {platform.system()}"
        )
        form = QFormLayout()
        form.addRow(self.tr("Version:"), self.version_label)
        form.addRow(self.tr("Database:"), self.database_label)
        form.addRow(self.tr("Backups:"), self.backup_label)
        form.addRow(self.tr("Log files:"), self.log_label)
        form.addRow(self.tr("Licence:"), self.licence_label)
        form.addRow(self.tr("Built with:"), runtime)
        return form

    def _buttons(self) -> QDialogButtonBox:
        buttons = widgets.dialog_buttons(self, "aboutButtons", QDialogButtonBox.StandardButton.Close)
        folders = (
            ("openLogFolderButton", self.tr("Open &Log Folder"), self.tr("Open log folder"), paths.log_dir),
            (
                "openBackupFolderButton",
                self.tr("Open &Backup Folder"),
                self.tr("Open backup folder"),
                paths.backup_dir,
            ),
        )
        self.open_logs_button, self.open_backups_button = (
            widgets.add_box_button(
                buttons,
                (text, QDialogButtonBox.ButtonRole.ActionRole),
                name,
                accessible,
                partial(_open_our_folder, folder),
            )
            for name, text, accessible, folder in folders
        )
        widgets.named(
            buttons.button(QDialogButtonBox.StandardButton.Close), "aboutCloseButton", self.tr("Close")
        )
        return buttons


def _open_our_folder(folder: Callable[[], Path]) -> None:
    """Create one of the app's folders if it is missing, then show it in the file manager."""
    open_folder(paths.ensure_private_dir(folder()))


def _value(name: str, text: str) -> QLabel:
    """A fact the user may want to copy (a path, a version)."""
    label = widgets.text_label(name, text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def install(window: MainWindow) -> None:
    """Help > About Networking Journal and About Qt."""
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
    """Show the About dialog over ``window`` (not blocking)."""
    dialog = AboutDialog(window.context.database_path, window)
    dialog.setModal(True)
    dialog.show()
    return dialog
