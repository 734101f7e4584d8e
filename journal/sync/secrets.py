"""The sync password: the operating system's keyring, or this process's memory only.

``keyring`` is imported on first use (its back-ends may talk to the desktop's
secret service). Without a usable keyring the password lives in memory until
the app quits, and the app asks for it again at the next start. It is never
written to a settings file or the journal.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

SERVICE = "Networking Journal sync"
_memory: dict[str, str] = {}


def _key(url: str, user: str) -> str:
    return f"{user}@{url}"


def _backend() -> object | None:
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
        chained = getattr(backend, "backends", None)
        if isinstance(backend, fail.Keyring | null.Keyring) or chained == []:
            return None
        return backend
    except Exception:  # a broken keyring set-up must not stop the app
        log.warning("the keyring is not usable", exc_info=True)
        return None


def keyring_available() -> bool:
    """Whether a working system keyring is there to keep the password across restarts."""
    return _backend() is not None


def store(url: str, user: str, password: str) -> bool:
    """Keep the password; True if it went to the keyring, False if only to memory."""
    _memory[_key(url, user)] = password
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _key(url, user), password)  # type: ignore[attr-defined]
        return True
    except Exception:
        log.warning("could not store the password in the keyring", exc_info=True)
        return False


def load(url: str, user: str) -> str | None:
    """The account's password: from this process's memory, else the keyring; None if neither has it."""
    key = _key(url, user)
    if key in _memory:
        return _memory[key]
    backend = _backend()
    if backend is None:
        return None
    try:
        found = backend.get_password(SERVICE, key)  # type: ignore[attr-defined]
    except Exception:
        log.warning("could not read the password from the keyring", exc_info=True)
        return None
    if found:
        _memory[key] = found
    return found


def remember_for_session(url: str, user: str, password: str) -> None:
    """Keep the password in this process's memory only, until the app quits."""
    _memory[_key(url, user)] = password


def forget(url: str, user: str) -> None:
    """Drop the password from memory and from the keyring (a keyring failure is logged, not raised)."""
    _memory.pop(_key(url, user), None)
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, _key(url, user))  # type: ignore[attr-defined]
    except Exception:  # none was kept, or the keyring refuses: sync stops either way; say it in the log
        log.warning("the sync password could not be removed from the keyring", exc_info=True)
