"""How timeline and calendar rows word what was given or received, and how kinds look.

Kinds get a colour *and* a shape (networking: circle, sales: diamond) next to
their name, so the distinction never rests on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPolygonF
from PySide6.QtWidgets import QApplication

from journal.db.models import CHANNELS, KINDS
from journal.services.errors import QT_TRANSLATE_NOOP
from journal.ui import theme, vocabulary
from journal.ui.painted_icons import filled, painted_icon

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


def kind_icon(kind: str, palette: QPalette | None = None) -> QIcon:
    """Sales: a diamond; networking: a circle; in the kind's colour."""
    color = kind_color(kind, palette)

    def paint(painter: QPainter) -> None:
        if kind == "sales":
            filled(painter, color).drawPolygon(
                QPolygonF([QPointF(7, 1), QPointF(13, 7), QPointF(7, 13), QPointF(1, 7)])
            )
        else:
            filled(painter, color).drawEllipse(2, 2, 10, 10)

    return painted_icon(f"kind:{kind}", color, 14, paint)
