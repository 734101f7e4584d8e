"""Render the main window with the demo data, for docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py --lang es --scheme dark OUT.png
    (--section timeline, --size 1440x900: which section, how big the window is)

Everything (data, settings, logs) goes to a throwaway folder; the demo data is
the same every run (fixed seed and clock).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from journal import APP_NAME, ORG_NAME, clock, db, i18n, paths
from journal.ui import icons, theme


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("en", "es"), default="en")
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--section", default="contacts")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument(
        "--tab",
        choices=("networking", "sales"),
        default="networking",
        help="contacts: which ledger of the selected person to show",
    )
    parser.add_argument("out", type=Path)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="networking-journal-shot-"))
    os.environ[paths.HOME_ENV] = str(folder)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    clock.set_clock(lambda: datetime(2026, 3, 10, 10, 0, tzinfo=UTC))
    clock.set_local_zone(ZoneInfo("Europe/Madrid"))

    app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setWindowIcon(icons.app_icon())
    settings = QSettings()
    settings.setValue(i18n.LANGUAGE_KEY, args.lang)
    settings.setValue(theme.THEME_KEY, args.scheme)
    i18n.install(app, settings)
    theme.install(app, settings)

    from journal.app import build_main_window
    from journal.services import demo

    path = folder / "demo.sqlite3"
    db.open_database(path)
    demo.generate()
    window = build_main_window(path)
    width, height = (int(part) for part in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.show_section(args.section)

    def shoot() -> None:
        if args.section == "contacts":
            view = window.findChild(object, "contactList")
            if view is not None and view.model() is not None and view.model().rowCount() > 0:
                row = 1
                if args.tab == "sales":  # someone with deals, so the Sales view has something to show
                    from journal.services import contacts

                    model = view.model()
                    row = next(
                        (
                            r
                            for r in range(model.rowCount())
                            if contacts.get_contact(model.contact_id(r)).open_deal_count
                        ),
                        1,
                    )
                view.setCurrentIndex(view.model().index(row, 0))
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                if args.tab == "sales":
                    tabs = window.findChild(QTabWidget, "contactTabs")
                    sales = window.findChild(QWidget, "contactSalesView")
                    if tabs is not None and sales is not None:
                        tabs.setCurrentWidget(sales)
        QTimer.singleShot(200, grab)

    def grab() -> None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.out))
        print(args.out)
        app.quit()

    QTimer.singleShot(100, shoot)
    app.exec()
    window.context.settings.clear()
    db.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
