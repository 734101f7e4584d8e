"""One sync run: push deletes -> push changes -> pull -> merge -> commit.

Every step that changes the journal is one transaction, and the server's
state only ever moves forward by single PUT/DELETE requests, so a run cut
anywhere (network, kill -9) leaves both sides consistent; the next run picks
up from the status table, the inbox and the tombstones:

- a PUT whose answer was lost: the next ``If-None-Match: *`` gets 412, and the
  server's item is adopted (no duplicate UID ever);
- an edit pushed with ``If-Match`` that meets a newer server version (412)
  waits for the pull, is merged, and goes out in the next round;
- fetched changes wait in the inbox until applied; the new sync token is
  stored only when the inbox is empty.
"""

from __future__ import annotations

from journal.db import sync_models
from journal.db.sync_models import SyncCollection
from journal.sync import store
from journal.sync.incoming import IncomingChanges
from journal.sync.outcome import RunState, SyncResult
from journal.sync.pull import pull
from journal.sync.push import push_changes, push_deletes
from journal.sync.session import SyncSession

MAX_ROUNDS = 3


class SyncEngine:
    """Runs the phases (``push``, ``pull`` with its ``listing``) over the configured collections."""

    def __init__(self, session: SyncSession) -> None:
        self.session = session
        self.incoming = IncomingChanges(session.ctx, session.messages)

    def run(self) -> SyncResult:
        """Push deletes and changes, then pull, per collection; again (MAX_ROUNDS at most) while any wait."""
        run = RunState(SyncResult())
        everything = sync_models.install_change_log()
        active = [c for c in store.collections() if c.state == "ok"]
        run.result.unsupported = [c.kind for c in store.collections() if c.state == "unsupported"]
        for round_number in range(MAX_ROUNDS):
            for collection in reversed(active):
                push_deletes(self.session, collection, run)
            for collection in active:
                push_changes(self.session, collection, run, everything=everything and round_number == 0)
            for collection in active:
                pull(self.session, self.incoming, collection, run)
            self.incoming.retry_problems(run)
            if not self._anything_to_push(active):
                break
        run.result.waiting = self._waiting(active)
        run.result.problems = len(store.problems())
        run.result.requests = self.session.transport.counters.requests
        return run.result

    def _anything_to_push(self, active: list[SyncCollection]) -> bool:
        return store.waiting_count([c.kind for c in active], stop_at_first=True) > 0

    def _waiting(self, active: list[SyncCollection]) -> int:
        return store.waiting_count([c.kind for c in active])
