"""What every phase of one sync run shares: the server, the user's answers, progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from journal.db.sync_models import SyncCollection
from journal.sync import davxml, records
from journal.sync.errors import QT_TRANSLATE_NOOP, OfflineError, ServerError
from journal.sync.mapping import EXTENSION
from journal.sync.mapping.common import RenderContext
from journal.sync.outcome import Messages
from journal.sync.transport import Reply, Transport

DEPTH_ONE_XML = {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"}  # REPORT, PROPFIND


def no_progress(_step: str, _done: int, _total: int) -> None:
    """The progress report of a run nobody watches."""


def never_cancelled() -> bool:
    """The cancel check of a run nobody can stop."""
    return False


@dataclass
class SyncSession:
    """One run's connection and choices: the transport, the texts it writes, the user's answers
    to the last question (delete here what the server lost, or upload it again), progress and cancel."""

    transport: Transport
    messages: Messages = field(default_factory=Messages)
    accept_deletions: bool = False
    restore_server: bool = False
    progress: Callable[[str, int, int], None] = no_progress
    cancelled: Callable[[], bool] = never_cancelled
    ctx: RenderContext = field(default_factory=RenderContext, init=False)

    def url(self, collection: SyncCollection, href: str) -> str:
        """The full URL of an item of the collection."""
        return urljoin(collection.url, href)

    def href_for(self, collection: SyncCollection, record_uuid: str) -> str:
        """Where a new item for the record goes in the collection."""
        base = davxml.canonical_href(urlsplit(collection.url).path)
        if not base.endswith("/"):
            base += "/"
        return davxml.canonical_href(base + record_uuid + EXTENSION[collection.kind])

    def check(self) -> None:
        """Raise ``OfflineError`` when the user stopped the run."""
        if self.cancelled():
            raise OfflineError(QT_TRANSLATE_NOOP("Sync", "Sync was stopped."))

    def server_error(self, reply: Reply, what: str) -> ServerError:
        """The error for a server that failed while doing ``what``."""
        return ServerError(
            QT_TRANSLATE_NOOP(
                "Sync", "The server failed while {what} (HTTP {status}); the next sync tries again."
            ),
            status=reply.status,
            what=what,
        )

    def names_for(self, recs: list[records.LocalRecord]) -> None:
        """Learn the names of the contacts the records point at (their items carry them)."""
        wanted = set()
        for r in recs:
            wanted |= records.referenced_uuids(r)
        self.ctx.contact_names.update(records.contact_names(wanted - set(self.ctx.contact_names)))
