"""Qt side of the services' change hub: one ``changed`` signal views connect to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from journal.services.events import Change, changes


class ChangeSignals(QObject):
    """Re-emits every committed data change on the UI thread.

    Signals:
        changed(Change): something was created, updated, trashed or restored.
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A queued connection would be needed for writes from worker threads; the
        # signal itself is thread-safe (Qt queues it across threads automatically).
        self._unsubscribe = changes.subscribe(self._forward)
        self.destroyed.connect(self._unsubscribe)

    def _forward(self, change: Change) -> None:
        self.changed.emit(change)

    def close(self) -> None:
        self._unsubscribe()
