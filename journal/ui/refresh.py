"""Views that follow data changes without working while nobody looks at them."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from journal.services.events import Action, Change, Entity
from journal.ui.context import AppContext
from journal.ui.mixin import WidgetMixin


class ReloadWhenShown(WidgetMixin):
    """Mixin (put it before the Qt class): reload on a change to one of ``watched_entities`` (or
    of the whole journal, ``Entity.DATABASE``) while visible; when hidden, only remember to reload
    the next time it is shown. The reminder engine's own bookkeeping (``Action.REMINDED``) is
    not a change anyone sees.

    The class defines ``reload()`` and sets ``self._dirty = False`` there. A view whose
    reload should wait for the end of a burst of changes overrides ``reload_soon`` (start
    a ``coalescing_timer``); one with more reasons to reload on show overrides
    ``needs_reload``.
    """

    watched_entities: Collection[Entity] = ()
    _dirty = True

    def reload(self) -> None:
        raise NotImplementedError

    def reload_soon(self) -> None:
        """Reload for a change seen, or a page shown again (here: at once)."""
        self.reload()

    def needs_reload(self) -> bool:
        """Whether showing the view must bring it up to date."""
        return self._dirty

    def _on_changed(self, change: Change) -> None:
        if change.action == Action.REMINDED or not change.touches(self.watched_entities):
            return
        if self.isVisible():
            self.reload_soon()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        if self.needs_reload():
            self.reload_soon()
        super().showEvent(event)


class SectionView(ReloadWhenShown, QWidget):
    """A section's page that follows the data changes of ``watched_entities``.

    Subclasses build their widgets, then call ``reload()`` at the end of ``__init__``.
    """

    def __init__(self, context: AppContext, name: str, accessible: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName(name)
        if accessible:
            self.setAccessibleName(accessible)
        context.signals.changed.connect(self._on_changed)


def coalescing_timer(
    parent: QObject, slot: Callable[[], object], interval_ms: int = 0, name: str = ""
) -> QTimer:
    """A single-shot timer for ``slot``: started many times before it fires (a burst of
    changes, keys typed fast), it still calls ``slot`` once."""
    timer = QTimer(parent)
    if name:
        timer.setObjectName(name)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(lambda: slot())
    return timer
