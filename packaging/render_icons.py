"""Render the app icon SVG to the PNG sizes desktops and installers want.

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py [--sheet out.png]

Writes ``resources/icons/hicolor/<N>x<N>/apps/<APP_ID>.png`` (the freedesktop
icon-theme layout, so Linux packages can copy the folder as is). ``--sheet``
also draws every icon of the set, light and dark, into one preview image.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from journal import resources


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
    QSvgRenderer(str(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def write_app_icons() -> None:
    for size in resources.APP_ICON_SIZES:
        target = resources.app_icon_png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(resources.app_icon_path(), size).save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        print(target)


def contact_sheet(out: Path) -> None:
    names = resources.ICON_NAMES
    cell, size = 56, 32
    image = QImage(cell * len(names), cell * 2 + 128, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    for row, (background, ink) in enumerate((("#fafafa", "#222222"), ("#2b2d30", "#e6e6e6"))):
        painter.fillRect(0, row * cell, image.width(), cell, QColor(background))
        for col, name in enumerate(names):
            svg = resources.icon_path(name).read_bytes().replace(b"currentColor", ink.encode())
            offset = (cell - size) / 2
            QSvgRenderer(svg).render(painter, QRectF(col * cell + offset, row * cell + offset, size, size))
    painter.fillRect(0, 2 * cell, image.width(), 128, QColor("#dddddd"))
    x = 4
    for size in (16, 24, 32, 48, 64, 128):
        painter.drawImage(x, 2 * cell, render(resources.app_icon_path(), size))
        x += size + 8
    painter.end()
    image.save(str(out))
    print(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sheet", type=Path, help="also write a preview of the whole icon set")
    args = parser.parse_args()
    _app = QGuiApplication([])
    write_app_icons()
    if args.sheet:
        contact_sheet(args.sheet)


if __name__ == "__main__":
    main()
