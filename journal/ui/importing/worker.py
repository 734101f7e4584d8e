"""Running an import or export step on a ``QThreadPool`` worker.

The worker thread gets its own SQLite connection (Peewee keeps one per thread)
and closes it when done. ``cancel()`` only sets a flag the step polls; the
import then raises ``ImportCancelled`` inside its transaction, which rolls back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from journal.db import database

log = logging.getLogger(__name__)

Step = Callable[[Callable[[float, str], None], Callable[[], bool]], Any]


class Task(QObject):
    """One background step.

    Signals:
        progress(float, str): fraction done (0..1) and what is being done.
        finished(object): the step's result, or the exception it raised.
    """

    progress = Signal(float, str)
    finished = Signal(object)

    def __init__(self, step: Step, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._step = step
        self._cancel = threading.Event()
        self.running = False
        self.finished.connect(self._done)  # first, so other slots already see running == False

    def start(self) -> None:
        self.running = True
        QThreadPool.globalInstance().start(_Runnable(self))

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _done(self, _result: object) -> None:
        self.running = False


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        task = self.task
        try:
            result = task._step(lambda f, m: task.progress.emit(f, m), task.is_cancelled)
        except Exception as exc:  # handed to the UI thread, which says it in plain words
            log.info("background import/export step ended with %r", exc)
            result = exc
        finally:
            if not database.is_closed():
                database.close()  # this thread's connection only
        try:
            task.finished.emit(result)
        except RuntimeError:  # the view that asked was closed meanwhile: nobody is waiting
            log.debug("background step finished after its task was deleted")
