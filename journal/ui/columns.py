"""Column widths that fit translated headers and texts without measuring every row.

Views use fixed widths (``ResizeToContents`` reads every row on each layout, which is
slow on big journals). A width tuned for English cuts Spanish headers and words, so
``fit`` widens a column to its header and to a few sample texts when those need more.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QHeaderView

#: Room for the cell margins and a decoration icon (status dot, kind shape).
PADDING = 16
ICON = 20


def fit(header: QHeaderView, column: int, width: int, samples: Iterable[str] = (), icon: bool = False) -> int:
    """Resize ``column`` to ``width``, or more if its header or a sample text needs it."""
    metrics = header.fontMetrics()
    needed = max(width, header.sectionSizeHint(column))
    extra = PADDING + (ICON if icon else 0)
    for text in samples:
        needed = max(needed, metrics.horizontalAdvance(text) + extra)
    header.resizeSection(column, needed)
    return needed
