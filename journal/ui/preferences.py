"""The Preferences dialog (Edit ▸ Preferences…, the platform's Preferences shortcut).

Built from pages: each ``PreferencesPage`` loads its widgets from ``AppSettings`` and applies
them back. To add an option, add a row to an existing page's ``form`` or a new page:

    register_page(lambda: LanguagePage())   # before the dialog is opened

Signals (dialog):
    applied(): the settings were saved (the scheduler re-aims its timer, views refresh).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QTabWidget,
    QTimeEdit,
    QWidget,
)

from journal import i18n
from journal.platform import autostart
from journal.ui import ask, widgets
from journal.ui.currency import currency_combo, system_currency
from journal.ui.dates import pytime, qtime
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


class RemindersPage(PreferencesPage):
    """Preferences > Reminders: default time, snooze lengths, follow-up offers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersPage")
        self.default_time = widgets.named(
            QTimeEdit(), "defaultReminderTimeEdit", self.tr("Default reminder time")
        )
        self.default_time.setDisplayFormat("HH:mm")
        minutes = self.tr(" min")
        self.snooze_short = widgets.spin_box(
            "snoozeShortSpin", self.tr("Short snooze in minutes"), 1, MAX_SNOOZE_MINUTES, suffix=minutes
        )
        self.snooze_long = widgets.spin_box(
            "snoozeLongSpin", self.tr("Long snooze in minutes"), 1, MAX_SNOOZE_MINUTES, suffix=minutes
        )
        self.offer = widgets.check_box(
            "offerFollowUpsCheck",
            self.tr("Offer a follow-up after a won deal or a networking meeting"),
            self.tr("Offer follow-ups"),
        )
        self.post_sale = widgets.spin_box(
            "postSaleDaysSpin", self.tr("Satisfaction check after days"), 1, 365, suffix=self.tr(" days")
        )
        note = widgets.text_label(
            "defaultTimeNote",
            self.tr("Follow-ups without a time, birthdays and reconnect reminders ring at this time."),
        )
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
        self.default_time.setTime(qtime(at))
        self.snooze_short.setValue(settings.snooze_short_minutes)
        self.snooze_long.setValue(settings.snooze_long_minutes)
        self.offer.setChecked(settings.offer_followups)
        self.post_sale.setValue(settings.post_sale_days)

    def apply(self, settings: AppSettings) -> None:
        settings.default_reminder_time = pytime(self.default_time.time())
        settings.snooze_short_minutes = self.snooze_short.value()
        settings.snooze_long_minutes = self.snooze_long.value()
        settings.offer_followups = self.offer.isChecked()
        settings.post_sale_days = self.post_sale.value()


class GeneralPage(PreferencesPage):
    """Preferences > General: tray, start at login, default keep-in-touch cadence."""

    def __init__(self, tray_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generalPage")
        self.minimize = widgets.check_box(
            "minimizeToTrayCheck",
            self.tr("Keep running in the system tray when the window is closed"),
            self.tr("Minimize to tray on close"),
        )
        if not tray_available:
            self.minimize.setEnabled(False)
            self.minimize.setToolTip(self.tr("This desktop has no system tray."))
        self.start_at_login = widgets.check_box(
            "startAtLoginCheck", self.tr("Start at login, minimized"), self.tr("Start at login")
        )
        self.cadence = widgets.spin_box(
            "defaultCadenceSpin",
            self.tr("Default keep-in-touch cadence in days"),
            0,
            3650,
            suffix=self.tr(" days"),
            special=self.tr("None"),
        )
        self.currency = currency_combo(
            "defaultCurrencyCombo", self.tr("Currency of new deals and quotas"), system_currency()
        )
        self.form.addRow("", self.minimize)
        self.form.addRow("", self.start_at_login)
        self.form.addRow(self.tr("Default keep-in-touch &cadence:"), self.cadence)
        self.form.addRow(self.tr("Default c&urrency:"), self.currency)

    def title(self) -> str:
        return self.tr("General")

    def load(self, settings: AppSettings) -> None:
        self.minimize.setChecked(settings.minimize_to_tray and self.minimize.isEnabled())
        self.start_at_login.setChecked(autostart.is_enabled())
        self.cadence.setValue(settings.default_cadence_days or 0)
        self.currency.setCurrentText(settings.default_currency)

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
        code = self.currency.currentText().strip().upper()
        if len(code) == 3:
            settings.default_currency = code


class AppearancePage(PreferencesPage):
    """Language (applies at the next start) and light/dark theme (applies at once)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appearancePage")
        system = self.tr("Same as the system")
        self.language = widgets.combo_box(
            "languageCombo",
            self.tr("Language"),
            [
                (system if code == "system" else i18n.language_name(code), code)
                for code in i18n.LANGUAGE_CHOICES
            ],
        )
        self.theme = widgets.combo_box(
            "themeCombo",
            self.tr("Colour scheme"),
            [(system, "system"), (self.tr("Light"), "light"), (self.tr("Dark"), "dark")],
        )
        note = widgets.text_label(
            "languageNote", self.tr("A new language is used the next time you start Networking Journal.")
        )
        self.form.addRow(self.tr("&Language:"), self.language)
        self.form.addRow("", note)
        self.form.addRow(self.tr("&Colours:"), self.theme)

    def title(self) -> str:
        return self.tr("Appearance")

    def load(self, settings: AppSettings) -> None:
        widgets.select_data(self.language, i18n.language_choice(settings.qsettings))
        manager = _theme_manager()
        widgets.select_data(self.theme, manager.preference() if manager is not None else "system")

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
    """Edit > Preferences: one tab per page; OK applies every page and saves.

    Signals:
        applied(): the settings were saved (the scheduler re-aims, views refresh).
    """

    applied = Signal()

    def __init__(
        self, settings: AppSettings, *, tray_available: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        widgets.named(self, "preferencesDialog", self.tr("Preferences"))
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.tabs = widgets.named(QTabWidget(), "preferencesTabs", self.tr("Preference pages"))
        self.pages: list[PreferencesPage] = []
        self.general = GeneralPage(tray_available)
        self.reminders = RemindersPage()
        self.appearance = AppearancePage()
        pages = (self.general, self.reminders, self.appearance, *(factory() for factory in _EXTRA_PAGES))
        for page in pages:
            self.add_page(page)
        self.buttons = widgets.dialog_buttons(self, "preferencesButtons")
        widgets.vbox(self.tabs, self.buttons, parent=self)

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
    """Edit > Preferences… (the platform's shortcut), calling ``open_dialog``."""
    action = QAction(QCoreApplication.translate("Preferences", "&Preferences…"), parent)
    action.setObjectName("preferencesAction")
    shortcut = QKeySequence(QKeySequence.StandardKey.Preferences)
    action.setShortcut(shortcut if not shortcut.isEmpty() else QKeySequence("Ctrl+,"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda _checked=False: open_dialog())
    return action
