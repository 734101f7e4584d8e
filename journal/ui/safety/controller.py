"""SafetyController: backups, restore and checks from the window, and the daily backup.

``install(window)`` adds File > Back up now, File > Restore from backup…, Help > Check
database. ``start_automatic(window)`` (called by the app, not by tests that build a window)
runs the start-up check and backup in the background and then wakes once an hour for the
daily backup.

All file work runs on ``QThreadPool`` workers with their own SQLite connections; the UI
thread only shows results.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QSettings, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from journal import db
from journal.safety import backups, consistency, integrity, restore
from journal.safety.errors import BackupNotVerifiedError, SafetyError
from journal.services.events import Action, Entity, changes
from journal.ui import ask, writer_wait
from journal.ui.safety.startup import handle_problem, open_checked
from journal.ui.safety.texts import error_text, findings_text, problem_text

log = logging.getLogger(__name__)

HOUR_MS = 60 * 60 * 1000
STARTUP_WORK_DELAY_MS = 20_000  # start-up check and backup wait until the user had a look


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


# -- in the window ----------------------------------------------------------------------------------


class SafetyController(QObject):
    """Back up now, Restore from backup…, Check database, and the automatic backups.

    Signals:
        backupFinished(object): a ``BackupInfo``, ``None`` (nothing to do) or an exception.
        restoreFinished(object): a ``RestoreResult`` or an exception.
        checkFinished(object): a ``consistency.JournalCheck`` / ``Problem`` / ``None`` or an exception.
        repairFinished(object): the check after a repair (``ConsistencyReport``) or an exception.
    """

    backupFinished = Signal(object)
    restoreFinished = Signal(object)
    checkFinished = Signal(object)
    repairFinished = Signal(object)

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
        if isinstance(result, BackupNotVerifiedError):  # the copy is page for page: the journal is damaged
            self.backupFinished.emit(result)
            self._damage_found(integrity.Problem(integrity.DAMAGED, self.path, str(result)))
            return
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
        if self._run(lambda: consistency.check_journal(path), self._check_done):
            self.status(QCoreApplication.translate("Safety", "Checking the journal…"))

    def _check_done(self, result: object) -> None:
        title = QCoreApplication.translate("Safety", "Check database")
        if isinstance(result, consistency.JournalCheck) and result.ok:
            self.status(QCoreApplication.translate("Safety", "The journal is fine."))
            ask.inform(
                self.window,
                title,
                QCoreApplication.translate(
                    "Safety", "No problems found: {contacts} contacts and {entries} entries, all readable."
                ).format(contacts=result.integrity.contacts, entries=result.integrity.interactions),
            )
        elif isinstance(result, consistency.JournalCheck) and result.consistency is not None:
            self._contents_disagree(title, result.consistency)
        elif isinstance(result, consistency.JournalCheck):
            report = result.integrity
            lines = "\n".join(report.findings[:10])
            reason = problem_text(report.problem) if report.problem else ""
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

    def _contents_disagree(self, title: str, report: consistency.ConsistencyReport) -> None:
        """The file is readable but its contents disagree: offer the repair, name broken records."""
        broken = report.broken_rules
        if broken:
            ask.show_error(
                self.window,
                title,
                QCoreApplication.translate(
                    "Safety",
                    "These records break the journal's rules and may not show correctly:\n\n{details}"
                    "\n\nEdit or delete them, or restore a backup with File > Restore from backup….",
                ).format(details=findings_text(broken, report.more)),
            )
        if report.repairable and ask.confirm(
            self.window,
            title,
            QCoreApplication.translate(
                "Safety",
                "Some of what the journal keeps for speed is out of date:\n\n{details}\n\nRebuild the "
                "search indexes and the kept figures now? Your records stay as they are; a backup is "
                "made first.",
            ).format(details=findings_text(report.repairable)),
        ):
            self.repair()

    def repair(self) -> None:
        """Back up, rebuild the search indexes and kept figures (a worker), then check again."""
        path = self.path

        def work() -> object:
            backups.backup_before("repair", path)
            consistency.repair()
            return consistency.check(path)

        if self._run(work, self._repair_done):
            self.status(QCoreApplication.translate("Safety", "Rebuilding the search indexes…"))

    def _repair_done(self, result: object) -> None:
        title = QCoreApplication.translate("Safety", "Check database")
        if isinstance(result, consistency.ConsistencyReport) and result.ok:
            ask.inform(
                self.window,
                title,
                QCoreApplication.translate("Safety", "The search indexes and kept figures were rebuilt."),
            )
        elif isinstance(result, consistency.ConsistencyReport):
            ask.show_error(
                self.window,
                title,
                QCoreApplication.translate(
                    "Safety",
                    "The search indexes and kept figures were rebuilt, but these records still break "
                    "the journal's rules:\n\n{details}",
                ).format(details=findings_text(result.findings, result.more)),
            )
        elif isinstance(result, BaseException):
            ask.show_error(self.window, title, error_text(result))
        self.repairFinished.emit(result)

    def open_restore_dialog(self) -> None:
        from journal.ui.safety.restore_dialog import RestoreDialog  # on first use: not part of every start

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
        changes.emit(Entity.DATABASE, Action.RESTORED)  # a backup replaced the journal: every view reloads

    def shutdown(self, timeout_ms: int = 60_000) -> None:
        """Let a running backup finish (a half-written backup is never listed anyway)."""
        self.timer.stop()
        delayed = getattr(self, "_delayed", None)
        if isinstance(delayed, QTimer):
            delayed.stop()
        QThreadPool.globalInstance().waitForDone(timeout_ms)


def install(window: Any) -> SafetyController:
    """File > Back up now, File > Restore from backup…, Help > Check database."""
    controller = SafetyController(window)
    window.safety = controller
    writer_wait.install(window)  # "waiting for another program…" in the status bar
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
    # The journal was checked in full before the window opened (startup.prepare_database).
    controller.start_automatic(check_first=False, delay_ms=STARTUP_WORK_DELAY_MS)
    return controller
