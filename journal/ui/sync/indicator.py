"""The status-bar indicator ``syncStatus``: synced / syncing / offline with N changes waiting /
needs attention. Clicking it syncs now, or asks what the attention is about."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QToolButton, QWidget

from journal.ui.sync.controller import Outcome, SyncController, describe_error


class SyncStatus(QToolButton):
    """Signals:
    attentionClicked(): clicked while the sync needs the user (a question, a password).
    """

    attentionClicked = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.controller = controller
        controller.stateChanged.connect(self.refresh)
        controller.finished.connect(lambda _outcome: self.refresh(controller.state))
        self.clicked.connect(self._clicked)
        self.refresh(controller.state)

    def _clicked(self) -> None:
        if self.controller.state == "attention":
            self.attentionClicked.emit()
        else:
            self.controller.sync_now()

    def refresh(self, state: str) -> None:
        last: Outcome | None = self.controller.last
        waiting = last.waiting if last is not None else 0
        if state == "off":
            self.hide()
            return
        self.show()
        if state == "syncing":
            text, tip = self.tr("Syncing…"), self.tr("Sending and fetching changes.")
        elif state == "offline":
            text = self.tr("Offline, %n changes waiting", "", waiting) if waiting else self.tr("Offline")
            tip = self.tr("The server cannot be reached now; changes are sent at the next sync.")
        elif state == "attention":
            text = self.tr("Sync needs attention")
            tip = self.tr("Click to see what sync needs from you.")
        else:
            text, tip = self.tr("Synced"), self.tr("Click to sync now.")
        if last is not None and last.error is not None:
            tip = describe_error(last.error)
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(self.tr("Sync status: %1").replace("%1", text))
