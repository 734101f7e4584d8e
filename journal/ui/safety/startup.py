"""The start-up check: before the window exists, make sure the journal file can be opened.

``prepare_database(path)`` runs ``integrity.verify`` — the check every command runs, at any
size (a progress shows while a big journal is read through; a journal checked before and not
changed since is not read again) — off the UI thread, offers the damaged-file choices
(restore the newest verified backup, start empty, or quit; the damaged file is always kept),
then opens it with ``db.open_database``, backing it up before any migration; what opening did
(a foreign -wal set aside, permissions tightened) is told once.
``choose_damaged_action`` is the question's seam (tests patch it).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from journal import db, paths
from journal.errors import ExplainedError
from journal.safety import backups, integrity, restore
from journal.safety.errors import SafetyError
from journal.services import batches
from journal.ui import ask
from journal.ui.safety.texts import error_text, local_time, problem_text

log = logging.getLogger(__name__)

PROGRESS_AFTER_MS = 400  # the check of a small journal is over before anything shows
RESTORE = "restore"
EMPTY = "empty"
QUIT = "quit"


def choose_damaged_action(
    parent: QWidget | None, problem: integrity.Problem, newest: backups.BackupInfo | None
) -> str:
    """Ask what to do about a damaged journal: ``RESTORE``, ``EMPTY`` or ``QUIT`` (tests patch this)."""
    box = QMessageBox(parent)
    box.setObjectName("damagedJournalDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Safety", "The journal is damaged"))
    box.setText(problem_text(problem))
    if newest is not None:
        backup_line = QCoreApplication.translate(
            "Safety", "The newest verified backup is from {when} ({contacts} contacts, {entries} entries)."
        ).format(when=local_time(newest.created_at), contacts=newest.contacts, entries=newest.interactions)
    else:
        backup_line = QCoreApplication.translate("Safety", "There is no backup of this journal yet.")
    box.setInformativeText(
        QCoreApplication.translate(
            "Safety",
            "Nothing has been written to the file. {backup}\n\nYou can restore that backup or start "
            "with an empty journal. Either way the damaged file is kept, renamed, in the same folder.",
        ).format(backup=backup_line)
    )
    box.setDetailedText(problem.detail)
    buttons: dict[object, str] = {}
    if newest is not None:
        restore_button = box.addButton(
            QCoreApplication.translate("Safety", "Restore newest verified backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        restore_button.setObjectName("restoreNewestButton")
        restore_button.setAccessibleName(
            QCoreApplication.translate("Safety", "Restore newest verified backup")
        )
        buttons[restore_button] = RESTORE
        box.setDefaultButton(restore_button)
    empty_button = box.addButton(
        QCoreApplication.translate("Safety", "Start with an empty journal"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    empty_button.setObjectName("startEmptyButton")
    empty_button.setAccessibleName(QCoreApplication.translate("Safety", "Start with an empty journal"))
    buttons[empty_button] = EMPTY
    quit_button = box.addButton(
        QCoreApplication.translate("Safety", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button.setObjectName("quitButton")
    quit_button.setAccessibleName(QCoreApplication.translate("Safety", "Quit"))
    buttons[quit_button] = QUIT
    box.exec()
    return buttons.get(box.clickedButton(), QUIT)


def handle_problem(parent: QWidget | None, path: Path, problem: integrity.Problem) -> bool:
    """Explain a problem with the journal file; True if a usable file is now at ``path``."""
    log.warning("journal %s: %s (%s)", path, problem.kind, problem.detail)
    if not problem.damaged:
        ask.show_error(
            parent, QCoreApplication.translate("Safety", "Cannot open the journal"), problem_text(problem)
        )
        return False
    newest = backups.newest_backup(path)
    choice = choose_damaged_action(parent, problem, newest)
    if choice not in (RESTORE, EMPTY) or (choice == RESTORE and newest is None):
        return False
    try:
        moved = integrity.move_aside(path)
    except OSError as exc:
        ask.show_error(
            parent, QCoreApplication.translate("Safety", "Cannot open the journal"), error_text(exc)
        )
        return False
    kept = QCoreApplication.translate("Safety", "The damaged file is kept as {file}.").format(file=str(moved))
    if choice == RESTORE and newest is not None:
        try:
            result = restore.restore_backup(newest.path, path)
        except SafetyError as exc:
            ask.show_error(
                parent,
                QCoreApplication.translate("Safety", "Could not restore the backup"),
                f"{error_text(exc)}\n\n{kept}",
            )
            return False
        ask.inform(
            parent,
            QCoreApplication.translate("Safety", "Backup restored"),
            QCoreApplication.translate(
                "Safety", "The backup from {when} was restored ({contacts} contacts)."
            ).format(when=local_time(newest.created_at), contacts=result.contacts)
            + "\n\n"
            + kept,
        )
    else:
        ask.inform(parent, QCoreApplication.translate("Safety", "Starting with an empty journal"), kept)
    return True


def show_notices(parent: QWidget | None, notices: list[db.OpenNotice]) -> None:
    """Tell what opening the journal did to its files (a foreign -wal set aside...), once."""
    for notice in notices:
        ask.inform(
            parent,
            QCoreApplication.translate("Safety", "Opening the journal"),
            QCoreApplication.translate("Safety", notice.template).format(**notice.args),
        )


def open_checked(parent: QWidget | None, path: Path) -> bool:
    """``db.open_database`` with a backup before migrating; errors shown in plain words."""
    notices: list[db.OpenNotice] = []
    title = QCoreApplication.translate("Safety", "Cannot open the journal")
    try:
        db.open_database(path, backup=backups.backup_before_migration, notify=notices.append)
    except db.DatabaseError as exc:
        ask.show_error(parent, title, str(exc))
        return False
    except SafetyError as exc:
        ask.show_error(
            parent,
            title,
            QCoreApplication.translate(
                "Safety",
                "This journal needs an upgrade, but a backup could not be made first, so it was "
                "left as it was. {reason}",
            ).format(reason=error_text(exc)),
        )
        return False
    except (ExplainedError, OSError) as exc:  # a full disk, a folder we may not write to
        ask.show_error(parent, title, error_text(exc))
        return False
    try:
        undone = batches.undo_interrupted()
    except (ExplainedError, OSError) as exc:
        ask.show_error(parent, title, error_text(exc))
        return False
    show_notices(parent, notices)
    if undone:
        ask.inform(
            parent,
            QCoreApplication.translate("Safety", "Opening the journal"),
            QCoreApplication.translate("Safety", batches.UNDONE),
        )
    return True


class _Done(QObject):
    finished = Signal(object)


class _Check(QRunnable):
    def __init__(self, path: Path, done: _Done) -> None:
        super().__init__()
        self.path = path
        self.done = done

    def run(self) -> None:
        try:
            result: object = integrity.verify(self.path)
        except Exception as exc:  # told to the user like any unreadable file
            result = integrity.Problem(integrity.UNREADABLE, self.path, str(exc))
        self.done.finished.emit(result)


def verify_with_progress(parent: QWidget | None, path: Path) -> integrity.Problem | None:
    """``integrity.verify`` off the UI thread; a progress shows when it takes a while (big files)."""
    done = _Done()
    loop = QEventLoop()
    found: list[object] = []

    def finished(result: object) -> None:
        found.append(result)
        loop.quit()

    done.finished.connect(finished)
    QThreadPool.globalInstance().start(_Check(path, done))
    progress = QProgressDialog(parent)
    progress.setObjectName("checkingJournalProgress")
    progress.setWindowTitle(QCoreApplication.translate("Safety", "Networking Journal"))
    progress.setLabelText(
        QCoreApplication.translate(
            "Safety", "Checking the journal {name} before opening it… (a big journal takes a few seconds)"
        ).format(name=path.name)
    )
    progress.setAccessibleName(QCoreApplication.translate("Safety", "Checking the journal"))
    progress.setRange(0, 0)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.hide()  # QProgressDialog shows itself only on setValue(); this one is shown by the timer
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: progress.show() if not found else None)
    timer.start(PROGRESS_AFTER_MS)
    if not found:
        loop.exec()
    timer.stop()
    progress.close()
    progress.deleteLater()
    result = found[0]
    return result if isinstance(result, integrity.Problem) else None


def confirm_new_journal(parent: QWidget | None, path: Path) -> bool:
    """A journal named with --db (or $NETWORKING_JOURNAL_DB) is not there: a typo, or a new one?

    "No" is the default: a mistyped name must not become a new journal by pressing Enter.
    (Tests patch this.)"""
    box = QMessageBox(parent)
    box.setObjectName("noJournalThereDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Safety", "No journal there"))
    box.setText(
        QCoreApplication.translate(
            "Safety",
            "There is no journal at {path}.\n\nIf you meant an existing journal, choose No and "
            "check the name. Choose Yes to start a new, empty journal there.",
        ).format(path=str(path))
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def prepare_database(path: Path, parent: QWidget | None = None) -> bool:
    """Check (at any size), repair with the user's consent, and open the journal before the window.

    A missing journal is made without asking only in its usual place (the first start);
    one named elsewhere is made only when the user says so.
    """
    path = Path(path).expanduser()
    usual = paths.data_dir() / paths.DB_FILENAME
    if not path.exists() and path.absolute() != usual.absolute() and not confirm_new_journal(parent, path):
        return False
    if path.exists():
        problem = verify_with_progress(parent, path)
        if problem is not None and problem.refuses_open and not handle_problem(parent, path, problem):
            return False
    return open_checked(parent, path)
