"""Contact photos on screen: round thumbnails drawn from the stored (already downscaled) image."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QApplication


def _ratio() -> float:
    screen = QApplication.primaryScreen() if QApplication.instance() is not None else None
    return screen.devicePixelRatio() if screen is not None else 1.0


def round_photo(data: bytes | None, size: int) -> QPixmap | None:
    """``data`` (JPEG or PNG) as a round pixmap of ``size`` (sharp on high-DPI screens); None if unusable."""
    if not data:
        return None
    image = QImage.fromData(QByteArray(data))
    if image.isNull():
        return None
    ratio = _ratio()
    side = max(1, round(size * ratio))
    scaled = image.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
    )
    out = QPixmap(side, side)
    out.fill(QColor(0, 0, 0, 0))
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, side, side))
    painter.setClipPath(path)
    painter.drawImage((side - scaled.width()) // 2, (side - scaled.height()) // 2, scaled)
    painter.end()
    out.setDevicePixelRatio(ratio)
    return out


def blank(size: int) -> QPixmap:
    """A transparent ``size``×``size`` pixmap: keeps names without a photo aligned with the others."""
    ratio = _ratio()
    side = max(1, round(size * ratio))
    out = QPixmap(side, side)
    out.fill(QColor(0, 0, 0, 0))
    out.setDevicePixelRatio(ratio)
    return out
