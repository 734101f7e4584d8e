"""Editing an entry in its dialog keeps its objections (same uuids); the quota dialog removes a
quota and reads amounts the way the user's language writes them (issue 14, points 5 and 10)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from journal import clock
from journal.db.models import Objection
from journal.services import contacts, interactions, quotas, trash
from journal.services.interactions import ObjectionInput
from journal.ui.context import AppContext
from journal.ui.dialogs.interaction_dialog import InteractionDialog
from journal.ui.insights import InsightsView
from journal.ui.insights_quota import QuotaDialog


def test_saving_an_edited_entry_keeps_its_objections(qtbot: QtBot, db_path: Path) -> None:
    ana = contacts.create_contact(name="Ana")
    sale = interactions.log_interaction(
        contact_id=ana.id,
        kind="sales",
        summary="Demo",
        objections=[ObjectionInput("price", "Too dear"), ObjectionInput("timing", "Next year")],
    )
    uuids = {o.id: o.uuid for o in Objection.select()}
    dialog = InteractionDialog(None, ana.id, "sales", interactions.get_interaction(sale.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.objections.table.selectRow(1)
    dialog.objections.remove_button.click()
    dialog.accept()
    kept = interactions.get_interaction(sale.id).objections
    assert [(o.id, o.category) for o in kept] == [(sale.objections[0].id, "price")]
    assert {o.id: o.uuid for o in Objection.select()} == uuids  # nothing recreated
    assert [i.entity for i in trash.list_trash()] == ["objection"]


def _save(dialog: QuotaDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_the_quota_dialog_removes_this_periods_quota(
    qtbot: QtBot, shown: Callable[..., Any], context: AppContext
) -> None:
    view = shown(InsightsView(context), 1000, 700)
    quotas.set_quota(period_start=clock.today().replace(day=1), amount="10000")
    dialog = view.set_quota()
    remove = dialog.findChild(QPushButton, "quotaRemoveButton")
    assert remove is not None and remove.isEnabled()
    remove.click()
    assert quotas.get_quota(clock.today()) is None
    assert not dialog.isVisible()
    assert [i.entity for i in trash.list_trash()] == ["quota"]
    again = view.set_quota()
    assert not again.findChild(QPushButton, "quotaRemoveButton").isEnabled()
    again.reject()


def test_the_quota_dialog_reads_amounts_by_the_users_language(
    qtbot: QtBot, shown: Callable[..., Any], context: AppContext
) -> None:
    view = shown(InsightsView(context), 1000, 700)
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
        dialog = view.set_quota()
        dialog.amount.setText("30.000,50")
        _save(dialog)
        assert quotas.get_quota(clock.today()).amount == Decimal("30000.50")  # type: ignore[union-attr]
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        dialog = view.set_quota()
        dialog.amount.setText("1,500")
        _save(dialog)
        assert quotas.get_quota(clock.today()).amount == Decimal("1500")  # type: ignore[union-attr]
    finally:
        QLocale.setDefault(previous)
    assert date.today()
