"""Column widths that fit translated headers and texts without measuring every row.

Views use fixed widths (``ResizeToContents`` reads every row on each layout, which is
slow on big journals). A width tuned for English cuts Spanish headers and words, so
``fit`` widens a column to its header and to a few sample texts when those need more.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

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


class ColumnsThatFit(QObject):
    """Hides a view's less important columns when it is too narrow to show them whole, and
    shows them again when there is room, so no column header is ever cut.

    ``optional`` lists the columns that may go, the first to go first; the others always
    stay. ``least`` gives a column the room its data needs at least (a summary, a title).
    A column's width is the one it has when this is installed, or the one the user gives it
    by dragging; a stretching column needs at least its header's width. Call ``changed()``
    after changing widths from code."""

    def __init__(
        self,
        view: QAbstractItemView,
        header: QHeaderView,
        optional: Sequence[int],
        *,
        least: dict[int, int] | None = None,
    ) -> None:
        super().__init__(view)
        self.setObjectName("columnsThatFit")
        self.view = view
        self.header = header
        self.optional = list(optional)
        self.least = dict(least or {})  # a column that must show this much of its data (a summary)
        self._adjusting = False
        self.widths: dict[int, int] = {}
        self.changed()
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)

    def changed(self) -> None:
        """Take the columns' present widths as the ones they want, and fit again."""
        visible = [c for c in range(self.header.count()) if not self.header.isSectionHidden(c)]
        last = max(visible, key=self.header.visualIndex, default=-1)
        for column in visible:
            stretched = self.header.stretchLastSection() and column == last and column in self.widths
            if self.header.sectionSize(column) > 0 and not stretched:
                self.widths[column] = self.header.sectionSize(column)
        self.fit()

    def needed(self, column: int) -> int:
        mode = self.header.sectionResizeMode(column)
        hint = self.header.sectionSizeHint(column)
        if hint < 0:  # hidden: ask as if shown
            hint = (
                self.header.fontMetrics().horizontalAdvance(
                    str(self.header.model().headerData(column, self.header.orientation()) or "")
                )
                + 2 * PADDING
            )
        hint = max(hint, self.least.get(column, 0))
        if mode == QHeaderView.ResizeMode.Stretch:
            return hint
        return max(self.widths.get(column, hint), hint)

    def fit(self) -> None:
        if self._adjusting:
            return
        self._adjusting = True
        try:
            room = self.view.viewport().width()
            hide: set[int] = set()
            queue = list(self.optional)
            while queue and self.total([c for c in range(self.header.count()) if c not in hide]) > room:
                hide.add(queue.pop(0))
            for column in range(self.header.count()):
                wanted_hidden = column in hide
                if self.header.isSectionHidden(column) != wanted_hidden:
                    self.header.setSectionHidden(column, wanted_hidden)
                    if not wanted_hidden and column in self.widths:
                        self.header.resizeSection(column, self.widths[column])
        finally:
            self._adjusting = False

    def total(self, shown: list[int]) -> int:
        """The width ``shown`` need: stretching columns share what is left equally, so each
        gets as much as the neediest of them."""
        stretch = [c for c in shown if self.header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch]
        fixed = sum(self.needed(c) for c in shown if c not in stretch)
        return fixed + len(stretch) * max((self.needed(c) for c in stretch), default=0)

    def hidden(self) -> list[int]:
        return [c for c in range(self.header.count()) if self.header.isSectionHidden(c)]

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._adjusting or new <= 0:
            return
        visible = [c for c in range(self.header.count()) if not self.header.isSectionHidden(c)]
        last = max(visible, key=self.header.visualIndex, default=-1)
        stretched = self.header.stretchLastSection() and column == last
        if self.header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive and not stretched:
            self.widths[column] = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
