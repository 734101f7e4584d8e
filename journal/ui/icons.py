"""Icons as Qt objects: the project's icon set and the application icon.

The files are found by ``journal.resources`` (plain paths, no Qt); this module
turns them into ``QIcon`` objects and needs a running QGuiApplication.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from journal import resources
from journal.ui.theme import PaletteSvgIconEngine


def app_icon() -> QIcon:
    """The application icon: the SVG (sharp at any size) plus the PNG renders,
    which platforms that cannot draw SVG (taskbars, trays) pick from."""
    result = QIcon(str(resources.app_icon_path()))
    for size in resources.APP_ICON_SIZES:
        png = resources.app_icon_png_path(size)
        if png.is_file():
            result.addFile(str(png), QSize(size, size))
    return result


def icon(name: str) -> QIcon:
    """One of ``resources.ICON_NAMES`` drawn in the current palette's text colour.

    The colour is read when the icon is painted, so icons follow light/dark
    switches without being recreated. Raises KeyError for unknown names.
    """
    return QIcon(PaletteSvgIconEngine(resources.icon_path(name).read_bytes()))
