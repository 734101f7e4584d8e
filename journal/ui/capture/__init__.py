"""Quick capture in the window: File ▸ Quick Capture… (Ctrl+Shift+L), the tray menu, and the
single-instance channel (``networking-journal --capture``). The window is in ``window``; it is
built (and its modules imported) the first time it is asked for, never at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from journal.ui.capture.window import QuickCaptureWindow
    from journal.ui.main_window import MainWindow

SHORTCUT = "Ctrl+Shift+L"
_ATTRIBUTE = "_quick_capture_window"


def capture_window(window: MainWindow) -> QuickCaptureWindow:
    """The window's quick capture window (made on first use)."""
    found = getattr(window, _ATTRIBUTE, None)
    if found is None:
        from journal.ui.capture.window import QuickCaptureWindow

        found = QuickCaptureWindow(window)
        found.saved.connect(lambda saved: window.statusBar().showMessage(found.status.text(), 8000))
        setattr(window, _ATTRIBUTE, found)
    return found


def open_capture(window: MainWindow) -> QuickCaptureWindow:
    """Show quick capture (even while the main window is hidden in the tray)."""
    found = capture_window(window)
    found.open()
    return found


def install(window: MainWindow) -> QAction:
    """File ▸ Quick Capture… (Ctrl+Shift+L, anywhere in the app), also in the tray menu."""
    action = QAction(QCoreApplication.translate("QuickCapture", "Quic&k Capture…"), window)
    action.setObjectName("quickCaptureAction")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(lambda _checked=False: open_capture(window))
    window.addAction(action)
    existing = window.file_menu.actions()
    log = next((a for a in existing if a.objectName() == "logInteractionAction"), None)
    if log is not None and log in existing and existing.index(log) + 1 < len(existing):
        window.file_menu.insertAction(existing[existing.index(log) + 1], action)
    else:
        window.file_menu.addAction(action)
    from journal.ui.tray import ReminderTray

    tray = window.findChild(ReminderTray)
    if tray is not None:
        tray.menu.insertAction(tray.show_action, action)
    return action
