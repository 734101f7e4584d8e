"""A real Radicale CardDAV/CalDAV server on 127.0.0.1, in a thread of the test process.

Each ``DavServer`` has its own storage folder and a user with a password.
``reset()`` swaps in a fresh storage folder (a new Radicale application) on
the same port, so a Hypothesis example can start from an empty server without
starting a new HTTP server. ``stop()`` shuts the server down.
"""

from __future__ import annotations

import logging
import socketserver
import tempfile
import threading
import wsgiref.simple_server
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

USER = "ana"
PASSWORD = "correct horse"


class _Quiet(wsgiref.simple_server.WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(socketserver.ThreadingMixIn, wsgiref.simple_server.WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


def _index_uids() -> None:
    """Radicale checks a new item's UID by reading the whole collection (O(n) per PUT); the
    benchmark server keeps an index so it measures the client, not that scan."""
    from radicale.storage.multifilesystem import Collection

    def has_uid(self: Any, uid: str) -> bool:
        index = getattr(self, "_uid_index", None)
        if index is None:
            index = {item.uid for item in self.get_all()}
            self._uid_index = index
        return uid in index

    original_upload = Collection.upload

    def upload(self: Any, href: str, item: Any) -> Any:
        result = original_upload(self, href, item)
        index = getattr(self, "_uid_index", None)
        if index is not None:
            index.add(item.uid)
        return result

    Collection.has_uid = has_uid  # type: ignore[method-assign]
    Collection.upload = upload  # type: ignore[method-assign]


class DavServer:
    def __init__(self, root: Path | None = None, *, fast: bool = False) -> None:
        from radicale.app import Application  # noqa: F401 - fail early if the test extra is missing

        logging.getLogger("radicale").setLevel(logging.CRITICAL)
        self._tmp = tempfile.TemporaryDirectory(prefix="nj-radicale-") if root is None else None
        self.root = Path(root or self._tmp.name)  # type: ignore[union-attr]
        self.root.mkdir(parents=True, exist_ok=True)
        self.fast = fast
        self._generation = 0
        self.requests = 0  # answered so far (tests kill a client after a chosen number)
        self._app: Callable[..., Iterable[bytes]] = self._new_app()
        self._server = wsgiref.simple_server.make_server(
            "127.0.0.1", 0, self._dispatch, server_class=_Server, handler_class=_Quiet
        )
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, name="radicale", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def storage(self) -> Path:
        return self.root / f"storage-{self._generation}"

    def _new_app(self) -> Callable[..., Iterable[bytes]]:
        import radicale.config
        from radicale.app import Application

        users = self.root / "users"
        users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        configuration = radicale.config.load([])
        values: dict[str, dict[str, str]] = {
            "storage": {"filesystem_folder": str(self.storage)},
            "auth": {
                "type": "htpasswd",
                "htpasswd_filename": str(users),
                "htpasswd_encryption": "plain",
                "delay": "0",
            },
            "rights": {"type": "owner_only"},
            "logging": {"level": "critical", "mask_passwords": "True"},
        }
        if self.fast:
            values["storage"]["_filesystem_fsync"] = "False"
            _index_uids()
        configuration.update(values, "test", privileged=True)
        return Application(configuration)

    def _dispatch(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        self.requests += 1
        return self._app(environ, start_response)

    def reset(self) -> None:
        """Empty server: a new storage folder behind the same address."""
        self._generation += 1
        self._app = self._new_app()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
        if self._tmp is not None:
            self._tmp.cleanup()
