"""Two (or more) journals in one test process, each its own SQLite file, switched in and out."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from journal import db
from journal.sync import account
from journal.sync.outcome import SyncResult
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


def state(journal: Journal) -> dict[str, dict[str, dict[str, object]]]:
    """Every live record of the journal as sync fields, by entity and uuid."""
    from journal.db.models import Contact, Deal, FollowUp, Interaction, Introduction
    from journal.sync import records

    models = {
        "contact": Contact,
        "deal": Deal,
        "interaction": Interaction,
        "introduction": Introduction,
        "followup": FollowUp,
    }
    found: dict[str, dict[str, dict[str, object]]] = {}
    with journal.use():
        for entity, model in models.items():
            ids = [i for (i,) in model.select(model.id).where(model.deleted_at.is_null()).tuples()]
            found[entity] = {r.uuid: r.fields for r in records.load(entity, ids)}
    return found


def server_state(journal: Journal) -> tuple[dict[str, dict[str, dict[str, object]]], list[str]]:
    """What the server holds, parsed with the same mapping (by entity and record uuid), and all its UIDs."""
    from urllib.parse import urljoin, urlsplit

    from journal.db.sync_models import SyncCollection
    from journal.sync import davxml
    from journal.sync.mapping import parse_item
    from journal.sync.mapping.common import RenderContext, record_uuid_for

    found: dict[str, dict[str, dict[str, object]]] = {
        e: {} for e in ("contact", "deal", "interaction", "introduction", "followup")
    }
    transport = journal.transport_factory()
    with journal.use():
        collections = [(c.kind, c.url) for c in SyncCollection.select() if c.state == "ok"]
    uids: list[str] = []
    for kind, url in collections:
        reply = transport.request(
            "PROPFIND", url, body=davxml.propfind_body([(davxml.DAV, "getetag")]), headers={"Depth": "1"}
        )
        for response in davxml.parse_multistatus(reply.body).responses:
            if response.etag is None or response.href.rstrip("/") == davxml.canonical_href(
                urlsplit(url).path
            ).rstrip("/"):
                continue
            item = transport.request("GET", urljoin(url, response.href))
            parsed = parse_item(kind, item.body.decode(), RenderContext())
            if parsed is None:
                continue
            uid, entity, fields = parsed
            uids.append(uid)
            found[entity][record_uuid_for(uid)] = fields
    return found, uids
