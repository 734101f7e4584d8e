"""Editing dialogs: fields per kind, validation next to the field, exact money."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from journal import clock
from journal.services import contacts, deals, followups, interactions
from journal.ui.dialogs import ContactDialog, DealDialog, FollowUpDialog, InteractionDialog


def test_empty_name_shows_the_message_under_the_name(qtbot: QtBot, db_path: Path) -> None:
    dialog = ContactDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QPushButton, "saveButton").click()
    error = dialog.findChild(QLabel, "nameError")
    assert error.isVisible()
    assert error.text() == "The name cannot be empty."
    assert dialog.isVisible()  # stays open to fix it
    assert dialog.findChild(QLabel, "birthdayError").isHidden()


def test_bad_birthday_message_sits_under_birthday(qtbot: QtBot, db_path: Path) -> None:
    dialog = ContactDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Ana")
    qtbot.keyClicks(dialog.birthday, "31/02")
    dialog.findChild(QPushButton, "saveButton").click()
    assert dialog.findChild(QLabel, "birthdayError").isVisible()
    assert dialog.findChild(QLabel, "nameError").isHidden()


def test_add_and_edit_contact_with_every_field(qtbot: QtBot, db_path: Path) -> None:
    carla = contacts.create_contact(name="Carla")
    dialog = ContactDialog(None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Ana Núñez")  # QTest cannot type non-ASCII keys
    qtbot.keyClicks(dialog.organization, "Acme")
    dialog.emails.setPlainText("ana@example.com\nana@home.example")
    dialog.phones.setPlainText("+34 600 000 000")
    qtbot.keyClicks(dialog.tags, "mentor, madrid")
    dialog.cadence.setValue(30)
    dialog.cadence_scope.setCurrentIndex(1)
    qtbot.keyClicks(dialog.birthday, "--05-17")
    dialog.introduced_by.set_contact(carla.id)
    dialog.accept()
    saved = contacts.get_contact(dialog.saved_id)
    assert [e.value for e in saved.emails] == ["ana@example.com", "ana@home.example"]
    assert saved.tags == ["madrid", "mentor"]
    assert (saved.cadence_days, saved.cadence_scope) == (30, "networking")
    assert saved.introduced_by_id == carla.id
    assert saved.birthday == "--05-17"

    edit = ContactDialog(None, saved)
    qtbot.addWidget(edit)
    assert edit.name.text() == "Ana Núñez"
    assert edit.introduced_by.edit.text() == "Carla"
    edit.name.setText("Ana N. Núñez")
    edit.accept()
    assert contacts.get_contact(saved.id).name == "Ana N. Núñez"
    assert contacts.get_contact(saved.id).cadence_days == 30


def test_contact_picker_finds_without_accents(qtbot: QtBot, db_path: Path) -> None:
    contacts.create_contact(name="Íñigo Pérez", organization="Acme")
    dialog = ContactDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.introduced_by
    qtbot.keyClicks(picker.edit, "inigo")
    model = picker.completer.model()
    assert model.rowCount() == 1
    picker._picked(model.index(0, 0))
    assert picker.edit.text() == "Íñigo Pérez"
    assert picker.contact_id() is not None


def test_interaction_kind_comes_first_and_shows_its_fields(qtbot: QtBot, db_path: Path) -> None:
    ana = contacts.create_contact(name="Ana")
    deal = deals.create_deal(contact_id=ana.id, title="Pilot", value="100")
    dialog = InteractionDialog(None, ana.id)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.findChild(QPushButton, "saveButton")
    direction = dialog.findChild(QWidget, "valueDirection")
    deal_combo = dialog.findChild(QWidget, "interactionDeal")
    assert not save.isEnabled()
    assert not direction.isVisible() and not deal_combo.isVisible()
    dialog.networking.click()
    assert direction.isVisible() and not deal_combo.isVisible()
    dialog.sales.click()
    assert deal_combo.isVisible() and not direction.isVisible()
    assert dialog.findChild(QWidget, "objectionsEditor").isVisible()
    qtbot.keyClicks(dialog.summary, "Proposal sent")
    dialog.deal.setCurrentIndex(dialog.deal.findData(deal.id))
    dialog.objections.add("timing", "Next quarter", "Phased start", "resolved")
    dialog.accept()
    saved = interactions.get_interaction(dialog.saved_id)
    assert (saved.kind, saved.deal_id) == ("sales", deal.id)
    assert [(o.category, o.outcome) for o in saved.objections] == [("timing", "resolved")]


def test_networking_value_and_empty_summary_message(qtbot: QtBot, db_path: Path) -> None:
    ana = contacts.create_contact(name="Ana")
    dialog = InteractionDialog(None, ana.id, "networking")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QPushButton, "saveButton").click()
    assert dialog.findChild(QLabel, "summaryError").text() == "The summary cannot be empty."
    qtbot.keyClicks(dialog.summary, "Introduced her to Bob")
    dialog.direction.setCurrentIndex(dialog.direction.findData("gave"))
    dialog.value_type.setCurrentIndex(dialog.value_type.findData("introduction"))
    dialog.accept()
    saved = interactions.get_interaction(dialog.saved_id)
    assert (saved.value_direction, saved.value_type) == ("gave", "introduction")


def test_edit_entry_keeps_its_ledger(qtbot: QtBot, db_path: Path) -> None:
    ana = contacts.create_contact(name="Ana")
    entry = interactions.log_interaction(contact_id=ana.id, kind="networking", summary="Chat")
    dialog = InteractionDialog(None, ana.id, interaction=interactions.get_interaction(entry.id))
    qtbot.addWidget(dialog)
    assert dialog.networking.isChecked() and not dialog.sales.isEnabled()
    dialog.summary.setText("Long chat")
    dialog.accept()
    assert interactions.get_interaction(entry.id).summary == "Long chat"


def test_followup_shortcuts_time_and_recurrence(qtbot: QtBot, db_path: Path, fake_clock: object) -> None:
    ana = contacts.create_contact(name="Ana")
    dialog = FollowUpDialog(None, ana.id, "sales")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Check the proposal")
    dialog.findChild(QPushButton, "followUpIn1Month").click()
    dialog.has_time.setChecked(True)
    dialog.repeat.setChecked(True)
    dialog.every.setValue(2)
    dialog.unit.setCurrentIndex(dialog.unit.findData("week"))
    dialog.accept()
    saved = followups.get_followup(dialog.saved_id)
    assert saved.kind == "sales"
    assert saved.due_date == followups.add_months(clock.today(), 1)
    assert saved.due_time is not None and saved.due_time.hour == 9
    assert (saved.recurrence_unit, saved.recurrence_interval) == ("week", 2)


def test_deal_value_is_exact_and_validated(qtbot: QtBot, db_path: Path) -> None:
    ana = contacts.create_contact(name="Ana")
    dialog = DealDialog(None, ana.id)
    qtbot.addWidget(dialog)
    dialog.show()
    value = dialog.findChild(QLineEdit, "dealValue")
    qtbot.keyClicks(value, "12a50,75")  # the validator drops the letter
    assert value.text() == "1250,75"
    dialog.findChild(QPushButton, "saveButton").click()
    assert dialog.findChild(QLabel, "titleError").isVisible()
    qtbot.keyClicks(dialog.title_edit, "Workshop")
    dialog.stage.setCurrentIndex(dialog.stage.findData("proposal"))
    assert dialog.probability.value() == 60
    dialog.currency.setCurrentText("usd")
    dialog.accept()
    saved = deals.get_deal(dialog.saved_id)
    assert saved.value == Decimal("1250.75")
    assert (saved.currency, saved.stage, saved.probability) == ("USD", "proposal", 60)


def test_lost_deal_asks_for_a_reason_next_to_the_field(qtbot: QtBot, db_path: Path) -> None:
    ana = contacts.create_contact(name="Ana")
    dialog = DealDialog(None, ana.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Old deal")
    qtbot.keyClicks(dialog.value, "10")
    dialog.stage.setCurrentIndex(dialog.stage.findData("lost"))
    assert dialog.lost_reason.isVisible()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.findChild(QLabel, "lost_reasonError").isVisible()


def test_edit_deal_keeps_stage_and_history(qtbot: QtBot, db_path: Path) -> None:
    ana = contacts.create_contact(name="Ana")
    deal = deals.create_deal(contact_id=ana.id, title="Pilot", value="1000", stage="qualified")
    dialog = DealDialog(None, ana.id)
    qtbot.addWidget(dialog)
    dialog.load(deal.id)
    assert dialog.title_edit.text() == "Pilot" and dialog.value.text() == "1000"
    assert not dialog.stage.isEnabled()  # stages move in the Pipeline, where moves are recorded
    dialog.value.setText("1499.99")
    dialog.probability.setValue(35)
    dialog.accept()
    saved = deals.get_deal(deal.id)
    assert (saved.value, saved.probability, saved.stage) == (Decimal("1499.99"), 35, "qualified")
    assert len(deals.stage_history(deal.id)) == 1


def test_opening_a_timeline_entry_opens_its_editor(qtbot: QtBot, db_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from journal.app import build_main_window

    ana = contacts.create_contact(name="Ana")
    entry = interactions.log_interaction(contact_id=ana.id, kind="networking", summary="Coffee")
    opened: list[int] = []
    monkeypatch.setattr(InteractionDialog, "edit", classmethod(lambda cls, parent, i: opened.append(i)))
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.open_interaction(entry.id)
    assert opened == [entry.id]


def test_edit_followup_changes_date_title_and_repeat(qtbot: QtBot, db_path: Path, fake_clock: object) -> None:
    from datetime import timedelta

    ana = contacts.create_contact(name="Ana")
    item = followups.create_followup(
        contact_id=ana.id, kind="networking", title="Call", due_date=clock.today() + timedelta(days=2)
    )
    dialog = FollowUpDialog(None, ana.id)
    qtbot.addWidget(dialog)
    dialog.load(item.id)
    assert dialog.title_edit.text() == "Call" and not dialog.has_time.isChecked()
    dialog.title_edit.setText("Call about the offsite")
    dialog.due.setDate(dialog.due.date().addDays(5))
    dialog.repeat.setChecked(True)
    dialog.every.setValue(2)
    dialog.unit.setCurrentIndex(dialog.unit.findData("week"))
    dialog.accept()
    saved = followups.get_followup(item.id)
    assert saved.title == "Call about the offsite"
    assert saved.due_date == clock.today() + timedelta(days=7)
    assert (saved.recurrence_unit, saved.recurrence_interval) == ("week", 2)


# An edit form stays open while sync (or a command-line import) changes the same record. Saving it
# writes what the user changed and keeps what came in meanwhile in the other fields: it wrote back
# every field as the form had loaded it, so what came in was lost (a synced phone number, notes).


def test_a_contact_edit_keeps_what_came_in_while_it_was_open(qtbot: QtBot, db_path: Path) -> None:
    ana = contacts.create_contact(name="Ana", emails=["ana@example.com"], notes="Met at the fair.")
    edit = ContactDialog(None, contacts.get_contact(ana.id))
    qtbot.addWidget(edit)
    contacts.update_contact(ana.id, phones=["+34 600 111 222"], notes="Met at the fair. Likes jazz.")
    edit.title_edit.setText("Head of Sales")
    edit.accept()
    saved = contacts.get_contact(ana.id)
    assert saved.title == "Head of Sales"
    assert [p.value for p in saved.phones] == ["+34 600 111 222"]
    assert saved.notes == "Met at the fair. Likes jazz."
    assert [e.value for e in saved.emails] == ["ana@example.com"]


def test_an_entry_edit_keeps_what_came_in_while_it_was_open(qtbot: QtBot, db_path: Path) -> None:
    ana = contacts.create_contact(name="Ana")
    entry = interactions.log_interaction(contact_id=ana.id, kind="networking", summary="Chat")
    dialog = InteractionDialog(None, ana.id, interaction=interactions.get_interaction(entry.id))
    qtbot.addWidget(dialog)
    interactions.update_interaction(entry.id, notes="Talked about the offsite.")
    dialog.summary.setText("Long chat")
    dialog.accept()
    saved = interactions.get_interaction(entry.id)
    assert (saved.summary, saved.notes) == ("Long chat", "Talked about the offsite.")


def test_a_follow_up_edit_keeps_what_came_in_while_it_was_open(
    qtbot: QtBot, db_path: Path, fake_clock: object
) -> None:
    from datetime import timedelta

    ana = contacts.create_contact(name="Ana")
    soon, later = clock.today() + timedelta(days=2), clock.today() + timedelta(days=9)
    item = followups.create_followup(contact_id=ana.id, kind="networking", title="Call", due_date=soon)
    form = FollowUpDialog(None, ana.id)
    qtbot.addWidget(form)
    form.load(item.id)
    followups.edit_followup(item.id, kind="networking", title="Call", due_date=later, notes="Moved.")
    form.title_edit.setText("Call about the offsite")
    form.accept()
    saved = followups.get_followup(item.id)
    assert (saved.title, saved.due_date, saved.notes) == ("Call about the offsite", later, "Moved.")


def test_a_deal_edit_keeps_what_came_in_while_it_was_open(qtbot: QtBot, db_path: Path) -> None:
    ana = contacts.create_contact(name="Ana")
    deal = deals.create_deal(contact_id=ana.id, title="Pilot", value="1000", stage="qualified")
    form = DealDialog(None, ana.id)
    qtbot.addWidget(form)
    form.load(deal.id)
    deals.update_deal(deal.id, value="1500")
    form.notes.setPlainText("Budget approved.")
    form.accept()
    saved = deals.get_deal(deal.id)
    assert (saved.value, saved.notes) == (Decimal("1500"), "Budget approved.")


def test_a_form_edited_in_nothing_saves_nothing_over_what_came_in(qtbot: QtBot, db_path: Path) -> None:
    ana = contacts.create_contact(name="Ana", title="Sales")
    edit = ContactDialog(None, contacts.get_contact(ana.id))
    qtbot.addWidget(edit)
    contacts.update_contact(ana.id, title="Head of Sales", phones=["+34 600 111 222"])
    edit.accept()
    saved = contacts.get_contact(ana.id)
    assert (saved.title, [p.value for p in saved.phones]) == ("Head of Sales", ["+34 600 111 222"])
