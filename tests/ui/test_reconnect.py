"""The Reconnect section: overdue contacts, log an interaction, snooze, cadences, introductions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from journal import clock
from journal.services import contacts, followups, interactions, introductions
from journal.ui.context import AppContext
from journal.ui.dialogs_intro import IntroductionChainView, IntroductionDialog
from journal.ui.reconnect import CadenceDialog, ReconnectView, TagCadenceDialog
from tests.conftest import FakeClock


@pytest.fixture
def view(shown: Callable[..., Any], context: AppContext) -> ReconnectView:
    widget = shown(ReconnectView(context), 1000, 500)
    assert isinstance(widget, ReconnectView)
    return widget


def _overdue(name: str, cadence: int, days_ago: int) -> int:
    cid = contacts.create_contact(name=name, cadence_days=cadence).id
    interactions.log_interaction(
        contact_id=cid,
        kind="networking",
        summary=f"Coffee with {name}",
        occurred_at=clock.now() - timedelta(days=days_ago),
    )
    return cid


def _save(dialog: object) -> None:
    buttons = dialog.findChild(QDialogButtonBox, "dialogButtons")  # type: ignore[attr-defined]
    buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_overdue_contact_appears_and_leaves_when_an_interaction_is_logged(
    qtbot: QtBot, view: ReconnectView, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    ana = _overdue("Ana", 30, 45)
    bo = _overdue("Bo", 7, 9)
    _overdue("Fresh", 30, 2)
    assert view.contact_ids() == [ana, bo]  # most overdue first
    qtmodeltester.check(view.model)
    model = view.model
    assert model.index(0, model.OVERDUE).data().startswith("15 day")
    assert model.index(0, model.SUMMARY).data().endswith("Coffee with Ana")
    assert "2" in view.summary.text()

    assert view.select_contact(ana)
    dialog = view.log_selected()
    assert dialog is not None and dialog.objectName() == "interactionDialog"
    dialog.findChild(QLineEdit, "interactionSummary").setText("Lunch to catch up")
    _save(dialog)
    qtbot.waitUntil(lambda: view.contact_ids() == [bo])
    assert interactions.interactions_for_contact(ana, kind="networking")[0].summary == "Lunch to catch up"
    assert view.selected_contact_id() == bo


def test_snooze_hides_the_contact_until_then(
    qtbot: QtBot, view: ReconnectView, fake_clock: FakeClock
) -> None:
    ana = _overdue("Ana", 30, 45)
    view.select_contact(ana)
    view.snooze_button.click()  # a week by default
    assert view.contact_ids() == []
    assert contacts.get_contact(ana).reconnect_snoozed_until == clock.today() + timedelta(days=7)
    fake_clock.advance(days=8)
    view.reload()
    assert view.contact_ids() == [ana]
    menu = view.snooze_button.menu()
    menu.findChild(type(menu.actions()[0]), "snooze30Action").trigger()
    assert view.contact_ids() == []


def test_cadence_per_contact_and_per_tag(qtbot: QtBot, view: ReconnectView, fake_clock: FakeClock) -> None:
    ana = contacts.create_contact(name="Ana", tags=["mentor"]).id
    bo = contacts.create_contact(name="Bo").id
    fake_clock.advance(days=20)
    view.reload()
    assert view.contact_ids() == []

    dialog = view.edit_tag_cadence()
    assert isinstance(dialog, TagCadenceDialog)
    dialog.tag.setCurrentText("mentor")
    dialog.days.setValue(14)
    _save(dialog)
    assert view.contact_ids() == [ana]

    view.select_contact(ana)
    cadence = view.edit_cadence()
    assert isinstance(cadence, CadenceDialog)
    cadence.days.setValue(60)  # her own cadence wins over the tag's
    _save(cadence)
    assert view.contact_ids() == []
    assert contacts.get_contact(ana).effective_cadence_days == 60
    contacts.update_contact(bo, cadence_days=10)
    assert view.contact_ids() == [bo]


def test_record_an_introduction_and_see_it_on_both_contacts(qtbot: QtBot, view: ReconnectView) -> None:
    ana = contacts.create_contact(name="Ana Ruiz").id
    bo = contacts.create_contact(name="Bo Lind").id
    dialog = view.record_introduction()
    assert isinstance(dialog, IntroductionDialog)
    dialog.person_a.set_contact(ana)
    dialog.person_b.set_contact(bo)
    dialog.context_edit.setText("Both hiring data engineers")
    _save(dialog)
    assert dialog.introduction_id is not None
    for cid in (ana, bo):
        found = introductions.introductions_for_contact(cid)
        assert [(i.person_a_name, i.person_b_name, i.direction) for i in found] == [
            ("Ana Ruiz", "Bo Lind", "i_introduced")
        ]
    # one click also offered a follow-up with each side
    titles = sorted(followups.get_followup(f).title for f in dialog.followup_ids)
    assert titles == ["Ask Ana Ruiz how it went with Bo Lind", "Ask Bo Lind how it went with Ana Ruiz"]
    assert {followups.get_followup(f).contact_id for f in dialog.followup_ids} == {ana, bo}


def test_introduced_me_sets_the_chain(qtbot: QtBot, context: AppContext) -> None:
    ana = contacts.create_contact(name="Ana").id
    bo = contacts.create_contact(name="Bo").id
    cy = contacts.create_contact(name="Cy").id
    for a, b in ((ana, bo), (bo, cy)):
        dialog = IntroductionDialog(None, person_a_id=a, person_b_id=b, direction="introduced_me")
        qtbot.addWidget(dialog)
        dialog.follow_up.setChecked(False)
        _save(dialog)
        assert dialog.followup_ids == []
    chain = IntroductionChainView()
    qtbot.addWidget(chain)
    chain.show_contact(cy)
    assert [chain.chain.item(r).text().strip() for r in range(chain.chain.count())] == ["↑ Bo", "↑ Ana"]
    with qtbot.waitSignal(chain.contactActivated) as blocker:
        chain.chain.itemActivated.emit(chain.chain.item(1))
    assert blocker.args == [ana]
    assert [chain.introduced.item(r).text() for r in range(chain.introduced.count())] == ["Bo"]


def test_introduction_needs_two_people(qtbot: QtBot) -> None:
    dialog = IntroductionDialog(None)
    qtbot.addWidget(dialog)
    _save(dialog)
    assert dialog.introduction_id is None
    assert dialog.error_for("person_a_id").isVisibleTo(dialog)


def test_buttons_are_named_for_assistive_technology(view: ReconnectView) -> None:
    for button in view.findChildren(QPushButton):
        assert button.objectName() and button.accessibleName(), button.text()
    assert view.snooze_button.accessibleName()
    assert view.table.accessibleName()
    assert view.table.horizontalHeader().model().headerData(0, Qt.Orientation.Horizontal) == "Contact"
