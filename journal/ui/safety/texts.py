"""How the safety features word what went wrong, a damaged file and a backup's time."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from journal import db
from journal.safety import consistency, integrity
from journal.safety.errors import as_explained
from journal.ui import ask
from journal.ui.dates import local_qdatetime


def error_text(exc: BaseException) -> str:
    """A failed backup, restore or check in plain words (never a traceback)."""
    explained = as_explained(exc, _journal_folder())
    if explained is not None:
        return ask.error_text(explained)
    return QCoreApplication.translate("Safety", "Something went wrong: {error}").format(error=exc)


def _journal_folder() -> Path | None:
    path = db.database_path()
    return path.parent if path is not None else None


def problem_text(problem: integrity.Problem) -> str:
    """What is wrong with the journal file, naming the file."""
    return QCoreApplication.translate("Safety", problem.template).format(name=problem.path.name)


def local_time(when: datetime) -> str:
    """An aware instant as a short local date and time."""
    return QLocale().toString(local_qdatetime(when), QLocale.FormatType.ShortFormat)


def findings_text(findings: list[consistency.Finding], more: int = 0, shown: int = 10) -> str:
    """What ``check`` found, one translated line each (the first ``shown``)."""
    lines = []
    for finding in findings[:shown]:
        args = dict(finding.args)
        if finding.error is not None:
            args["problem"] = ask.error_text(finding.error)
        lines.append(
            QCoreApplication.translate("Safety", finding.template, None, finding.count).format(**args)
        )
    left = more + max(0, len(findings) - shown)
    if left:
        lines.append(QCoreApplication.translate("Safety", "… and %n more.", None, left))
    return "\n".join(lines)
