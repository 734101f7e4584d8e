"""Unexpected errors: log the traceback, tell the user what to do, keep running.

``install_crash_handler(window_getter)`` replaces ``sys.excepthook`` (errors in
Qt slots and event handlers end up there) and ``threading.excepthook``
(worker threads; shown on the UI thread through a queued signal). The data
stays consistent because every write is one transaction: a failure in the
middle rolls it back. A full disk or a read-only folder gets its own message.

Signals (``CrashReporter``):
    reported(str, str): (title, text) to show on the UI thread.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from journal import clock, db, paths
from journal.errors import DAMAGED_ADVICE, JournalDamagedError
from journal.safety import integrity
from journal.safety.errors import as_explained
from journal.ui import ask

log = logging.getLogger(__name__)

CRASH_LOG = "crash.log"
MAX_DIALOGS_PER_KIND = 3  # the same error in a paint loop must not bury the user in dialogs


def crash_log_path() -> Path:
    """Where tracebacks of unexpected errors are written."""
    return paths.log_dir() / CRASH_LOG


def write_crash_log(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> Path | None:
    """Append the traceback to ``crash.log`` (0600) in the log folder."""
    target = crash_log_path()
    try:
        paths.ensure_private_dir(target.parent)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            stamp = clock.now().astimezone().isoformat(timespec="seconds")
            handle.write(f"--- {stamp} ---\n")
            handle.write("".join(traceback.format_exception(kind, value, tb)))
            handle.write("\n")
        return target
    except OSError:
        log.exception("could not write the crash log")
        return None


def message_for(value: BaseException, log_file: Path | None) -> tuple[str, str]:
    """(title, text) in plain words for an unexpected error."""
    path = db.database_path()
    explained = as_explained(value, path.parent if path is not None else None)
    if isinstance(explained, JournalDamagedError):
        integrity.remember_damaged(explained.path, explained.detail)  # refused at the next start
        return QCoreApplication.translate("Safety", "The journal is damaged"), "\n\n".join(
            (ask.error_text(explained), QCoreApplication.translate("Safety", DAMAGED_ADVICE))
        )
    if explained is not None:  # a full disk, a busy journal, a read-only folder
        return QCoreApplication.translate("Crash", "Could not save"), ask.error_text(explained)
    where = str(log_file) if log_file else QCoreApplication.translate("Crash", "the log folder")
    text = QCoreApplication.translate(
        "Crash",
        "Something went wrong inside Networking Journal, and what you were doing may not have "
        "finished. Everything saved before is safe: an unfinished change is undone, never "
        "half-saved.\n\nYou can keep working. If it happens again, restart the app. The details "
        "were written to {file} — please include that file when you report the problem.",
    ).format(file=where)
    return QCoreApplication.translate("Crash", "Unexpected error"), text


class CrashReporter(QObject):
    """Turns an unexpected exception (UI or worker thread) into a logged traceback and a dialog.

    Signals:
        reported(str, str): (title, text) to show, queued to the UI thread.
    """

    reported = Signal(str, str)

    def __init__(self, window_getter: Callable[[], QWidget | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window_getter = window_getter
        self._showing = False
        self._shown: dict[str, int] = {}
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook

    def excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, value, tb)
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        log_file = write_crash_log(kind, value, tb)
        title, text = message_for(value, log_file)
        key = f"{kind.__name__}:{traceback.extract_tb(tb)[-1:] if tb else ''}"
        if self._count(key):
            self.reported.emit(title, text)

    def thread_excepthook(self, args: Any) -> None:
        if args.exc_type is SystemExit:
            return
        self.excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def _count(self, key: str) -> bool:
        self._shown[key] = self._shown.get(key, 0) + 1
        return self._shown[key] <= MAX_DIALOGS_PER_KIND

    def _show(self, title: str, text: str) -> None:
        if self._showing:  # one dialog at a time; the rest is in the log
            return
        self._showing = True
        try:
            ask.show_error(self.window_getter(), title, text)
        finally:
            self._showing = False


_reporter: CrashReporter | None = None


def install_crash_handler(window_getter: Callable[[], QWidget | None]) -> CrashReporter:
    """Install the hooks once per process; later calls just point them at a new window."""
    global _reporter
    if _reporter is None:
        _reporter = CrashReporter(window_getter)
        _reporter.install()
    else:
        _reporter.window_getter = window_getter
    return _reporter


def uninstall_crash_handler() -> None:
    """Put back the exception hooks that were there before."""
    global _reporter
    if _reporter is not None:
        _reporter.uninstall()
        _reporter.deleteLater()
        _reporter = None
