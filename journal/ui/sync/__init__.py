"""Sync in the window: Preferences ▸ Sync, the ``syncStatus`` indicator, background runs.

``install(window)`` is the only hook (called from ``journal.ui.wiring``). Nothing touches the
network, the keyring or the sync modules' HTTP client until sync has been set up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.ui.main_window import MainWindow
from journal.ui.preferences import PreferencesPage, register_page
from journal.ui.sync import questions
from journal.ui.sync.controller import Outcome, SyncController, describe_error
from journal.ui.sync.indicator import SyncStatus

_registered: list[object] = []
PASSWORD_TEMPLATE = "The password for the sync server is needed."


class SyncFeature:
    """Sync in one window: the controller, the status-bar indicator, and what a click on it asks."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.controller = SyncController(window.context.settings, parent=window)
        self.indicator = SyncStatus(self.controller, window)
        window.statusBar().addPermanentWidget(self.indicator)
        self.indicator.attentionClicked.connect(self.resolve)
        self.controller.finished.connect(self._finished)
        self._asked_password = False

    def _finished(self, outcome: object) -> None:
        if not isinstance(outcome, Outcome) or outcome.error is None:
            return
        template = getattr(outcome.error, "template", "")
        if template == PASSWORD_TEMPLATE and not self._asked_password:
            self._asked_password = True  # asked once at start; later only when the indicator is clicked
            self.ask_password()

    def ask_password(self) -> bool:
        from journal.sync import saved

        found = saved.configured()
        if found is None:
            return False
        password = questions.password(self.window, found.user, found.url)
        if not password:
            return False
        self.controller.password = password
        self.controller.sync_now()
        return True

    def resolve(self) -> None:
        """The indicator says "needs attention": ask what is needed."""
        from journal.sync.errors import AuthError, ConfigError, NeedsAnswer
        from journal.ui import ask

        outcome = self.controller.last
        error = outcome.error if outcome is not None else None
        if isinstance(error, NeedsAnswer):
            answer = questions.mass_delete(self.window, describe_error(error), error.question)
            if answer == questions.ACCEPT_DELETIONS:
                self.controller.sync_now(accept_deletions=True)
            elif answer == questions.RESTORE_SERVER:
                self.controller.sync_now(restore_server=True)
            return
        if isinstance(error, AuthError) or (
            isinstance(error, ConfigError) and getattr(error, "template", "") == PASSWORD_TEMPLATE
        ):
            self.ask_password()
            return
        if error is not None:
            ask.show_error(self.window, QCoreApplication.translate("Sync", "Sync"), describe_error(error))
            return
        if outcome is not None and outcome.problems:
            ask.inform(
                self.window,
                QCoreApplication.translate("Sync", "Sync"),
                QCoreApplication.translate(
                    "Sync",
                    "Some items from the server belong to nobody here yet. Assign them in "
                    "Preferences ▸ Sync.",
                ),
            )
            return
        self.controller.sync_now()


_current: list[SyncController] = []


def _page() -> PreferencesPage:
    """The Sync page, driving the controller of the window that is open now."""
    import shiboken6
    from PySide6.QtCore import QSettings

    from journal.ui.sync.page import SyncPage

    live = [c for c in _current if shiboken6.isValid(c)]
    _current[:] = live[-1:]
    if live:
        return SyncPage(live[-1])
    page = SyncPage(SyncController(QSettings()))
    page.controller.setParent(page)
    return page


def install(window: MainWindow, *, start: bool = True) -> SyncFeature:
    """Add sync to ``window``: its indicator, the Preferences ▸ Sync page (once), and (``start``) the runs."""
    feature = SyncFeature(window)
    if _page not in _registered:
        register_page(_page)
        _registered.append(_page)
    _current.append(feature.controller)
    window.sync_feature = feature  # type: ignore[attr-defined]
    if start:
        feature.controller.start()
    return feature
