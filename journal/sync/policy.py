"""Which server addresses sync may use.

https anywhere (certificates always verified); plain http only to this machine
(127.0.0.0/8, ::1, localhost), for a server started for trying or testing.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from journal.sync.errors import QT_TRANSLATE_NOOP, PolicyError

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` is this machine: a localhost name (or ``*.localhost``) or a loopback address."""
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """Return ``url`` if sync may use it, else raise ``PolicyError`` saying why."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        _ = parts.port  # raises ValueError for a bad port
    except ValueError as exc:
        raise PolicyError(QT_TRANSLATE_NOOP("Sync", "{url} is not a valid server address."), url=url) from exc
    if parts.scheme not in ("http", "https") or not host:
        raise PolicyError(
            QT_TRANSLATE_NOOP("Sync", "{url} is not a server address: it must start with https://."), url=url
        )
    if parts.username or parts.password:
        raise PolicyError(
            QT_TRANSLATE_NOOP(
                "Sync", "Put the user name and password in their own fields, not in the address."
            ),
            url=url,
        )
    if parts.scheme == "http" and not is_loopback_host(host):
        raise PolicyError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "{url} uses plain http, which would send your password and your journal unencrypted. "
                "Use the https:// address of the server (plain http is allowed only to this computer).",
            ),
            url=url,
        )
    return url


def normalize_server_url(text: str) -> str:
    """What the user typed, as a URL: "dav.example.com" -> "https://dav.example.com/"."""
    text = text.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if not parts.path:
        text = text + "/"
    return check_url(text)
