"""The system tray icon: count of due follow-ups, a message for new reminders, close-to-tray.

Only created when the platform has a tray (``QSystemTrayIcon.isSystemTrayAvailable()``);
the "Due now" panel works without it. With a tray, closing the window hides it (setting
"minimize to tray on close"); quitting is explicit (File ▸ Quit or the tray menu).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from journal.reminders.context import context_for
from journal.reminders.engine import ReminderBatch
from journal.ui.due_panel import context_lines, digest_lines, local_text
from journal.ui.main_window import MainWindow
from journal.ui.settings import AppSettings

MESSAGE_MS = 15_000
LISTED = 3  # reminders named in one message; the rest are counted


def tray_available() -> bool:
    """Whether this desktop shows tray icons."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def app_icon() -> QIcon:
    """The window icon when there is one, else a drawn one (a check mark in a circle)."""
    icon = QApplication.windowIcon()
    if not icon.isNull():
        return icon
    try:
        from journal import resources
        from journal.ui import icons

        if resources.app_icon_path().is_file():
            return icons.app_icon()
    except (ImportError, OSError):
        pass
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#2f6f9f"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(4, 4, 56, 56))
    pen = QPen(QColor("white"), 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPolyline([QPointF(18, 33), QPointF(28, 43), QPointF(46, 22)])
    painter.end()
    return QIcon(pixmap)


def notification(batch: ReminderBatch) -> tuple[str, str]:
    """(title, body) of the one message a batch raises: missed ones together, context for a single one."""
    reminders = batch.reminders
    lines: list[str] = []
    if len(reminders) == 1:
        item = reminders[0].followup
        title = (
            QCoreApplication.translate("Reminders", "Missed follow-up: {title}")
            if batch.missed
            else QCoreApplication.translate("Reminders", "Follow-up due: {title}")
        ).format(title=item.title)
        lines.append(
            QCoreApplication.translate("Reminders", "{name} · due {when}").format(
                name=item.contact_name, when=local_text(reminders[0].instant)
            )
        )
        lines.extend(context_lines(context_for(item)))
    elif reminders:
        # pyside6-lupdate only sees translate(..., n) when n is a plain name
        missed, due, more, fresh = (
            len(batch.missed),
            len(reminders),
            len(reminders) - LISTED,
            len(batch.fresh),
        )
        if batch.missed:
            title = QCoreApplication.translate(
                "Reminders", "You missed %n reminder(s) while away", "", missed
            )
        else:
            title = QCoreApplication.translate("Reminders", "%n follow-up(s) due", "", due)
        for reminder in reminders[:LISTED]:
            lines.append(f"• {reminder.followup.title} — {reminder.followup.contact_name}")
        if more > 0:
            lines.append(QCoreApplication.translate("Reminders", "and %n more", "", more))
        if batch.missed and batch.fresh:
            lines.append(QCoreApplication.translate("Reminders", "%n of them just fell due.", "", fresh))
    else:
        title = QCoreApplication.translate("Reminders", "Today")
    if batch.digest:
        lines.extend(digest_lines(batch.digest))
    return title, "\n".join(lines)


class ReminderTray(QObject):
    """Owns the QSystemTrayIcon. Created by ``install`` only when a tray exists."""

    def __init__(self, window: MainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self.setObjectName("reminderTray")
        self.window = window
        self.settings = settings
        self._told_about_tray = False
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setObjectName("trayIcon")
        self.menu = QMenu(window)
        self.menu.setObjectName("trayMenu")
        self.show_action = QAction(self.tr("Show Networking Journal"), self.menu)
        self.show_action.setObjectName("trayShowAction")
        self.show_action.triggered.connect(self.show_window)
        self.menu.addAction(self.show_action)
        self.menu.addSeparator()
        self.menu.addAction(window.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.show_window)
        self.set_count(0)
        self.icon.show()
        # The window may be hidden while dialogs come and go: only Quit ends the app.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)
        window.quit_action.triggered.connect(self._quit_app)
        window.close_handler = self.handle_close

    def set_count(self, count: int) -> None:
        if count:
            self.icon.setToolTip(self.tr("Networking Journal — %n follow-up(s) due", "", count))
        else:
            self.icon.setToolTip(self.tr("Networking Journal — nothing due"))

    def notify(self, batch: ReminderBatch) -> None:
        if not batch:
            return
        title, body = notification(batch)
        self.icon.showMessage(title, body, self.icon.icon(), MESSAGE_MS)

    def show_window(self) -> None:
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            if self.window.isVisible() and not self.window.isMinimized():
                self.window.hide()
            else:
                self.show_window()

    def handle_close(self, event: QCloseEvent) -> bool:
        """Closing hides to the tray when the user wants that; otherwise the app quits."""
        if self.settings.minimize_to_tray and self.icon.isVisible():
            self.window.save_state()
            self.window.hide()
            event.ignore()
            if not self._told_about_tray:
                self._told_about_tray = True
                self.icon.showMessage(
                    self.tr("Still running"),
                    self.tr("Reminders keep coming. Quit from the tray menu or File ▸ Quit."),
                    self.icon.icon(),
                    MESSAGE_MS,
                )
            return False
        QTimer.singleShot(0, self._quit_app)
        return True

    def _quit_app(self) -> None:
        if self.window.quitting or not self.window.isVisible():
            self.icon.hide()
            QCoreApplication.quit()


def start_minimized(window: MainWindow) -> None:
    """``--minimized``: stay hidden in the tray when there is one, else start minimized."""
    tray = window.findChild(ReminderTray)
    if tray is not None and tray.icon.isVisible():
        return
    window.showMinimized()
