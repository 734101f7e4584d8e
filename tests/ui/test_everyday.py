"""A day with the journal (issue 12), driven as a user drives it: typing, keys, clicks.

Each test names the numbered point of the issue it is about.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from journal.app import build_main_window
from journal.services import contacts
from journal.ui.contacts.section import ContactsSection
from journal.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, db_path: Path, fake_clock: object) -> Iterator[MainWindow]:
    win = build_main_window(db_path)
    qtbot.addWidget(win)
    win.resize(1280, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.quitting = True
    win.close()


def contacts_section(window: MainWindow) -> ContactsSection:
    widget = window.show_section("contacts")
    assert isinstance(widget, ContactsSection)
    return widget


def with_dialog(qtbot: QtBot, act: Callable[[QDialog], None], trigger: Callable[[], object]) -> list[str]:
    """Run ``trigger`` (it opens a modal dialog), let ``act`` drive the dialog; the titles seen."""
    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, drive)
            return
        seen.append(dialog.windowTitle())
        act(dialog)

    QTimer.singleShot(0, drive)
    trigger()
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def cancel(dialog: QDialog) -> None:
    dialog.findChild(QPushButton, "cancelButton").click()


# --- 1. Wrong person ---------------------------------------------------------------------------------


def test_1_typing_a_name_shows_that_person_never_the_one_filtered_out(
    window: MainWindow, qtbot: QtBot
) -> None:
    john = contacts.create_contact(name="John Smith")
    laura = contacts.create_contact(name="Laura Fernández")
    contacts.create_contact(name="Pedro Gómez")
    section = contacts_section(window)
    section.refresh()
    section.open_contact(john.id)
    assert section.page.contact_id == john.id

    search = section.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "laura")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert section.page.contact_id == laura.id  # the page follows the list, never John
    assert section.page.header.name.text() == "Laura Fernández"

    qtbot.keyClicks(search, "zzz")  # nobody matches: the empty page, not a stale contact
    qtbot.waitUntil(lambda: section.model.rowCount() == 0)
    assert section.page.contact is None
    assert section.page.stack.currentWidget() is section.page.empty

    search.clear()
    qtbot.keyClicks(search, "laura")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    qtbot.keyClick(search, Qt.Key.Key_Down)  # Down moves into the list
    qtbot.waitUntil(section.view.hasFocus)
    assert section.view.currentIndex().row() == 0
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Return)  # so does Enter
    qtbot.waitUntil(section.view.hasFocus)

    titles = with_dialog(
        qtbot, cancel, lambda: qtbot.keyClick(section.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    )
    assert titles == ["Log interaction — Laura Fernández"]


def test_1_every_dialog_acting_on_a_contact_names_them(window: MainWindow, qtbot: QtBot) -> None:
    laura = contacts.create_contact(name="Laura Fernández")
    section = contacts_section(window)
    section.refresh()
    section.open_contact(laura.id)
    names = [
        "editContactAction",
        "logInteractionAction",
        "addFollowUpAction",
        "addDealAction",
    ]
    for name in names:
        action = window.findChild(QAction, name)
        titles = with_dialog(qtbot, cancel, action.trigger)
        assert titles and titles[0].endswith("— Laura Fernández"), (name, titles)


# --- 5. Pipeline --------------------------------------------------------------------------------------


def click_card(qtbot: QtBot, pipeline: object, stage: str, row: int = 0) -> None:
    column = pipeline.column_of(stage)  # type: ignore[attr-defined]
    rect = column.list.visualRect(column.model.index(row, 0))
    qtbot.mouseClick(column.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_5_a_click_selects_a_card_and_on_never_moves_past_won(window: MainWindow, qtbot: QtBot) -> None:
    from journal.services import deals

    ana = contacts.create_contact(name="Ana")
    fresh = deals.create_deal(contact_id=ana.id, title="Pilot", value="100")
    won = deals.create_deal(contact_id=ana.id, title="Licence", value="900")
    deals.move_deal(won.id, stage="won")
    pipeline = window.show_section("pipeline")
    qtbot.waitUntil(lambda: pipeline.column_of("won").model.rowCount() == 1)

    click_card(qtbot, pipeline, "prospect")
    assert pipeline.selected_deal_id() == fresh.id
    assert pipeline.on_button.isEnabled() and pipeline.move_button.isEnabled()
    assert not pipeline.back_button.isEnabled()  # nothing before "prospect"

    click_card(qtbot, pipeline, "won")
    assert pipeline.selected_deal_id() == won.id
    assert pipeline.back_button.isEnabled()
    assert not pipeline.on_button.isEnabled()  # after won comes nothing: lost is not "on"
    pipeline.move_on_action.trigger()
    assert deals.get_deal(won.id).stage == "won"
    pipeline.move_back_action.trigger()
    assert deals.get_deal(won.id).stage == "negotiation"
