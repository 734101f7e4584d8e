"""The pipeline board: moving deals by keyboard and drag-and-drop, history and charts follow."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal.db.models import STAGES
from journal.services import contacts, deals, interactions
from journal.ui import ask
from journal.ui.charts import labels
from journal.ui.context import AppContext
from journal.ui.insights import InsightsView
from journal.ui.pipeline.view import PipelineView


@pytest.fixture
def board(shown: Callable[..., Any], context: AppContext) -> PipelineView:
    view = shown(PipelineView(context), 1200, 700)
    assert isinstance(view, PipelineView)
    return view


def _deal(title: str = "Website revamp", value: str = "12000.50") -> int:
    cid = contacts.create_contact(name="Ana Ruiz").id
    return deals.create_deal(contact_id=cid, title=title, value=value).id


def _titles(view: PipelineView, stage: str) -> list[str]:
    model = view.column_of(stage).model
    return [model.deal_at(r).title for r in range(model.rowCount())]  # type: ignore[union-attr]


def test_models_pass_the_model_tester(qtmodeltester, board: PipelineView) -> None:  # type: ignore[no-untyped-def]
    deal_id = _deal()
    deals.move_deal(deal_id, stage="qualified")
    assert board.select_deal(deal_id)
    qtmodeltester.check(board.column_of("qualified").model)
    qtmodeltester.check(board.column_of("won").model)
    qtmodeltester.check(board.history_model)


def test_move_a_deal_through_the_stages_with_the_keyboard(
    qtbot: QtBot, board: PipelineView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    insights = InsightsView(context)
    qtbot.addWidget(insights)
    insights.show()
    deal_id = _deal()
    assert _titles(board, "prospect") == ["Website revamp"]
    assert "1" in board.column_of("prospect").header.text()
    qtbot.waitUntil(lambda: not insights.loading)  # the charts are counted on a worker thread
    assert insights.funnel_chart.table.cell(0, 1) == "1"  # one deal reached prospect
    assert insights.funnel_chart.table.cell(5, 1) == "0"  # none won yet

    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow)  # the stage shortcuts only reach the active window
    assert board.select_deal(deal_id)
    for stage in STAGES[1:6]:  # qualified … won
        qtbot.keyClick(board.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
        assert deals.get_deal(deal_id).stage == stage
        assert _titles(board, stage) == ["Website revamp"]
        assert board.selected_deal_id() == deal_id  # the selection follows the deal
    assert all(_titles(board, s) == [] for s in STAGES[:5])

    history = [board.history_model.text(r) for r in range(board.history_model.rowCount())]
    assert len(history) == 6
    assert history[0].startswith("Created in Prospect")
    assert history[-1].startswith("Negotiation → Won")
    assert [c.to_stage for c in deals.stage_history(deal_id)] == list(STAGES[:6])
    # The charts follow: the deal now counts at every stage of the funnel, and as won this month.
    qtbot.waitUntil(lambda: not insights.loading)
    assert [insights.funnel_chart.table.cell(r, 1) for r in range(6)] == ["1"] * 6
    assert insights.won_chart.months[-1].won == Decimal("12000.50")
    assert labels.money(Decimal("12000.50"), "EUR") in insights.month_box.text.text()

    # Back one stage with Ctrl+Left.
    qtbot.keyClick(board.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert deals.get_deal(deal_id).stage == "negotiation"
    qtbot.waitUntil(lambda: not insights.loading)
    assert insights.won_chart.months[-1].won == Decimal(0)


def test_lost_asks_for_a_reason(board: PipelineView, monkeypatch: pytest.MonkeyPatch) -> None:
    deal_id = _deal()
    answers: list[str | None] = [None, "  ", "Chose a competitor"]
    errors: list[str] = []
    monkeypatch.setattr(ask, "get_text", lambda *_a, **_k: answers.pop(0))
    monkeypatch.setattr(ask, "show_error", lambda _p, _t, text: errors.append(text))
    board.select_deal(deal_id)
    board.move_selected("lost")  # cancelled
    assert deals.get_deal(deal_id).stage == "prospect"
    board.move_selected("lost")  # blank reason
    assert deals.get_deal(deal_id).stage == "prospect" and errors
    board.stage_actions["lost"].trigger()  # from the "Move to…" menu
    moved = deals.get_deal(deal_id)
    assert (moved.stage, moved.lost_reason) == ("lost", "Chose a competitor")
    assert "Chose a competitor" in board.details.text()


def test_drag_and_drop_moves_the_deal(qtbot: QtBot, board: PipelineView) -> None:
    deal_id = _deal()
    source = board.column_of("prospect").model
    target = board.column_of("proposal").model
    mime = source.mimeData([source.index(0, 0)])
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target.index(-1, 0))
    assert not source.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, source.index(-1, 0))
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target.index(-1, 0))
    qtbot.waitUntil(lambda: deals.get_deal(deal_id).stage == "proposal")
    assert _titles(board, "proposal") == ["Website revamp"]
    assert [c.to_stage for c in deals.stage_history(deal_id)] == ["prospect", "proposal"]


def test_left_and_right_walk_the_columns(qtbot: QtBot, board: PipelineView) -> None:
    first = _deal("First")
    second = _deal("Second")
    deals.move_deal(second, stage="qualified")
    board.activateWindow()
    board.select_deal(first)
    qtbot.keyClick(board.focusWidget(), Qt.Key.Key_Right)
    assert board.focusWidget() is board.column_of("qualified").list
    assert board.selected_deal_id() == second
    assert deals.get_deal(second).stage == "qualified"  # walking does not move anything


def test_other_changes_refresh_the_board(board: PipelineView) -> None:
    deal_id = _deal()
    deals.update_deal(deal_id, title="Renamed")
    assert _titles(board, "prospect") == ["Renamed"]
    cid = deals.get_deal(deal_id).contact_id
    interactions.log_interaction(contact_id=cid, kind="sales", summary="Call", deal_id=deal_id)
    contacts.trash_contact(cid)
    assert _titles(board, "prospect") == []
