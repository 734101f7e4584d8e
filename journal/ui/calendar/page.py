"""The Calendar section: month calendar, the selected day's agenda, the overdue list.

Actions work on the selected follow-up (in the agenda or the overdue list),
from buttons, a context menu (also the Menu key / Shift+F10) or shortcuts
while the section has focus: Ctrl+D done, Ctrl+T snooze a day, Ctrl+Shift+T a
week, Ctrl+Shift+P snooze until…, Ctrl+R reschedule, Ctrl+Shift+O or Enter
open the contact.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMenu,
    QToolButton,
    QTreeView,
)

from journal import clock
from journal.services import calendar_views, followups
from journal.services.errors import JournalError
from journal.services.events import Entity
from journal.services.followups import FollowUpData
from journal.ui import ask, columns, formatting, snooze, widgets
from journal.ui.actions import action_button, scoped_action, shortcut_text
from journal.ui.calendar.model import FollowUpTableModel
from journal.ui.calendar.widget import FollowUpCalendar
from journal.ui.dates import pydate, qdate
from journal.ui.focus import tab_chain
from journal.ui.main_window import MainWindow
from journal.ui.refresh import SectionView, coalescing_timer
from journal.ui.selection import ContactContext

OPEN_CONTACT_SHORTCUT = "Ctrl+Shift+O"
REFRESH_ENTITIES = (Entity.FOLLOWUP, Entity.CONTACT, Entity.DATABASE)


def _titled(view: QTreeView, name: str, empty_text: str) -> tuple[QLabel, QLabel]:
    """The list's title (its buddy: Alt+letter moves to it) and its greyed "nothing here" line."""
    title = widgets.named(QLabel(), f"{name}Title")
    title.setBuddy(view)
    empty = widgets.named(QLabel(empty_text), f"{name}Empty")
    empty.setEnabled(False)
    return title, empty


def _list_view(name: str, accessible: str, model: FollowUpTableModel, optional: list[int]) -> QTreeView:
    view = widgets.flat_tree(QTreeView(), name, accessible, model)
    header = view.header()
    header.setStretchLastSection(True)
    # Widened when the translated header or status texts need it (Spanish is longer).
    late = 30
    status_samples = [
        QCoreApplication.translate("FollowUps", "%n days overdue", None, late),
        QCoreApplication.translate("FollowUps", "Cancelled"),
    ]
    columns.fit(header, 0, 72, [QCoreApplication.translate("FollowUps", "Any time")])
    columns.fit(header, 1, 128, status_samples, icon=True)
    columns.fit(header, 2, 104)
    columns.fit(header, 3, 130)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Narrow: the least needed columns go first; the follow-up's title keeps room to be read.
    title_room = view.fontMetrics().horizontalAdvance("M") * 12
    columns.ColumnsThatFit(view, header, optional, least={FollowUpTableModel.COL_TITLE: title_room})
    return view


class CalendarPage(SectionView):
    """The section widget. ``selected_followup()`` is what the actions act on."""

    watched_entities = REFRESH_ENTITIES

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.context, "calendarPage")
        self.window_ = window
        self._dirty = False
        self.calendar = FollowUpCalendar()
        self.calendar.setMinimumSize(350, 300)
        self.day_summary = widgets.text_label("calendarDaySummary")
        calendar_label = QLabel(self.tr("Ca&lendar"))
        calendar_label.setBuddy(self.calendar)
        legend = widgets.text_label(
            "calendarLegend",
            self.tr("▲ overdue   ● due   ✓ done — Enter on a day lists it; Tab moves to the lists."),
        )
        self.agenda_model = FollowUpTableModel("agenda", self)
        self.overdue_model = FollowUpTableModel("overdue", self)
        self.agenda_view = _list_view(
            "agendaView",
            self.tr("Agenda for the selected day"),
            self.agenda_model,
            [FollowUpTableModel.COL_KIND, FollowUpTableModel.COL_WHEN, FollowUpTableModel.COL_STATUS],
        )
        self.overdue_view = _list_view(
            "overdueList",
            self.tr("Overdue follow-ups"),
            self.overdue_model,
            [FollowUpTableModel.COL_KIND, FollowUpTableModel.COL_WHEN, FollowUpTableModel.COL_STATUS],
        )
        self.agenda_title, self.agenda_empty = _titled(
            self.agenda_view, "agenda", self.tr("Nothing due this day.")
        )
        self.overdue_title, self.overdue_empty = _titled(
            self.overdue_view, "overdue", self.tr("Nothing overdue. Well done!")
        )
        self._build_actions()
        left = widgets.pane(calendar_label, (self.calendar, 1), self.day_summary, legend)
        right = widgets.pane(
            self.agenda_title,
            (self.agenda_view, 3),
            self.agenda_empty,
            self.overdue_title,
            (self.overdue_view, 2),
            self.overdue_empty,
        )
        self.splitter = widgets.splitter(Qt.Orientation.Horizontal, "calendarSplitter", (left, 1), (right, 1))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([460, 640])  # the lists get the room: their titles are read
        widgets.vbox(widgets.hbox(*self.buttons, None), (self.splitter, 1), parent=self)
        self._reload_timer = coalescing_timer(self, self.reload)
        self._connect()
        tab_chain(
            self.done_button,
            self.snooze_button,
            self.reschedule_button,
            self.open_button,
            self.calendar,
            self.agenda_view,
            self.overdue_view,
        )
        self.calendar.setSelectedDate(qdate(clock.today()))
        self.reload()

    def _connect(self) -> None:
        self.calendar.selectionChanged.connect(self._day_changed)
        self.calendar.activated.connect(lambda _d: self.agenda_view.setFocus())
        for view in (self.agenda_view, self.overdue_view):
            view.selectionModel().selectionChanged.connect(lambda _s, _d, v=view: self._selection_changed(v))
            view.activated.connect(lambda _i: self.open_contact())
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))

    # actions ---------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.done_action = scoped_action(
            self, "followUpDoneAction", self.tr("Mark &done"), snooze.DONE_SHORTCUT, self.mark_done
        )
        self.snooze_menu = snooze.snooze_menu(
            self,
            self.snooze_until,
            shortcut_context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            about=lambda: item.contact_name if (item := self.selected_followup()) else "",
        )
        self.addActions(self.snooze_menu.actions())
        self.snooze_action = self.snooze_menu.menuAction()
        self.snooze_action.setObjectName("followUpSnoozeAction")
        self.reschedule_action = scoped_action(
            self,
            "followUpRescheduleAction",
            self.tr("&Reschedule…"),
            snooze.RESCHEDULE_SHORTCUT,
            self.reschedule,
        )
        self.open_action = scoped_action(
            self,
            "followUpOpenContactAction",
            self.tr("Open &contact"),
            OPEN_CONTACT_SHORTCUT,
            self.open_contact,
        )
        self.done_button = action_button(
            "followUpDoneButton", self.tr("Mark the selected follow-up done"), self.done_action
        )
        self.snooze_button = widgets.named(
            QToolButton(), "followUpSnoozeButton", self.tr("Snooze the selected follow-up")
        )
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setMenu(self.snooze_menu)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_button.setToolTip(
            self.tr("Snooze: 1 day (%1), 1 week (%2), pick a date and time (%3)")
            .replace("%1", shortcut_text(snooze.SNOOZE_DAY_SHORTCUT))
            .replace("%2", shortcut_text(snooze.SNOOZE_WEEK_SHORTCUT))
            .replace("%3", shortcut_text(snooze.SNOOZE_PICK_SHORTCUT))
        )
        self.reschedule_button = action_button(
            "followUpRescheduleButton", self.tr("Reschedule the selected follow-up"), self.reschedule_action
        )
        self.open_button = action_button(
            "followUpOpenContactButton", self.tr("Open the selected follow-up's contact"), self.open_action
        )
        self.buttons = [self.done_button, self.snooze_button, self.reschedule_button, self.open_button]

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("followUpContextMenu")
        menu.addAction(self.done_action)
        menu.addMenu(self.snooze_menu)
        menu.addAction(self.reschedule_action)
        menu.addSeparator()
        menu.addAction(self.open_action)
        return menu

    def _context_menu(self, view: QTreeView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if index.isValid():
            view.setCurrentIndex(index)
        if self.selected_followup() is None:
            return
        self.context_menu().exec(view.viewport().mapToGlobal(pos))

    # selection ---------------------------------------------------------------------
    def _selection_changed(self, view: QTreeView) -> None:
        if view.selectionModel().hasSelection():
            other = self.overdue_view if view is self.agenda_view else self.agenda_view
            other.selectionModel().clearSelection()
        self._update_actions()

    def _selected(self) -> tuple[QTreeView, FollowUpTableModel, int] | None:
        for view, model in ((self.agenda_view, self.agenda_model), (self.overdue_view, self.overdue_model)):
            rows = view.selectionModel().selectedRows()
            if rows:
                return view, model, rows[0].row()
        return None

    def contact_context(self) -> ContactContext | None:
        """The selected follow-up's contact, ledger and deal."""
        item = self.selected_followup()
        return ContactContext(item.contact_id, item.kind, item.deal_id) if item is not None else None

    def selected_followup(self) -> FollowUpData | None:
        found = self._selected()
        return found[1].followup(found[2]) if found else None

    def select_followup(self, followup_id: int) -> bool:
        """Select a follow-up in the agenda (or else the overdue list)."""
        for view, model in ((self.agenda_view, self.agenda_model), (self.overdue_view, self.overdue_model)):
            row = model.row_of(followup_id)
            if row >= 0:
                view.setCurrentIndex(model.index(row, 0))
                return True
        return False

    def selected_day(self) -> date:
        return pydate(self.calendar.selectedDate())

    def _update_actions(self) -> None:
        item = self.selected_followup()
        is_open = item is not None and item.status == "open"
        for action in (self.done_action, self.reschedule_action, *self.snooze_menu.actions()):
            action.setEnabled(is_open)
        self.snooze_button.setEnabled(is_open)
        self.open_action.setEnabled(item is not None)

    # loading -----------------------------------------------------------------------
    def reload_soon(self) -> None:
        self._reload_timer.start()

    def needs_reload(self) -> bool:
        return self._dirty or self.calendar.today() != clock.today()

    def reload(self) -> None:
        """Counts, agenda and overdue list again; keep the selection where it can be."""
        self._dirty = False
        self._reload_timer.stop()
        found = self._selected()
        keep: tuple[QTreeView, int, int] | None = None
        if found:
            item = found[1].followup(found[2])
            keep = (found[0], item.id if item else -1, found[2])
        self.calendar.reload_counts()
        self._load_agenda()
        overdue = followups.overdue(clock.today())
        self.overdue_model.set_rows(overdue)
        total = calendar_views.overdue_count(clock.today()) if len(overdue) >= 500 else len(overdue)
        self.overdue_title.setText(self.tr("&Overdue (%n)", "", total))
        self.overdue_empty.setVisible(not overdue)
        if keep is not None:
            view, followup_id, row = keep
            model = view.model()
            assert isinstance(model, FollowUpTableModel)
            if not self.select_followup(followup_id) and model.rowCount() > 0:
                view.setCurrentIndex(model.index(min(row, model.rowCount() - 1), 0))
        self._update_actions()

    def _load_agenda(self) -> None:
        day = self.selected_day()
        rows = followups.agenda(day)
        self.agenda_model.set_rows(rows)
        title = formatting.long_date(day)
        self.agenda_title.setText(self.tr("&Agenda — %1").replace("%1", title))
        self.agenda_empty.setVisible(not rows)
        self.day_summary.setText(
            self.tr("%1: %2").replace("%1", title).replace("%2", self.calendar.describe(day))
        )

    def _day_changed(self) -> None:
        self._load_agenda()
        self._update_actions()

    # doing -------------------------------------------------------------------------
    def _run(self, title: str, work: Callable[[], object]) -> bool:
        try:
            work()
        except JournalError as err:
            ask.show_error(self, title, ask.error_text(err))
            return False
        return True

    def mark_done(self) -> None:
        item = self.selected_followup()
        if item is None or item.status != "open":
            return
        self._run(self.tr("Cannot mark done"), lambda: followups.complete_followup(item.id))

    def snooze_until(self, until: datetime) -> None:
        item = self.selected_followup()
        if item is None or item.status != "open":
            return
        self._run(self.tr("Cannot snooze"), lambda: followups.snooze_followup(item.id, until=until))

    def reschedule(self) -> None:
        item = self.selected_followup()
        if item is None or item.status != "open":
            return
        answer = snooze.pick_reschedule(
            self, due_date=item.due_date, due_time=item.due_time, about=item.contact_name
        )
        if answer is None:
            return
        day, at = answer
        if self._run(
            self.tr("Cannot reschedule"),
            lambda: followups.reschedule_followup(item.id, due_date=day, due_time=at),
        ):
            self.calendar.setSelectedDate(qdate(day))

    def open_contact(self) -> None:
        item = self.selected_followup()
        if item is not None:
            self.window_.open_contact(item.contact_id)


__all__ = ["CalendarPage"]
