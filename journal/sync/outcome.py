"""What a sync run reports, the texts it writes into the journal, and its working state."""

from __future__ import annotations

from dataclasses import dataclass, field

from journal.sync.mapping.common import Fields


@dataclass
class Messages:
    """Texts the engine writes into the journal (the UI passes translated ones)."""

    conflict_summary: str = "Sync conflict: {field}"
    conflict_notes: str = "Kept (the more recent edit): {kept}\nReplaced: {lost}"


@dataclass
class SyncResult:
    """The counts of one run, as the status line and ``sync now`` show them."""

    pushed: int = 0
    pulled: int = 0
    merged: int = 0
    conflicts: int = 0
    deleted_here: int = 0
    deleted_there: int = 0
    waiting: int = 0
    problems: int = 0
    unsupported: list[str] = field(default_factory=list)
    requests: int = 0


@dataclass
class RunState:
    """What one run carries from step to step besides its result."""

    result: SyncResult
    needs_full: set[str] = field(default_factory=set)  # collection kinds to list in full (a 409 on a new UID)
    stale: set[str] = field(default_factory=set)  # kinds where a push met a newer server version
    # Applied before what they link to had arrived (an introducer later in the same pull):
    # (entity, record id, fields applied, whether the applied fields are what the server has)
    deferred: list[tuple[str, int, Fields, bool]] = field(default_factory=list)
