"""The one place sync talks HTTP.

Built on niquests, the HTTP client the caldav library uses, so there is one
HTTP stack. Every request, redirect hop and authentication retry goes through
``_GuardedAdapter``, which refuses addresses ``policy`` forbids and never
switches certificate checks off. niquests is imported only when the first
request is made: nothing here opens a socket before sync is set up.

Tests inject faults by subclassing ``Transport`` and overriding ``request``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from journal.sync.errors import QT_TRANSLATE_NOOP, AuthError, OfflineError, PolicyError
from journal.sync.policy import check_url

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 30.0
USER_AGENT = "NetworkingJournal-sync/1"


@dataclass(frozen=True)
class Reply:
    status: int
    headers: Mapping[str, str]
    body: bytes
    url: str = ""

    def header(self, name: str) -> str | None:
        """A response header's value (looked up as given, then in lower case), or None."""
        return self.headers.get(name) or self.headers.get(name.lower())

    @property
    def ok(self) -> bool:
        """Whether the status is a 2xx success."""
        return 200 <= self.status < 300


@dataclass
class Counters:
    requests: int = 0
    by_method: dict[str, int] = field(default_factory=dict)


def _guarded_adapter_class() -> type:
    from niquests.adapters import HTTPAdapter

    class _GuardedAdapter(HTTPAdapter):
        def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
            check_url(str(request.url))
            kwargs["verify"] = kwargs.get("verify") or True  # a CA bundle path is fine; False never
            return super().send(request, *args, **kwargs)

    return _GuardedAdapter


class Transport:
    """HTTP with the user's credentials; answers as ``Reply``, failures as sync errors."""

    def __init__(self, username: str, password: str, *, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.username = username
        self._password = password
        self.timeout = timeout
        self.counters = Counters()
        self._session: Any = None
        self._auth: Any = None
        self._lock = threading.Lock()

    # -- plumbing ------------------------------------------------------------------------------

    def session(self) -> Any:
        """The niquests session (created on first use; also handed to caldav's client)."""
        with self._lock:
            if self._session is None:
                import niquests

                session = niquests.Session()
                adapter = _guarded_adapter_class()
                session.mount("https://", adapter())
                session.mount("http://", adapter())
                session.headers["User-Agent"] = USER_AGENT
                session.verify = True
                self._session = session
                self._auth = niquests.auth.HTTPBasicAuth(self.username, self._password)
            return self._session

    def auth(self) -> Any:
        """The authentication sent with requests (Basic, or Digest once a server asked for it)."""
        self.session()
        return self._auth

    def close(self) -> None:
        """Close the HTTP session and its connections; the next request opens a new one."""
        with self._lock:
            if self._session is not None:
                self._session.close()
                self._session = None

    def _use_digest(self) -> None:
        import niquests

        self._auth = niquests.auth.HTTPDigestAuth(self.username, self._password)

    # -- the request ---------------------------------------------------------------------------

    def request(
        self,
        method: str,
        url: str,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        """Send one request (redirects are not followed: callers check where they lead)."""
        check_url(url)
        import niquests

        session = self.session()
        self.counters.requests += 1
        self.counters.by_method[method] = self.counters.by_method.get(method, 0) + 1
        for attempt in (1, 2):
            try:
                response = session.request(
                    method,
                    url,
                    data=body,
                    headers=dict(headers or {}),
                    auth=self._auth,
                    timeout=self.timeout,
                    allow_redirects=False,
                )
                content = response.content or b""
            except PolicyError:
                raise
            except niquests.exceptions.SSLError as exc:
                log.info("TLS failure for %s: %s", method, type(exc).__name__)
                raise PolicyError(
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "The server's certificate could not be verified, so nothing was sent. "
                        "Check the address; a home server needs a certificate your system trusts.",
                    )
                ) from exc
            except niquests.exceptions.Timeout as exc:
                raise OfflineError(QT_TRANSLATE_NOOP("Sync", "The server did not answer in time.")) from exc
            except (niquests.exceptions.RequestException, OSError) as exc:
                log.info("network failure for %s: %s", method, type(exc).__name__)
                raise OfflineError(QT_TRANSLATE_NOOP("Sync", "The server cannot be reached.")) from exc
            status = int(response.status_code or 0)
            reply_headers = {k.lower(): v for k, v in response.headers.items()}
            if status == 401 and attempt == 1:
                challenge = reply_headers.get("www-authenticate", "").lower()
                if challenge.startswith("digest"):
                    self._use_digest()
                    continue
            if status == 401:
                raise AuthError(
                    QT_TRANSLATE_NOOP("Sync", "The server did not accept the user name or password.")
                )
            return Reply(status, reply_headers, content, url)
        raise AssertionError("unreachable")
