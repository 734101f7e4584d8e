"""Backups, restore and checks in the window, and the damaged-file flow at start-up.

``prepare_database(path)`` runs before the window exists: instant read-only
checks of the file (plus ``quick_check`` when the file is small), the
damaged-file dialog, then ``db.open_database`` with a backup before any
migration. ``install(window)`` adds File > Back up now, File > Restore from
backup…, Help > Check database. ``start_automatic(window)`` (called by the
app, not by tests that build a window) runs the start-up check and backup in
the background and then wakes once an hour for the daily backup.

All file work runs on ``QThreadPool`` workers with their own SQLite
connections; the UI thread only shows results.

Signals (``SafetyController``):
    backupFinished(object): a ``BackupInfo``, ``None`` (nothing to do) or an exception.
    restoreFinished(object): a ``RestoreResult`` or an exception.
    checkFinished(object): a ``CheckReport`` / ``Problem`` / ``None`` or an exception.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QRunnable,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal import clock, db
from journal.safety import backups, integrity, restore
from journal.safety.errors import SafetyError, storage_problem
from journal.services.events import changes
from journal.ui import ask

log = logging.getLogger(__name__)

HOUR_MS = 60 * 60 * 1000
# quick_check reads every page (~0.5 s for 640 MB with a warm cache); above this
# size it runs after the window shows, off the UI thread.
SYNC_QUICK_CHECK_LIMIT = 32 * 1024 * 1024
RESTORE = "restore"
EMPTY = "empty"
QUIT = "quit"
REFRESHED_ENTITIES = ("contact", "interaction", "followup", "deal", "introduction", "quota")


def retention_from_settings(settings: QSettings | None = None) -> backups.Retention:
    """``backup/keepRecent``, ``keepDaily``, ``keepWeekly``, ``keepMonthly`` (defaults otherwise)."""
    settings = settings or QSettings()
    default = backups.Retention()

    def value(key: str, fallback: int) -> int:
        try:
            number = int(str(settings.value(f"backup/{key}", fallback)))
        except (TypeError, ValueError):
            return fallback
        return number if 0 <= number <= 1000 else fallback

    return backups.Retention(
        recent=value("keepRecent", default.recent),
        daily=value("keepDaily", default.daily),
        weekly=value("keepWeekly", default.weekly),
        monthly=value("keepMonthly", default.monthly),
    )


def error_text(exc: BaseException) -> str:
    if isinstance(exc, SafetyError):
        return ask.error_text(exc)
    kind = storage_problem(exc)
    if kind is not None:
        from journal.safety.errors import STORAGE_MESSAGES

        return QCoreApplication.translate("Safety", STORAGE_MESSAGES[kind])
    return QCoreApplication.translate("Safety", "Something went wrong: {error}").format(error=exc)


def problem_text(problem: integrity.Problem) -> str:
    return QCoreApplication.translate("Safety", problem.template).format(name=problem.path.name)


def local_time(when: Any) -> str:
    return QLocale().toString(
        when.astimezone(clock.local_zone()).replace(tzinfo=None), QLocale.FormatType.ShortFormat
    )


# -- background jobs --------------------------------------------------------------------------------


class _Job(QObject):
    finished = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, job: _Job, fn: Callable[[], object]) -> None:
        super().__init__()
        self.job = job
        self.fn = fn

    def run(self) -> None:
        try:
            result: object = self.fn()
        except Exception as exc:  # handed to the UI thread, which shows it in plain words
            log.warning("safety job failed: %s", exc, exc_info=not isinstance(exc, SafetyError))
            result = exc
        self.job.finished.emit(result)


# -- start-up ---------------------------------------------------------------------------------------


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
    return path.exists() and path.stat().st_size > SYNC_QUICK_CHECK_LIMIT


# -- in the window ----------------------------------------------------------------------------------


STARTUP_WORK_DELAY_MS = 20_000  # start-up check and backup wait until the user had a look


class SafetyController(QObject):
    backupFinished = Signal(object)
    restoreFinished = Signal(object)
    checkFinished = Signal(object)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.busy = False
        self._jobs: set[_Job] = set()
        self.timer = QTimer(self)
        self.timer.setObjectName("dailyBackupTimer")
        self.timer.setInterval(HOUR_MS)  # one wake an hour; the backup itself is at most daily
        self.timer.timeout.connect(self.hourly)

    @property
    def path(self) -> Path:
        return Path(self.window.context.database_path)

    def settings(self) -> QSettings:
        settings = getattr(self.window.context, "settings", None)
        return settings if isinstance(settings, QSettings) else QSettings()

    def status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _run(self, fn: Callable[[], object], done: Callable[[object], None]) -> bool:
        if self.busy:
            self.status(
                QCoreApplication.translate(
                    "Safety", "A backup or check is already running; try again in a moment."
                )
            )
            return False
        self.busy = True
        job = _Job(self)
        self._jobs.add(job)

        def finished(result: object) -> None:
            self.busy = False
            self._jobs.discard(job)
            job.deleteLater()
            done(result)

        job.finished.connect(finished)
        QThreadPool.globalInstance().start(_Runnable(job, fn))
        return True

    # automatic -------------------------------------------------------------------------------
    def start_automatic(self, *, check_first: bool, delay_ms: int = 0) -> None:
        """Background start-up check (big files) and backup, then the hourly timer.

        ``delay_ms`` lets the first seconds after start-up belong to the user:
        on a big journal the check and the backup read the whole file.
        """
        if delay_ms > 0:
            self._delayed = QTimer(self)
            self._delayed.setSingleShot(True)
            self._delayed.setInterval(delay_ms)
            self._delayed.timeout.connect(lambda: self.start_automatic(check_first=check_first))
            self._delayed.start()
            return
        path, retention = self.path, retention_from_settings(self.settings())

        def startup() -> object:
            if check_first:
                problem = integrity.quick_check(path)
                if problem is not None:
                    return problem
            return backups.backup_if_changed(path, reason="startup", retention=retention)

        self._run(startup, self._startup_done)
        self.timer.start()

    def _startup_done(self, result: object) -> None:
        if isinstance(result, integrity.Problem):
            self.checkFinished.emit(result)
            self._damage_found(result)
            return
        self._backup_done(result, quiet=True)

    def hourly(self) -> None:
        path, retention = self.path, retention_from_settings(self.settings())

        def daily() -> object:
            if not backups.daily_backup_due(path):
                return None
            return backups.create_backup(path, reason="daily", retention=retention)

        if not self.busy:
            self._run(daily, lambda r: self._backup_done(r, quiet=True))

    def _damage_found(self, problem: integrity.Problem) -> None:
        """The background check found damage after the window opened."""
        db.close_database()
        if handle_problem(self.window, self.path, problem) and open_checked(self.window, self.path):
            self._announce_reload()
        else:
            self.window.quit_requested()

    # menu actions ----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        path, retention = self.path, retention_from_settings(self.settings())
        if self._run(
            lambda: backups.create_backup(path, reason="manual", retention=retention), self._backup_done
        ):
            self.status(QCoreApplication.translate("Safety", "Backing up…"))

    def _backup_done(self, result: object, quiet: bool = False) -> None:
        if isinstance(result, backups.BackupInfo):
            self.status(
                QCoreApplication.translate(
                    "Safety", "Backup saved and verified: {contacts} contacts, {entries} entries."
                ).format(contacts=result.contacts, entries=result.interactions)
            )
        elif isinstance(result, BaseException):
            self.status(QCoreApplication.translate("Safety", "The backup failed."))
            ask.show_error(
                self.window, QCoreApplication.translate("Safety", "Backup failed"), error_text(result)
            )
        elif not quiet:
            self.status(QCoreApplication.translate("Safety", "Nothing to back up yet."))
        self.backupFinished.emit(result)

    def check_database(self) -> None:
        path = self.path
        if self._run(lambda: integrity.full_check(path), self._check_done):
            self.status(QCoreApplication.translate("Safety", "Checking the journal…"))

    def _check_done(self, result: object) -> None:
        title = QCoreApplication.translate("Safety", "Check database")
        if isinstance(result, integrity.CheckReport) and result.ok:
            self.status(QCoreApplication.translate("Safety", "The journal is fine."))
            ask.inform(
                self.window,
                title,
                QCoreApplication.translate(
                    "Safety", "No problems found: {contacts} contacts and {entries} entries, all readable."
                ).format(contacts=result.contacts, entries=result.interactions),
            )
        elif isinstance(result, integrity.CheckReport):
            lines = "\n".join(result.findings[:10])
            reason = problem_text(result.problem) if result.problem else ""
            ask.show_error(
                self.window,
                title,
                QCoreApplication.translate(
                    "Safety",
                    "Problems were found. {reason}\n\nKeep working only if you must; restore a recent "
                    "backup with File > Restore from backup… to be safe.\n\n{details}",
                ).format(reason=reason, details=lines),
            )
        elif isinstance(result, BaseException):
            ask.show_error(self.window, title, error_text(result))
        self.checkFinished.emit(result)

    def open_restore_dialog(self) -> None:
        dialog = RestoreDialog(backups.list_backups(self.path), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore(dialog.chosen.path)

    def restore(self, backup: Path) -> None:
        path = self.path
        if self._run(lambda: restore.restore_backup(backup, path), self._restore_done):
            self.status(QCoreApplication.translate("Safety", "Restoring…"))

    def _restore_done(self, result: object) -> None:
        if isinstance(result, restore.RestoreResult):
            # Reopen (upgrades an older backup) and let every view reload.
            if open_checked(self.window, self.path):
                self._announce_reload()
            self.status(
                QCoreApplication.translate("Safety", "Backup restored: {contacts} contacts.").format(
                    contacts=result.contacts
                )
            )
            if result.safety_backup is not None:
                ask.inform(
                    self.window,
                    QCoreApplication.translate("Safety", "Backup restored"),
                    QCoreApplication.translate(
                        "Safety",
                        "The backup was restored. The journal as it was just before is kept as a "
                        "backup too, so you can go back with File > Restore from backup….",
                    ),
                )
        elif isinstance(result, BaseException):
            ask.show_error(
                self.window,
                QCoreApplication.translate("Safety", "Could not restore the backup"),
                error_text(result),
            )
        self.restoreFinished.emit(result)

    def _announce_reload(self) -> None:
        for entity in REFRESHED_ENTITIES:
            changes.emit(entity, "imported", ())

    def shutdown(self, timeout_ms: int = 60_000) -> None:
        """Let a running backup finish (a half-written backup is never listed anyway)."""
        self.timer.stop()
        delayed = getattr(self, "_delayed", None)
        if isinstance(delayed, QTimer):
            delayed.stop()
        QThreadPool.globalInstance().waitForDone(timeout_ms)


class RestoreDialog(QDialog):
    """Pick a backup: date, reason, counts, and a preview of what is in it."""

    COLUMNS = ("date", "reason", "contacts", "entries", "size")

    def __init__(self, listed: list[backups.BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setAccessibleName(self.tr("Restore from backup"))
        self.resize(720, 480)
        self.backups = listed
        self.chosen: backups.BackupInfo | None = None

        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Date"), self.tr("Why"), self.tr("Contacts"), self.tr("Entries"), self.tr("Size")]
        )
        locale = QLocale()
        for info in listed:
            item = QTreeWidgetItem(
                [
                    local_time(info.created_at),
                    self._reason(info.reason),
                    locale.toString(info.contacts),
                    locale.toString(info.interactions),
                    locale.formattedDataSize(info.size),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        self.list.currentItemChanged.connect(self._show_preview)
        self.list.itemDoubleClicked.connect(lambda *_: self._restore())

        self.preview = QTextBrowser()
        self.preview.setObjectName("backupPreview")
        self.preview.setAccessibleName(self.tr("What the backup holds"))

        self.empty_label = QLabel(
            self.tr("There are no backups of this journal yet. Use File > Back up now.")
        )
        self.empty_label.setObjectName("noBackupsLabel")
        self.empty_label.setVisible(not listed)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore this backup"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.list, 3)
        row.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        layout.addWidget(buttons)
        if listed:
            first = self.list.topLevelItem(0)
            if first is not None:
                self.list.setCurrentItem(first)

    def _reason(self, reason: str) -> str:
        names = {
            "startup": self.tr("at start-up"),
            "daily": self.tr("daily"),
            "manual": self.tr("by you"),
            "before-migration": self.tr("before an upgrade"),
            "before-restore": self.tr("before a restore"),
            "before-import": self.tr("before an import"),
        }
        return names.get(reason, reason.replace("-", " "))

    def selected(self) -> backups.BackupInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        path = item.data(0, Qt.ItemDataRole.UserRole)
        return next((b for b in self.backups if str(b.path) == path), None)

    def _show_preview(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None)
        if info is None:
            self.preview.clear()
            return
        glimpse = backups.preview(info.path)
        parts = [
            "<p>"
            + self.tr("{contacts} contacts, {entries} entries, made {when}.").format(
                contacts=info.contacts, entries=info.interactions, when=local_time(info.created_at)
            )
            + "</p>"
        ]
        if glimpse.recent_contacts:
            parts.append("<p><b>" + self.tr("Recently changed contacts") + "</b><br>")
            parts.append("<br>".join(_escape(n) for n in glimpse.recent_contacts) + "</p>")
        if glimpse.recent_interactions:
            parts.append("<p><b>" + self.tr("Latest entries") + "</b><br>")
            parts.append(
                "<br>".join(
                    _escape(f"{when} · {who}: {what}") for when, who, what in glimpse.recent_interactions
                )
                + "</p>"
            )
        self.preview.setHtml("".join(parts))

    def _restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        question = self.tr(
            "Replace the journal with the backup from {when} ({contacts} contacts, {entries} entries)?\n\n"
            "The journal as it is now is backed up first, so you can come back to it."
        ).format(when=local_time(info.created_at), contacts=info.contacts, entries=info.interactions)
        if ask.confirm(self, self.tr("Restore this backup?"), question):
            self.chosen = info
            self.accept()


def _escape(text: str) -> str:
    from html import escape

    return escape(text)


def install(window: Any) -> SafetyController:
    """File > Back up now, File > Restore from backup…, Help > Check database."""
    controller = SafetyController(window)
    window.safety = controller
    backup_action = QAction(QCoreApplication.translate("Safety", "Back &up now"), window)
    backup_action.setObjectName("backupNowAction")
    backup_action.triggered.connect(controller.back_up_now)
    restore_action = QAction(QCoreApplication.translate("Safety", "&Restore from backup…"), window)
    restore_action.setObjectName("restoreBackupAction")
    restore_action.triggered.connect(controller.open_restore_dialog)
    check_action = QAction(QCoreApplication.translate("Safety", "&Check database"), window)
    check_action.setObjectName("checkDatabaseAction")
    check_action.triggered.connect(controller.check_database)
    window.file_menu.addSeparator()
    window.file_menu.addAction(backup_action)
    window.file_menu.addAction(restore_action)
    window.help_menu.addAction(check_action)
    return controller


def start_automatic(window: Any) -> SafetyController | None:
    """Start-up check (for big files) and backup, then the hourly daily-backup timer."""
    controller = getattr(window, "safety", None)
    if not isinstance(controller, SafetyController):
        return None
    controller.start_automatic(
        check_first=needs_background_check(controller.path), delay_ms=STARTUP_WORK_DELAY_MS
    )
    return controller
