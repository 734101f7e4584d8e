"""The Contacts section: searchable list, contact page with Networking and Sales views.

``install(window)`` imports the section's modules only when the window installs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journal.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the Contacts section, its actions and shortcuts to the window."""
    from journal.ui.contacts.feature import install as install_feature

    install_feature(window)
