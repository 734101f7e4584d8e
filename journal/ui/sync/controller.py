"""When and how the window syncs: off the UI thread, every N minutes, a few seconds after a
change made here, and on "Sync now". Being offline is normal: no dialog, the status says it.

Signals:
    stateChanged(str): "off", "synced", "syncing", "offline" or "attention".
    finished(object): an ``Outcome`` after each run.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal

from journal.db import database_path
from journal.services.errors import JournalError
from journal.services.events import Change, changes
from journal.ui import ask
from journal.ui.importing.worker import Task

log = logging.getLogger(__name__)

INTERVAL_KEY = "sync/interval_minutes"
AFTER_CHANGE_KEY = "sync/after_change"
DEFAULT_INTERVAL_MIN = 15
AFTER_CHANGE_DELAY_MS = 5_000
FIRST_SYNC_DELAY_MS = 3_000


@dataclass(frozen=True)
class Outcome:
    """How a background run ended: its result or error, then the changes waiting and unassigned items."""

    result: Any = None  # SyncResult when it worked
    error: Exception | None = None
    waiting: int = 0
    problems: int = 0


def messages() -> Any:
    """The texts the engine writes into the journal (conflict notes), in the UI language."""
    from journal.sync.outcome import Messages

    return Messages(
        conflict_summary=QCoreApplication.translate("Sync", "Sync conflict: {field}"),
        conflict_notes=QCoreApplication.translate(
            "Sync", "Kept (the more recent edit): {kept}\nReplaced: {lost}"
        ),
    )


def interval_minutes(settings: QSettings) -> int:
    """The automatic sync interval from the settings, in minutes (0 = never, at most a day)."""
    try:
        return max(0, min(24 * 60, int(str(settings.value(INTERVAL_KEY, DEFAULT_INTERVAL_MIN)))))
    except (TypeError, ValueError):
        return DEFAULT_INTERVAL_MIN


def after_change(settings: QSettings) -> bool:
    """Whether to sync a few seconds after each change the user makes (on unless switched off)."""
    return str(settings.value(AFTER_CHANGE_KEY, "true")).lower() in ("true", "1")


class SyncController(QObject):
    """Runs sync in the background: every N minutes, a few seconds after the user's changes, and on request.

    Signals:
        stateChanged(str): the state, each time it is set: "off", "synced", "syncing", "offline" or
            "attention".
        finished(object): an ``Outcome`` at the end of each run.
        _userChange(): internal; a change was made on the UI thread (starts the after-change timer).
    """

    stateChanged = Signal(str)
    finished = Signal(object)
    _userChange = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncController")
        self.settings = settings
        self.state = "off"
        self.last: Outcome | None = None
        self.password: str | None = None
        self.task: Task | None = None
        self._pending_options: dict[str, bool] | None = None
        self.ask_password: Callable[[], str | None] = lambda: None
        self.auto_timer = QTimer(self)
        self.auto_timer.setObjectName("syncAutoTimer")
        self.auto_timer.timeout.connect(self.sync_now)
        self.change_timer = QTimer(self)
        self.change_timer.setObjectName("syncAfterChangeTimer")
        self.change_timer.setSingleShot(True)
        self.change_timer.setInterval(AFTER_CHANGE_DELAY_MS)
        self.change_timer.timeout.connect(self.sync_now)
        self._userChange.connect(self._on_user_change)
        self._main_thread = threading.current_thread()
        # The journal this controller syncs: a window left over from another journal (tests open
        # many) must not start runs, or time their timers, against whatever file is open now.
        self.database_path = database_path()
        self._unsubscribe = changes.subscribe(self._on_change)
        self.destroyed.connect(self._unsubscribe)

    # -- set-up ------------------------------------------------------------------------------------

    def configured(self) -> bool:
        from journal.sync import saved

        return self._own_journal_open() and saved.configured() is not None

    def _own_journal_open(self) -> bool:
        return self.database_path is not None and database_path() == self.database_path

    def start(self) -> None:
        """At start-up: nothing at all unless sync is set up (no network, no keyring)."""
        if not self.configured():
            self._set_state("off")
            return
        self._set_state("synced" if self.last is None else self.state)
        self.apply_settings()
        QTimer.singleShot(FIRST_SYNC_DELAY_MS, self, self.sync_now)

    def apply_settings(self) -> None:
        minutes = interval_minutes(self.settings)
        if minutes and self.configured():
            self.auto_timer.start(minutes * 60_000)
        else:
            self.auto_timer.stop()

    def stop(self) -> None:
        self.auto_timer.stop()
        self.change_timer.stop()
        if self.task is not None:
            self.task.cancel()

    # -- changes -------------------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        # Only changes made on the UI thread are the user's; the sync worker's own writes are not,
        # nor the reload for what another program or thread saved (``noticed``).
        if (
            threading.current_thread() is self._main_thread
            and change.action not in ("reminded", "noticed")
            and self._own_journal_open()
        ):
            self._userChange.emit()

    def _on_user_change(self) -> None:
        if self.state != "off" and after_change(self.settings) and self.configured():
            self.change_timer.start()

    # -- running -------------------------------------------------------------------------------------

    def running(self) -> bool:
        return self.task is not None and self.task.running

    def sync_now(self, *, accept_deletions: bool = False, restore_server: bool = False) -> bool:
        """Start a run in the background; False when one is running already or sync is off."""
        if self.running():
            self._pending_options = {"accept_deletions": accept_deletions, "restore_server": restore_server}
            return False
        if not self.configured():
            self._set_state("off")
            return False
        password = self.password
        options = {"accept_deletions": accept_deletions, "restore_server": restore_server}
        translated = messages()

        def step(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> Outcome:
            from journal.sync import account, saved, secrets, store
            from journal.sync.errors import SyncError

            try:
                if password is not None:
                    found = saved.configured()
                    if found is not None:
                        secrets.remember_for_session(found.url, found.user, password)
                result = account.run_sync(
                    password,
                    messages=translated,
                    cancelled=cancelled,
                    accept_deletions=options["accept_deletions"],
                    restore_server=options["restore_server"],
                )
                return Outcome(result, None, result.waiting, result.problems)
            except SyncError as exc:
                return Outcome(None, exc, store.waiting_count(), len(store.problems()))

        self.task = Task(step, self)
        self.task.finished.connect(self._done)
        self._set_state("syncing")
        self.task.start()
        return True

    def _done(self, outcome: object) -> None:
        from journal.sync.errors import AuthError, ConfigError, NeedsAnswer, OfflineError, ServerError

        if not isinstance(outcome, Outcome):  # an unexpected failure (a bug): logged, shown as attention
            log.error("sync run failed: %r", outcome)
            outcome = Outcome(None, outcome if isinstance(outcome, Exception) else None)
        self.last = outcome
        error = outcome.error
        if error is None:
            self._set_state("attention" if outcome.problems else "synced")
        elif isinstance(error, OfflineError | ServerError):
            self._set_state("offline")
        elif isinstance(error, ConfigError | AuthError) and not isinstance(error, NeedsAnswer):
            self._set_state("attention")
        else:
            self._set_state("attention")
        self.finished.emit(outcome)
        if self._pending_options is not None:
            options, self._pending_options = self._pending_options, None
            self.sync_now(**options)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.stateChanged.emit(state)


def describe_error(error: Exception) -> str:
    """What to show for a failed run: the translated message of our errors, else the plain text."""
    return ask.error_text(error) if isinstance(error, JournalError) else str(error)
