"""Change notification: services announce what changed once it is committed.

A service calls ``changes.emit(Entity.CONTACT, Action.UPDATED, ids)`` inside its
``with write():``; after the commit (never after a rollback) every listener gets
the ``Change``. Views subscribe (``changes.subscribe(callback)``) and refresh
themselves; the Qt side wraps this in a signal (``journal.ui.signals``).

The kinds are closed sets (``Entity``, ``Action``): ``emit`` refuses anything
else, so a listener can never wait for a kind nobody sends. ``Entity.DATABASE``
means "anything may have changed" (a whole journal loaded, a backup restored, the
search index rebuilt); ``Change.touches(...)`` is true for it whatever a listener
watches, so no view can forget it.

``changes.since(version)`` lists the changes announced after ``version`` (the last
``LOG_LENGTH`` of them), for a reader that keeps a big result and would rather mend it
than read it again (the reminders' candidates).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum

from journal.db import database
from journal.db.connection import translate

log = logging.getLogger(__name__)

LOG_LENGTH = 256  # changes kept for ``since``


class Entity(StrEnum):
    """What changed. (A ``StrEnum``: ``Entity.CONTACT == "contact"``, and it logs as its value.)"""

    CONTACT = "contact"  # a contact's fields, emails, phones, tags, cadence (tags and tag cadences too)
    INTERACTION = "interaction"  # an entry on a timeline, with its objections
    FOLLOWUP = "followup"
    DEAL = "deal"  # with its stage history
    INTRODUCTION = "introduction"
    QUOTA = "quota"
    DUPLICATE = "duplicate"  # a pair marked "not the same person" (a merge is a CONTACT change)
    DATABASE = "database"  # anything may have changed: every view reloads


class Action(StrEnum):
    """What happened to it."""

    CREATED = "created"
    UPDATED = "updated"
    TRASHED = "trashed"
    RESTORED = "restored"  # back from the trash, or (DATABASE) a backup restored
    DELETED = "deleted"  # for good (emptied from the trash)
    IMPORTED = "imported"  # added or merged by an import, or a whole journal loaded
    REMINDED = "reminded"  # bookkeeping: a reminder was shown (nothing on screen changes)
    DISMISSED = "dismissed"  # a duplicate pair set aside
    NOTICED = "noticed"  # (DATABASE) what another program or thread saved, seen here only now


@dataclass(frozen=True)
class Change:
    entity: Entity
    action: Action
    ids: tuple[int, ...] = ()

    def touches(self, entities: Iterable[Entity]) -> bool:
        """True when a view showing ``entities`` must reload: one of them changed, or everything may have."""
        return self.entity == Entity.DATABASE or self.entity in entities


Listener = Callable[[Change], None]


class ChangeHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._local = threading.local()
        # Bumped before every announced change: readers can cache "until the data changes".
        self.version = 0
        self._log: deque[tuple[int, Change]] = deque(maxlen=LOG_LENGTH)
        self._forgotten = 0  # the newest version some of whose changes left the log
        self._log_lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(change)`` after every committed change; returns the unsubscribe function."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _pending(self) -> list[list[Change]]:
        """This thread's queue: one list of changes per open ``write()`` level."""
        if not hasattr(self._local, "pending"):
            self._local.pending = []
        pending: list[list[Change]] = self._local.pending
        return pending

    def emit(self, entity: Entity, action: Action, ids: Iterable[int] = ()) -> None:
        """Announce a change: now outside a write, after the commit inside one (dropped on rollback)."""
        if not isinstance(entity, Entity) or not isinstance(action, Action):
            raise TypeError(f"changes.emit takes an Entity and an Action, not {entity!r}, {action!r}")
        change = Change(entity, action, tuple(ids))
        pending = self._pending()
        if pending:
            pending[-1].append(change)
        else:
            self._dispatch([change])

    def since(self, version: int) -> list[Change] | None:
        """Every change announced after ``version``, oldest first; None when the log no longer
        holds them all (the reader must read everything again)."""
        with self._log_lock:
            if version < self._forgotten or version > self.version:
                return None
            return [change for at, change in self._log if at > version]

    def _dispatch(self, changes: list[Change]) -> None:
        if changes:
            with self._log_lock:
                self.version += 1
                for change in changes:
                    if len(self._log) == self._log.maxlen:
                        self._forgotten = self._log[0][0]
                    self._log.append((self.version, change))
        for change in changes:
            for listener in list(self._listeners):
                try:
                    listener(change)
                except Exception:  # a broken view must not undo a committed write
                    log.exception("change listener failed for %s", change)

    @contextmanager
    def write(self) -> Iterator[None]:
        """A transaction whose changes are announced only after it commits.

        Nested, it is a savepoint: when it fails, what it queued is dropped with it
        (the outer transaction may catch the error and go on to commit the rest).

        The outermost one starts with ``BEGIN IMMEDIATE`` and waits visibly for another
        writer (``journal.db.connection``); a full disk or a damaged page met inside it is
        raised as ``DiskFullError`` / ``JournalDamagedError`` once it has been rolled back.
        """
        pending = self._pending()
        pending.append([])
        try:
            with database.atomic("IMMEDIATE"):
                yield
        except BaseException as exc:
            pending.pop()
            explained = translate(exc) if isinstance(exc, Exception) else exc
            if explained is not exc:
                raise explained from exc
            raise
        mine = pending.pop()
        if pending:
            pending[-1].extend(mine)
        else:
            self._dispatch(mine)


changes = ChangeHub()
write = changes.write
