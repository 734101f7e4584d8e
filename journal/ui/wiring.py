"""Plugs every feature into the main window. Each feature module has one
``install(window)`` that adds its sections, menu actions and shortcuts.

Order matters only for the navigation list and the menus.
"""

from __future__ import annotations

from journal.ui import (
    about,
    calendar,
    capture,
    contacts,
    elsewhere,
    importing,
    lazy_sections,
    palette,
    pipeline,
    reminder_feature,
    safety,
    shortcuts,
    sync,
    timeline,
    trash,
)
from journal.ui.main_window import MainWindow


def install_features(window: MainWindow) -> None:
    # Sections (navigation order): contacts, timeline, calendar, pipeline, reconnect, ...
    """Plug every feature into the window: sections, menus, shortcuts, reminders."""
    contacts.install(window)
    timeline.install(window)
    calendar.install(window)
    pipeline.install(window)
    lazy_sections.install_reconnect(window)
    lazy_sections.install_insights(window)
    lazy_sections.install_duplicates(window)  # Duplicates section (review and merge, undoable)
    trash.install(window)  # keep the Trash last in the navigation
    reminder_feature.install(window)  # due panel, tray, scheduler, offers, Edit ▸ Preferences
    safety.install(window)  # File ▸ Back up now / Restore from backup…, Help ▸ Check database
    importing.install(window)  # File ▸ Import… / Export…, drop a file on the window
    sync.install(window)  # Preferences ▸ Sync, the status-bar indicator, background sync (issue 15)
    capture.install(window)  # File ▸ Quick Capture… (Ctrl+Shift+L), the tray menu too
    elsewhere.install(window)  # what another program saved shows when the window is active again
    window.file_menu.addSeparator()
    window.file_menu.addAction(window.quit_action)
    palette.install(window)  # View ▸ Go to Anything… (Ctrl+K): everything above is in it
    about.install(window)
    shortcuts.install(window)  # Help ▸ Keyboard Shortcuts (F1, Ctrl+/), first in the Help menu
