"""Recount: a count on a worker thread that counts again when asked while it runs.

A page that shows numbers over years of data counts off the UI thread (the window must
not freeze), and a change during the count must not leave it showing numbers older than
the change: asked again meanwhile, it drops the result under way and counts anew.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from journal.ui.importing.worker import Step, Task


class Recount(QObject):
    """Runs the step ``begin()`` returns on a worker thread and hands its result to ``done``.

    Asked to ``start()`` while a step runs, it waits for that step, drops its result and
    starts again (``begin`` is called anew), so ``done`` only sees the latest count.
    """

    def __init__(self, begin: Callable[[], Step], done: Callable[[object], None], parent: QObject) -> None:
        super().__init__(parent)
        self._begin = begin
        self._done = done
        self._task: Task | None = None
        self._again = False

    def start(self) -> None:
        """Count now, or once more as soon as the count under way ends."""
        if self._task is not None and self._task.running:
            self._again = True
            return
        self._again = False
        task = Task(self._begin(), self)
        task.finished.connect(self._finished)
        self._task = task
        task.start()

    def _finished(self, result: object) -> None:
        if self._again:
            self.start()
            return
        self._done(result)
