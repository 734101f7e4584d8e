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

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from journal.services import deals, followups, introductions, networking
from journal.services.errors import QT_TRANSLATE_NOOP
from journal.services.followups import FollowUpData
from journal.ui import columns, formatting, vocabulary, widgets
from journal.ui.contacts import ledger_trees
from journal.ui.contacts.timeline_table import TimelineTable

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
        return ledger_trees.tree(
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
            row.setData(0, ledger_trees.ItemIdRole, f.id)
            row.setToolTip(0, formatting.long_date(f.due_date))
            if f.is_overdue(today):
                row.setForeground(0, formatting.health_color("overdue"))
            tree.addTopLevelItem(row)
        if not items:
            ledger_trees.placeholder(tree, QCoreApplication.translate("KindTab", "No open follow-ups"))
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
        self.introductions = ledger_trees.tree(
            "contactIntroductions",
            self.tr("Introductions"),
            [self.tr("When"), self.tr("Introduction"), self.tr("Outcome")],
        )
        self.introductions.itemActivated.connect(self._intro_activated)
        self.intro_columns = columns.ColumnsThatFit(self.introductions, self.introductions.header(), [2])
        self.lower_splitter = widgets.splitter(
            Qt.Orientation.Horizontal,
            "networkingLowerSplitter",
            ledger_trees.box(self.tr("Follow-ups"), self.followups),
            ledger_trees.box(self.tr("Introductions"), self.introductions),
        )
        self.splitter = widgets.splitter(
            Qt.Orientation.Vertical,
            "networkingSplitter",
            (ledger_trees.box(self.tr("Timeline"), self.timeline), 3),
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
            row.setData(0, ledger_trees.ItemIdRole, other)
            row.setToolTip(1, intro.context or text)
            self.introductions.addTopLevelItem(row)
        if not intros:
            ledger_trees.placeholder(self.introductions, self.tr("No introductions yet"))
        self.introductions.resizeColumnToContents(0)
        self.introductions.resizeColumnToContents(2)
        self.intro_columns.changed()

    def _intro_activated(self, item: QTreeWidgetItem) -> None:
        other = item.data(0, ledger_trees.ItemIdRole)
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
        self.deals = ledger_trees.tree(
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
            (ledger_trees.box(self.tr("Deals"), self.deals), 2),
            (ledger_trees.box(self.tr("Timeline"), self.timeline), 3),
            (ledger_trees.box(self.tr("Follow-ups"), self.followups), 1),
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
            row.setData(0, ledger_trees.ItemIdRole, deal.id)
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if deal.stage == "lost" and deal.lost_reason:
                row.setToolTip(1, self.tr("Lost: {reason}").format(reason=deal.lost_reason))
            self.deals.addTopLevelItem(row)
        if not found:
            ledger_trees.placeholder(
                self.deals, self.tr("No deals yet — add one to track its stage and value.")
            )
        for column in range(1, 5):
            self.deals.resizeColumnToContents(column)
        self.deal_columns.changed()
        return sum(1 for d in found if d.is_open)

    def _deal_activated(self) -> None:
        deal_id = self.selected_deal()
        if deal_id is not None:
            self.dealActivated.emit(deal_id)

    def selected_deal(self) -> int | None:
        return ledger_trees.selected_item_id(self.deals)
