"""Change notification: services announce what changed once it is committed.

Views subscribe (``changes.subscribe(callback)``) and refresh themselves;
the Qt side wraps this in a signal (``journal.ui.signals``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from journal.db import database
from journal.db.connection import translate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    entity: str  # "contact", "interaction", "followup", "deal", "introduction", "quota", ...
    action: str  # "created", "updated", "trashed", "restored", "deleted", "imported"
    ids: tuple[int, ...] = ()


Listener = Callable[[Change], None]


class ChangeHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._local = threading.local()
        # Bumped before every announced change: readers can cache "until the data changes".
        self.version = 0

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(change)`` after every committed change; returns the unsubscribe function."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _pending(self) -> list[Change]:
        if not hasattr(self._local, "pending"):
            self._local.pending = []
            self._local.depth = 0
        pending: list[Change] = self._local.pending
        return pending

    def emit(self, entity: str, action: str, ids: Iterable[int] = ()) -> None:
        """Announce a change: now outside a write, after the commit inside one (dropped on rollback)."""
        change = Change(entity, action, tuple(ids))
        pending = self._pending()
        if self._local.depth:
            pending.append(change)
        else:
            self._dispatch([change])

    def _dispatch(self, changes: list[Change]) -> None:
        if changes:
            self.version += 1
        for change in changes:
            for listener in list(self._listeners):
                try:
                    listener(change)
                except Exception:  # a broken view must not undo a committed write
                    log.exception("change listener failed for %s", change)

    @contextmanager
    def write(self) -> Iterator[None]:
        """A transaction whose changes are announced only after it commits.

        The outermost one starts with ``BEGIN IMMEDIATE`` and waits visibly for another
        writer (``journal.db.connection``); a full disk or a damaged page met inside it is
        raised as ``DiskFullError`` / ``JournalDamagedError`` once it has been rolled back.
        """
        pending = self._pending()
        self._local.depth += 1
        try:
            with database.atomic():
                yield
        except BaseException as exc:
            self._local.depth -= 1
            if not self._local.depth:
                pending.clear()
            explained = translate(exc) if isinstance(exc, Exception) else exc
            if explained is not exc:
                raise explained from exc
            raise
        self._local.depth -= 1
        if not self._local.depth:
            ready = list(pending)
            pending.clear()
            self._dispatch(ready)


changes = ChangeHub()
write = changes.write
