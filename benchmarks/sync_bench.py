"""Sync benchmark (issue 16 wires it into ``make bench``): a journal of 10,000 contacts and
100,000 interactions synced to a loopback Radicale.

Figures (``run_sync_bench()`` returns them as a dict):

- ``first_sync_s``: the first sync, everything uploaded (the engine's whole run: reading
  the records, rendering vCards/VJOURNALs, conditional PUTs, the pull that follows);
- ``incremental_s``: one contact edited, then a sync end to end (target <= 1 s);
- ``put_loop_s``: the floor, a plain loop of PUTs of the same texts into empty collections;
- ``first_sync_ratio``: first_sync_s / put_loop_s;
- request counts for each timed span.

The server is Radicale in this process, storage in a temporary folder, fsync off and an index
of UIDs (stock Radicale reads the whole collection on every new item, which would make the
server, not the client, the figure). Run: ``python -m benchmarks.sync_bench [scale]``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def run_sync_bench(
    *, contacts: int = 10_000, interactions: int = 100_000, workdir: Path | None = None
) -> dict[str, Any]:
    from journal import db
    from journal.db.models import Contact
    from journal.db.sync_models import SyncCollection, SyncItem
    from journal.services import contacts as contact_service
    from journal.services import demo
    from journal.sync import account, davxml, discovery, saved
    from journal.sync.mapping import CONTENT_TYPE
    from journal.sync.transport import Transport
    from tests.helpers.dav_server import PASSWORD, USER, DavServer

    folder = Path(workdir or tempfile.mkdtemp(prefix="nj-sync-bench-"))
    path = folder / "journal.sqlite3"
    figures: dict[str, Any] = {"contacts": contacts, "interactions": interactions}
    server = DavServer(folder / "radicale", fast=True)
    try:
        db.open_database(path)
        started = time.perf_counter()
        demo.generate(demo.DemoSize(contacts=contacts, interactions=interactions, followups=0, deals=0))
        figures["generate_s"] = round(time.perf_counter() - started, 2)
        account.setup(server.url, USER, PASSWORD, transport=Transport(USER, PASSWORD))
        account.backup_before_first_sync(saved.configured())  # type: ignore[arg-type]  # not timed

        transport = Transport(USER, PASSWORD)
        started = time.perf_counter()
        result = account.run_sync(transport=transport)
        figures["first_sync_s"] = round(time.perf_counter() - started, 2)
        figures["first_sync_items"] = result.pushed
        figures["first_sync_requests"] = transport.counters.requests

        person = Contact.select().order_by(Contact.id).first()
        transport = Transport(USER, PASSWORD)
        started = time.perf_counter()
        contact_service.update_contact(person.id, notes="changed for the benchmark")
        result = account.run_sync(transport=transport)
        figures["incremental_s"] = round(time.perf_counter() - started, 3)
        figures["incremental_pushed"] = result.pushed
        figures["incremental_requests"] = transport.counters.requests

        # The floor: the same texts, PUT one by one into fresh collections.
        plain = Transport(USER, PASSWORD)
        layout = discovery.discover(plain, server.url)
        targets = {}
        for collection in SyncCollection.select():
            if collection.state != "ok":
                continue
            url = collection.url.rstrip("/") + "-floor/"
            if collection.kind == "contacts":
                body = davxml.mkcol_addressbook_body("floor")
                plain.request("MKCOL", url, body=body)
            else:
                body = davxml.mkcalendar_body("floor", discovery.KIND_COMPONENT[collection.kind])
                plain.request("MKCALENDAR", url, body=body)
            targets[collection.id] = (url, CONTENT_TYPE[collection.kind])
        del layout
        items = [
            (targets[c], h.rsplit("/", 1)[-1], text)
            for c, h, text in SyncItem.select(SyncItem.collection, SyncItem.href, SyncItem.content).tuples()
            if c in targets
        ]
        plain.counters.requests = 0
        started = time.perf_counter()
        for (url, content_type), name, text in items:
            reply = plain.request(
                "PUT",
                url + name,
                body=text.encode("utf-8"),
                headers={"If-None-Match": "*", "Content-Type": content_type},
            )
            if not reply.ok:
                raise RuntimeError(f"floor PUT failed: {reply.status}")
        figures["put_loop_s"] = round(time.perf_counter() - started, 2)
        figures["put_loop_requests"] = plain.counters.requests
        figures["first_sync_ratio"] = round(figures["first_sync_s"] / max(figures["put_loop_s"], 1e-9), 2)
        figures["incremental_target_met"] = figures["incremental_s"] <= 1.0
    finally:
        db.close_database()
        server.stop()
    return figures


if __name__ == "__main__":
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    print(run_sync_bench(contacts=int(10_000 * scale), interactions=int(100_000 * scale)))
