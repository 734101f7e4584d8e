"""InteractionDialog: log (or edit) a networking or a sales entry.

The kind is chosen first; the form then shows only that kind's fields
(networking: what value moved and which way; sales: the deal and the
objections raised). A "Follow up" row offers to create a follow-up at once.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from journal import clock
from journal.db.models import CHANNELS, OBJECTION_CATEGORIES, OBJECTION_OUTCOMES, VALUE_TYPES
from journal.services import contacts, deals, followups, interactions
from journal.services.errors import QT_TRANSLATE_NOOP
from journal.services.interactions import InteractionData, ObjectionInput
from journal.ui import formatting
from journal.ui.dialogs.form import FormDialog

FOLLOW_UP_IN = (
    (QT_TRANSLATE_NOOP("InteractionDialog", "3 days"), 3, "day"),
    (QT_TRANSLATE_NOOP("InteractionDialog", "1 week"), 1, "week"),
    (QT_TRANSLATE_NOOP("InteractionDialog", "1 month"), 1, "month"),
)


def _combo(name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    return combo


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class ObjectionsEditor(QWidget):
    """Rows of objection category / detail / our response / outcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("objectionsTable")
        self.table.setAccessibleName(self.tr("Objections"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Objection"), self.tr("Detail"), self.tr("Our response"), self.tr("Outcome")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.add_button = QPushButton(self.tr("Add objection"))
        self.add_button.setObjectName("addObjectionButton")
        self.add_button.setAccessibleName(self.tr("Add objection"))
        self.add_button.clicked.connect(lambda: self.add())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeObjectionButton")
        self.remove_button.setAccessibleName(self.tr("Remove the selected objection"))
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add(
        self, category: str = "price", detail: str = "", response: str = "", outcome: str = "pending"
    ) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cat = _combo(f"objectionCategory{row}", self.tr("Objection category"))
        for key in OBJECTION_CATEGORIES:
            cat.addItem(formatting.label(formatting.OBJECTION_TEXT, key), key)
        cat.setCurrentIndex(max(cat.findData(category), 0))
        out = _combo(f"objectionOutcome{row}", self.tr("Objection outcome"))
        for key in OBJECTION_OUTCOMES:
            out.addItem(formatting.label(formatting.OUTCOME_TEXT, key), key)
        out.setCurrentIndex(max(out.findData(outcome), 0))
        det = QLineEdit(detail)
        det.setObjectName(f"objectionDetail{row}")
        det.setAccessibleName(self.tr("What they said"))
        resp = QLineEdit(response)
        resp.setObjectName(f"objectionResponse{row}")
        resp.setAccessibleName(self.tr("How we answered"))
        for column, widget in enumerate((cat, det, resp, out)):
            self.table.setCellWidget(row, column, widget)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(3)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def objections(self) -> list[ObjectionInput]:
        result = []
        for row in range(self.table.rowCount()):
            cat, det, resp, out = (self.table.cellWidget(row, c) for c in range(4))
            assert isinstance(cat, QComboBox) and isinstance(out, QComboBox)
            assert isinstance(det, QLineEdit) and isinstance(resp, QLineEdit)
            result.append(ObjectionInput(cat.currentData(), det.text(), resp.text(), out.currentData()))
        return result


class InteractionDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        contact_id: int,
        kind: str | None = None,
        interaction: InteractionData | None = None,
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
        name = contacts.get_contact(contact_id).name

        # kind first -----------------------------------------------------------------
        self.networking = QRadioButton(self.tr("&Networking"))
        self.networking.setObjectName("kindNetworking")
        self.networking.setAccessibleName(self.tr("Networking entry"))
        self.networking.setToolTip(self.tr("Relationship: advice, introductions, chats, events"))
        self.sales = QRadioButton(self.tr("&Sales"))
        self.sales.setObjectName("kindSales")
        self.sales.setAccessibleName(self.tr("Sales entry"))
        self.sales.setToolTip(self.tr("Business: prospecting, proposals, objections, closing"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.networking)
        self.kind_group.addButton(self.sales)
        kind_row = QWidget()
        kind_layout = QHBoxLayout(kind_row)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        kind_layout.addWidget(self.networking)
        kind_layout.addWidget(self.sales)
        kind_layout.addStretch(1)

        # common fields ----------------------------------------------------------------
        self.when = QDateTimeEdit(to_qdatetime(clock.now()))
        self.when.setObjectName("interactionWhen")
        self.when.setAccessibleName(self.tr("When it happened"))
        self.when.setCalendarPopup(True)
        self.channel = _combo("interactionChannel", self.tr("Channel"))
        for key in CHANNELS:
            self.channel.addItem(formatting.label(formatting.CHANNEL_TEXT, key), key)
        self.channel.setCurrentIndex(self.channel.findData("meeting"))
        self.summary = QLineEdit()
        self.summary.setObjectName("interactionSummary")
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setPlaceholderText(self.tr("Coffee to talk about…"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("interactionNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)

        # networking fields -------------------------------------------------------------
        self.direction = _combo("valueDirection", self.tr("Value direction"))
        self.direction.addItem(self.tr("No value moved"), None)
        self.direction.addItem(self.tr("I gave"), "gave")
        self.direction.addItem(self.tr("I received"), "received")
        self.value_type = _combo("valueType", self.tr("What value"))
        for key in VALUE_TYPES:
            self.value_type.addItem(formatting.label(formatting.VALUE_TYPE_TEXT, key), key)
        self.direction.currentIndexChanged.connect(
            lambda: self.value_type.setEnabled(self.direction.currentData() is not None)
        )
        self.value_type.setEnabled(False)
        value_row = QWidget()
        value_layout = QHBoxLayout(value_row)
        value_layout.setContentsMargins(0, 0, 0, 0)
        value_layout.addWidget(self.direction)
        value_layout.addWidget(self.value_type, 1)

        # sales fields ------------------------------------------------------------------
        self.deal = _combo("interactionDeal", self.tr("Deal"))
        self.deal.addItem(self.tr("No deal"), None)
        for deal in deals.deals_for_contact(contact_id):
            self.deal.addItem(deal.title, deal.id)
        self.objections = ObjectionsEditor()
        self.objections.setObjectName("objectionsEditor")

        # follow-up offer ----------------------------------------------------------------
        self.follow_up = QCheckBox(self.tr("Follow up in"))
        self.follow_up.setObjectName("offerFollowUp")
        self.follow_up.setAccessibleName(self.tr("Create a follow-up"))
        self.follow_up_when = _combo("offerFollowUpWhen", self.tr("Follow up when"))
        for text, amount, unit in FOLLOW_UP_IN:
            self.follow_up_when.addItem(self.tr(text), (amount, unit))
        self.follow_up_when.setCurrentIndex(1)
        self.follow_up.toggled.connect(self.follow_up_when.setEnabled)
        self.follow_up_when.setEnabled(False)
        offer_row = QWidget()
        offer_layout = QHBoxLayout(offer_row)
        offer_layout.setContentsMargins(0, 0, 0, 0)
        offer_layout.addWidget(self.follow_up)
        offer_layout.addWidget(self.follow_up_when)
        offer_layout.addStretch(1)

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
        self.setWindowTitle(f"{self.windowTitle()} — {name}")

        self.kind_group.buttonToggled.connect(lambda *_: self._show_kind())
        if interaction is not None:
            self._fill(interaction)
        elif kind == "networking":
            self.networking.setChecked(True)
        elif kind == "sales":
            self.sales.setChecked(True)
        self._show_kind()
        self.resize(600, self.sizeHint().height())

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
        self.channel.setCurrentIndex(max(self.channel.findData(item.channel), 0))
        self.summary.setText(item.summary)
        self.notes.setPlainText(item.notes)
        if item.value_direction:
            self.direction.setCurrentIndex(self.direction.findData(item.value_direction))
            self.value_type.setCurrentIndex(max(self.value_type.findData(item.value_type), 0))
        if item.deal_id:
            self.deal.setCurrentIndex(max(self.deal.findData(item.deal_id), 0))
        for o in item.objections:
            self.objections.add(o.category, o.detail, o.response, o.outcome)

    def save(self) -> int | None:
        kind = self.kind()
        if kind is None:
            return None
        networking = kind == "networking"
        direction = self.direction.currentData() if networking else None
        values = {
            "occurred_at": from_qdatetime(self.when.dateTime()),
            "channel": self.channel.currentData(),
            "summary": self.summary.text(),
            "notes": self.notes.toPlainText(),
            "value_direction": direction,
            "value_type": self.value_type.currentData() if direction else None,
            "deal_id": None if networking else self.deal.currentData(),
        }
        objections = [] if networking else self.objections.objections()
        if self.interaction is not None:
            return interactions.update_interaction(self.interaction.id, objections=objections, **values).id
        saved = interactions.log_interaction(
            contact_id=self.contact_id, kind=kind, objections=objections, **values
        )
        if self.follow_up.isChecked():
            amount, unit = self.follow_up_when.currentData()
            start = formatting.local_date(saved.occurred_at)
            start = max(start, clock.today())
            due = (
                start + timedelta(days=amount)
                if unit == "day"
                else start + timedelta(weeks=amount)
                if unit == "week"
                else followups.add_months(start, amount)
            )
            self.followup_id = followups.create_followup(
                contact_id=self.contact_id,
                kind=kind,
                title=self.tr("Follow up: {summary}").format(summary=saved.summary),
                due_date=due,
                interaction_id=saved.id,
                deal_id=saved.deal_id,
            ).id
        return saved.id

    # entry points --------------------------------------------------------------------
    @classmethod
    def log_for(cls, parent: QWidget | None, contact_id: int, kind: str | None = None) -> int | None:
        """Ask for a new entry for ``contact_id``; the new interaction's id, or None."""
        dialog = cls(parent, contact_id, kind)
        return dialog.saved_id if dialog.exec() else None

    @classmethod
    def edit(cls, parent: QWidget | None, interaction_id: int) -> int | None:
        item = interactions.get_interaction(interaction_id)
        dialog = cls(parent, item.contact_id, item.kind, item)
        return dialog.saved_id if dialog.exec() else None
