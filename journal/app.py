"""Builds the QApplication, opens the database and shows the main window."""

from __future__ import annotations

import argparse
import logging
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from journal import APP_ID, APP_NAME, ORG_NAME, __version__, db, i18n, logs, paths

if TYPE_CHECKING:
    from journal.ui.instance import SingleInstance
    from journal.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_application(argv: list[str]) -> QApplication:
    """The QApplication (made once) with the app's names, icon, translations and theme."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from journal.ui import icons, theme

    app.setWindowIcon(icons.app_icon())
    settings = QSettings()
    i18n.install(app, settings)  # before any widget exists, so every tr() is translated
    theme.install(app, settings)
    return app


def open_for_gui(path: Path) -> bool:
    """Check the file read-only (a damaged one gets the restore / start-empty dialog), then
    open it with a verified backup before any migration; problems are told in plain words."""
    from journal.ui import safety as safety_ui

    return safety_ui.prepare_database(path)


def demo_database() -> Path:
    """A throwaway journal in a temporary folder, filled with demo data (``--demo``)."""
    from journal.services import demo

    folder = Path(tempfile.mkdtemp(prefix="networking-journal-demo-"))
    path = folder / "demo.sqlite3"
    db.open_database(path)
    demo.generate()
    return path


def isolate_for_smoke_test() -> Path:
    """Point data, logs and settings at a throwaway folder (``--smoke-test``)."""
    import os

    folder = Path(tempfile.mkdtemp(prefix="networking-journal-smoke-"))
    os.environ[paths.HOME_ENV] = str(folder)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    return folder / "data" / paths.DB_FILENAME


def smoke_test_done(app: QApplication, window: MainWindow) -> None:
    """Show every section once, say "ok" and quit: proves a bundle really starts."""
    import sys
    import traceback

    try:
        for key in window.section_keys():
            window.show_section(key)
        ok = window.isVisible()
    except Exception:
        traceback.print_exc()
        ok = False
    translations = app.findChild(i18n.Translations, "translations")
    details = (
        f"locale {translations.locale.name() if translations else '?'}, "
        f"translations {translations.loaded if translations else []}, "
        f"first menu {window.menuBar().actions()[0].text()!r}"
    )
    if sys.stdout is not None:
        print("ok" if ok else "failed", details, sep="\n", flush=True)
    log.info("smoke test %s: %s", "passed" if ok else "failed", details)
    app.exit(0 if ok else 1)


def run_gui(args: argparse.Namespace, argv: list[str]) -> int:
    """Open the window on the journal ``args`` name and run until it closes; the exit code."""
    smoke_test = bool(getattr(args, "smoke_test", False))
    smoke_db = isolate_for_smoke_test() if smoke_test else None
    logs.setup_logging()
    logs.install_qt_message_handler()
    app = create_application(argv)
    from journal.ui.instance import SingleInstance

    instance: SingleInstance | None = None
    demo_folder: Path | None = None
    if smoke_db is not None:
        path = smoke_db
        db.open_database(path)
    elif args.demo:
        path = demo_database()
        demo_folder = path.parent
    else:
        from journal.ui.instance import CAPTURE_MESSAGE, RAISE_MESSAGE

        instance = SingleInstance(app)  # first: never two writers on one journal
        wants_capture = bool(getattr(args, "capture", False))
        if not instance.acquire(CAPTURE_MESSAGE if wants_capture else RAISE_MESSAGE):
            log.info(
                "already running: asked that window for %s", "quick capture" if wants_capture else "the front"
            )
            return 0
        path = paths.resolve_db_path(args.db)
        if not open_for_gui(path):
            instance.release()
            return 1
    try:
        return _run_window(app, args, path, instance, smoke_test)
    finally:
        if demo_folder is not None:
            remove_demo(demo_folder)


def remove_demo(folder: Path) -> None:
    """The demo journal (and its folder) goes when the demo ends: nothing of it stays."""
    db.close_database()
    shutil.rmtree(folder, ignore_errors=True)
    log.info("removed the demo journal")


def _run_window(
    app: QApplication, args: argparse.Namespace, path: Path, instance: SingleInstance | None, smoke_test: bool
) -> int:
    from journal.ui import crash
    from journal.ui import safety as safety_ui

    window = build_main_window(path, demo=bool(getattr(args, "demo", False)) and not smoke_test)
    crash.install_crash_handler(lambda: window)
    from journal.ui.capture import open_capture

    if instance is not None:
        from journal.ui.instance import bring_to_front

        instance.raiseRequested.connect(lambda: bring_to_front(window))
        instance.captureRequested.connect(lambda: open_capture(window))
    capture = bool(getattr(args, "capture", False)) and not smoke_test
    if (getattr(args, "minimized", False) or capture) and not smoke_test:
        from journal.ui.tray import start_minimized

        start_minimized(window)  # hidden in the tray when there is one, else minimized
    else:
        window.show()
    if capture:
        open_capture(window)  # started by the desktop shortcut: straight to the line
    if smoke_test:
        QTimer.singleShot(0, lambda: smoke_test_done(app, window))
    from journal.ui.readiness import install_ready_probe

    install_ready_probe(window)  # benchmarks only: NETWORKING_JOURNAL_READY_PROBE
    if instance is not None:
        safety_ui.start_automatic(window)  # background check of big files, start-up + daily backups
    code = app.exec()
    safety = getattr(window, "safety", None)
    if isinstance(safety, safety_ui.SafetyController):
        safety.shutdown()  # let a running backup finish
    db.close_database()
    if instance is not None:
        instance.release()
    return int(code)


def build_main_window(path: Path, *, demo: bool = False) -> MainWindow:
    """The main window with every feature installed, its last state restored (``demo``: the
    title says it is the throwaway demo journal)."""
    from PySide6.QtCore import QSettings

    from journal.ui.context import AppContext
    from journal.ui.main_window import MainWindow
    from journal.ui.wiring import install_features

    context = AppContext(database_path=path, settings=QSettings())
    window = MainWindow(context)
    if demo:
        window.mark_demo()
    context.signals.setParent(window)  # unsubscribes from the services with the window
    install_features(window)
    window.restore_state()
    return window
