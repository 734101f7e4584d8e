"""A start-up probe for benchmarks and smoke tests.

With ``NETWORKING_JOURNAL_READY_PROBE`` set, the app prints ``READY <epoch>``
once the main window is shown and the contact list has rows (or the journal
is empty), then quits (``exit``) or keeps running (``stay``). Staying, it also opens
the Due now panel (the idle benchmark measures the app with it open) and, ten
seconds later, prints ``DUE_PANEL <rows>``.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget, QMainWindow

PROBE_ENV = "NETWORKING_JOURNAL_READY_PROBE"


def install_ready_probe(window: QMainWindow) -> None:
    """For the benchmarks: report when the window is ready to use."""
    mode = os.environ.get(PROBE_ENV)
    if not mode:
        return
    deadline = time.monotonic() + 60

    def check() -> None:
        view = window.findChild(QAbstractItemView, "contactList")
        model = view.model() if view is not None else None
        if model is None:  # another section was remembered: being shown is the whole job
            filled = True
        else:
            filled = model.rowCount() > 0 or bool(os.environ.get("NJ_PROBE_EMPTY_OK"))
        if (window.isVisible() and filled) or time.monotonic() > deadline:
            if view is not None:
                view.viewport().repaint()
            sys.stdout.write(f"READY {time.time():.6f}\n")
            sys.stdout.flush()
            if mode == "exit":
                QApplication.quit()
            else:
                _open_due_panel(window)
            return
        QTimer.singleShot(1, check)

    QTimer.singleShot(0, check)


def _open_due_panel(window: QMainWindow) -> None:
    panel = window.findChild(QDockWidget, "duePanel")
    if panel is None:
        return
    panel.show()

    def report() -> None:
        rows = getattr(panel, "rows", [])
        sys.stdout.write(f"DUE_PANEL {len(rows) if panel.isVisible() else 'hidden'}\n")
        sys.stdout.flush()

    QTimer.singleShot(10_000, report)
