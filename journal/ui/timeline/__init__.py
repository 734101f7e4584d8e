"""The Timeline section: every interaction, newest first (see ``page.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the Timeline section to the window."""
    from journal.ui.timeline.page import TimelinePage

    window.add_section(
        "timeline", QCoreApplication.translate("MainWindow", "Timeline"), lambda: TimelinePage(window)
    )


__all__ = ["install"]
