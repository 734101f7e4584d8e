"""Preferences dialog, the wired-up reminder feature and the offer bar in the main window."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QToolBar
from pytestqt.qtbot import QtBot

from journal import APP_ID
from journal.app import build_main_window
from journal.platform import autostart
from journal.services import contacts, deals, followups, interactions
from journal.ui.preferences import PreferencesDialog
from journal.ui.reminder_feature import feature
from journal.ui.settings import AppSettings
from tests.conftest import FakeClock


def test_preferences_round_trip(qtbot: QtBot, db_path: Path, tmp_path: Path) -> None:
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    found = feature(window)
    assert found is not None
    settings = found.settings
    assert settings.default_reminder_time == time(9, 0) and settings.snooze_short_minutes == 15
    assert not settings.start_at_login and not autostart.is_enabled()
    action = next(a for a in window.edit_menu.actions() if a.objectName() == "preferencesAction")
    assert not action.shortcut().isEmpty()
    assert action.shortcut() in (QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,"))
    dialog = found.open_preferences(window)
    qtbot.waitExposed(dialog)
    assert dialog.objectName() == "preferencesDialog"
    dialog.reminders.default_time.setTime(QTime(8, 15))
    dialog.reminders.snooze_short.setValue(10)
    dialog.reminders.snooze_long.setValue(120)
    dialog.general.cadence.setValue(45)
    dialog.general.start_at_login.setChecked(True)
    dialog.buttons.accepted.emit()
    assert settings.default_reminder_time == time(8, 15)
    assert (settings.snooze_short_minutes, settings.snooze_long_minutes) == (10, 120)
    assert settings.default_cadence_days == 45
    assert settings.start_at_login and autostart.is_enabled()
    assert (tmp_path / "config" / "autostart" / f"{APP_ID}.desktop").exists()  # XDG_CONFIG_HOME from conftest
    # a fresh view of the same QSettings reads the same values (typed, not pickled)
    again = AppSettings(window.context.settings)
    assert again.default_reminder_time == time(8, 15) and again.default_cadence_days == 45


def test_preferences_can_grow_a_page(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QCheckBox

    from journal.ui import preferences

    class Extra(preferences.PreferencesPage):
        def __init__(self) -> None:
            super().__init__()
            self.box = QCheckBox("x")
            self.box.setObjectName("extraCheck")
            self.box.setAccessibleName("x")
            self.form.addRow(self.box)

        def title(self) -> str:
            return "Extra"

        def load(self, settings: AppSettings) -> None:
            self.box.setChecked(bool(settings.qsettings.value("extra/on", False, type=bool)))

        def apply(self, settings: AppSettings) -> None:
            settings.qsettings.setValue("extra/on", self.box.isChecked())

    monkeypatch.setattr(preferences, "_EXTRA_PAGES", [Extra])
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["General", "Reminders", "Appearance", "Extra"]


def test_window_has_due_panel_and_offers_a_thank_you(
    qtbot: QtBot, db_path: Path, fake_clock: FakeClock
) -> None:
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    panel = window.findChild(QDockWidget, "duePanel")
    bar = window.findChild(QToolBar, "offerBar")
    assert panel is not None and bar is not None and not bar.isVisible()
    cid = contacts.create_contact(name="Bea Martín").id
    interactions.log_interaction(
        contact_id=cid, kind="networking", summary="Met at the fair", channel="event"
    )
    qtbot.waitUntil(bar.isVisible)
    found = feature(window)
    assert found is not None
    assert "Bea Martín" in found.offer_bar.label.text()
    found.offer_bar.add_button.click()
    qtbot.waitUntil(lambda: not bar.isVisible())
    created = followups.followups_for_contact(cid, kind="networking")
    assert len(created) == 1 and "thank-you" in created[0].title
    # the new follow-up is due tomorrow at 09:00; the scheduler aims at the earliest of that and the digest
    qtbot.waitUntil(lambda: found.scheduler.next_wakeup is not None)


def test_won_deal_offer_can_be_dismissed(qtbot: QtBot, db_path: Path, fake_clock: FakeClock) -> None:
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    found = feature(window)
    assert found is not None
    cid = contacts.create_contact(name="Carlos Ruiz").id
    deal = deals.create_deal(contact_id=cid, title="Audit", value="900", stage="proposal")
    deals.move_deal(deal.id, stage="won")
    qtbot.waitUntil(found.offer_bar.isVisible)
    assert "Audit" in found.offer_bar.label.text()
    found.offer_bar.dismiss_button.click()
    assert not found.offer_bar.isVisible()
    assert followups.followups_for_contact(cid, kind="sales") == []
    deals.update_deal(deal.id, notes="paid")  # same deal again: offered once only
    assert not found.offer_bar.isVisible()


def test_closing_the_window_without_a_tray_stops_the_reminders(qtbot: QtBot, db_path: Path) -> None:
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    found = feature(window)
    assert found is not None and found.tray is None  # offscreen: no tray
    qtbot.waitUntil(lambda: found.scheduler.watchdog.isActive())
    window.close()
    qtbot.waitUntil(lambda: found.stopped)
    assert not found.scheduler.watchdog.isActive() and not found.scheduler.timer.isActive()


def test_appearance_page_saves_language_and_theme(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journal import i18n
    from journal.ui import theme
    from journal.ui.preferences import PreferencesDialog
    from journal.ui.settings import AppSettings

    qsettings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    app = QApplication.instance()
    for old in app.findChildren(theme.ThemeManager):  # type: ignore[union-attr]
        old.setObjectName("")
    manager = theme.ThemeManager(app, qsettings)  # type: ignore[arg-type]
    manager.setObjectName("themeManager")
    dialog = PreferencesDialog(AppSettings(qsettings))
    qtbot.addWidget(dialog)
    page = dialog.appearance
    assert page.language.currentData() == "system"
    page.language.setCurrentIndex(page.language.findData("es"))
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    dialog.accept()
    assert i18n.language_choice(qsettings) == "es"
    assert qsettings.value(theme.THEME_KEY) == "dark"
    manager.set_preference("light")
    import shiboken6

    shiboken6.delete(manager)  # no stray manager may react to later palette signals
