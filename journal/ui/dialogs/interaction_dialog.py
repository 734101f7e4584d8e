"""InteractionDialog: log (or edit) a networking or a sales entry.

The kind is chosen first; the form then shows only that kind's fields
(networking: what value moved and which way; sales: the deal and the
objections raised). A "Follow up" row offers to create a follow-up at once.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QWidget,
)

from journal import clock
from journal.db.models import CHANNELS, OBJECTION_CATEGORIES, OBJECTION_OUTCOMES, VALUE_TYPES
from journal.services import contacts, date_rules, deals, interactions, together
from journal.services.errors import QT_TRANSLATE_NOOP
from journal.services.interactions import InteractionData, ObjectionInput
from journal.services.validation import required_text
from journal.ui import formatting, vocabulary, widgets
from journal.ui.dialogs import form_state
from journal.ui.dialogs.followup_dialog import due_in
from journal.ui.dialogs.form import FormDialog

FOLLOW_UP_IN = (
    (QT_TRANSLATE_NOOP("InteractionDialog", "3 days"), 3, "day"),
    (QT_TRANSLATE_NOOP("InteractionDialog", "1 week"), 1, "week"),
    (QT_TRANSLATE_NOOP("InteractionDialog", "1 month"), 1, "month"),
)


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware instant as a ``QDateTime`` (to the second)."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qdatetime(value: QDateTime) -> datetime:
    """A ``QDateTime`` from the editor as an aware UTC instant."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class ObjectionsEditor(QWidget):
    """Rows of objection category / detail / our response / outcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = widgets.named(QTableWidget(0, 4), "objectionsTable", self.tr("Objections"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Objection"), self.tr("Detail"), self.tr("Our response"), self.tr("Outcome")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.add_button = widgets.push_button(
            "addObjectionButton", self.tr("Add objection"), self.tr("Add objection"), self.add
        )
        self.remove_button = widgets.push_button(
            "removeObjectionButton", self.tr("Remove"), self.tr("Remove the selected objection"), self._remove
        )
        widgets.vbox(
            self.table, widgets.hbox(self.add_button, self.remove_button, None), parent=self, margins=0
        )

    def add(
        self,
        category: str = "price",
        detail: str = "",
        response: str = "",
        outcome: str = "pending",
        objection_id: int | None = None,
    ) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cat = widgets.combo_box(
            f"objectionCategory{row}",
            self.tr("Objection category"),
            [(vocabulary.objection(key), key) for key in OBJECTION_CATEGORIES],
        )
        widgets.select_data(cat, category)
        cat.setProperty("objectionId", objection_id)  # the stored objection this row edits
        out = widgets.combo_box(
            f"objectionOutcome{row}",
            self.tr("Objection outcome"),
            [(vocabulary.word(vocabulary.OUTCOME_TEXT, key), key) for key in OBJECTION_OUTCOMES],
        )
        widgets.select_data(out, outcome)
        det = widgets.line_edit(f"objectionDetail{row}", self.tr("What they said"), detail)
        resp = widgets.line_edit(f"objectionResponse{row}", self.tr("How we answered"), response)
        for column, widget in enumerate((cat, det, resp, out)):
            self.table.setCellWidget(row, column, widget)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(3)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._renumber()

    def _renumber(self) -> None:
        """Row n's fields are named …n (a draft puts each value back in its row)."""
        for row in range(self.table.rowCount()):
            for column, name in enumerate(
                ("objectionCategory", "objectionDetail", "objectionResponse", "objectionOutcome")
            ):
                widget = self.table.cellWidget(row, column)
                if widget is not None:
                    widget.setObjectName(f"{name}{row}")

    def objections(self) -> list[ObjectionInput]:
        result = []
        for row in range(self.table.rowCount()):
            cat, det, resp, out = (self.table.cellWidget(row, c) for c in range(4))
            assert isinstance(cat, QComboBox) and isinstance(out, QComboBox)
            assert isinstance(det, QLineEdit) and isinstance(resp, QLineEdit)
            stored = cat.property("objectionId")
            result.append(
                ObjectionInput(cat.currentData(), det.text(), resp.text(), out.currentData(), stored or None)
            )
        return result


class InteractionDialog(FormDialog):
    """Log (or edit) a networking or a sales entry, optionally with a follow-up."""

    def __init__(
        self,
        parent: QWidget | None,
        contact_id: int,
        kind: str | None = None,
        interaction: InteractionData | None = None,
        *,
        deal_id: int | None = None,
    ) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("InteractionDialog", "Edit entry")
            if interaction
            else QCoreApplication.translate("InteractionDialog", "Log interaction"),
            "interactionDialog",
        )
        self.contact_id = contact_id
        self.interaction = interaction
        self.followup_id: int | None = None
        self.keep_drafts(f"interaction.{interaction.id}" if interaction else f"interaction.new.{contact_id}")
        name = contacts.get_contact(contact_id).name
        kind_row = self._kind_choice()
        self._common_fields()
        value_row = self._networking_fields()
        self._sales_fields(contact_id)
        offer_row = self._follow_up_offer()
        self.add_row("kind", self.tr("Kind"), kind_row)
        self.add_row("occurred_at", self.tr("&When"), self.when)
        self.add_row("channel", self.tr("&Channel"), self.channel)
        self.add_row("summary", self.tr("S&ummary"), self.summary)
        self.add_row("notes", self.tr("N&otes"), self.notes)
        self._value_box = self.add_row("value_type", self.tr("&Value"), value_row, "value_direction")
        self._deal_box = self.add_row("deal_id", self.tr("&Deal"), self.deal)
        self._objections_box = self.add_row(
            "objections", self.tr("Ob&jections"), self.objections, "objection", "outcome"
        )
        self._offer_box = self.add_row("due_date", self.tr("Follow-up"), offer_row)
        self.set_check("summary", lambda: required_text("summary", self.summary.text()))
        self.set_check(
            "occurred_at", lambda: date_rules.check_occurred_at(from_qdatetime(self.when.dateTime()))
        )
        self.setWindowTitle(f"{self.windowTitle()} — {name}")

        self.kind_group.buttonToggled.connect(lambda *_: self._show_kind())
        self.sales.toggled.connect(
            lambda on: (
                self._preselect_deal(contact_id, None) if on and self.deal.currentData() is None else None
            )
        )
        if interaction is not None:
            self._fill(interaction)
        elif kind == "networking":
            self.networking.setChecked(True)
        elif kind == "sales":
            self.sales.setChecked(True)
            self._preselect_deal(contact_id, deal_id)
        self._show_kind()
        self.resize(600, self.sizeHint().height())

    def _kind_choice(self) -> QWidget:
        """Networking or sales, chosen first: the form then shows that kind's fields."""
        self.networking = widgets.named(
            QRadioButton(self.tr("&Networking")), "kindNetworking", self.tr("Networking entry")
        )
        self.networking.setToolTip(self.tr("Relationship: advice, introductions, chats, events"))
        self.sales = widgets.named(QRadioButton(self.tr("&Sales")), "kindSales", self.tr("Sales entry"))
        self.sales.setToolTip(self.tr("Business: prospecting, proposals, objections, closing"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.networking)
        self.kind_group.addButton(self.sales)
        return widgets.side_by_side(self.networking, self.sales, None)

    def _common_fields(self) -> None:
        self.when = widgets.datetime_edit(
            "interactionWhen", self.tr("When it happened"), to_qdatetime(clock.now())
        )
        self.channel = widgets.combo_box(
            "interactionChannel", self.tr("Channel"), [(vocabulary.channel(key), key) for key in CHANNELS]
        )
        widgets.select_data(self.channel, "meeting")
        self.summary = widgets.line_edit(
            "interactionSummary", self.tr("Summary"), placeholder=self.tr("Coffee to talk about…")
        )
        self.notes = widgets.text_edit("interactionNotes", self.tr("Notes"))

    def _networking_fields(self) -> QWidget:
        """Which way value moved, and what it was."""
        self.direction = widgets.combo_box(
            "valueDirection",
            self.tr("Value direction"),
            [
                (self.tr("No value moved"), None),
                (self.tr("I gave"), "gave"),
                (self.tr("I received"), "received"),
            ],
        )
        self.value_type = widgets.combo_box(
            "valueType", self.tr("What value"), [(vocabulary.value_type(key), key) for key in VALUE_TYPES]
        )
        self.direction.currentIndexChanged.connect(
            lambda: self.value_type.setEnabled(self.direction.currentData() is not None)
        )
        self.value_type.setEnabled(False)
        return widgets.side_by_side(self.direction, (self.value_type, 1))

    def _sales_fields(self, contact_id: int) -> None:
        """The deal the entry is about, and the objections raised."""
        self.deal = widgets.combo_box(
            "interactionDeal",
            self.tr("Deal"),
            [
                (self.tr("No deal"), None),
                *((deal.title, deal.id) for deal in deals.deals_for_contact(contact_id)),
            ],
        )
        self.objections = widgets.named(ObjectionsEditor(), "objectionsEditor")
        self.objections.add_button.clicked.connect(lambda: self.watch_inputs(self.objections))

    def _follow_up_offer(self) -> QWidget:
        """ "Follow up in [1 week]": a follow-up made together with a new entry."""
        self.follow_up = widgets.check_box(
            "offerFollowUp", self.tr("Follow up in"), self.tr("Create a follow-up")
        )
        self.follow_up_when = widgets.combo_box(
            "offerFollowUpWhen",
            self.tr("Follow up when"),
            [(self.tr(text), (amount, unit)) for text, amount, unit in FOLLOW_UP_IN],
        )
        self.follow_up_when.setCurrentIndex(1)
        widgets.enabled_by(self.follow_up, self.follow_up_when)
        return widgets.side_by_side(self.follow_up, self.follow_up_when, None)

    def _preselect_deal(self, contact_id: int, deal_id: int | None) -> None:
        """The deal in view, else the contact's only open deal (several: the user chooses)."""
        if deal_id is None:
            open_deals = [d.id for d in deals.deals_for_contact(contact_id) if d.is_open]
            deal_id = open_deals[0] if len(open_deals) == 1 else None
        if deal_id is not None:
            widgets.select_data(self.deal, deal_id)

    def restore_state(self, state: dict[str, form_state.Value]) -> None:
        """A draft with objection rows: add the rows first, then fill them."""
        rows = sum(1 for name in state if name.startswith("objectionCategory"))
        while self.objections.table.rowCount() < rows:
            self.objections.add()
        while self.objections.table.rowCount() > rows:
            self.objections.table.removeRow(self.objections.table.rowCount() - 1)
        super().restore_state(state)
        self.watch_inputs(self.objections)

    def kind(self) -> str | None:
        if self.networking.isChecked():
            return "networking"
        if self.sales.isChecked():
            return "sales"
        return None

    def _show_kind(self) -> None:
        kind = self.kind()
        for box in (self._value_box, self._deal_box, self._objections_box):
            self.form.setRowVisible(box, False)
        if kind == "networking":
            self.form.setRowVisible(self._value_box, True)
        elif kind == "sales":
            self.form.setRowVisible(self._deal_box, True)
            self.form.setRowVisible(self._objections_box, True)
        self.form.setRowVisible(self._offer_box, self.interaction is None and kind is not None)
        for widget in (self.when, self.channel, self.summary, self.notes):
            widget.setEnabled(kind is not None)
        self.buttons.button(self.buttons.StandardButton.Save).setEnabled(kind is not None)
        self.adjustSize()

    def _fill(self, item: InteractionData) -> None:
        (self.networking if item.kind == "networking" else self.sales).setChecked(True)
        self.networking.setEnabled(False)  # an entry never changes ledger
        self.sales.setEnabled(False)
        self.when.setDateTime(to_qdatetime(item.occurred_at))
        widgets.select_data(self.channel, item.channel)
        self.summary.setText(item.summary)
        self.notes.setPlainText(item.notes)
        if item.value_direction:
            self.direction.setCurrentIndex(self.direction.findData(item.value_direction))
            widgets.select_data(self.value_type, item.value_type)
        if item.deal_id:
            widgets.select_data(self.deal, item.deal_id)
        for o in item.objections:
            self.objections.add(o.category, o.detail, o.response, o.outcome, o.id)
        self.remember_loaded(self._values(item.kind))

    def _values(self, kind: str) -> interactions.InteractionFields:
        networking = kind == "networking"
        direction = self.direction.currentData() if networking else None
        return {
            "occurred_at": from_qdatetime(self.when.dateTime()),
            "channel": self.channel.currentData(),
            "summary": self.summary.text(),
            "notes": self.notes.toPlainText(),
            "value_direction": direction,
            "value_type": self.value_type.currentData() if direction else None,
            "deal_id": None if networking else self.deal.currentData(),
        }

    def save(self) -> int | None:
        kind = self.kind()
        if kind is None:
            return None
        networking = kind == "networking"
        values = self._values(kind)
        occurred_at = from_qdatetime(self.when.dateTime())
        objections = [] if networking else self.objections.objections()
        if self.interaction is not None:
            edited = self.edited(values)
            return interactions.update_interaction(self.interaction.id, objections=objections, **edited).id
        plan = None
        if self.follow_up.isChecked():
            amount, unit = self.follow_up_when.currentData()
            start = max(formatting.local_date(occurred_at), clock.today())
            summary = " ".join(self.summary.text().split())
            title = self.tr("Follow up: {summary}").format(summary=summary)
            plan = together.FollowUpPlan(title, due_in(start, amount, unit))
        # the entry and its follow-up in one transaction: both are saved, or neither
        logged = together.log_with_followup(
            contact_id=self.contact_id, kind=kind, objections=objections, follow_up=plan, **values
        )
        self.followup_id = logged.followup.id if logged.followup else None
        return logged.interaction.id

    # entry points --------------------------------------------------------------------
    @classmethod
    def log_for(
        cls, parent: QWidget | None, contact_id: int, kind: str | None = None, *, deal_id: int | None = None
    ) -> int | None:
        """Ask for a new entry for ``contact_id`` (``kind`` and ``deal_id`` preselected); the
        new interaction's id, or None."""
        return cls(parent, contact_id, kind, deal_id=deal_id).run()

    @classmethod
    def edit(cls, parent: QWidget | None, interaction_id: int) -> int | None:
        item = interactions.get_interaction(interaction_id)
        return cls(parent, item.contact_id, item.kind, item).run()
