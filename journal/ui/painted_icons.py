"""Small icons painted in code (status dots, kind shapes): made once per shape and colour.

The colour comes from the theme, so a palette change (dark mode) makes new icons rather
than recolouring old ones; a shape always goes with a word, never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

_CACHE: dict[tuple[str, str, int], QIcon] = {}


def painted_icon(key: str, color: QColor, size: int, paint: Callable[[QPainter], None]) -> QIcon:
    """A ``size``-pixel square icon that ``paint`` draws (antialiased, on transparent), cached
    under ``key`` and the colour."""
    cache_key = (key, color.name(), size)
    icon = _CACHE.get(cache_key)
    if icon is None:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter)
        painter.end()
        icon = QIcon(pixmap)
        _CACHE[cache_key] = icon
    return icon


def filled(painter: QPainter, color: QColor) -> QPainter:
    """Set ``painter`` to fill shapes with ``color`` and no outline."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    return painter
