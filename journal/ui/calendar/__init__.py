"""The follow-up Calendar section (see ``page.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the Calendar section to the window."""
    from journal.ui.calendar.page import CalendarPage

    window.add_section(
        "calendar", QCoreApplication.translate("MainWindow", "Calendar"), lambda: CalendarPage(window)
    )


__all__ = ["install"]
