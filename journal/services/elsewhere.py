"""Whether the journal changed through another connection since this thread last looked.

SQLite's ``PRAGMA data_version`` moves whenever another connection commits: another program
(``networking-journal-cli log`` or ``import`` run in a terminal while the window is open) or
another thread of this one (a background sync, an import's worker). This thread's own writes do
not move it; they are told through ``events.changes`` as they happen.

``ChangesElsewhere.check`` compares with what it saw last and, when it moved, says so the way a
whole-journal change is said (``Entity.DATABASE``: every view reloads, keeping its selection),
as ``Action.NOTICED``: nothing was changed here (sync does not start a run for it; what another
program changed is in the change log and goes with the next run).
The window asks when it becomes active again, so a change made meanwhile shows when the user comes
back to it, at no cost while it sits idle.
"""

from __future__ import annotations

from journal.db import database_path, raw_connection
from journal.services.events import Action, Entity, changes


def _version() -> tuple[str, int] | None:
    path = database_path()
    if path is None:
        return None
    return str(path), int(raw_connection().execute("PRAGMA data_version").fetchone()[0])


class ChangesElsewhere:
    """What this thread's connection last saw of the journal (see the module doc)."""

    def __init__(self) -> None:
        self._seen = _version()

    def check(self) -> bool:
        """True (and every view told to reload) if another connection committed since last time."""
        now = _version()
        moved = now is not None and now != self._seen
        self._seen = now
        if moved:
            changes.emit(Entity.DATABASE, Action.NOTICED)
        return moved
