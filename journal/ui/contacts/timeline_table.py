"""A contact's entries of one kind in a table, with the selected entry's notes under it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTextBrowser, QWidget

from journal.ui import columns, vocabulary, widgets
from journal.ui.contacts.interaction_model import InteractionTableModel
from journal.ui.contacts.ledger_trees import rows_high


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
        self.view.setMinimumHeight(rows_high(self.view, 2))
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
