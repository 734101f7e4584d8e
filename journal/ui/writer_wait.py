"""The window's side of waiting for another writer: a progress in the status bar.

Saving needs SQLite's write lock; while another program holds it (an import on the command
line, another window, a long import of this window), ``journal.db.connection`` waits for it
and tells the observer installed here. After a moment the status bar shows what is going
on, with a bar that fills up to the limit, and the pointer turns busy; the window keeps
drawing itself meanwhile (user input waits, so nothing is acted on half-saved). When the
limit is reached, the save fails with ``WriterBusyError`` and its message is shown like
any error (``journal.ui.crash``).

Signals (``WriterWaitIndicator``):
    progressed(float, float): seconds waited and the limit, from a worker thread's wait.
    ended(bool): a worker thread's wait is over (True: it got the lock).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from journal import db

SHOW_AFTER = 0.3  # seconds: a short wait is not worth a flicker


class WriterWaitIndicator(QObject):
    """Tells, in the status bar, that a save waits for another program (see the module doc).

    Signals:
        progressed(float, float): seconds waited and the limit, from a worker thread's wait.
        ended(bool): a worker thread's wait is over (True: it got the lock).
    """

    progressed = Signal(float, float)
    ended = Signal(bool)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.box = QWidget()
        self.box.setObjectName("writerWaitIndicator")
        layout = QHBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("Waiting for another program that is saving to the journal…"))
        self.label.setObjectName("writerWaitLabel")
        self.bar = QProgressBar()
        self.bar.setObjectName("writerWaitBar")
        self.bar.setAccessibleName(self.tr("Waiting for another program to finish saving"))
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(160)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.box.hide()
        window.statusBar().addPermanentWidget(self.box)
        self.busy_cursor = False
        self.progressed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.ended.connect(self._hide, Qt.ConnectionType.QueuedConnection)
        db.set_write_wait_observer(self)
        mine = id(self)
        self.destroyed.connect(lambda: _forget(mine))

    # the observer (called on the thread that waits) ---------------------------------------------
    def waiting(self, elapsed: float, limit: float) -> None:
        if elapsed < SHOW_AFTER:
            return
        if QThread.currentThread() is not self.thread():
            self._emit(self.progressed, elapsed, limit)
            return
        self._show(elapsed, limit)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def finished(self, acquired: bool) -> None:
        if QThread.currentThread() is not self.thread():
            self._emit(self.ended, acquired)
            return
        self._hide()

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window is gone
            pass

    # the widget (UI thread) -------------------------------------------------------------------
    def _show(self, elapsed: float, limit: float) -> None:
        self.bar.setRange(0, max(1, int(limit * 10)))
        self.bar.setValue(min(int(elapsed * 10), self.bar.maximum()))
        self.box.setToolTip(
            self.tr(
                "Another program (an import, another window or a command) is saving to the journal. "
                "Your change is saved as soon as it has finished; after %1 seconds it is given up."
            ).replace("%1", str(int(limit)))
        )
        if not self.box.isVisible():
            self.window.statusBar().clearMessage()  # one message at a time
            self.box.show()
        if not self.busy_cursor:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.busy_cursor = True

    def _hide(self, _acquired: bool = True) -> None:
        self.box.hide()
        if self.busy_cursor:
            QGuiApplication.restoreOverrideCursor()
            self.busy_cursor = False


def _forget(indicator_id: int) -> None:
    current = db.connection.write_wait_observer()
    if current is not None and id(current) == indicator_id:  # a newer window's stays
        db.set_write_wait_observer(None)


def install(window: Any) -> WriterWaitIndicator:
    """Show waits for another writer in ``window``'s status bar."""
    indicator = WriterWaitIndicator(window)
    window.writer_wait = indicator
    return indicator
