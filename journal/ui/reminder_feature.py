"""Installs reminders into the main window: scheduler, "Due now" panel, tray, offers, Preferences.

``install(window)`` is called from ``journal.ui.wiring``; ``feature(window)`` finds the pieces
again (``--minimized`` start-up, tests).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPixmapCache
from PySide6.QtWidgets import QWidget

from journal.reminders.engine import ReminderEngine
from journal.reminders.scheduler import ReminderScheduler
from journal.ui.due_panel import DuePanel
from journal.ui.main_window import MainWindow
from journal.ui.offers import OfferBar
from journal.ui.preferences import PreferencesDialog, preferences_action
from journal.ui.settings import AppSettings
from journal.ui.signals import ChangeSignals
from journal.ui.tray import ReminderTray, tray_available

DUE_PANEL_SHORTCUT = "Ctrl+Shift+D"


@dataclass
class ReminderFeature:
    """The reminder pieces installed in a window: engine, scheduler, due panel, tray, offer bar."""

    signals: ChangeSignals
    settings: AppSettings
    engine: ReminderEngine
    scheduler: ReminderScheduler
    panel: DuePanel
    tray: ReminderTray | None
    offer_bar: OfferBar

    stopped: bool = False

    def start(self) -> None:
        if not self.stopped:
            self.panel.refresh()
            self.scheduler.start()

    def stop(self) -> None:
        """The app is going away (window closed without a tray to live in): stop waking up."""
        if self.stopped:
            return
        self.stopped = True
        self.scheduler.stop()
        for slot in (self.panel.on_changed, self.offer_bar.on_changed, self.scheduler.on_changed):
            try:
                self.signals.changed.disconnect(slot)
            except (RuntimeError, TypeError):  # already gone
                pass

    def open_preferences(self, parent: QWidget) -> PreferencesDialog:
        dialog = PreferencesDialog(self.settings, tray_available=self.tray is not None, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self.scheduler.check)
        dialog.applied.connect(self.panel.refresh)
        dialog.open()
        return dialog


START_DELAY_MS = 300


class _Holder(QObject):
    """Keeps the feature reachable from the window (``feature(window)``) and stops it when the
    window closes for good (no tray to live in, or Quit)."""

    def __init__(self, value: ReminderFeature, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("reminderFeature")
        self.value = value
        self.window = window
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quitting)

    def _quitting(self) -> None:
        self.value.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self, self._after_close)
        return False

    def _after_close(self) -> None:
        if not self.window.isVisible() and (self.value.tray is None or self.window.quitting):
            self.value.stop()


def install(window: MainWindow, *, start: bool = True, with_tray: bool | None = None) -> ReminderFeature:
    """Install the reminders: scheduler, Due now panel, tray, offer bar, Preferences."""
    settings = AppSettings(window.context.settings)
    signals = window.context.signals
    engine = ReminderEngine(lambda: settings.default_reminder_time)
    scheduler = ReminderScheduler(engine, signals, parent=window)
    # Qt's pixmap cache (filled by the style and the icons as the window paints) keeps
    # a 10-second flush timer running for as long as it holds anything: an idle window
    # would wake six times a minute for nothing. Emptying it on the minute tick lets the
    # idle app sleep; the next repaint simply fills it again.
    scheduler.watchdog.timeout.connect(QPixmapCache.clear)

    panel = DuePanel(engine, settings, window.open_contact, parent=window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    panel.hide()
    toggle = panel.toggleViewAction()
    toggle.setObjectName("showDuePanelAction")
    toggle.setText(QCoreApplication.translate("Reminders", "&Due Now Panel"))
    toggle.setShortcut(QKeySequence(DUE_PANEL_SHORTCUT))
    window.view_menu.addSeparator()
    window.view_menu.addAction(toggle)
    signals.changed.connect(panel.on_changed)
    scheduler.remindersFired.connect(panel.on_fired)
    panel.countChanged.connect(
        lambda n: panel.show() if n and not panel.isVisible() and _first(panel) else None
    )

    tray = ReminderTray(window, settings) if (tray_available() if with_tray is None else with_tray) else None
    if tray is not None:
        scheduler.remindersFired.connect(tray.notify)
        panel.countChanged.connect(tray.set_count)

    offer_bar = OfferBar(settings, window)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, offer_bar)
    offer_bar.hide()
    signals.changed.connect(offer_bar.on_changed)

    feature = ReminderFeature(signals, settings, engine, scheduler, panel, tray, offer_bar)
    _Holder(feature, window)
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(preferences_action(window, lambda: feature.open_preferences(window)))
    if start:
        # After the window is up: show what is due and what was missed, then keep watching.
        # Let the window paint its first screen before the first reminder check.
        QTimer.singleShot(START_DELAY_MS, panel, feature.start)
    return feature


def _first(panel: DuePanel) -> bool:
    """Show the panel by itself only once (at start-up); afterwards the user decides."""
    if panel.property("autoShown"):
        return False
    panel.setProperty("autoShown", True)
    return True


def feature(window: MainWindow) -> ReminderFeature | None:
    """The reminder feature installed in ``window`` (None if there is none)."""
    holder = window.findChild(_Holder, "reminderFeature")
    return holder.value if holder is not None else None
