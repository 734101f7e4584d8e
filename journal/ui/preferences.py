"""The Preferences dialog (Edit ▸ Preferences…, the platform's Preferences shortcut).

Built from pages: each ``PreferencesPage`` loads its widgets from ``AppSettings`` and applies
them back. To add an option, add a row to an existing page's ``form`` or a new page:

    register_page(lambda: LanguagePage())   # before the dialog is opened

Signals (dialog):
    applied(): the settings were saved (the scheduler re-aims its timer, views refresh).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journal import i18n
from journal.platform import autostart
from journal.ui import ask
from journal.ui.settings import MAX_SNOOZE_MINUTES, AppSettings
from journal.ui.theme import ThemeManager


class PreferencesPage(QWidget):
    """One tab. Subclasses fill ``form`` and implement ``load`` and ``apply``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)

    def title(self) -> str:
        raise NotImplementedError

    def load(self, settings: AppSettings) -> None:
        raise NotImplementedError

    def apply(self, settings: AppSettings) -> None:
        raise NotImplementedError


_EXTRA_PAGES: list[Callable[[], PreferencesPage]] = []


def register_page(factory: Callable[[], PreferencesPage]) -> None:
    """Add a page to every Preferences dialog opened from now on."""
    _EXTRA_PAGES.append(factory)


def _spin(name: str, accessible: str, low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    return spin


class RemindersPage(PreferencesPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersPage")
        self.default_time = QTimeEdit()
        self.default_time.setObjectName("defaultReminderTimeEdit")
        self.default_time.setAccessibleName(self.tr("Default reminder time"))
        self.default_time.setDisplayFormat("HH:mm")
        self.snooze_short = _spin(
            "snoozeShortSpin", self.tr("Short snooze in minutes"), 1, MAX_SNOOZE_MINUTES, self.tr(" min")
        )
        self.snooze_long = _spin(
            "snoozeLongSpin", self.tr("Long snooze in minutes"), 1, MAX_SNOOZE_MINUTES, self.tr(" min")
        )
        self.offer = QCheckBox(self.tr("Offer a follow-up after a won deal or a networking meeting"))
        self.offer.setObjectName("offerFollowUpsCheck")
        self.offer.setAccessibleName(self.tr("Offer follow-ups"))
        self.post_sale = _spin("postSaleDaysSpin", self.tr("Satisfaction check after days"), 1, 365)
        self.post_sale.setSuffix(self.tr(" days"))
        note = QLabel(
            self.tr("Follow-ups without a time, birthdays and reconnect reminders ring at this time.")
        )
        note.setObjectName("defaultTimeNote")
        note.setWordWrap(True)
        self.form.addRow(self.tr("Default reminder &time:"), self.default_time)
        self.form.addRow("", note)
        self.form.addRow(self.tr("&Short snooze:"), self.snooze_short)
        self.form.addRow(self.tr("&Long snooze:"), self.snooze_long)
        self.form.addRow("", self.offer)
        self.form.addRow(self.tr("Satisfaction &check after:"), self.post_sale)

    def title(self) -> str:
        return self.tr("Reminders")

    def load(self, settings: AppSettings) -> None:
        at = settings.default_reminder_time
        self.default_time.setTime(QTime(at.hour, at.minute))
        self.snooze_short.setValue(settings.snooze_short_minutes)
        self.snooze_long.setValue(settings.snooze_long_minutes)
        self.offer.setChecked(settings.offer_followups)
        self.post_sale.setValue(settings.post_sale_days)

    def apply(self, settings: AppSettings) -> None:
        at = self.default_time.time()
        settings.default_reminder_time = time(at.hour(), at.minute())
        settings.snooze_short_minutes = self.snooze_short.value()
        settings.snooze_long_minutes = self.snooze_long.value()
        settings.offer_followups = self.offer.isChecked()
        settings.post_sale_days = self.post_sale.value()


class GeneralPage(PreferencesPage):
    def __init__(self, tray_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generalPage")
        self.minimize = QCheckBox(self.tr("Keep running in the system tray when the window is closed"))
        self.minimize.setObjectName("minimizeToTrayCheck")
        self.minimize.setAccessibleName(self.tr("Minimize to tray on close"))
        if not tray_available:
            self.minimize.setEnabled(False)
            self.minimize.setToolTip(self.tr("This desktop has no system tray."))
        self.start_at_login = QCheckBox(self.tr("Start at login, minimized"))
        self.start_at_login.setObjectName("startAtLoginCheck")
        self.start_at_login.setAccessibleName(self.tr("Start at login"))
        self.cadence = _spin("defaultCadenceSpin", self.tr("Default keep-in-touch cadence in days"), 0, 3650)
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setSpecialValueText(self.tr("None"))
        self.form.addRow("", self.minimize)
        self.form.addRow("", self.start_at_login)
        self.form.addRow(self.tr("Default keep-in-touch &cadence:"), self.cadence)

    def title(self) -> str:
        return self.tr("General")

    def load(self, settings: AppSettings) -> None:
        self.minimize.setChecked(settings.minimize_to_tray and self.minimize.isEnabled())
        self.start_at_login.setChecked(autostart.is_enabled())
        self.cadence.setValue(settings.default_cadence_days or 0)

    def apply(self, settings: AppSettings) -> None:
        if self.minimize.isEnabled():  # without a tray, keep the choice made where there was one
            settings.minimize_to_tray = self.minimize.isChecked()
        wanted = self.start_at_login.isChecked()
        if wanted != autostart.is_enabled():
            try:
                autostart.set_enabled(wanted)
            except OSError as error:
                ask.show_error(
                    self,
                    self.tr("Start at login"),
                    self.tr("Could not change it: {error}").format(error=error),
                )
                wanted = autostart.is_enabled()
        settings.start_at_login = wanted
        settings.default_cadence_days = self.cadence.value() or None


class AppearancePage(PreferencesPage):
    """Language (applies at the next start) and light/dark theme (applies at once)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appearancePage")
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Language"))
        for code in i18n.LANGUAGE_CHOICES:
            label = self.tr("Same as the system") if code == "system" else i18n.language_name(code)
            self.language.addItem(label, code)
        self.theme = QComboBox()
        self.theme.setObjectName("themeCombo")
        self.theme.setAccessibleName(self.tr("Colour scheme"))
        for code, label in (
            ("system", self.tr("Same as the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, code)
        note = QLabel(self.tr("A new language is used the next time you start Networking Journal."))
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        self.form.addRow(self.tr("&Language:"), self.language)
        self.form.addRow("", note)
        self.form.addRow(self.tr("&Colours:"), self.theme)

    def title(self) -> str:
        return self.tr("Appearance")

    def load(self, settings: AppSettings) -> None:
        self.language.setCurrentIndex(
            max(0, self.language.findData(i18n.language_choice(settings.qsettings)))
        )
        manager = _theme_manager()
        current = manager.preference() if manager is not None else "system"
        self.theme.setCurrentIndex(max(0, self.theme.findData(current)))

    def apply(self, settings: AppSettings) -> None:
        settings.qsettings.setValue(i18n.LANGUAGE_KEY, self.language.currentData())
        manager = _theme_manager()
        if manager is not None:
            manager.set_preference(str(self.theme.currentData()))


def _theme_manager() -> ThemeManager | None:
    app = QApplication.instance()
    found = app.findChild(ThemeManager, "themeManager") if app is not None else None
    return found if isinstance(found, ThemeManager) else None


class PreferencesDialog(QDialog):
    applied = Signal()

    def __init__(
        self, settings: AppSettings, *, tray_available: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.settings = settings
        self.tabs = QTabWidget()
        self.tabs.setObjectName("preferencesTabs")
        self.tabs.setAccessibleName(self.tr("Preference pages"))
        self.pages: list[PreferencesPage] = []
        self.general = GeneralPage(tray_available)
        self.reminders = RemindersPage()
        self.appearance = AppearancePage()
        pages = (self.general, self.reminders, self.appearance, *(factory() for factory in _EXTRA_PAGES))
        for page in pages:
            self.add_page(page)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("preferencesButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

    def add_page(self, page: PreferencesPage) -> None:
        page.load(self.settings)
        self.pages.append(page)
        self.tabs.addTab(page, page.title())

    def accept(self) -> None:
        for page in self.pages:
            page.apply(self.settings)
        self.settings.sync()
        self.applied.emit()
        super().accept()


def preferences_action(parent: QWidget, open_dialog: Callable[[], object]) -> QAction:
    action = QAction(QCoreApplication.translate("Preferences", "&Preferences…"), parent)
    action.setObjectName("preferencesAction")
    shortcut = QKeySequence(QKeySequence.StandardKey.Preferences)
    action.setShortcut(shortcut if not shortcut.isEmpty() else QKeySequence("Ctrl+,"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda _checked=False: open_dialog())
    return action
