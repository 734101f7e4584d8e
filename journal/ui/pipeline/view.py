"""PipelineView: deals by stage as columns, moved by drag-and-drop or from the keyboard.

Keyboard: Left/Right go to the neighbouring column; Ctrl+Right / Ctrl+Left move the selected
deal one stage on or back (on from negotiation is won, never lost; back from won or lost
reopens it in negotiation); "Move to…" (Ctrl+M) moves it to any stage. A click selects a
card. Moving to "lost" asks for the reason. Every move goes through
``services.deals.move_deal``, which records it in the deal's stage history (shown under the
board for the selected deal).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QScrollArea, QToolButton, QWidget

from journal.db.models import OPEN_STAGES, STAGES
from journal.services import deals, sales
from journal.services.errors import JournalError
from journal.services.events import Entity
from journal.ui import ask, formatting, vocabulary, widgets
from journal.ui.actions import scoped_action, shortcut_button
from journal.ui.charts import labels
from journal.ui.context import AppContext
from journal.ui.pipeline.card import DealCardDelegate
from journal.ui.pipeline.model import DealIdRole, StageDealsModel, StageHistoryModel
from journal.ui.refresh import SectionView
from journal.ui.selection import ContactContext

_WATCHED = {Entity.DEAL, Entity.CONTACT, Entity.DATABASE}
COLUMN_WIDTH = 150


def step_from(stage: str, step: int) -> str | None:
    """The stage one step on (+1) or back (-1) from ``stage``; None when there is none.

    The open stages lead to *won*; *lost* is not a step on from anything (moving there asks
    why, from "Move to…"). Back from won or lost reopens the deal in the last open stage."""
    if stage not in OPEN_STAGES:
        return OPEN_STAGES[-1] if step < 0 else None
    index = OPEN_STAGES.index(stage) + step
    if index < 0:
        return None
    return OPEN_STAGES[index] if index < len(OPEN_STAGES) else "won"


class StageColumn(QWidget):
    """One stage of the board: its count and value, and its deals as cards."""

    def __init__(self, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"{stage}Column")
        self.header = widgets.text_label(f"{stage}Header")
        self.model = StageDealsModel(stage, self)
        self.list = widgets.named(QListView(), f"{stage}List", vocabulary.stage(stage))
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.list.setItemDelegate(DealCardDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(1)
        self.list.setMinimumWidth(COLUMN_WIDTH)  # cards that can be read; the board scrolls sideways
        self.header.setBuddy(self.list)
        widgets.vbox(self.header, (self.list, 1), parent=self, margins=0, spacing=4)

    def set_summary(self, summary: sales.StageSummary) -> None:
        amounts = ", ".join(labels.money(v, c, cents=False) for c, v in sorted(summary.totals.items())) or "–"
        count = self.tr("%n deal(s)", "", summary.count)
        self.header.setText(f"<b>{vocabulary.stage(self.stage)}</b><br>{count} · {amounts}")
        self.list.setAccessibleDescription(f"{vocabulary.stage(self.stage)}: {count}, {amounts}")

    def selected_deal_id(self) -> int | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        value = index.data(DealIdRole)
        return int(value) if value is not None else None

    def select_deal(self, deal_id: int) -> bool:
        row = self.model.row_of(deal_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)
        return True


class PipelineView(SectionView):
    """The Pipeline section: deals by stage, moved by drag-and-drop or the keyboard, with history."""

    watched_entities = _WATCHED

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "pipelineView", self.tr("Pipeline"), parent)
        self._follow: int | None = None
        self.columns = [StageColumn(stage) for stage in STAGES]
        board = QWidget()
        board.setObjectName("pipelineBoard")
        widgets.hbox(*((column, 1) for column in self.columns), parent=board, margins=0, spacing=6)
        # Seven readable columns need ~1100 px: on a laptop beside the due panel the board
        # scrolls sideways (the keys follow the column in focus) instead of widening the window.
        self.board_scroll = widgets.named(QScrollArea(), "pipelineBoardScroll")
        self.board_scroll.setWidget(board)
        self.board_scroll.setWidgetResizable(True)
        self.board_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.board_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.board_scroll.setProperty("scrollsSideways", True)  # by design (tests/ui/fit.py)
        for column in self.columns:
            column.model.dropRequested.connect(self._dropped, Qt.ConnectionType.QueuedConnection)
            # A click sets the current card before selecting it: follow both, so a click
            # selects (Back / On / Move to… come alive) as the keyboard does.
            column.list.selectionModel().currentChanged.connect(
                lambda _cur, _prev, c=column: self._current_changed(c)
            )
            column.list.selectionModel().selectionChanged.connect(
                lambda _sel, _desel, c=column: self._current_changed(c)
            )
            column.list.installEventFilter(self)
        self._build_actions()
        hint = widgets.text_label(
            "pipelineHint", self.tr("Drag a deal to another column, or select it and press Ctrl+→ / Ctrl+←.")
        )
        bar = widgets.hbox((hint, 1), self.back_button, self.on_button, self.move_button)
        self.details = widgets.text_label("dealDetails", self.tr("Select a deal to see its stage history."))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_model = StageHistoryModel(self)
        self.history = widgets.named(
            QListView(), "stageHistoryList", self.tr("Stage history of the selected deal")
        )
        self.history.setModel(self.history_model)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter = widgets.splitter(
            Qt.Orientation.Vertical,
            "pipelineSplitter",
            (self.board_scroll, 4),
            (widgets.pane(self.details, (self.history, 1)), 1),
        )
        widgets.vbox(bar, (self.splitter, 1), parent=self)
        self._update_actions()
        self.reload()

    def _build_actions(self) -> None:
        """Move back, on, or to any stage: actions with shortcuts, the buttons and the menu."""
        self.move_back_action = scoped_action(
            self,
            "moveDealBackAction",
            self.tr("Move to previous stage"),
            "Ctrl+Left",
            lambda: self.step_selected(-1),
        )
        self.move_on_action = scoped_action(
            self,
            "moveDealOnAction",
            self.tr("Move to next stage"),
            "Ctrl+Right",
            lambda: self.step_selected(1),
        )
        self.move_menu = QMenu(self.tr("Move to"), self)
        self.move_menu.setObjectName("moveDealMenu")
        self.stage_actions: dict[str, QAction] = {}
        for stage in STAGES:
            action = self.move_menu.addAction(vocabulary.stage(stage))
            action.setObjectName(f"moveTo{stage.capitalize()}Action")
            action.triggered.connect(lambda _checked=False, s=stage: self.move_selected(s))
            self.stage_actions[stage] = action
        self.move_to_action = scoped_action(
            self, "moveDealToAction", self.tr("Move to…"), "Ctrl+M", self._popup_move_menu
        )
        self.back_button = shortcut_button(
            "moveDealBackButton", "◀ " + self.tr("Back"), self.move_back_action
        )
        self.on_button = shortcut_button("moveDealOnButton", self.tr("On") + " ▶", self.move_on_action)
        self.move_button = widgets.named(
            QToolButton(), "moveDealToButton", self.tr("Move the selected deal to a stage")
        )
        self.move_button.setText(self.tr("Move to…"))
        self.move_button.setMenu(self.move_menu)
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    # data ----------------------------------------------------------------------------------
    def reload(self) -> None:
        self._dirty = False
        selected = self._follow or self.selected_deal_id()
        summaries = sales.stage_summaries()
        for column in self.columns:
            column.model.reload()
            column.set_summary(summaries[column.stage])
        self._follow = None
        if selected is not None:
            self.select_deal(selected, focus=False)
        self._show_details()

    # selection -----------------------------------------------------------------------------
    def column_of(self, stage: str) -> StageColumn:
        return self.columns[STAGES.index(stage)]

    def current_column(self) -> StageColumn | None:
        focus = self.focusWidget()
        for column in self.columns:
            if focus is column.list and column.selected_deal_id() is not None:
                return column
        return next((c for c in self.columns if c.selected_deal_id() is not None), None)

    def contact_context(self) -> ContactContext | None:
        """The selected deal's contact, in sales, about that deal."""
        deal_id = self.selected_deal_id()
        if deal_id is None:
            return None
        return ContactContext(deals.get_deal(deal_id).contact_id, "sales", deal_id)

    def selected_deal_id(self) -> int | None:
        column = self.current_column()
        return column.selected_deal_id() if column else None

    def select_deal(self, deal_id: int, *, focus: bool = True) -> bool:
        for column in self.columns:
            if column.select_deal(deal_id):
                for other in self.columns:
                    if other is not column:
                        other.list.clearSelection()
                if focus:
                    column.list.setFocus()
                self.board_scroll.ensureWidgetVisible(column, 0, 0)
                self._show_details()
                return True
        return False

    def _current_changed(self, column: StageColumn) -> None:
        if column.selected_deal_id() is not None:
            for other in self.columns:
                if other is not column:
                    other.list.selectionModel().clearSelection()
        self._show_details()

    def _show_details(self) -> None:
        deal_id = self.selected_deal_id()
        self._update_actions()
        if deal_id is None:
            self.details.setText(self.tr("Select a deal to see its stage history."))
            self.history_model.set_rows([])
            return
        deal = deals.get_deal(deal_id)
        close = formatting.short_date(deal.expected_close) if deal.expected_close else "–"
        text = self.tr("%1 — %2 · %3 · probability %4 % · expected close %5")
        for n, value in enumerate(
            (
                deal.title,
                deal.contact_name,
                labels.money(deal.value, deal.currency),
                str(deal.probability),
                close,
            ),
            start=1,
        ):
            text = text.replace(f"%{n}", value)
        if deal.stage == "lost" and deal.lost_reason:
            text += "\n" + self.tr("Lost because: %1").replace("%1", deal.lost_reason)
        self.details.setText(text)
        self.history_model.set_rows(deals.stage_history(deal_id))

    def _update_actions(self) -> None:
        column = self.current_column()
        has = column is not None
        self.move_back_action.setEnabled(column is not None and step_from(column.stage, -1) is not None)
        self.move_on_action.setEnabled(column is not None and step_from(column.stage, 1) is not None)
        self.move_to_action.setEnabled(has)
        for stage, action in self.stage_actions.items():
            action.setEnabled(has and column is not None and stage != column.stage)
        self.back_button.setEnabled(self.move_back_action.isEnabled())
        self.on_button.setEnabled(self.move_on_action.isEnabled())
        self.move_button.setEnabled(has)

    def _popup_move_menu(self) -> None:
        column = self.current_column()
        if column is None:
            return
        rect = column.list.visualRect(column.list.currentIndex())
        self.move_menu.popup(column.list.viewport().mapToGlobal(rect.bottomLeft()))

    # moving --------------------------------------------------------------------------------
    def step_selected(self, step: int) -> None:
        column = self.current_column()
        if column is None:
            return
        target = step_from(column.stage, step)
        if target is not None:
            self.move_selected(target)

    def move_selected(self, stage: str) -> None:
        deal_id = self.selected_deal_id()
        if deal_id is not None:
            self.move_deals([deal_id], stage)

    def _dropped(self, ids: list[int], stage: str) -> None:
        self.move_deals(ids, stage)

    def move_deals(self, ids: list[int], stage: str) -> bool:
        """Move deals to ``stage`` (asking why when it is "lost"); True when they moved."""
        reason = ""
        if stage == "lost":
            answer = ask.get_text(
                self,
                self.tr("Deal lost"),
                self.tr("Why was the deal lost? (for example: chose a competitor)"),
            )
            if answer is None:
                return False
            reason = answer.strip()
            if not reason:
                ask.show_error(self, self.tr("Deal lost"), self.tr("Say why the deal was lost."))
                return False
        try:
            self._follow = ids[-1] if ids else None
            deals.move_deals(ids, stage=stage, lost_reason=reason)  # all of them, or none
        except JournalError as error:
            self._follow = None
            ask.show_error(self, self.tr("Cannot move the deal"), ask.error_text(error))
            return False
        if ids:
            self.select_deal(ids[-1])
        return True

    # keyboard: Left/Right between columns ------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if event.modifiers() == Qt.KeyboardModifier.NoModifier and key in (
                Qt.Key.Key_Left,
                Qt.Key.Key_Right,
            ):
                for index, column in enumerate(self.columns):
                    if watched is column.list:
                        target = index + (1 if key == Qt.Key.Key_Right else -1)
                        if 0 <= target < len(self.columns):
                            self._focus_column(self.columns[target])
                        return True
        return super().eventFilter(watched, event)

    def _focus_column(self, column: StageColumn) -> None:
        column.list.setFocus()
        self.board_scroll.ensureWidgetVisible(column, 0, 0)
        if column.model.rowCount() and column.selected_deal_id() is None:
            column.list.selectionModel().setCurrentIndex(
                column.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
