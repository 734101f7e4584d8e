"""Sync figures in ``make bench`` (``benchmarks.sync_bench`` measures them).

- ``sync_first``: the first sync of a journal of ``FIRST_CONTACTS`` contacts and ten times
  as many interactions to a loopback Radicale, everything uploaded. Its floor is a plain
  loop of PUTs of the same texts into fresh collections of the same server, so the ratio
  says what the client adds. The journal is smaller than issue 15's 10,000 contacts /
  100,000 interactions on purpose: every PUT to Radicale scans the collection (stock
  Radicale's UID check reads every item; even with ``sync_bench``'s index of UIDs its
  history clean-up lists the whole history folder on every upload), so the server's time
  grows with the square of the collection and a first sync of 110,000 items would time the
  server, not the client. The ratio to the PUT loop on the same server is the client's
  figure at any size.
- ``sync_incremental``: one contact edited, then a sync end to end (target <= 1 s), five
  times, on a journal of ``FULL_CONTACTS`` contacts and ten times as many interactions, all
  on the server (issue 15 asks for 10,000 / 100,000: see the README for why not yet).
  The server's storage is seeded directly first: the engine's own first sync, with each
  PUT handed to Radicale's storage in-process (its own item preparation, upload and
  ETag; no HTTP, no UID scan) instead of over
  HTTP; the pull that ends that sync and the timed incremental sync go over HTTP.

``python -m benchmarks.sync_suite [first|incremental]`` runs one part and prints JSON.
"""

from __future__ import annotations

import json
import os
import posixpath
import shutil
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from benchmarks.figures import Figure
from benchmarks.startup import child_json

# Issue 15 asks for 10,000 contacts / 100,000 interactions; see the README for why these are smaller.
FIRST_CONTACTS = int(os.environ.get("BENCH_SYNC_FIRST_CONTACTS", "200"))
FULL_CONTACTS = int(os.environ.get("BENCH_SYNC_FULL_CONTACTS", "1000"))


def _seeding_transport(server: Any) -> Any:
    """A Transport whose new-item PUTs go straight into the server's storage (same files,
    same ETags as over HTTP); every other request goes over HTTP."""
    import radicale.item as radicale_item
    from radicale import pathutils
    from radicale.storage.multifilesystem import Collection

    from journal.sync.transport import Reply, Transport
    from tests.helpers.dav_server import PASSWORD, USER

    # Nothing is ever deleted while seeding: the per-upload sweep of the history folder
    # (which makes each upload read the whole folder) has nothing to find.
    Collection._clean_history = lambda self: None  # type: ignore[method-assign]

    class Seeding(Transport):
        parents: dict[str, Any] = {}

        def request(
            self,
            method: str,
            url: str,
            *,
            body: bytes | None = None,
            headers: Mapping[str, str] | None = None,
        ) -> Reply:
            if method != "PUT" or (headers or {}).get("If-None-Match") != "*":
                return super().request(method, url, body=body, headers=headers)
            storage = server._app._storage
            path = pathutils.sanitize_path(unquote(urlsplit(url).path))
            parent_path, href = posixpath.dirname(path), posixpath.basename(path)
            (vobject_item,) = radicale_item.read_components((body or b"").decode("utf-8"))
            with storage.acquire_lock("w", USER):
                parent = self.parents.get(parent_path)
                if parent is None:
                    parent = self.parents[parent_path] = next(iter(storage.discover(parent_path)))
                item = radicale_item.Item(collection_path=parent_path.strip("/"), vobject_item=vobject_item)
                item.prepare()
                uploaded, _old = parent.upload(href, item)
            self.counters.requests += 1
            return Reply(201, {"etag": uploaded.etag}, b"", url)

    return Seeding(USER, PASSWORD)


def incremental(contacts: int) -> dict[str, Any]:
    """Seed the server with a first sync (not timed), then time one change synced."""
    from journal import db
    from journal.db.models import Contact
    from journal.services import contacts as contact_service
    from journal.services import demo
    from journal.sync import account
    from journal.sync.transport import Transport
    from tests.helpers.dav_server import PASSWORD, USER, DavServer

    folder = Path(tempfile.mkdtemp(prefix="nj-sync-incr-"))
    server = DavServer(folder / "radicale", fast=True)
    figures: dict[str, Any] = {"contacts": contacts, "interactions": contacts * 10}
    try:
        db.open_database(folder / "journal.sqlite3")
        demo.generate(demo.DemoSize(contacts=contacts, interactions=contacts * 10, followups=0, deals=0))
        account.setup(server.url, USER, PASSWORD, transport=Transport(USER, PASSWORD))
        started = time.perf_counter()
        seeded = account.run_sync(transport=_seeding_transport(server))
        figures["seed_s"] = round(time.perf_counter() - started, 1)
        figures["seeded_items"] = seeded.pushed
        samples, requests = [], []
        people = [c.id for c in Contact.select(Contact.id).order_by(Contact.id).limit(5)]
        for n, person in enumerate(people):
            transport = Transport(USER, PASSWORD)
            started = time.perf_counter()
            contact_service.update_contact(person, notes=f"changed for the benchmark ({n})")
            result = account.run_sync(transport=transport)
            samples.append(time.perf_counter() - started)
            requests.append(transport.counters.requests)
            if result.pushed != 1:
                raise RuntimeError(f"the incremental sync pushed {result.pushed} items, not 1")
        figures["incremental_s"] = samples
        figures["incremental_requests"] = requests
    finally:
        db.close_database()
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return figures


def first(contacts: int) -> dict[str, Any]:
    """The sync helper's benchmark (first sync and its PUT-loop floor) at a feasible size, on its
    loopback Radicale (fsync off, an index of UIDs; the same server for the floor)."""
    from benchmarks.sync_bench import run_sync_bench

    folder = Path(tempfile.mkdtemp(prefix="nj-sync-first-"))
    try:
        return run_sync_bench(contacts=contacts, interactions=contacts * 10, workdir=folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def figures(big: Path, small: Path) -> list[Figure]:
    """``make bench``'s sync figures (the benchmark journals are not used: sync has its own)."""
    del big, small
    one = child_json("benchmarks.sync_suite", "first", str(FIRST_CONTACTS))
    many = child_json("benchmarks.sync_suite", "incremental", str(FULL_CONTACTS))
    return [
        Figure(
            "sync_first",
            "s",
            "max",
            [one["first_sync_s"]],
            [one["put_loop_s"]],
            f"plain PUT loop of the same {one['first_sync_items']} items, same server",
            queries=[one["first_sync_requests"]],
            note=f"{one['contacts']} contacts, {one['interactions']} interactions; requests counted",
        ),
        Figure(
            "sync_incremental",
            "s",
            "max",
            many["incremental_s"],
            target=1.0,
            queries=many["incremental_requests"],
            note=(
                f"{many['contacts']} contacts, {many['interactions']} interactions on the server "
                f"({many['seeded_items']} items seeded in {many['seed_s']} s); requests counted"
            ),
        ),
    ]


if __name__ == "__main__":
    part, size = sys.argv[1], int(sys.argv[2])
    print(json.dumps(first(size) if part == "first" else incremental(size)))
