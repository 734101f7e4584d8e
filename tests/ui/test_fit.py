"""The window fits a 13-inch laptop (1280×700) in English and Spanish, with the "due now" panel
open, in every section and every tab, and never resizes itself.

Every label, button, tab, combo box, column header and placeholder is measured with its
font metrics (``tests/ui/fit.py``); a failure lists each one that is cut, with how much room
it needs and has.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QSize
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from journal import clock, i18n
from journal.app import build_main_window
from journal.services import demo
from journal.ui import reminder_feature
from journal.ui.main_window import MainWindow
from tests.ui.fit import clipped

LAPTOP = QSize(1280, 700)


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    settings = QSettings()
    settings.setValue(i18n.LANGUAGE_KEY, request.param)
    previous = QLocale()
    translations = i18n.install(qapp, settings)
    yield request.param
    for translator in translations.translators:
        qapp.removeTranslator(translator)
    translations.translators = []
    settings.remove(i18n.LANGUAGE_KEY)
    QLocale.setDefault(previous)


@pytest.fixture(params=["demo", "empty"])
def laptop_window(
    request: pytest.FixtureRequest, language: str, db_path: Path, fake_clock: object, qtbot: QtBot
) -> Iterator[MainWindow]:
    # The default layout: nothing remembered from an earlier test (splitters, columns, window).
    settings = QSettings()
    for key in settings.allKeys():
        if key != i18n.LANGUAGE_KEY:
            settings.remove(key)
    if request.param == "demo":
        demo.generate()
        rich_contact()
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.resize(LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    feature = reminder_feature.feature(window)
    assert feature is not None
    feature.panel.show()
    feature.panel.refresh()  # what is due now, as the start-up check fills it
    yield window
    window.quitting = True
    window.close()


def rich_contact() -> int:
    """Someone with everything the contact page can show: a birthday, long notes, entries with
    notes in both ledgers, a deal, a long organization name."""
    from journal.services import contacts, deals, interactions

    person = contacts.create_contact(
        name="Aaron Abernathy-Villalobos",
        organization="Instituto Tecnológico de Investigación Aplicada",
        title="Directora de Innovación",
        birthday="1980-03-12",
        emails=["aaron.abernathy-villalobos@instituto-investigacion.example.org"],
        notes="Met at the Madrid fintech meetup.\nPrefers calls after 16:00.\nTwo kids; plays padel.\n" * 3,
    )
    deal = deals.create_deal(
        contact_id=person.id, title="Annual licence for the research group", value="12000"
    )
    interactions.log_interaction(
        contact_id=person.id, kind="networking", summary="Coffee", notes="Long talk about hiring.\n" * 6
    )
    interactions.log_interaction(
        contact_id=person.id, kind="sales", summary="Pricing call", notes="Budget in Q3.", deal_id=deal.id
    )
    return person.id


def settle(qtbot: QtBot) -> None:
    """Let pending layouts and deferred reloads run (zero-time timers)."""
    qtbot.wait(0)
    QApplication.processEvents()


def walk(window: MainWindow, qtbot: QtBot) -> Iterator[str]:
    """Show every section, and every tab of every tab widget in it; yield where we are."""
    for key in window.section_keys():
        section = window.show_section(key)
        settle(qtbot)
        if key == "contacts" and section.model.rowCount():  # the richest page: sorted first by name
            section.select_row(0)
            timeline = section.page.networking.timeline
            if timeline.model.rowCount():
                timeline.view.setCurrentIndex(timeline.model.index(0, 0))
            settle(qtbot)
        yield key
        for tabs in section.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle(qtbot)
                yield f"{key} ▸ {tabs.tabText(index).replace('&', '')}"


def test_every_section_fits_a_laptop_without_cutting_a_word(laptop_window: MainWindow, qtbot: QtBot) -> None:
    problems: list[str] = []
    for place in walk(laptop_window, qtbot):
        hint = laptop_window.minimumSizeHint()
        if hint.width() > LAPTOP.width() or hint.height() > LAPTOP.height():
            problems.append(f"[{place}] the window needs at least {hint.width()}×{hint.height()}")
        problems += [
            f"[{place}] {line}" for line in clipped(laptop_window) if f"] {line}" not in "\n".join(problems)
        ]
    assert not problems, "\n".join(problems)


def test_the_window_never_resizes_itself_while_switching_sections(
    laptop_window: MainWindow, qtbot: QtBot
) -> None:
    sizes = []
    for place in walk(laptop_window, qtbot):
        sizes.append((place, laptop_window.width(), laptop_window.height()))
    changed = [f"{place}: {w}×{h}" for place, w, h in sizes if (w, h) != (LAPTOP.width(), LAPTOP.height())]
    assert not changed, "the window resized itself:\n" + "\n".join(changed)


def _dialogs(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every form and window the user meets, at the size it opens with (demo journal)."""
    from journal.services import contacts, deals, followups, interactions
    from journal.ui.capture import capture_window
    from journal.ui.dialogs import ContactDialog, DealDialog, FollowUpDialog, InteractionDialog
    from journal.ui.dialogs_intro import IntroductionDialog
    from journal.ui.insights_quota import QuotaDialog
    from journal.ui.palette.dialog import CommandPalette
    from journal.ui.preferences import PreferencesDialog
    from journal.ui.settings import AppSettings
    from journal.ui.shortcuts import ShortcutsDialog

    person = contacts.get_contact(rich_contact_id(window))
    deal = deals.deals_for_contact(person.id)[0]
    entry = interactions.interactions_for_contact(person.id, kind="sales")[0]
    yield "new contact", ContactDialog(window)
    yield "edit contact", ContactDialog(window, person)
    yield "log interaction", InteractionDialog(window, person.id, "sales")
    networking = InteractionDialog(window, person.id, "networking")
    yield "log networking", networking
    edit_entry = InteractionDialog(window, person.id, "sales", interactions.get_interaction(entry.id))
    yield "edit entry", edit_entry
    yield "add follow-up", FollowUpDialog(window, person.id, "networking")
    made = followups.create_followup(
        contact_id=person.id, kind="sales", title="Send the proposal", due_date=clock.today()
    )
    edit_followup = FollowUpDialog(window, person.id)
    edit_followup.load(made.id)
    yield "edit follow-up", edit_followup
    yield "add deal", DealDialog(window, person.id)
    edit_deal = DealDialog(window, person.id)
    edit_deal.load(deal.id)
    yield "edit deal", edit_deal
    yield "introduction", IntroductionDialog(window, person_a_id=person.id)
    yield "quota", QuotaDialog(window)
    preferences = PreferencesDialog(AppSettings(window.context.settings), tray_available=True, parent=window)
    for index in range(preferences.tabs.count()):
        preferences.tabs.setCurrentIndex(index)
        yield f"preferences ▸ {preferences.tabs.tabText(index)}", preferences
    yield "palette", CommandPalette(window)
    yield "for whom?", CommandPalette(window, people_only=True, title="For whom?")
    yield "shortcuts", ShortcutsDialog(window)
    capture = capture_window(window)
    capture.text.setText("café con @Aaron gave intro to @Ana, seguimiento el viernes 10:00 #networking")
    yield "quick capture", capture


def rich_contact_id(window: MainWindow) -> int:
    from journal.services import search
    from journal.services.search import ContactFilter

    rows = search.search_contacts(ContactFilter(text="Abernathy"), today=clock.today(), limit=1)
    return rows[0].id


def test_every_form_fits_its_words_at_the_size_it_opens_with(
    language: str, db_path: Path, fake_clock: object, qtbot: QtBot
) -> None:
    demo.generate()
    rich_contact()
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    problems: list[str] = []
    for name, dialog in _dialogs(window):
        if not dialog.isVisible():
            dialog.show()
        qtbot.waitExposed(dialog)
        if name == "quick capture":
            qtbot.waitUntil(lambda d=dialog: d.is_ready and d.capture is not None, timeout=20_000)
        settle(qtbot)
        problems += [f"[{name}] {line}" for line in clipped(dialog)]
        screen = QSize(1366, 768)
        if dialog.width() > screen.width() or dialog.height() > screen.height() - 40:
            problems.append(f"[{name}] opens at {dialog.width()}×{dialog.height()}, more than the screen")
    for dialog in window.findChildren(QDialog):
        dialog.hide()
    window.quitting = True
    window.close()
    assert not problems, "\n".join(problems)


def _access_key(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    stripped = text.replace("&&", "")
    return stripped[index + 1].lower() if 0 <= index < len(stripped) - 1 else None


def test_no_two_entries_of_a_menu_share_an_access_key(laptop_window: MainWindow) -> None:
    """Alt+E then P must open Preferences, not whatever else in the menu is underlined P."""
    menus = [("menu bar", [a for a in laptop_window.menuBar().actions() if a.isVisible()])]
    pending = [a.menu() for _, actions in menus for a in actions if a.menu() is not None]
    while pending:
        menu = pending.pop()
        actions = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        menus.append((menu.title(), actions))
        pending += [a.menu() for a in actions if a.menu() is not None]
    clashes = []
    for title, actions in menus:
        seen: dict[str, str] = {}
        for action in actions:
            key = _access_key(action.text())
            if key is None:
                continue
            if key in seen:
                clashes.append(f"{title!r}: {seen[key]!r} and {action.text()!r} both use Alt+{key}")
            seen[key] = action.text()
    assert not clashes, "\n".join(clashes)
