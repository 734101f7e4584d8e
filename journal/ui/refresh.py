"""Views that follow data changes without working while nobody looks at them."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtGui import QShowEvent

from journal.services.events import Change
from journal.ui.mixin import WidgetMixin


class ReloadWhenShown(WidgetMixin):
    """Mixin (put it before the Qt class): reload on a change to one of ``watched_entities``
    while visible; when hidden, only remember to reload the next time it is shown.

    The class defines ``reload()`` and sets ``self._dirty = False`` there.
    """

    watched_entities: Collection[str] = ()
    _dirty = True

    def reload(self) -> None:
        raise NotImplementedError

    def _on_changed(self, change: Change) -> None:
        if change.entity not in self.watched_entities:
            return
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.reload()
        super().showEvent(event)
