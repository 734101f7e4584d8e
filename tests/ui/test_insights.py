"""The Insights section: quota and forecast, objection log, ledger, charts; wired in the window."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from journal import clock
from journal.app import build_main_window
from journal.services import contacts, deals, interactions, quotas
from journal.services.interactions import ObjectionInput
from journal.ui import ask
from journal.ui.charts import labels
from journal.ui.context import AppContext
from journal.ui.insights import InsightsView
from journal.ui.insights_quota import QuotaDialog
from tests.conftest import FakeClock


@pytest.fixture
def view(qtbot: QtBot, shown: Callable[..., Any], context: AppContext) -> Iterator[InsightsView]:
    widget = shown(InsightsView(context), 1000, 700)
    assert isinstance(widget, InsightsView)
    settle(qtbot, widget)
    yield widget
    settle(qtbot, widget)  # no count left running when the journal closes


def settle(qtbot: QtBot, view: InsightsView) -> None:
    """The numbers are counted on a worker thread: wait until they are on screen."""
    qtbot.waitUntil(lambda: not view.loading)


def test_numbers_are_counted_off_the_ui_thread(qtbot: QtBot, view: InsightsView) -> None:
    cid = contacts.create_contact(name="Ana").id
    deal = deals.create_deal(contact_id=cid, title="Big", value="2500", expected_close=date(2026, 4, 2))
    assert view.loading  # the change started a count; the window is not kept waiting
    with qtbot.waitSignal(view.loaded, timeout=5000):
        deals.move_deal(deal.id, stage="proposal")  # a change during the count counts again
    settle(qtbot, view)
    assert view.forecast_model.rowCount() == 2


def test_the_quota_bars_are_counted_off_the_ui_thread_too(
    qtbot: QtBot, context: AppContext, shown: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.services import sales_forecast

    threads: list[bool] = []
    real = sales_forecast.progress_by_currency

    def spy(**kwargs: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(**kwargs)

    monkeypatch.setattr(sales_forecast, "progress_by_currency", spy)
    widget = shown(InsightsView(context), 1000, 700)
    assert isinstance(widget, InsightsView)
    assert widget.month_box.bar.text() == "Counting…"  # not a "0%" that is not true yet
    settle(qtbot, widget)
    assert threads == [False, False]  # the month's and the quarter's, both on the worker
    assert "No quota set" in widget.month_box.text.text()


def test_tables_pass_the_model_tester(qtmodeltester, qtbot: QtBot, view: InsightsView) -> None:  # type: ignore[no-untyped-def]
    cid = contacts.create_contact(name="Ana").id
    deals.create_deal(contact_id=cid, title="A", value="100", expected_close=date(2026, 4, 2))
    settle(qtbot, view)
    for model in (view.forecast_model, view.objection_model, view.ledger_model, view.taking_model):
        qtmodeltester.check(model)


def test_set_quota_and_see_progress(
    qtbot: QtBot, view: InsightsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = contacts.create_contact(name="Ana").id
    deal = deals.create_deal(contact_id=cid, title="Big", value="2500")
    deals.move_deal(deal.id, stage="won")
    settle(qtbot, view)
    assert view.month_box.bar.value() == 0
    dialog = view.set_quota()
    assert isinstance(dialog, QuotaDialog)
    dialog.amount.setText("10000")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert quotas.get_quota(clock.today()).amount == Decimal("10000")  # type: ignore[union-attr]
    settle(qtbot, view)
    assert view.month_box.bar.value() == 250  # per mille
    assert labels.money(Decimal("7500"), "EUR") in view.month_box.text.text()
    assert view.won_chart.months[-1].quota == Decimal("10000")
    # the quarter adds up its months' quotas
    assert labels.money(Decimal("10000"), "EUR") in view.quarter_box.text.text()

    bad = view.set_quota()
    bad.amount.setText("lots")
    bad.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert bad.isVisible() and bad.error.isVisibleTo(bad)
    asked: list[bool] = []
    monkeypatch.setattr(ask, "discard_entry", lambda *_a, **_k: asked.append(True) or ask.DISCARD)
    bad.reject()
    assert asked  # it held typed text: Cancel asked first


def test_forecast_and_objection_log(qtbot: QtBot, view: InsightsView) -> None:
    cid = contacts.create_contact(name="Ana").id
    won = deals.create_deal(
        contact_id=cid, title="A", value="1000", probability=50, expected_close=date(2026, 4, 10)
    )
    interactions.log_interaction(
        contact_id=cid,
        kind="sales",
        summary="Call",
        deal_id=won.id,
        objections=[ObjectionInput("price", "Too expensive", "Showed the ROI", "resolved")],
    )
    settle(qtbot, view)
    model = view.forecast_model
    assert model.cell(0, 0) == labels.month_long(date(2026, 4, 1))
    assert model.cell(0, 3) == labels.money(Decimal(500), "EUR")
    assert model.cell(model.rowCount() - 1, 0) == "Total"
    deals.move_deal(won.id, stage="won")
    settle(qtbot, view)
    objections = view.objection_model
    assert [objections.cell(0, c) for c in range(7)] == [
        "Price",
        "Showed the ROI",
        "1",
        "1",
        "1",
        "0",
        labels.percent(Decimal(1)),
    ]
    assert view.forecast_model.rowCount() == 0


def test_networking_ledger(qtbot: QtBot, view: InsightsView) -> None:
    assert view.ledger_text.text() == ""  # loaded only when its tab is shown
    view.tabs.setCurrentWidget(view.ledger_page)
    cid = contacts.create_contact(name="Bo").id
    for _ in range(2):
        interactions.log_interaction(
            contact_id=cid,
            kind="networking",
            summary="Advice",
            value_direction="received",
            value_type="advice",
            occurred_at=clock.now() - timedelta(days=3),
        )
    qtbot.waitUntil(lambda: "received 2" in view.ledger_text.text())  # counted off the UI thread
    assert [view.taking_model.cell(0, c) for c in range(2)] == ["Bo", "2"]


def test_sections_are_installed_in_order(qtbot: QtBot, db_path: Path, fake_clock: FakeClock) -> None:
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    keys = window.section_keys()
    assert keys.index("calendar") < keys.index("pipeline") < keys.index("reconnect") < keys.index("insights")
    assert window.show_section("pipeline").objectName() == "pipelineView"
    assert window.show_section("reconnect").objectName() == "reconnectView"
    assert window.show_section("insights").objectName() == "insightsView"
    action = window.findChild(QAction, "setQuotaAction")
    assert action is not None and action in window.edit_menu.actions()
    window.quitting = True
    window.close()
