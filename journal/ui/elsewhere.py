"""Changes saved by another program show when the user comes back to the window.

``install(window)``: each time the application becomes active again, ``ChangesElsewhere.check``
asks the journal whether another connection committed meanwhile (a command run in a terminal, a
background sync); if so, every view reloads. Nothing runs while the window sits idle.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from journal.db import database_path
from journal.services.elsewhere import ChangesElsewhere
from journal.services.errors import JournalError
from journal.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class _Watcher(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("changesElsewhereWatcher")
        self.window = window
        self.elsewhere = ChangesElsewhere()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        # Only a window that is shown, on the journal open now (a window left over from another
        # journal, as tests leave them, must not announce that one's changes).
        window = self.window
        if state != Qt.ApplicationState.ApplicationActive or not window.isVisible():
            return
        if database_path() != window.context.database_path:
            return
        try:
            self.elsewhere.check()
        except (JournalError, OSError) as exc:  # a journal gone or busy: the next save says so
            log.warning("could not ask the journal for changes made elsewhere: %s", exc)


def install(window: MainWindow) -> None:
    """Reload the views when the app is activated after another program changed the journal."""
    _Watcher(window)
