"""The one way to reach the app's files: icons and translations.

The files live in the top-level ``resources/`` folder of the repository. They
are found in three layouts, first match wins:

1. a PyInstaller bundle: ``sys._MEIPASS/resources`` (the spec copies them there);
2. an installed wheel: ``journal/resources_data`` (``setup.py`` copies
   ``resources/`` there when it builds the wheel);
3. a source checkout or editable install: ``<repo>/resources``.

Only paths here, no Qt (the command line uses them); ``journal.ui.icons``
turns them into ``QIcon`` objects.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from journal import APP_ID

#: Sizes of the PNG renders of the app icon (``resources/icons/hicolor/NxN/apps``).
APP_ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)

#: The project's icon set (``resources/icons/<name>.svg``).
ICON_NAMES: tuple[str, ...] = (
    "contacts",
    "timeline",
    "calendar",
    "pipeline",
    "reconnect",
    "insights",
    "trash",
    "duplicates",
    "add",
    "log",
    "follow-up",
    "done",
    "snooze",
    "search",
    "import",
    "export",
    "backup",
    "networking",
    "sales",
)


def _candidates() -> list[Path]:
    here = Path(__file__).resolve().parent
    found = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources")
    found.append(here / "resources_data")
    found.append(here.parent / "resources")
    return found


@functools.cache
def resources_dir() -> Path:
    """The folder holding ``icons/`` and ``translations/``."""
    candidates = _candidates()
    for folder in candidates:
        if (folder / "icons").is_dir():
            return folder
    raise FileNotFoundError(
        "Networking Journal's resources are missing; looked in " + ", ".join(str(c) for c in candidates)
    )


def translations_dir() -> Path:
    """The folder of the ``.qm`` translations."""
    return resources_dir() / "translations"


def icons_dir() -> Path:
    """The folder of the SVG icons."""
    return resources_dir() / "icons"


def icon_path(name: str) -> Path:
    """The SVG of one of ``ICON_NAMES``; KeyError for an unknown name."""
    path = icons_dir() / f"{name}.svg"
    if not path.is_file():
        raise KeyError(f"no icon named {name!r}")
    return path


def app_icon_path() -> Path:
    """The SVG of the application icon."""
    return icons_dir() / f"{APP_ID}.svg"


def app_icon_png_path(size: int) -> Path:
    """The PNG render of the application icon at ``size`` pixels."""
    return icons_dir() / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
