"""Sections whose modules are heavy (charts, duplicate search) are imported only
when first shown: installing them at start-up costs a menu entry, not an import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from journal.ui.main_window import MainWindow


def install_insights(window: MainWindow) -> None:
    """The Insights section (imported when first shown) and Edit > Set sales quota…."""

    def build() -> QWidget:
        from journal.ui.insights import InsightsView

        return InsightsView(window.context)

    window.add_section("insights", QCoreApplication.translate("MainWindow", "Insights"), build)

    def set_quota() -> None:
        from journal.ui.insights import InsightsView  # loaded by show_section already

        view = window.show_section("insights")
        assert isinstance(view, InsightsView)
        view.tabs.setCurrentIndex(0)
        view.set_quota()

    action = QAction(QCoreApplication.translate("Insights", "Set sales &quota…"), window)
    action.setObjectName("setQuotaAction")
    action.triggered.connect(set_quota)
    window.edit_menu.addAction(action)


def install_duplicates(window: MainWindow) -> None:
    """The Duplicates section, imported when first shown."""

    def build() -> QWidget:
        from journal.ui.duplicates import DuplicatesView

        return DuplicatesView(window)

    title = QCoreApplication.translate("Duplicates", "Duplicates")
    window.add_section("duplicates", title, build)


def install_reconnect(window: MainWindow) -> None:
    """The Reconnect section, imported when first shown."""

    def build() -> QWidget:
        from journal.ui.reconnect import ReconnectView

        return ReconnectView(window.context, window.open_contact)

    window.add_section("reconnect", QCoreApplication.translate("MainWindow", "Reconnect"), build)
