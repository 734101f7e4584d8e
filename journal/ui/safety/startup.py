"""The start-up check: before the window exists, make sure the journal file can be opened.

``prepare_database(path)`` runs instant read-only checks of the file (plus ``quick_check``
when the file is small), offers the damaged-file choices (restore the newest verified
backup, start empty, or quit; the damaged file is always kept), then opens it with
``db.open_database``, backing it up before any migration.
``choose_damaged_action`` is the question's seam (tests patch it).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journal import db
from journal.safety import backups, integrity, restore
from journal.safety.errors import SafetyError
from journal.ui import ask
from journal.ui.safety.texts import error_text, local_time, problem_text

log = logging.getLogger(__name__)

# quick_check reads every page (~0.5 s for 640 MB with a warm cache); above this
# size it runs after the window shows, off the UI thread.
SYNC_QUICK_CHECK_LIMIT = 32 * 1024 * 1024
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


def open_checked(parent: QWidget | None, path: Path) -> bool:
    """``db.open_database`` with a backup before migrating; errors shown in plain words."""
    try:
        db.open_database(path, backup=backups.backup_before_migration)
    except db.DatabaseError as exc:
        ask.show_error(parent, QCoreApplication.translate("Safety", "Cannot open the journal"), str(exc))
        return False
    except SafetyError as exc:
        ask.show_error(
            parent,
            QCoreApplication.translate("Safety", "Cannot open the journal"),
            QCoreApplication.translate(
                "Safety",
                "This journal needs an upgrade, but a backup could not be made first, so it was "
                "left as it was. {reason}",
            ).format(reason=error_text(exc)),
        )
        return False
    return True


def prepare_database(path: Path, parent: QWidget | None = None) -> bool:
    """Check, repair (with the user's consent) and open the journal before the window shows."""
    path = Path(path).expanduser()
    small = not path.exists() or path.stat().st_size <= SYNC_QUICK_CHECK_LIMIT
    problem = integrity.diagnose(path, quick=small)
    if problem is not None and not handle_problem(parent, path, problem):
        return False
    return open_checked(parent, path)


def needs_background_check(path: Path) -> bool:
    """Whether the file is too big to check before the window shows."""
    return path.exists() and path.stat().st_size > SYNC_QUICK_CHECK_LIMIT
