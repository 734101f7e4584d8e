"""The log file: ``networking-journal.log`` in ``journal.paths.log_dir()``.

Rotated at 1 MB (five old files kept), readable by the user only. Written by
``setup_logging()`` at start-up; messages also go to stderr when there is one
(the Windows GUI launcher has none, so nothing pops up a console). Qt's own
warnings are routed into the same log by ``install_qt_message_handler()``.
Notes and names of contacts must never be logged — ids only.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import Any

from journal import paths

LOG_FILENAME = "networking-journal.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Creates every log file (also after rotation) with 0600 permissions."""

    def _open(self) -> Any:
        if os.name == "posix":
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.close(fd)
            paths.make_private_file(Path(self.baseFilename))
        return super()._open()


def log_file() -> Path:
    """The log file's path."""
    return paths.log_dir() / LOG_FILENAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the app's logging to the log file (and stderr if present). Idempotent."""
    folder = paths.ensure_private_dir(paths.log_dir())
    target = folder / LOG_FILENAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, _PrivateRotatingFileHandler) and Path(handler.baseFilename) == target:
            return target
    file_handler = _PrivateRotatingFileHandler(
        target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(file_handler)
    if sys.stderr is not None:  # None under pythonw / the Windows gui-script launcher
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(console)
    root.setLevel(level)
    _log_uncaught_exceptions()
    from journal import __version__

    logging.getLogger("journal").info(
        "Networking Journal %s starting (Python %s)", __version__, sys.version.split()[0]
    )
    return target


def _log_uncaught_exceptions() -> None:
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        logging.getLogger("journal").critical("uncaught exception", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    sys.excepthook = hook


def install_qt_message_handler() -> None:
    """Qt's warnings and errors go to the log (under the logger ``qt``)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, context: Any, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
