"""Errors of the sync engine. ``str()`` is the English message; ``template``/``args_map``
let the UI translate it (context "Sync")."""

from __future__ import annotations

from typing import Any

from journal.services.errors import QT_TRANSLATE_NOOP, JournalError

__all__ = [
    "QT_TRANSLATE_NOOP",
    "AuthError",
    "ConfigError",
    "NeedsAnswer",
    "OfflineError",
    "PolicyError",
    "ServerError",
    "SyncError",
]


class SyncError(JournalError):
    """Base of sync errors."""

    context = "Sync"


class OfflineError(SyncError):
    """The server cannot be reached right now (no network, time-out, cut answer). Normal; retry later."""


class ServerError(SyncError):
    """The server answered, but not in a way we can use (5xx, malformed answer)."""

    def __init__(self, template: str, *, status: int = 0, **args: Any) -> None:
        self.status = status
        super().__init__(template, status=status, **args)


class AuthError(SyncError):
    """The server refused the user name or password."""


class PolicyError(SyncError):
    """An address we refuse to use (plain http to another machine, a bad URL)."""


class ConfigError(SyncError):
    """Sync is not set up, or its set-up is incomplete."""


class NeedsAnswer(SyncError):
    """The run stopped because the user must decide (e.g. the server lost most of the items).

    ``question`` is "mass_delete" or "collection_missing"; ``kind`` the collection
    kind, ``count`` and ``total`` how many items would be deleted out of how many.
    """

    def __init__(self, template: str, *, question: str, kind: str, count: int = 0, total: int = 0) -> None:
        self.question = question
        self.kind = kind
        self.count = count
        self.total = total
        super().__init__(template, kind=kind, count=count, total=total)
