"""What sync may talk to: https (certificates always checked), plain http only to this machine,
and nothing at all before sync is set up."""

from __future__ import annotations

import http.server
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal import db
from journal.sync import policy
from journal.sync.errors import PolicyError
from journal.sync.transport import Transport

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:5232/",
        "http://localhost/dav/",
        "http://[::1]:8080/",
        "https://dav.example.com/",
        "http://127.8.9.1/",
    ],
)
def test_allowed_addresses(url: str) -> None:
    assert policy.check_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "http://dav.example.com/",
        "http://192.168.1.10:5232/",
        "http://10.0.0.2/",
        "ftp://example.com/",
        "https://user:secret@dav.example.com/",
        "http://127.0.0.1.example.com/",
        "not a url",
    ],
)
def test_refused_addresses(url: str) -> None:
    with pytest.raises(PolicyError):
        policy.check_url(url)


def test_what_the_user_types_becomes_an_https_address() -> None:
    assert policy.normalize_server_url("dav.example.com") == "https://dav.example.com/"


@pytest.fixture
def tls_server() -> Iterator[int]:
    """An https server on 127.0.0.1 whose certificate nobody trusts."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(FIXTURES / "selfsigned-cert.pem", FIXTURES / "selfsigned-key.pem")
    server = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield int(server.server_address[1])
    server.shutdown()
    server.server_close()


def test_an_untrusted_certificate_is_refused_even_if_checks_are_switched_off(tls_server: int) -> None:
    transport = Transport("ana", "secret", timeout=5)
    transport.session().verify = False  # a careless caller cannot switch the check off
    with pytest.raises(PolicyError, match="certificate could not be verified"):
        transport.request("PROPFIND", f"https://127.0.0.1:{tls_server}/")


def test_a_redirect_to_plain_http_elsewhere_is_not_followed() -> None:
    from journal.sync import discovery

    class Redirecting(Transport):
        def request(self, method, url, *, body=None, headers=None):  # type: ignore[no-untyped-def]
            from journal.sync.transport import Reply

            return Reply(301, {"location": "http://evil.example.com/dav/"}, b"", url)

    with pytest.raises(PolicyError):
        discovery.propfind(Redirecting("ana", "x"), "https://dav.example.com/", [("DAV:", "displayname")])


def test_no_network_before_sync_is_set_up(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Everything the window and the commands do with an unconfigured journal opens no socket."""
    attempts: list[object] = []
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
        real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: attempts.append(a) or [])
    from journal.sync import saved, store

    assert saved.configured() is None
    assert store.waiting_count() == 0
    assert "niquests" not in sys.modules or attempts == []
    assert attempts == []


def test_the_commands_load_no_http_client_when_sync_is_not_set_up(tmp_path: Path) -> None:
    journal = tmp_path / "j.sqlite3"
    db.open_database(journal)
    db.close_database()
    code = (
        "import sys, socket\n"
        "def refuse(*a, **k): raise SystemExit('network used: ' + repr(a))\n"
        "socket.socket.connect = refuse; socket.getaddrinfo = refuse; socket.create_connection = refuse\n"
        "from journal.cli import main\n"
        f"code = main(['sync', '--db', {str(journal)!r}, 'status'])\n"
        f"code |= main(['sync', '--db', {str(journal)!r}, 'now'])\n"
        "loaded = {'niquests', 'caldav', 'keyring'} & set(sys.modules)\n"
        "assert not loaded, loaded\n"
        "print('quiet', code)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().endswith("quiet 1"), result.stdout + result.stderr
