"""Plugs every feature into the main window. Each feature module has one
``install(window)`` that adds its sections, menu actions and shortcuts.

Order matters only for the navigation list and the menus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from journal.ui.main_window import MainWindow


def install_features(window: MainWindow) -> None:
    # Sections (navigation order): contacts, timeline, calendar, pipeline, reconnect, ...
    if not window.section_keys():
        empty = QLabel(window.tr("No contacts yet — add one (Ctrl+N) or import a file."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        window.add_section("contacts", window.tr("Contacts"), lambda: empty)
    window.file_menu.addSeparator()
    window.file_menu.addAction(window.quit_action)
