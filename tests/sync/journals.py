"""Two (or more) journals in one test process, each its own SQLite file, switched in and out."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from journal import db
from journal.sync import account
from journal.sync.engine import SyncResult
from journal.sync.transport import Transport
from tests.helpers.dav_server import PASSWORD, USER, DavServer


class Journal:
    def __init__(self, path: Path, server: DavServer) -> None:
        self.path = path
        self.server = server
        self.transport_factory = lambda: Transport(USER, PASSWORD, timeout=10)
        with self.use():
            pass

    @contextmanager
    def use(self) -> Iterator[Journal]:
        db.close_database()
        db.open_database(self.path)
        try:
            yield self
        finally:
            db.close_database()

    def setup(self) -> list[account.CollectionChoice]:
        with self.use():
            return account.setup(self.server.url, USER, PASSWORD, transport=self.transport_factory())

    def sync(self, **options: object) -> SyncResult:
        with self.use():
            return account.run_sync(transport=self.transport_factory(), **options)  # type: ignore[arg-type]
