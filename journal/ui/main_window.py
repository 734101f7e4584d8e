"""The main window: a navigation list, one page per section, and the menus.

Sections are added with ``add_section`` and built lazily the first time they
are shown, so start-up only pays for the contact list. Features plug in
through ``journal.ui.wiring.install_features``; this class knows none of them.

Signals:
    sectionChanged(str): the key of the section now shown.
    openContactRequested(int): someone asked to show a contact (the contacts
        feature shows its page).
    openInteractionRequested(int): someone asked to open a timeline entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from journal import resources
from journal.ui import icons
from journal.ui.context import AppContext

# The first time (nothing remembered): this big, or the screen's free area when smaller.
FIRST_SIZE = QSize(1280, 720)


def first_size() -> QSize:
    """The window's size on a first start: 1280×720, smaller on a smaller screen (a 1366×768
    laptop keeps the title bar and the status bar on screen)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return FIRST_SIZE
    free = screen.availableGeometry()
    room = QSize(free.width() - 16, free.height() - 40)  # the window frame and title bar
    return FIRST_SIZE.boundedTo(room).expandedTo(QSize(800, 500))


class SectionStack(QStackedWidget):
    """The pages of the sections. Only the page on screen counts for the window's size: a
    page seen earlier never makes the window grow (or refuse to shrink) later."""

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()


@dataclass
class Section:
    """A navigation entry: its key, title, how to build its page, and the page once built."""

    key: str
    title: str
    factory: Callable[[], QWidget]
    widget: QWidget | None = None


class MainWindow(QMainWindow):
    """The main window: the section list, one lazily built page per section, and the menus.

    Signals:
        sectionChanged(str): the key of the section now shown.
        openContactRequested(int): someone asked to show a contact (its id).
        openInteractionRequested(int): someone asked to open a timeline entry (its id).
    """

    sectionChanged = Signal(str)
    openContactRequested = Signal(int)
    openInteractionRequested = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Networking Journal"))
        self.setAccessibleName(self.tr("Networking Journal"))
        self.resize(first_size())
        self._sections: list[Section] = []
        self._section_actions: list[QAction] = []

        self.navigation = QListWidget()
        self.navigation.setObjectName("sectionNav")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setMaximumWidth(200)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setSpacing(2)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.stack = SectionStack()
        self.stack.setObjectName("sectionStack")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 1030])
        self.setCentralWidget(self.splitter)

        self.file_menu: QMenu = self.menuBar().addMenu(self.tr("&File"))
        self.edit_menu: QMenu = self.menuBar().addMenu(self.tr("&Edit"))
        self.view_menu: QMenu = self.menuBar().addMenu(self.tr("&View"))
        self.help_menu: QMenu = self.menuBar().addMenu(self.tr("&Help"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quit_requested)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.statusBar().addPermanentWidget(self.status_label)
        # Features may replace this (e.g. the tray hides instead of quitting).
        self.close_handler: Callable[[QCloseEvent], bool] | None = None
        self.quitting = False

    def mark_demo(self) -> None:
        """Say in the title that this is the throwaway demo journal (``--demo``)."""
        self.setWindowTitle(self.tr("Networking Journal — Demo"))
        self.setAccessibleName(self.windowTitle())

    # sections ---------------------------------------------------------------
    def add_section(self, key: str, title: str, factory: Callable[[], QWidget]) -> None:
        self._sections.append(Section(key, title, factory))
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        if key in resources.ICON_NAMES:
            item.setIcon(icons.icon(key))
        self.navigation.addItem(item)
        # Wide enough for the longest (translated) title, so no section name is cut.
        needed = (
            self.navigation.fontMetrics().horizontalAdvance(title)
            + self.navigation.iconSize().width()
            + 4 * self.navigation.spacing()
            + 2 * self.navigation.frameWidth()
            + 24
        )
        self.navigation.setMinimumWidth(min(max(self.navigation.minimumWidth(), needed), 200))
        placeholder = QWidget()
        placeholder.setObjectName(f"{key}Placeholder")
        self.stack.addWidget(placeholder)
        index = len(self._sections)
        action = QAction(title, self)
        action.setObjectName(f"show{key[:1].upper()}{key[1:]}Action")
        if index <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
        action.triggered.connect(lambda _checked=False, k=key: self.show_section(k))
        self.view_menu.addAction(action)
        self._section_actions.append(action)

    def section_keys(self) -> list[str]:
        return [s.key for s in self._sections]

    def section_actions(self) -> list[QAction]:
        """View ▸ <section> (Ctrl+1…): one action per section, in navigation order."""
        return list(self._section_actions)

    def section_title(self, key: str) -> str:
        """The (translated) name of a section as the navigation shows it."""
        return next(s.title for s in self._sections if s.key == key)

    def current_page(self) -> QWidget | None:
        """The page of the section on screen (None before the first is shown)."""
        return self.stack.currentWidget() if self.current_section() else None

    def section_widget(self, key: str) -> QWidget:
        """The section's widget, built on first use."""
        for row, section in enumerate(self._sections):
            if section.key == key:
                if section.widget is None:
                    section.widget = section.factory()
                    placeholder = self.stack.widget(row)
                    self.stack.insertWidget(row, section.widget)
                    if placeholder is not None:
                        self.stack.removeWidget(placeholder)
                        placeholder.deleteLater()
                return section.widget
        raise KeyError(key)

    def current_section(self) -> str:
        row = self.navigation.currentRow()
        return self._sections[row].key if 0 <= row < len(self._sections) else ""

    def show_section(self, key: str) -> QWidget:
        widget = self.section_widget(key)
        self.navigation.setCurrentRow(self.section_keys().index(key))
        return widget

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self._sections):
            return
        section = self._sections[row]
        self.section_widget(section.key)
        self.stack.setCurrentIndex(row)
        self.stack.updateGeometry()  # the window's minimum size is now this page's
        self.sectionChanged.emit(section.key)

    def open_contact(self, contact_id: int) -> None:
        """Show a contact's page (any feature may call this)."""
        self.openContactRequested.emit(contact_id)

    def open_interaction(self, interaction_id: int) -> None:
        self.openInteractionRequested.emit(interaction_id)

    # window state -----------------------------------------------------------
    def restore_state(self) -> None:
        settings = self.context.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        last = settings.value("window/section", "contacts")
        keys = self.section_keys()
        if keys:
            self.show_section(last if last in keys else keys[0])

    def save_state(self) -> None:
        settings = self.context.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/section", self.current_section())
        settings.sync()

    def quit_requested(self) -> None:
        self.quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.quitting and self.close_handler is not None and not self.close_handler(event):
            return
        self.save_state()
        super().closeEvent(event)
