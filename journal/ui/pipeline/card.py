"""Deals drawn as cards in the pipeline columns: title, person, value and age in stage."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from journal.services.sales import PipelineDeal
from journal.ui.pipeline.model import DealRole, deal_text

PADDING = 7
RADIUS = 6

Index = QModelIndex | QPersistentModelIndex


class DealCardDelegate(QStyledItemDelegate):
    """Paints each deal as a card in the palette's colours (light and dark alike); the
    text is the same as the accessible text, so nothing is conveyed by colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(60, 4 * line + 2 * PADDING + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        deal = index.data(DealRole)
        if not isinstance(deal, PipelineDeal):
            super().paint(painter, option, index)
            return
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        card = option.rect.adjusted(2, 2, -2, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        border = palette.color(
            QPalette.ColorRole.Highlight if focused or selected else QPalette.ColorRole.Mid
        )
        painter.setPen(QPen(border, 1.5 if focused else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(card, RADIUS, RADIUS)

        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title, person, figures = deal_text(deal).split("\n", 2)
        value, _sep, age = figures.partition(" · ")
        metrics = option.fontMetrics
        line = metrics.lineSpacing()
        inner = card.adjusted(PADDING, PADDING - 2, -PADDING, -PADDING)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        bold_metrics = painter.fontMetrics()
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.setFont(option.font)
        painter.drawText(
            QRect(inner.left(), inner.top() + line, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(person, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.drawText(
            QRect(inner.left(), inner.top() + 2 * line, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(value, Qt.TextElideMode.ElideRight, inner.width()),
        )
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRect(inner.left(), inner.top() + 3 * line, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(age, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()
