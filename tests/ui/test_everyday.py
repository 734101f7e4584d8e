"""A day with the journal (issue 12), driven as a user drives it: typing, keys, clicks.

Each test names the numbered point of the issue it is about.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QWidget
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


# --- 2. Lost words ------------------------------------------------------------------------------------


def answer_discard_question(qtbot: QtBot, button: str, asked: list[str]) -> None:
    """When "Discard this entry?" comes up, click ``button`` (keepEditingButton, keepDraftButton,
    discardButton) as the user would."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "discardEntryBox":
            QTimer.singleShot(10, click)
            return
        asked.append(box.windowTitle())
        box.findChild(QPushButton, button).click()

    QTimer.singleShot(0, click)


NOTE = ("The CFO wants numbers by Friday; the CTO cares about the API. " * 170)[:10_000]


def test_2_escape_on_a_long_entry_asks_and_keep_editing_loses_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    from journal.services import drafts

    ana = contacts.create_contact(name="Ana Núñez")
    section = contacts_section(window)
    section.refresh()
    section.open_contact(ana.id)
    dialogs: list[QDialog] = []
    asked: list[str] = []

    def fill_and_escape(dialog: QDialog) -> None:
        dialogs.append(dialog)
        dialog.findChild(QWidget, "kindNetworking").click()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "interactionSummary"), "Coffee about the pilot")
        notes = dialog.findChild(QWidget, "interactionNotes")
        notes.setFocus()
        notes.insertPlainText(NOTE)  # pasted: ten thousand characters
        answer_discard_question(qtbot, "keepEditingButton", asked)
        qtbot.keyClick(notes, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: bool(asked))
        assert dialog.isVisible()  # still there, every word in place
        assert notes.toPlainText() == NOTE
        answer_discard_question(qtbot, "discardButton", asked)
        dialog.findChild(QPushButton, "cancelButton").click()

    with_dialog(qtbot, fill_and_escape, lambda: window.findChild(QAction, "logInteractionAction").trigger())
    qtbot.waitUntil(lambda: not dialogs[0].isVisible())
    assert asked == ["Discard this entry?", "Discard this entry?"]
    assert drafts.draft_keys() == []  # discarded means gone


def test_2_a_draft_per_contact_survives_a_restart(window: MainWindow, qtbot: QtBot, db_path: Path) -> None:
    from journal import db
    from journal.services import drafts, interactions

    ana = contacts.create_contact(name="Ana Núñez")
    bob = contacts.create_contact(name="Bob Ruiz")
    section = contacts_section(window)
    section.refresh()
    section.open_contact(ana.id)
    asked: list[str] = []

    def type_and_keep_draft(dialog: QDialog) -> None:
        dialog.findChild(QWidget, "kindSales").click()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "interactionSummary"), "Pricing call")
        qtbot.keyClicks(dialog.findChild(QWidget, "interactionNotes"), "They want 10% off")
        answer_discard_question(qtbot, "keepDraftButton", asked)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    with_dialog(
        qtbot, type_and_keep_draft, lambda: window.findChild(QAction, "logInteractionAction").trigger()
    )
    qtbot.waitUntil(lambda: asked == ["Discard this entry?"])
    assert drafts.draft_keys() == [f"interaction.new.{ana.id}"]

    window.quitting = True  # quit and start again on the same file
    window.close()
    db.close_database()
    db.open_database(db_path)
    again = build_main_window(db_path)
    qtbot.addWidget(again)
    again.show()
    section = contacts_section(again)
    section.open_contact(bob.id)
    seen: dict[str, object] = {}

    def bob_starts_empty(dialog: QDialog) -> None:
        seen["bob"] = dialog.findChild(QLineEdit, "interactionSummary").text()
        dialog.findChild(QPushButton, "cancelButton").click()

    with_dialog(qtbot, bob_starts_empty, lambda: again.findChild(QAction, "logInteractionAction").trigger())
    assert seen["bob"] == ""  # the draft is Ana's, not anyone's
    section.open_contact(ana.id)

    def restored_then_saved(dialog: QDialog) -> None:
        seen["summary"] = dialog.findChild(QLineEdit, "interactionSummary").text()
        seen["notes"] = dialog.findChild(QWidget, "interactionNotes").toPlainText()
        seen["sales"] = dialog.findChild(QWidget, "kindSales").isChecked()
        seen["note shown"] = dialog.findChild(QWidget, "draftBar").isVisible()
        dialog.findChild(QPushButton, "saveButton").click()

    with_dialog(
        qtbot, restored_then_saved, lambda: again.findChild(QAction, "logInteractionAction").trigger()
    )
    assert seen == {
        "bob": "",
        "summary": "Pricing call",
        "notes": "They want 10% off",
        "sales": True,
        "note shown": True,
    }
    assert [e.summary for e in interactions.interactions_for_contact(ana.id, kind="sales")] == [
        "Pricing call"
    ]
    assert drafts.draft_keys() == []  # saved: the draft is gone
    again.quitting = True
    again.close()


@pytest.mark.parametrize(
    ("action", "field"),
    [
        ("newContactAction", "contactName"),
        ("editContactAction", "contactNotes"),
        ("addFollowUpAction", "followUpTitle"),
        ("addDealAction", "dealTitle"),
    ],
)
def test_2_every_form_asks_before_dropping_typed_text(
    window: MainWindow, qtbot: QtBot, action: str, field: str
) -> None:
    ana = contacts.create_contact(name="Ana Núñez")
    section = contacts_section(window)
    section.refresh()
    section.open_contact(ana.id)
    asked: list[str] = []

    def type_and_cancel(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QWidget, field), "something worth keeping")
        answer_discard_question(qtbot, "discardButton", asked)
        dialog.findChild(QPushButton, "cancelButton").click()

    with_dialog(qtbot, type_and_cancel, lambda: window.findChild(QAction, action).trigger())
    qtbot.waitUntil(lambda: bool(asked))


def test_2_the_introduction_form_asks_too(window: MainWindow, qtbot: QtBot) -> None:
    from journal.ui.dialogs_intro import IntroductionDialog

    ana = contacts.create_contact(name="Ana Núñez")
    dialog = IntroductionDialog(window, person_a_id=ana.id)
    dialog.show()
    qtbot.keyClicks(dialog.context_edit, "Both hire data people")
    asked: list[str] = []
    answer_discard_question(qtbot, "keepEditingButton", asked)
    qtbot.keyClick(dialog.context_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert dialog.isVisible() and dialog.context_edit.text() == "Both hire data people"
    assert dialog.windowTitle() == "Record an introduction — Ana Núñez"
    answer_discard_question(qtbot, "discardButton", asked)
    dialog.reject()
    assert not dialog.isVisible()


def test_2_an_untouched_form_closes_without_a_question(window: MainWindow, qtbot: QtBot) -> None:
    ana = contacts.create_contact(name="Ana Núñez")
    section = contacts_section(window)
    section.refresh()
    section.open_contact(ana.id)
    closed: list[bool] = []

    def escape(dialog: QDialog) -> None:
        dialog.finished.connect(lambda _r: closed.append(True))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    with_dialog(qtbot, escape, lambda: window.findChild(QAction, "addFollowUpAction").trigger())
    qtbot.waitUntil(lambda: bool(closed))


# --- 6. Money -----------------------------------------------------------------------------------------


def test_6_the_default_currency_is_chosen_once_and_used_by_deals_and_quotas(
    window: MainWindow, qtbot: QtBot
) -> None:
    from decimal import Decimal

    from PySide6.QtWidgets import QComboBox

    from journal.services import deals, quotas
    from journal.ui.insights import InsightsView
    from journal.ui.insights_quota import QuotaDialog

    def choose_usd(dialog: QDialog) -> None:
        combo = dialog.findChild(QComboBox, "defaultCurrencyCombo")
        assert combo.currentText() == combo.currentText().upper() and len(combo.currentText()) == 3
        combo.lineEdit().selectAll()
        qtbot.keyClicks(combo.lineEdit(), "usd")
        dialog.findChild(QWidget, "preferencesButtons").button(
            dialog.findChild(QWidget, "preferencesButtons").StandardButton.Ok
        ).click()

    preferences = window.findChild(QAction, "preferencesAction")
    preferences.trigger()
    dialog = QApplication.activeModalWidget() or window.findChild(QDialog, "preferencesDialog")
    qtbot.waitUntil(lambda: window.findChild(QDialog, "preferencesDialog") is not None)
    choose_usd(window.findChild(QDialog, "preferencesDialog"))
    del dialog

    ana = contacts.create_contact(name="Ana")
    section = contacts_section(window)
    section.refresh()
    section.open_contact(ana.id)
    seen: dict[str, str] = {}

    def new_deal(dialog: QDialog) -> None:
        seen["deal"] = dialog.findChild(QComboBox, "dealCurrency").currentText()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "dealTitle"), "Licence")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "dealValue"), "1500")
        dialog.findChild(QPushButton, "saveButton").click()

    with_dialog(qtbot, new_deal, lambda: window.findChild(QAction, "addDealAction").trigger())
    assert seen["deal"] == "USD"
    deal = deals.deals_for_contact(ana.id)[0]
    assert (deal.value, deal.currency) == (Decimal("1500"), "USD")
    deals.move_deal(deal.id, stage="won")

    insights = window.show_section("insights")
    assert isinstance(insights, InsightsView)
    quota = QuotaDialog(insights)
    assert quota.currency.text() == "USD"
    quota.deleteLater()
    from journal.ui.charts import labels

    won_usd = labels.money(Decimal("1500"), "USD")
    qtbot.waitUntil(lambda: won_usd in insights.month_box.text.text())
    assert "USD" in insights.month_box.text.text() and "EUR" not in insights.month_box.text.text()

    # A quota in euros and a deal won in dollars: both shown, neither dropped nor added up.
    quotas.set_quota(period_start=insights_month_start(), amount="30000", currency="EUR")
    quota_eur = labels.money(Decimal("30000"), "EUR")
    qtbot.waitUntil(lambda: quota_eur in insights.month_box.text.text())
    text = insights.month_box.text.text()
    assert labels.money(Decimal("0"), "EUR") in text and won_usd in text


def insights_month_start() -> object:
    from journal import clock

    return clock.today().replace(day=1)


def test_6_a_minus_sign_in_a_deal_value_is_refused_with_a_message(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    from journal.services import deals

    ana = contacts.create_contact(name="Ana")
    section = contacts_section(window)
    section.refresh()
    section.open_contact(ana.id)
    seen: dict[str, object] = {}

    def type_negative(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "dealTitle"), "Refund")
        value = dialog.findChild(QLineEdit, "dealValue")
        qtbot.keyClicks(value, "-500")
        error = dialog.findChild(QLabel, "valueError")
        seen["text"] = value.text()
        seen["message"] = error.text() if error.isVisible() else ""
        dialog.findChild(QPushButton, "saveButton").click()
        seen["still open"] = dialog.isVisible()
        value.clear()
        qtbot.keyClicks(value, "500")
        seen["message after"] = error.text() if error.isVisible() else ""
        dialog.findChild(QPushButton, "saveButton").click()

    with_dialog(qtbot, type_negative, lambda: window.findChild(QAction, "addDealAction").trigger())
    assert seen == {
        "text": "-500",  # the minus is there to see, not dropped
        "message": "The amount cannot be negative.",
        "still open": True,
        "message after": "",  # gone as soon as the value is right
    }
    assert [d.title for d in deals.deals_for_contact(ana.id)] == ["Refund"]


# --- 7. Dates ----------------------------------------------------------------------------------------


def test_7_every_date_editor_writes_the_year_in_full(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDateTimeEdit

    ana = contacts.create_contact(name="Ana")
    section = contacts_section(window)
    section.refresh()
    section.open_contact(ana.id)
    formats: list[str] = []

    def collect(dialog: QDialog) -> None:
        formats.extend(e.displayFormat() for e in dialog.findChildren(QDateTimeEdit) if e.objectName())
        due = dialog.findChild(QDateTimeEdit, "followUpDue")
        if due is not None:  # "99" typed as the year: never 2099
            due.setFocus()
            due.setSelectedSection(QDateTimeEdit.Section.YearSection)
            qtbot.keyClicks(due, "99")
            qtbot.keyClick(due, Qt.Key.Key_Tab)
            assert due.date().year() == 2026
        dialog.findChild(QPushButton, "cancelButton").click()

    for action in ("logInteractionAction", "addFollowUpAction", "addDealAction", "editContactAction"):
        answer_discard_question(qtbot, "discardButton", [])
        with_dialog(qtbot, collect, lambda a=action: window.findChild(QAction, a).trigger())
    timeline = window.show_section("timeline")
    formats.extend(e.displayFormat() for e in timeline.findChildren(QDateTimeEdit))
    assert formats and all("yyyy" in f or "yy" not in f for f in formats), formats
    assert all("yyyy" in f for f in formats if "y" in f), formats


def test_7_impossible_dates_are_refused_or_asked_about(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QLabel

    from journal import clock
    from journal.services import deals, interactions
    from journal.services.errors import ValidationError
    from journal.ui import ask

    ana = contacts.create_contact(name="Ana")
    # The services hold the rules, whatever the way in:
    with pytest.raises(ValidationError) as future_entry:
        interactions.log_interaction(
            contact_id=ana.id, kind="networking", summary="Lunch", occurred_at=clock.now() + timedelta(days=3)
        )
    assert future_entry.value.field == "occurred_at"
    with pytest.raises(ValidationError) as future_birthday:
        contacts.update_contact(ana.id, birthday="2030-01-01")
    assert future_birthday.value.field == "birthday"
    interactions.log_interaction(  # later today is fine (a day of slack)
        contact_id=ana.id, kind="networking", summary="Dinner", occurred_at=clock.now() + timedelta(hours=6)
    )

    section = contacts_section(window)
    section.refresh()
    section.open_contact(ana.id)
    seen: dict[str, object] = {}

    def future_entry_in_the_dialog(dialog: QDialog) -> None:
        dialog.findChild(QWidget, "kindNetworking").click()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "interactionSummary"), "Coffee")
        when = dialog.findChild(QDateTimeEdit, "interactionWhen")
        when.setDateTime(when.dateTime().addDays(5))
        dialog.findChild(QPushButton, "saveButton").click()
        error = dialog.findChild(QLabel, "occurred_atError")
        seen["entry"] = error.text() if error.isVisible() else ""
        when.setDateTime(when.dateTime().addDays(-5))
        seen["entry after"] = error.text() if error.isVisible() else ""
        dialog.findChild(QPushButton, "saveButton").click()

    with_dialog(
        qtbot, future_entry_in_the_dialog, lambda: window.findChild(QAction, "logInteractionAction").trigger()
    )
    assert "more than a day from now" in str(seen["entry"])
    assert seen["entry after"] == ""

    questions: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, title, _t: questions.append(title) or False)

    def past_close(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "dealTitle"), "Pilot")
        dialog.findChild(QCheckBox, "dealHasClose").click()
        close = dialog.findChild(QDateTimeEdit, "dealExpectedClose")
        close.setDate(close.date().addMonths(-3))
        dialog.findChild(QPushButton, "saveButton").click()
        seen["deal open"] = dialog.isVisible()
        close.setDate(close.date().addMonths(4))
        dialog.findChild(QPushButton, "saveButton").click()

    with_dialog(qtbot, past_close, lambda: window.findChild(QAction, "addDealAction").trigger())
    assert questions == ["Expected close has passed"]  # asked once, and "no" kept it open
    assert seen["deal open"] is True
    assert [d.title for d in deals.deals_for_contact(ana.id)] == ["Pilot"]


# --- 8. Context ---------------------------------------------------------------------------------------


def answer_for_whom(qtbot: QtBot, typed: str, seen: list[str]) -> None:
    """When "For whom?" comes up, type ``typed`` and press Enter."""

    def pick() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "commandPalette":
            QTimer.singleShot(10, pick)
            return
        seen.append(box.windowTitle())
        search = box.findChild(QLineEdit, "commandPaletteSearch")
        qtbot.keyClicks(search, typed)
        qtbot.keyClick(search, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)


def test_8_ctrl_l_knows_the_ledger_the_deal_and_works_from_every_section(
    window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QComboBox, QRadioButton

    from journal.services import deals

    ana = contacts.create_contact(name="Ana Núñez")
    pilot = deals.create_deal(contact_id=ana.id, title="Pilot", value="100")
    lost = deals.create_deal(contact_id=ana.id, title="Old deal", value="50")
    deals.move_deal(lost.id, stage="lost", lost_reason="budget")
    section = contacts_section(window)
    section.refresh()
    section.open_contact(ana.id)
    seen: list[tuple[str, bool, object]] = []

    def look(dialog: QDialog) -> None:
        seen.append(
            (
                dialog.windowTitle(),
                dialog.findChild(QRadioButton, "kindSales").isChecked(),
                dialog.findChild(QComboBox, "interactionDeal").currentData(),
            )
        )
        dialog.findChild(QPushButton, "cancelButton").click()

    def ctrl_l() -> None:
        window.activateWindow()  # back from the last dialog (the offscreen platform does not)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    section.page.tabs.setCurrentWidget(section.page.sales)  # the Sales tab is open
    section.page.sales.deals.setFocus()
    with_dialog(qtbot, look, ctrl_l)
    assert seen[-1] == ("Log interaction — Ana Núñez", True, pilot.id)  # sales, her only open deal

    pipeline = window.show_section("pipeline")
    qtbot.waitUntil(lambda: pipeline.column_of("prospect").model.rowCount() == 1)
    click_card(qtbot, pipeline, "prospect")
    with_dialog(qtbot, look, ctrl_l)
    assert seen[-1] == ("Log interaction — Ana Núñez", True, pilot.id)

    window.show_section("insights")  # nobody is selected there: "for whom?"
    asked: list[str] = []
    answer_for_whom(qtbot, "nunez", asked)
    with_dialog(qtbot, look, ctrl_l)
    assert asked == ["For whom?"]
    assert seen[-1][0] == "Log interaction — Ana Núñez"


def test_8_introduced_by_a_name_nobody_has_offers_to_add_them(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.ui import ask

    questions: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, title, _t: questions.append(title) or True)

    def new_contact(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "contactName"), "Carla Ruiz")
        qtbot.keyClicks(dialog.findChild(QWidget, "contactIntroducedBy").edit, "Luis Ortega")
        dialog.findChild(QPushButton, "saveButton").click()

    with_dialog(qtbot, new_contact, lambda: window.findChild(QAction, "newContactAction").trigger())
    assert questions == ["Add Luis Ortega?"]
    people = {c.name: c for c in (contacts.get_contact(i) for i in range(1, 3))}
    assert people["Carla Ruiz"].introduced_by_name == "Luis Ortega"


def test_8_giving_an_introduction_offers_to_record_it(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox, QToolBar

    ana = contacts.create_contact(name="Ana Núñez")
    section = contacts_section(window)
    section.refresh()
    section.open_contact(ana.id)

    def gave_intro(dialog: QDialog) -> None:
        dialog.findChild(QWidget, "kindNetworking").click()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "interactionSummary"), "Told her about Luis")
        widgets_select(dialog.findChild(QComboBox, "valueDirection"), "gave")
        widgets_select(dialog.findChild(QComboBox, "valueType"), "introduction")
        widgets_select(dialog.findChild(QComboBox, "interactionChannel"), "call")
        dialog.findChild(QPushButton, "saveButton").click()

    with_dialog(qtbot, gave_intro, lambda: window.findChild(QAction, "logInteractionAction").trigger())
    bar = window.findChild(QToolBar, "offerBar")
    qtbot.waitUntil(bar.isVisible)
    assert "Record" in bar.findChild(QPushButton, "offerAddButton").text()
    qtbot.mouseClick(bar.findChild(QPushButton, "offerAddButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "introductionDialog") is not None)
    dialog = window.findChild(QDialog, "introductionDialog")
    assert dialog.person_a.contact_id() == ana.id and dialog.i_introduced.isChecked()
    dialog.close()


def widgets_select(combo: object, data: object) -> None:
    from journal.ui import widgets

    widgets.select_data(combo, data)  # type: ignore[arg-type]


def test_8_no_thank_you_offer_when_a_follow_up_is_already_made(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QToolBar

    from journal.services import followups

    ana = contacts.create_contact(name="Ana Núñez")
    section = contacts_section(window)
    section.refresh()
    section.open_contact(ana.id)
    offered: list[object] = []
    bar = window.findChild(QToolBar, "offerBar")
    bar.offerShown.connect(offered.append)

    def coffee_with_followup(dialog: QDialog) -> None:
        dialog.findChild(QWidget, "kindNetworking").click()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "interactionSummary"), "Coffee")
        dialog.findChild(QWidget, "offerFollowUp").click()  # "Follow up in 1 week"
        dialog.findChild(QPushButton, "saveButton").click()

    with_dialog(
        qtbot, coffee_with_followup, lambda: window.findChild(QAction, "logInteractionAction").trigger()
    )
    assert len(followups.followups_for_contact(ana.id, kind="networking")) == 1
    # The page shows the follow-up: the change has been delivered (to the offer bar too).
    tree = section.page.networking.followups
    qtbot.waitUntil(
        lambda: tree.topLevelItemCount() == 1 and tree.topLevelItem(0).text(1).startswith("Follow up")
    )
    assert offered == []
    assert not bar.isVisible()


# --- 9. Contact page ------------------------------------------------------------------------------------


def test_9_the_page_shows_notes_birthday_and_an_entrys_notes_without_its_editor(
    window: MainWindow, qtbot: QtBot
) -> None:
    from journal.services import interactions

    ana = contacts.create_contact(
        name="Ana Núñez",
        birthday="1985-03-12",
        notes="Prefers calls after 16:00.\nTwo kids.\nPlays padel.\nVegan.",
    )
    interactions.log_interaction(
        contact_id=ana.id, kind="networking", summary="Coffee", notes="She is hiring two data engineers."
    )
    section = contacts_section(window)
    section.refresh()
    section.open_contact(ana.id)
    about = section.page.about
    assert about.isVisible()
    assert about.birthday.text() == "Birthday: 12 March 1985 · turns 41 in 2 days"  # today is 10 March 2026
    assert about.notes.text().startswith("Prefers calls after 16:00.")
    assert "Vegan" not in about.notes.text()  # folded to its first lines…
    qtbot.mouseClick(about.more, Qt.MouseButton.LeftButton)
    assert "Vegan" in about.notes.text()  # …and unfolded with one click

    timeline = section.page.networking.timeline
    rect = timeline.view.visualRect(timeline.model.index(0, 2))
    qtbot.mouseClick(timeline.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "She is hiring two data engineers." in timeline.detail.toPlainText()
    assert QApplication.activeModalWidget() is None  # read in place, no editor opened


# --- 10. Dark mode ------------------------------------------------------------------------------------


def _luminance(colour: object) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    c = colour
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())  # type: ignore[attr-defined]


def contrast(a: object, b: object) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def edge_contrast(widget: QWidget, rect: object, background: object) -> float:
    """The strongest contrast against ``background`` found on the outline of ``rect`` (2 px wide)."""
    image = widget.grab().toImage()
    ratio = widget.devicePixelRatioF()
    r = rect  # in widget coordinates
    best = 1.0
    for x in range(r.left(), r.right() + 1):  # type: ignore[attr-defined]
        for y in (r.top(), r.top() + 1, r.bottom() - 1, r.bottom()):  # type: ignore[attr-defined]
            best = max(best, contrast(image.pixelColor(int(x * ratio), int(y * ratio)), background))
    for y in range(r.top(), r.bottom() + 1):  # type: ignore[attr-defined]
        for x in (r.left(), r.left() + 1, r.right() - 1, r.right()):  # type: ignore[attr-defined]
            best = max(best, contrast(image.pixelColor(int(x * ratio), int(y * ratio)), background))
    return best


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QPalette

    from journal.ui import theme

    style, palette = qapp.style().name() or "Fusion", QPalette(qapp.palette())
    manager = theme.install(qapp, QSettings())
    manager.set_preference("dark")
    yield
    QSettings().remove(theme.THEME_KEY)
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_10_dark_mode_check_boxes_radios_and_fields_have_visible_borders(qtbot: QtBot, dark: None) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QCheckBox, QComboBox, QRadioButton, QSpinBox, QStyle, QStyleOptionButton

    from journal.ui import widgets

    host = QWidget()
    qtbot.addWidget(host)
    check = QCheckBox("Overdue")
    radio = QRadioButton("Networking")
    edit = QLineEdit()
    spin = QSpinBox()
    combo = QComboBox()
    combo.setEditable(True)
    widgets.vbox(check, radio, edit, spin, combo, parent=host)
    host.resize(300, 200)
    host.show()
    qtbot.waitExposed(host)
    background = host.palette().color(QPalette.ColorRole.Window)
    assert background.lightness() < 100  # dark indeed
    found = {}
    for name, button, element in (
        ("check box", check, QStyle.SubElement.SE_CheckBoxIndicator),
        ("radio button", radio, QStyle.SubElement.SE_RadioButtonIndicator),
    ):
        option = QStyleOptionButton()
        option.initFrom(button)
        indicator = button.style().subElementRect(element, option, button)
        found[name] = edge_contrast(button, indicator, background)
    for name, field in (("line edit", edit), ("spin box", spin), ("editable combo box", combo)):
        found[name] = edge_contrast(field, field.rect(), background)
    weak = {name: round(ratio, 2) for name, ratio in found.items() if ratio < 3.0}
    assert not weak, f"borders below WCAG 3:1 against the window: {weak}"


def test_1_rescheduling_or_snoozing_a_follow_up_names_whose_it_is(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal import clock
    from journal.services import followups
    from journal.ui import snooze

    ana = contacts.create_contact(name="Ana Núñez")
    followups.create_followup(
        contact_id=ana.id, kind="networking", title="Send the deck", due_date=clock.today()
    )
    calendar = window.show_section("calendar")
    qtbot.waitUntil(lambda: calendar.agenda_model.rowCount() == 1)
    calendar.agenda_view.setCurrentIndex(calendar.agenda_model.index(0, 0))
    asked: dict[str, str] = {}
    monkeypatch.setattr(snooze, "pick_reschedule", lambda _p, **kw: asked.update(about=kw["about"]))
    monkeypatch.setattr(snooze, "pick_datetime", lambda _p, **kw: asked.update(title=kw["title"]))
    calendar.reschedule()
    calendar.findChild(QAction, "snoozePickAction").trigger()
    assert asked == {"about": "Ana Núñez", "title": "Snooze until — Ana Núñez"}
