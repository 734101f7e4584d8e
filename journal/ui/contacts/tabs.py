"""The two ledgers of a contact's page: Networking and Sales, never mixed.

Each tab shows only entries, follow-ups (and deals/introductions) of its kind.

Signals (both tabs):
    logRequested(str): the kind of entry to log.
    followUpRequested(str): the kind of follow-up to add.
    interactionActivated(int): an entry was double-clicked / Enter.
    contactLinkActivated(int): another contact was clicked (introductions).
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from journal.services import deals, followups, introductions, networking
from journal.services.errors import QT_TRANSLATE_NOOP
from journal.services.followups import FollowUpData
from journal.ui import columns, formatting, vocabulary, widgets
from journal.ui.contacts.interaction_model import InteractionTableModel

ItemIdRole = Qt.ItemDataRole.UserRole + 1
SIDE_BY_SIDE_WIDTH = 600  # narrower: the networking tab's follow-ups and introductions stack
# Per kind: the log button's text and accessible name, and the follow-up button's accessible name.
REQUEST_TEXTS = {
    "networking": (
        QT_TRANSLATE_NOOP("KindTab", "Log networking…"),
        QT_TRANSLATE_NOOP("KindTab", "Log a networking entry"),
        QT_TRANSLATE_NOOP("KindTab", "Add a networking follow-up"),
    ),
    "sales": (
        QT_TRANSLATE_NOOP("KindTab", "Log sales…"),
        QT_TRANSLATE_NOOP("KindTab", "Log a sales entry"),
        QT_TRANSLATE_NOOP("KindTab", "Add a sales follow-up"),
    ),
}


def _rows_high(view: QWidget, rows: int) -> int:
    """Room for a view's header and ``rows`` rows: how small a box of the page may get, so the
    page fits a laptop's height (the splitters give them more when there is more)."""
    return view.fontMetrics().height() * (rows + 1) + 4 * rows + 6


def _tree(name: str, accessible: str, headers: list[str]) -> QTreeWidget:
    tree = widgets.named(QTreeWidget(), name, accessible)
    tree.setMinimumHeight(_rows_high(tree, 2))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setHeaderLabels(headers)
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return tree


def _placeholder(tree: QTreeWidget, text: str) -> None:
    item = QTreeWidgetItem([text])
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    tree.addTopLevelItem(item)
    item.setFirstColumnSpanned(True)


def _box(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    widgets.vbox(widget, parent=box, margins=6)
    # In the page's splitters a box may shrink to its title and a row or two (the user drags
    # it bigger); what it shows at the window's own size is checked by tests/ui/test_fit.py.
    box.setMinimumHeight(box.fontMetrics().height() * 5)
    return box


def selected_item_id(tree: QTreeWidget) -> int | None:
    """The id of the follow-up, deal or person in the tree's current row."""
    return selected_item_id_of(tree.currentItem())


def selected_item_id_of(item: QTreeWidgetItem | None) -> int | None:
    """The id a row of those trees stands for (None for a placeholder row)."""
    value = item.data(0, ItemIdRole) if item else None
    return int(value) if value else None


class TimelineTable(QWidget):
    """One kind of a contact's entries in a table, with "Load older entries" under it.

    Signals:
        activated(int): an entry was opened (double-click / Enter); its id.
    """

    activated = Signal(int)

    def __init__(self, kind: str, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = InteractionTableModel(kind, self)
        self.view = widgets.table_view(name, accessible, self.model)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setShowGrid(False)
        self.view.setMinimumHeight(_rows_high(self.view, 2))
        self._size_columns(kind)
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.more = widgets.push_button(
            f"{name}LoadMore", self.tr("Load older entries"), self.tr("Load older entries"), self._load_more
        )
        self.empty = widgets.text_label(f"{name}Empty", centered=True)
        # The selected entry's notes, readable without opening its editor.
        self.detail = widgets.named(QTextBrowser(), f"{name}Detail", self.tr("The selected entry in full"))
        self.detail.setOpenLinks(False)
        self.detail.setTabChangesFocus(True)  # Tab reaches it (to scroll a long note) and moves on
        self.detail.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._show_detail(current.row())
        )
        widgets.vbox(
            (self.view, 1),
            self.empty,
            self.detail,
            (self.more, 0, Qt.AlignmentFlag.AlignRight),
            parent=self,
            margins=0,
        )

    def _size_columns(self, kind: str) -> None:
        header = self.view.horizontalHeader()
        # Fixed widths from the font, not ResizeToContents: that reads every row's
        # text on each layout and made a 2,000-entry contact slow to open.
        metrics = self.view.fontMetrics()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(
            InteractionTableModel.WHEN, metrics.horizontalAdvance("00/00/0000 00:00 MM") + 16
        )
        columns.fit(
            header,
            InteractionTableModel.CHANNEL,
            metrics.horizontalAdvance("Message MM") + 16,
            [vocabulary.channel(key) for key in vocabulary.CHANNEL_TEXT],
        )
        header.setSectionResizeMode(InteractionTableModel.SUMMARY, QHeaderView.ResizeMode.Stretch)
        # Networking values are short ("Gave: advice"); sales objections need the room.
        if kind == "sales":
            header.setSectionResizeMode(InteractionTableModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        else:
            columns.fit(
                header,
                InteractionTableModel.DETAIL,
                metrics.horizontalAdvance("Received: introduction") + 16,
            )
        # Narrow page: the channel goes first, then the detail (both stay in the detail pane).
        self.columns = columns.ColumnsThatFit(
            self.view,
            header,
            [InteractionTableModel.CHANNEL, InteractionTableModel.DETAIL],
            least={InteractionTableModel.SUMMARY: metrics.horizontalAdvance("M") * 14},
        )

    def load(self, contact_id: int | None, *, keep_loaded: bool, empty_text: str) -> None:
        current = self.selected_id() if keep_loaded else None
        self.model.load(contact_id, keep_loaded=keep_loaded)
        # The latest entry (or the one selected before a refresh) is current: its notes show
        # under the table at once, without the focus moving.
        row = self.model.row_where(lambda item: item.id == current) if current is not None else -1
        if self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(max(row, 0), 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update(empty_text)

    def _update(self, empty_text: str = "") -> None:
        self.more.setVisible(self.model.has_more)
        none = self.model.rowCount() == 0
        self.view.setVisible(not none)
        self.empty.setVisible(none)
        self.detail.setVisible(not none)
        self._show_detail(self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1)
        if empty_text:
            self.empty.setText(empty_text)

    def _show_detail(self, row: int) -> None:
        item = self.model.item(row)
        if item is None:
            self.detail.setPlainText(self.tr("Select an entry to read its notes here."))
            return
        lines = [f"<b>{escape(item.summary)}</b>"]
        if item.notes.strip():
            lines.append(escape(item.notes).replace("\n", "<br>"))
        else:
            none = self.tr("No notes.")
            lines.append(f"<i>{escape(none)}</i>")
        detail = self.model.index(row, InteractionTableModel.DETAIL)
        said = detail.data(Qt.ItemDataRole.DisplayRole)  # value given, objections, deal
        if said:
            lines.append(escape(str(said)))
        extra = detail.data(Qt.ItemDataRole.ToolTipRole)  # each objection and the answer
        if extra:
            lines.append(escape(str(extra)).replace("\n", "<br>"))
        self.detail.setHtml("<br>".join(lines))

    def _load_more(self) -> None:
        self.model.load_more()
        self._update()

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None:
            self.activated.emit(item.id)

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        item = self.model.item(index.row()) if index.isValid() else None
        return item.id if item else None


class KindTab(QWidget):
    """The base of the Networking and Sales tabs: Log / Add follow-up buttons, the follow-up list.

    Signals:
        logRequested(str): the Log button: the kind of entry to log.
        followUpRequested(str): the Add follow-up button: the kind of follow-up.
        interactionActivated(int): an entry was opened; its id.
        contactLinkActivated(int): another contact was opened (introductions).
    """

    logRequested = Signal(str)
    followUpRequested = Signal(str)
    interactionActivated = Signal(int)
    contactLinkActivated = Signal(int)

    kind = "networking"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id: int | None = None
        log_text, log_accessible, followup_accessible = (
            QCoreApplication.translate("KindTab", text) for text in REQUEST_TEXTS[self.kind]
        )
        name = self.kind.capitalize()
        self.log_button = widgets.push_button(
            f"log{name}Button", log_text, log_accessible, lambda: self.logRequested.emit(self.kind)
        )
        self.followup_button = widgets.push_button(
            f"add{name}FollowUpButton",
            QCoreApplication.translate("KindTab", "Add follow-up…"),
            followup_accessible,
            lambda: self.followUpRequested.emit(self.kind),
        )

    # These methods run in NetworkingTab/SalesTab, where self.tr() looks the text up under
    # the subclass's name first; lupdate files it under "KindTab", so name that context.
    def _followup_tree(self, name: str, accessible: str) -> QTreeWidget:
        return _tree(
            name,
            accessible,
            [QCoreApplication.translate("KindTab", "Due"), QCoreApplication.translate("KindTab", "What")],
        )

    def _fill_followups(self, tree: QTreeWidget, items: list[FollowUpData], today: date) -> None:
        tree.clear()
        for f in items:
            due = formatting.days_ahead(f.due_date, today)
            if f.due_time:
                due = f"{due} {formatting.short_time(f.due_time)}"
            what = f.title
            if f.recurrence_unit:
                what += "  ↻ " + QCoreApplication.translate("KindTab", "every {n} {unit}").format(
                    n=f.recurrence_interval or 1,
                    unit=vocabulary.word(vocabulary.RECURRENCE_TEXT, f.recurrence_unit),
                )
            row = QTreeWidgetItem([due, what])
            row.setToolTip(1, f"{what}\n\n{f.notes}" if f.notes else what)
            row.setData(0, ItemIdRole, f.id)
            row.setToolTip(0, formatting.long_date(f.due_date))
            if f.is_overdue(today):
                row.setForeground(0, formatting.health_color("overdue"))
            tree.addTopLevelItem(row)
        if not items:
            _placeholder(tree, QCoreApplication.translate("KindTab", "No open follow-ups"))
        tree.resizeColumnToContents(0)


class NetworkingTab(KindTab):
    """A contact's networking ledger: reciprocity, entries, follow-ups and introductions."""

    kind = "networking"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactNetworkingView")
        self.setAccessibleName(self.tr("Networking"))
        self.reciprocity = widgets.text_label("reciprocitySummary")  # wraps in longer languages
        self.reciprocity.setAccessibleName(self.tr("Reciprocity"))
        self.timeline = TimelineTable("networking", "networkingTimeline", self.tr("Networking timeline"))
        self.timeline.activated.connect(self.interactionActivated)
        self.followups = self._followup_tree("networkingFollowUps", self.tr("Networking follow-ups"))
        self.introductions = _tree(
            "contactIntroductions",
            self.tr("Introductions"),
            [self.tr("When"), self.tr("Introduction"), self.tr("Outcome")],
        )
        self.introductions.itemActivated.connect(self._intro_activated)
        self.intro_columns = columns.ColumnsThatFit(self.introductions, self.introductions.header(), [2])
        self.lower_splitter = widgets.splitter(
            Qt.Orientation.Horizontal,
            "networkingLowerSplitter",
            _box(self.tr("Follow-ups"), self.followups),
            _box(self.tr("Introductions"), self.introductions),
        )
        self.splitter = widgets.splitter(
            Qt.Orientation.Vertical,
            "networkingSplitter",
            (_box(self.tr("Timeline"), self.timeline), 3),
            (self.lower_splitter, 2),
        )
        top = widgets.hbox(self.log_button, self.followup_button, None)
        widgets.vbox(top, self.reciprocity, (self.splitter, 1), parent=self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow (a laptop with the due panel open): follow-ups above introductions, each the
        whole width, rather than two slivers side by side."""
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.lower_splitter.orientation() != wanted:
            self.lower_splitter.setOrientation(wanted)
        super().resizeEvent(event)

    def show_contact(self, contact_id: int, today: date, *, keep_loaded: bool = False) -> None:
        self.contact_id = contact_id
        balance = networking.reciprocity_for_contact(contact_id)
        self.reciprocity.setText(
            self.tr("You gave {gave}, received {received} in the last 12 months").format(
                gave=balance.gave, received=balance.received
            )
        )
        self.timeline.load(
            contact_id,
            keep_loaded=keep_loaded,
            empty_text=self.tr("No networking entries yet — log one (Ctrl+L)."),
        )
        self._fill_followups(
            self.followups, followups.followups_for_contact(contact_id, kind="networking"), today
        )
        self._fill_introductions(contact_id)

    def _fill_introductions(self, contact_id: int) -> None:
        self.introductions.clear()
        intros = introductions.introductions_for_contact(contact_id)
        for intro in intros:
            if intro.direction == "i_introduced":
                text = self.tr("I introduced {a} to {b}").format(a=intro.person_a_name, b=intro.person_b_name)
            else:
                text = self.tr("{a} introduced me to {b}").format(
                    a=intro.person_a_name, b=intro.person_b_name
                )
            other = intro.person_b_id if intro.person_a_id == contact_id else intro.person_a_id
            row = QTreeWidgetItem(
                [
                    formatting.short_date(intro.occurred_on),
                    text,
                    vocabulary.word(vocabulary.INTRO_OUTCOME_TEXT, intro.outcome),
                ]
            )
            row.setData(0, ItemIdRole, other)
            row.setToolTip(1, intro.context or text)
            self.introductions.addTopLevelItem(row)
        if not intros:
            _placeholder(self.introductions, self.tr("No introductions yet"))
        self.introductions.resizeColumnToContents(0)
        self.introductions.resizeColumnToContents(2)
        self.intro_columns.changed()

    def _intro_activated(self, item: QTreeWidgetItem) -> None:
        other = item.data(0, ItemIdRole)
        if other:
            self.contactLinkActivated.emit(int(other))


class SalesTab(KindTab):
    """A contact's sales ledger: deals, sales entries and follow-ups.

    Signals:
        dealActivated(int): a deal was opened (double-click / Enter); its id.
        dealRequested(): the Add deal button was pressed.
    """

    dealActivated = Signal(int)
    kind = "sales"
    dealRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactSalesView")
        self.setAccessibleName(self.tr("Sales"))
        self.summary = widgets.text_label("salesSummary")
        self.deal_button = widgets.push_button(
            "addDealButton", self.tr("Add deal…"), self.tr("Add a deal"), self.dealRequested.emit
        )
        self.deals = _tree(
            "contactDeals",
            self.tr("Deals"),
            [
                self.tr("Deal"),
                self.tr("Stage"),
                self.tr("Value"),
                self.tr("Probability"),
                self.tr("Expected close"),
            ],
        )
        self.deals.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.deals.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.deal_columns = columns.ColumnsThatFit(
            self.deals,
            self.deals.header(),
            [3, 4, 1],
            least={0: self.fontMetrics().horizontalAdvance("M") * 10},
        )
        self.deals.itemActivated.connect(lambda *_: self._deal_activated())
        self.timeline = TimelineTable("sales", "salesTimeline", self.tr("Sales timeline"))
        self.timeline.activated.connect(self.interactionActivated)
        self.followups = self._followup_tree("salesFollowUps", self.tr("Sales follow-ups"))
        self.splitter = widgets.splitter(
            Qt.Orientation.Vertical,
            "salesSplitter",
            (_box(self.tr("Deals"), self.deals), 2),
            (_box(self.tr("Timeline"), self.timeline), 3),
            (_box(self.tr("Follow-ups"), self.followups), 1),
        )
        top = widgets.hbox(self.log_button, self.deal_button, self.followup_button, None)
        widgets.vbox(top, self.summary, (self.splitter, 1), parent=self)

    def show_contact(self, contact_id: int, today: date, *, keep_loaded: bool = False) -> None:
        self.contact_id = contact_id
        count = self._fill_deals(contact_id)
        self.summary.setText(self.tr("1 open deal") if count == 1 else self.tr("%n open deals", "", count))
        self.timeline.load(
            contact_id,
            keep_loaded=keep_loaded,
            empty_text=self.tr("No sales entries yet — log one (Ctrl+L)."),
        )
        self._fill_followups(self.followups, followups.followups_for_contact(contact_id, kind="sales"), today)

    def _fill_deals(self, contact_id: int) -> int:
        """List the contact's deals; how many are open."""
        self.deals.clear()
        found = deals.deals_for_contact(contact_id)
        for deal in found:
            row = QTreeWidgetItem(
                [
                    deal.title,
                    vocabulary.stage(deal.stage),
                    formatting.money(deal.value, deal.currency),
                    f"{deal.probability} %",
                    formatting.short_date(deal.expected_close) if deal.expected_close else "",
                ]
            )
            row.setData(0, ItemIdRole, deal.id)
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if deal.stage == "lost" and deal.lost_reason:
                row.setToolTip(1, self.tr("Lost: {reason}").format(reason=deal.lost_reason))
            self.deals.addTopLevelItem(row)
        if not found:
            _placeholder(self.deals, self.tr("No deals yet — add one to track its stage and value."))
        for column in range(1, 5):
            self.deals.resizeColumnToContents(column)
        self.deal_columns.changed()
        return sum(1 for d in found if d.is_open)

    def _deal_activated(self) -> None:
        deal_id = self.selected_deal()
        if deal_id is not None:
            self.dealActivated.emit(deal_id)

    def selected_deal(self) -> int | None:
        return selected_item_id(self.deals)
