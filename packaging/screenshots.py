"""Render the window with the demo data, for docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py --lang es --scheme dark OUT.png
    (--section timeline, --tab sales, --size 1280x720, --due-panel, --over capture|palette|
    shortcuts|preferences, --type "what is typed into the overlay")

    python packaging/screenshots.py --all docs/screenshots      # the whole set of the README

Everything (data, settings, logs) goes to a throwaway folder; the demo data is the same every
run (fixed seed and clock: Tuesday 10 March 2026, Madrid). A window shown over the main one
(quick capture, the command palette…) is drawn over its centre, with a frame, as on a desktop.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from journal import APP_NAME, ORG_NAME, clock, db, i18n, paths
from journal.ui import icons, theme

# After the start-up reminder check (300 ms) has filled the due panel and it has been laid out.
SETTLE_MS = 1200
# name: (language, scheme, section, options) — the set in docs/screenshots/
SHOTS: dict[str, tuple[str, str, str, list[str]]] = {
    "contact-networking": ("en", "light", "contacts", []),
    "contact-sales": ("en", "light", "contacts", ["--tab", "sales"]),
    "timeline": ("en", "light", "timeline", []),
    "calendar": ("en", "light", "calendar", []),
    "pipeline": ("en", "light", "pipeline", []),
    "reconnect": ("en", "light", "reconnect", []),
    "insights": ("en", "light", "insights", []),
    "duplicates": ("en", "light", "duplicates", []),
    "trash": ("en", "light", "trash", []),
    "quick-capture": (
        "en",
        "light",
        "contacts",
        [
            "--over",
            "capture",
            "--type",
            "coffee with @Raul Pena #networking gave intro to @Liam Wilson, follow up next friday",
        ],
    ),
    "command-palette": ("en", "light", "contacts", ["--over", "palette", "--type", "audit"]),
    "keyboard-shortcuts": ("en", "light", "contacts", ["--over", "shortcuts"]),
    "preferences": ("en", "light", "contacts", ["--over", "preferences"]),
    "laptop-due-panel": ("en", "light", "contacts", ["--due-panel", "--size", "1280x700"]),
    "main-en-dark": ("en", "dark", "contacts", []),
    "main-es-light": ("es", "light", "contacts", ["--due-panel", "--size", "1280x700"]),
    "main-es-dark": ("es", "dark", "contacts", ["--tab", "sales"]),
    "pipeline-es-dark": ("es", "dark", "pipeline", ["--due-panel", "--size", "1280x700"]),
    "quick-capture-es-dark": (
        "es",
        "dark",
        "contacts",
        [
            "--over",
            "capture",
            "--type",
            "llamada con @Daniel Gomez #ventas objeción precio, seguimiento el viernes a las 10",
        ],
    ),
    "command-palette-es-dark": ("es", "dark", "pipeline", ["--over", "palette", "--type", "calen"]),
    "calendar-es-dark": ("es", "dark", "calendar", []),
    "insights-es-light": ("es", "light", "insights", []),
}


def all_shots(folder: Path) -> int:
    """Every screenshot of ``SHOTS`` into ``folder`` (one fresh process each: a language is
    chosen at start-up)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (language, scheme, section, extra) in SHOTS.items():
        command = [
            sys.executable,
            __file__,
            "--lang",
            language,
            "--scheme",
            scheme,
            "--section",
            section,
            *extra,
            str(folder / f"{name}.png"),
        ]
        result = subprocess.run(command, check=False)
        if result.returncode:
            return result.returncode
    return 0


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--all", type=Path, metavar="FOLDER", help="render the whole set into FOLDER")
    parser.add_argument("--lang", choices=("en", "es"), default="en")
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--section", default="contacts")
    parser.add_argument("--size", default="1280x720", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--due-panel", action="store_true", help="with the due now panel open")
    parser.add_argument("--over", choices=("capture", "palette", "shortcuts", "preferences"))
    parser.add_argument("--type", default="", help="what is typed into the window shown over")
    parser.add_argument(
        "--tab",
        choices=("networking", "sales"),
        default="networking",
        help="contacts: which ledger of the selected person to show",
    )
    parser.add_argument("out", type=Path, nargs="?")
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    if args.all:
        return all_shots(args.all)
    if args.out is None:
        print("say where to save the screenshot (or --all FOLDER)", file=sys.stderr)
        return 2

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
    if args.due_panel:
        from journal.ui import reminder_feature

        feature = reminder_feature.feature(window)
        if feature is not None:
            feature.panel.show()
            feature.panel.refresh()
    overlay: list[QWidget] = []

    def shoot() -> None:
        if args.section == "contacts":
            pick_contact(window, args.tab)
        if args.over:
            overlay.append(open_over(window, args.over, args.type))
        capture = overlay[0] if args.over == "capture" else None
        if capture is not None and not getattr(capture, "is_ready", True):
            capture.ready.connect(lambda: QTimer.singleShot(SETTLE_MS, grab))  # the dates are read
        else:
            QTimer.singleShot(SETTLE_MS, grab)

    def grab() -> None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        image = window.grab().toImage()
        if overlay:
            image = composed(image, overlay[0])
        image.save(str(args.out))
        print(args.out)
        app.quit()

    QTimer.singleShot(100, shoot)
    app.exec()
    window.context.settings.clear()
    db.close_database()
    return 0


def pick_contact(window: QWidget, tab: str) -> None:
    """The second person of the list (someone with a deal for the Sales view)."""
    view = window.findChild(QWidget, "contactList")
    model = view.model() if view is not None else None  # type: ignore[attr-defined]
    if model is None or model.rowCount() == 0:
        return
    row = 1
    if tab == "sales":
        from journal.services import contacts

        row = next(
            (r for r in range(model.rowCount()) if contacts.get_contact(model.contact_id(r)).open_deal_count),
            1,
        )
    view.setCurrentIndex(model.index(row, 0))  # type: ignore[attr-defined]
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    if tab == "sales":
        tabs = window.findChild(QTabWidget, "contactTabs")
        sales = window.findChild(QWidget, "contactSalesView")
        if tabs is not None and sales is not None:
            tabs.setCurrentWidget(sales)


def open_over(window: QWidget, which: str, typed: str) -> QWidget:
    """The window shown over the main one, with ``typed`` in its line."""
    if which == "capture":
        from journal.ui.capture import open_capture

        capture = open_capture(window)  # type: ignore[arg-type]
        capture.text.setText(typed)
        capture.text.setCursorPosition(0)  # the start of the line in view
        return capture
    if which == "palette":
        from journal.ui.palette.dialog import open_palette

        palette = open_palette(window)  # type: ignore[arg-type]
        palette.search.setText(typed)
        return palette
    if which == "shortcuts":
        from journal.ui.shortcuts import show_shortcuts

        return show_shortcuts(window)  # type: ignore[arg-type]
    from journal.ui import reminder_feature

    feature = reminder_feature.feature(window)  # type: ignore[arg-type]
    assert feature is not None
    return feature.open_preferences(window)


def composed(base: QImage, over: QWidget) -> QImage:
    """``over`` drawn onto ``base`` at the centre (a third from the top), framed and shadowed."""
    top = over.grab().toImage()
    painter = QPainter(base)
    x = (base.width() - top.width()) // 2
    y = max((base.height() - top.height()) // 3, 10)
    for spread in range(8, 0, -1):  # a soft shadow
        painter.fillRect(
            x - spread + 4,
            y - spread + 6,
            top.width() + 2 * spread,
            top.height() + 2 * spread,
            QColor(0, 0, 0, 10),
        )
    painter.drawImage(QPoint(x, y), top)
    painter.setPen(QPen(over.palette().color(over.foregroundRole()), 1))
    painter.drawRect(x - 1, y - 1, top.width() + 1, top.height() + 1)
    painter.end()
    return base


if __name__ == "__main__":
    sys.exit(main())
