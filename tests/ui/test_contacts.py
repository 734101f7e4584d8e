"""The Contacts section driven as a user would: search, pick, log, follow up, delete, undo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from journal import clock
from journal.app import build_main_window
from journal.services import contacts, deals, followups, interactions, introductions
from journal.services.events import write
from journal.ui.contacts.interaction_model import InteractionTableModel
from journal.ui.contacts.list_model import ContactListModel
from journal.ui.contacts.section import ContactsSection
from journal.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, db_path: Path, fake_clock: object) -> Iterator[MainWindow]:
    win = build_main_window(db_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.quitting = True
    win.close()


def section_of(window: MainWindow) -> ContactsSection:
    widget = window.show_section("contacts")
    assert isinstance(widget, ContactsSection)
    return widget


def names(model: ContactListModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def summaries(model: InteractionTableModel) -> list[str]:
    return [model.index(row, InteractionTableModel.SUMMARY).data() for row in range(model.rowCount())]


def in_modal_dialog(qtbot: QtBot, fill: Callable[[QWidget], None], trigger: Callable[[], object]) -> None:
    """Run ``trigger`` (which opens a modal dialog) and let ``fill`` drive the dialog."""
    done: list[bool] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, drive)
            return
        fill(dialog)
        done.append(True)

    QTimer.singleShot(0, drive)
    trigger()
    qtbot.waitUntil(lambda: bool(done))


def click_save(dialog: QWidget) -> None:
    dialog.findChild(QPushButton, "saveButton").click()


def test_contacts_is_the_first_section_and_trash_the_last(window: MainWindow) -> None:
    keys = window.section_keys()
    assert keys[0] == "contacts"
    assert keys[-1] == "trash"


def test_empty_state_says_what_to_do(window: MainWindow) -> None:
    section = section_of(window)
    empty = section.findChild(QLabel, "contactListEmpty")
    assert empty.isVisible()
    assert "No contacts yet" in empty.text()
    assert "Ctrl+N" in empty.text()
    add = section.findChild(QPushButton, "firstContactButton")
    bring = section.findChild(QPushButton, "firstImportButton")
    assert add.isVisible() and bring.isVisible()


def test_first_steps_buttons_add_and_import(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from journal.ui.dialogs import ContactDialog

    section = section_of(window)
    asked: list[str] = []
    monkeypatch.setattr(ContactDialog, "add", classmethod(lambda cls, parent: asked.append("add")))
    section.findChild(QPushButton, "firstContactButton").click()
    imports = window.findChild(QAction, "importAction")
    imports.triggered.connect(lambda *_: asked.append("import"))
    monkeypatch.setattr("journal.ui.ask.open_file", lambda *a: "")  # the user cancels the file choice
    section.findChild(QPushButton, "firstImportButton").click()
    assert asked == ["add", "import"]


def test_search_as_you_type_ignores_accents(qtbot: QtBot, window: MainWindow) -> None:
    for name in ("Ana Núñez", "Bob Smith", "Carla Pérez"):
        contacts.create_contact(name=name)
    section = section_of(window)
    qtbot.waitUntil(lambda: section.model.rowCount() == 3)
    search = window.findChild(QLineEdit, "contactSearch")
    qtbot.keyClicks(search, "nune")
    qtbot.waitUntil(lambda: names(section.model) == ["Ana Núñez"])
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: section.model.rowCount() == 3)
    assert search.text() == ""


def test_filters_and_sort(qtbot: QtBot, window: MainWindow) -> None:
    ana = contacts.create_contact(name="Ana", tags=["mentor"])
    bob = contacts.create_contact(name="Bob")
    interactions.log_interaction(
        contact_id=bob.id, kind="sales", summary="Demo", occurred_at=clock.now() - timedelta(days=2)
    )
    deals.create_deal(contact_id=bob.id, title="Licences", value="1200")
    interactions.log_interaction(contact_id=ana.id, kind="networking", summary="Coffee")
    section = section_of(window)
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    bar = section.filter_bar
    bar.tag.setCurrentIndex(bar.tag.findData("mentor"))
    assert names(section.model) == ["Ana"]
    bar.tag.setCurrentIndex(0)
    bar.kind.setCurrentIndex(bar.kind.findData("sales"))
    assert names(section.model) == ["Bob"]
    bar.kind.setCurrentIndex(0)
    bar.open_deals.setChecked(True)
    assert names(section.model) == ["Bob"]
    bar.open_deals.setChecked(False)
    bar.sort.setCurrentIndex(bar.sort.findData("last_interaction"))
    assert names(section.model)[0] == "Ana"  # logged last


def test_health_column_says_it_in_words(qtbot: QtBot, window: MainWindow, fake_clock: object) -> None:
    contacts.create_contact(name="Late Larry", cadence_days=10)
    fake_clock.advance(days=30)  # type: ignore[attr-defined]
    section = section_of(window)
    section.model.reload()
    index = section.model.index(0, ContactListModel.HEALTH)
    assert index.data() == "Overdue"
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert section.model.index(0, ContactListModel.LAST_INTERACTION).data() == "never"


def test_model_loads_lazily(qtbot: QtBot, db_path: Path, qtmodeltester: object) -> None:
    with write():
        for n in range(500):
            contacts.create_contact(name=f"Person {n:03}")
    model = ContactListModel()
    model.reload()
    assert 0 < model.rowCount() < 500
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 500
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_list_model_passes_the_model_tester(db_path: Path, fake_clock: object, qtmodeltester: object) -> None:
    ana = contacts.create_contact(name="Ana", organization="Acme", cadence_days=30)
    interactions.log_interaction(contact_id=ana.id, kind="networking", summary="Coffee")
    followups.create_followup(contact_id=ana.id, kind="networking", title="Call", due_date=clock.today())
    contacts.create_contact(name="Bob")
    model = ContactListModel(page_size=1)
    model.reload()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_pick_contact_log_each_kind_and_see_it_only_in_its_tab(qtbot: QtBot, window: MainWindow) -> None:
    ana = contacts.create_contact(name="Ana Núñez", organization="Acme", title="CTO")
    section = section_of(window)
    view = window.findChild(QTableView, "contactList")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center()
    )
    qtbot.waitUntil(lambda: section.page.contact_id == ana.id)
    assert section.page.header.name.text() == "Ana Núñez"
    assert section.page.header.role.text() == "CTO at Acme"

    def log_networking(dialog: QWidget) -> None:
        dialog.findChild(QWidget, "kindNetworking").click()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "interactionSummary"), "Coffee about hiring")
        click_save(dialog)

    view.setFocus()
    in_modal_dialog(
        qtbot, log_networking, lambda: window.findChild(QAction, "logInteractionAction").trigger()
    )

    def log_sales(dialog: QWidget) -> None:
        assert dialog.findChild(QWidget, "kindSales").isChecked()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "interactionSummary"), "Pricing call")
        dialog.findChild(QPushButton, "addObjectionButton").click()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "objectionDetail0"), "Too expensive")
        click_save(dialog)

    section.page.tabs.setCurrentWidget(section.page.sales)
    sales_button = section.page.sales.findChild(QPushButton, "logSalesButton")
    in_modal_dialog(qtbot, log_sales, sales_button.click)

    networking_view = window.findChild(QWidget, "contactNetworkingView")
    sales_view = window.findChild(QWidget, "contactSalesView")
    qtbot.waitUntil(lambda: summaries(section.page.networking.timeline.model) == ["Coffee about hiring"])
    qtbot.waitUntil(lambda: summaries(section.page.sales.timeline.model) == ["Pricing call"])
    assert networking_view is section.page.networking
    assert sales_view is section.page.sales
    detail = section.page.sales.timeline.model.index(0, InteractionTableModel.DETAIL).data()
    assert "Price" in detail


def test_interaction_models_pass_the_model_tester(
    db_path: Path, fake_clock: object, qtmodeltester: object
) -> None:
    ana = contacts.create_contact(name="Ana")
    deal = deals.create_deal(contact_id=ana.id, title="Pilot", value="100")
    interactions.log_interaction(
        contact_id=ana.id, kind="networking", summary="Advice", value_direction="gave", value_type="advice"
    )
    interactions.log_interaction(
        contact_id=ana.id,
        kind="sales",
        summary="Proposal",
        deal_id=deal.id,
        objections=[interactions.ObjectionInput("price", "High", "Discount", "resolved")],
    )
    for kind in ("networking", "sales"):
        model = InteractionTableModel(kind)
        model.load(ana.id)
        assert model.rowCount() == 1
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_big_timeline_opens_one_page_and_loads_more(
    qtbot: QtBot, window: MainWindow, fake_clock: object
) -> None:
    ana = contacts.create_contact(name="Ana")
    start = clock.now() - timedelta(days=400)
    with write():
        for n in range(250):
            interactions.log_interaction(
                contact_id=ana.id,
                kind="networking",
                summary=f"Chat {n}",
                occurred_at=start + timedelta(days=n),
            )
    section = section_of(window)
    section.open_contact(ana.id)
    table = section.page.networking.timeline
    assert table.model.rowCount() == 100
    assert table.more.isVisible()
    table.more.click()
    table.more.click()
    assert table.model.rowCount() == 250
    assert not table.more.isVisible()
    assert len(set(summaries(table.model))) == 250


def test_follow_up_offered_after_logging_and_added_with_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    ana = contacts.create_contact(name="Ana")
    section = section_of(window)
    section.open_contact(ana.id)

    def log_with_followup(dialog: QWidget) -> None:
        dialog.findChild(QWidget, "kindNetworking").click()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "interactionSummary"), "Lunch")
        dialog.findChild(QWidget, "offerFollowUp").click()
        click_save(dialog)

    in_modal_dialog(qtbot, log_with_followup, lambda: section.log_interaction())
    made = followups.followups_for_contact(ana.id, kind="networking")
    assert [f.due_date for f in made] == [clock.today() + timedelta(weeks=1)]

    def add_followup(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "followUpTitle"), "Send the deck")
        dialog.findChild(QPushButton, "followUpIn3Day").click()
        click_save(dialog)

    button = section.page.networking.findChild(QPushButton, "addNetworkingFollowUpButton")
    in_modal_dialog(qtbot, add_followup, button.click)
    tree = section.page.networking.followups
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2)
    titles = {tree.topLevelItem(i).text(1) for i in range(2)}
    assert "Send the deck" in titles
    due = {f.title: f.due_date for f in followups.followups_for_contact(ana.id, kind="networking")}
    assert due["Send the deck"] == clock.today() + timedelta(days=3)
    assert section.page.sales.followups.topLevelItem(0).text(0) == "No open follow-ups"


def test_delete_moves_to_trash_and_undo_brings_back(qtbot: QtBot, window: MainWindow) -> None:
    contacts.create_contact(name="Ana")
    bob = contacts.create_contact(name="Bob")
    section = section_of(window)
    section.open_contact(bob.id)
    view = window.findChild(QTableView, "contactList")
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: names(section.model) == ["Ana"])
    assert not contacts.contact_exists(bob.id)
    banner = window.findChild(QWidget, "undoBanner")
    assert banner.isVisible()
    window.findChild(QPushButton, "undoButton").click()
    qtbot.waitUntil(lambda: names(section.model) == ["Ana", "Bob"])
    assert section.page.contact_id == bob.id

    window.findChild(QAction, "deleteAction").trigger()
    qtbot.waitUntil(lambda: names(section.model) == ["Ana"])
    undo = window.findChild(QAction, "undoAction")
    assert undo in window.edit_menu.actions()
    undo.trigger()
    qtbot.waitUntil(lambda: names(section.model) == ["Ana", "Bob"])


def test_delete_an_entry_from_its_timeline(qtbot: QtBot, window: MainWindow) -> None:
    ana = contacts.create_contact(name="Ana")
    entry = interactions.log_interaction(contact_id=ana.id, kind="networking", summary="Coffee")
    section = section_of(window)
    section.open_contact(ana.id)
    table = section.page.networking.timeline.view
    table.setCurrentIndex(table.model().index(0, 0))
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    section.delete_selected()
    qtbot.waitUntil(lambda: section.page.networking.timeline.model.rowCount() == 0)
    assert contacts.contact_exists(ana.id)
    window.findChild(QAction, "undoAction").trigger()
    qtbot.waitUntil(lambda: summaries(section.page.networking.timeline.model) == ["Coffee"])
    assert interactions.get_interaction(entry.id).summary == "Coffee"


def test_open_contact_request_shows_it_even_when_filtered_out(qtbot: QtBot, window: MainWindow) -> None:
    contacts.create_contact(name="Ana")
    bob = contacts.create_contact(name="Bob")
    section = section_of(window)
    qtbot.keyClicks(section.filter_bar.search, "ana")
    qtbot.waitUntil(lambda: names(section.model) == ["Ana"])
    window.show_section("trash")
    window.open_contact(bob.id)
    assert window.current_section() == "contacts"
    assert section.page.contact_id == bob.id
    assert section.view.currentIndex().row() == section.model.row_of(bob.id)


def test_header_links_and_keep_in_touch(qtbot: QtBot, window: MainWindow, fake_clock: object) -> None:
    carla = contacts.create_contact(name="Carla")
    ana = contacts.create_contact(
        name="Ana",
        emails=["ana@example.com"],
        linkedin_url="https://www.linkedin.com/in/ana",
        introduced_by_id=carla.id,
        how_met="Conference",
        cadence_days=30,
    )
    interactions.log_interaction(
        contact_id=ana.id, kind="networking", summary="Chat", occurred_at=clock.now() - timedelta(days=47)
    )
    introductions.record_introduction(direction="i_introduced", person_a_id=ana.id, person_b_id=carla.id)
    section = section_of(window)
    section.open_contact(ana.id)
    header = section.page.header
    assert "linkedin.com/in/ana" in header.reach.text()
    assert header.keep_in_touch.text() == "Last talked 47 days ago, cadence 30 days: overdue"
    assert section.page.networking.reciprocity.text() == "You gave 0, received 0 in the last 12 months"
    assert "I introduced Ana to Carla" in section.page.networking.introductions.topLevelItem(0).text(1)
    header.origin.linkActivated.emit(f"contact:{carla.id}")
    assert section.page.contact_id == carla.id


def test_keyboard_find_and_escape(qtbot: QtBot, window: MainWindow) -> None:
    contacts.create_contact(name="Ana")
    section = section_of(window)
    window.activateWindow()
    section.view.setFocus()
    qtbot.waitUntil(section.view.hasFocus)
    qtbot.keyClick(section.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(section.filter_bar.search.hasFocus)
    qtbot.keyClick(section.filter_bar.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(section.view.hasFocus)
    qtbot.keyClick(section.view, Qt.Key.Key_Return)
    qtbot.waitUntil(section.page.tabs.hasFocus)  # no entries yet: the tabs take the focus
    interactions.log_interaction(contact_id=section.page.contact_id, kind="networking", summary="Chat")
    qtbot.waitUntil(lambda: section.page.networking.timeline.model.rowCount() == 1)
    qtbot.keyClick(section.page.tabs, Qt.Key.Key_Escape)
    qtbot.waitUntil(section.view.hasFocus)
    qtbot.keyClick(section.view, Qt.Key.Key_Enter)
    qtbot.waitUntil(section.page.networking.timeline.view.hasFocus)


def test_splitter_is_remembered(qtbot: QtBot, window: MainWindow, db_path: Path) -> None:
    section = section_of(window)
    section.splitter.setSizes([300, 800])
    section.splitter.splitterMoved.emit(300, 1)
    window.close()
    again = build_main_window(db_path)
    qtbot.addWidget(again)
    restored = section_of(again)
    assert restored.splitter.saveState() == section.splitter.saveState()
    assert again.current_section() == "contacts"
