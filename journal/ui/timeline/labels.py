"""How timeline and calendar rows word what was given or received, and how kinds look.

Kinds get a colour *and* a shape (networking: circle, sales: diamond) next to
their name, so the distinction never rests on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication

from journal.db.models import CHANNELS, KINDS
from journal.services.errors import QT_TRANSLATE_NOOP
from journal.ui import theme, vocabulary

DIRECTION_TEXT = {
    "gave": QT_TRANSLATE_NOOP("Timeline", "Gave %1"),
    "received": QT_TRANSLATE_NOOP("Timeline", "Received %1"),
}

KIND_CHOICES: tuple[str, ...] = KINDS
CHANNEL_CHOICES: tuple[str, ...] = CHANNELS


def value_text(direction: str | None, value_type: str | None) -> str:
    """ "Gave introduction" / "Received advice" for networking entries, else ""."""
    if not direction or not value_type:
        return ""
    what = vocabulary.value_type(value_type).lower()
    return QCoreApplication.translate("Timeline", DIRECTION_TEXT.get(direction, "%1")).replace("%1", what)


def kind_color(kind: str, palette: QPalette | None = None) -> QColor:
    """A kind's accent from the theme, readable on the palette's background."""
    return theme.status_color(palette or QApplication.palette(), "sales" if kind == "sales" else "networking")


_ICONS: dict[tuple[str, str], QIcon] = {}


def kind_icon(kind: str, palette: QPalette | None = None) -> QIcon:
    color = kind_color(kind, palette)
    key = (kind, color.name())
    icon = _ICONS.get(key)
    if icon is None:
        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        if kind == "sales":
            painter.drawPolygon(QPolygonF([QPointF(7, 1), QPointF(13, 7), QPointF(7, 13), QPointF(1, 7)]))
        else:
            painter.drawEllipse(2, 2, 10, 10)
        painter.end()
        icon = QIcon(pixmap)
        _ICONS[key] = icon
    return icon
