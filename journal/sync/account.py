"""The configured server, kept in the journal file (not the password), and the sync run around the engine.

``run_sync`` is what the command line and the window call: it takes the
journal's sync lock (one run at a time, released if the process dies), backs
the journal up before its first sync with a server, runs the engine and
records the result for ``sync status`` and the status bar.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from journal import clock
from journal.db import sync_models
from journal.db.connection import database_path
from journal.db.models import Meta
from journal.db.sync_models import SyncCollection, SyncInbox, SyncItem, SyncTombstone
from journal.services.events import write
from journal.sync import discovery, saved, secrets, store
from journal.sync.engine import SyncEngine
from journal.sync.errors import QT_TRANSLATE_NOOP, ConfigError, OfflineError, ServerError, SyncError
from journal.sync.outcome import Messages, SyncResult
from journal.sync.policy import check_url, normalize_server_url
from journal.sync.saved import Account, LastRun, configured, record_last_run
from journal.sync.session import SyncSession, never_cancelled, no_progress
from journal.sync.transport import Transport

log = logging.getLogger(__name__)

KIND_LABELS = {
    "contacts": QT_TRANSLATE_NOOP("Sync", "Contacts"),
    "followups": QT_TRANSLATE_NOOP("Sync", "Follow-ups"),
    "entries": QT_TRANSLATE_NOOP("Sync", "Interactions, deals and introductions"),
}


@dataclass
class CollectionChoice:
    kind: str
    url: str
    display_name: str
    created: bool
    state: str  # ok | unsupported
    alternatives: list[tuple[str, str]] = field(default_factory=list)  # (url, name) of others that fit


def setup(
    url: str,
    user: str,
    password: str,
    *,
    calendar_url: str = "",
    choices: dict[str, str] | None = None,
    transport: Transport | None = None,
) -> list[CollectionChoice]:
    """Find the account, reuse or create one collection per kind, and remember it all.

    ``choices`` maps a kind to the URL of an existing collection the user picked.
    """
    url = normalize_server_url(url)
    calendar_url = normalize_server_url(calendar_url) if calendar_url else ""
    if not user.strip():
        raise ConfigError(QT_TRANSLATE_NOOP("Sync", "Give the user name for the server."))
    current = configured()
    if current is not None and (current.url, current.user) != (url, user):
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "This journal already syncs with {url}. Stop syncing there first ('sync forget').",
            ),
            url=current.url,
        )
    transport = transport or Transport(user, password)
    layout = discovery.discover(transport, url, calendar_url or None)
    picked: list[CollectionChoice] = []
    for kind in store.COLLECTION_ORDER:
        found = None
        if choices and choices.get(kind):
            wanted = check_url(choices[kind])
            found = next((c for c in layout.collections if c.url.rstrip("/") == wanted.rstrip("/")), None)
            if found is None or not found.fits(kind):
                raise ConfigError(
                    QT_TRANSLATE_NOOP("Sync", "{url} is not a collection this journal can use for {kind}."),
                    url=wanted,
                    kind=kind,
                )
        found = found or layout.ours(kind)
        created = False
        if found is None:
            try:
                found = discovery.create_collection(transport, layout, kind)
                created = True
            except ServerError:
                if kind != "entries":
                    raise
                found = None
        state = "ok" if found is not None and found.fits(kind) else "unsupported"
        others = [(c.url, c.display_name or c.url) for c in layout.collections if c.fits(kind)]
        picked.append(
            CollectionChoice(
                kind, found.url if found else "", found.display_name if found else "", created, state, others
            )
        )
    with write():
        existing = {c.kind: c for c in SyncCollection.select()}
        for choice in picked:
            row = existing.get(choice.kind)
            version = "3.0"
            if choice.kind == "contacts":
                book = next((c for c in layout.collections if c.url == choice.url), None)
                version = "4.0" if book is not None and "4.0" in book.vcard_versions else "3.0"
            if row is not None and row.url != choice.url:
                row.delete_instance()  # another collection: start its status afresh
                row = None
            if row is None:
                SyncCollection.create(
                    kind=choice.kind,
                    url=choice.url or url,
                    display_name=choice.display_name,
                    vcard_version=version,
                    state=choice.state,
                )
            else:
                row.state, row.vcard_version, row.display_name = choice.state, version, choice.display_name
                row.save()
        saved.set_value(saved.URL, url)
        saved.set_value(saved.USER, user)
        saved.set_value(saved.CALENDAR_URL, calendar_url)
    sync_models.install_change_log()
    secrets.store(url, user, password)
    return picked


def forget() -> None:
    """Stop syncing: the journal keeps its data; the sync status, change log and password go."""
    account = configured()
    with write():
        for model in (SyncInbox, SyncTombstone, SyncItem, SyncCollection):
            model.delete().execute()
        Meta.delete().where(Meta.key.in_(saved.KEYS)).execute()
    sync_models.remove_change_log()
    if account is not None:
        secrets.forget(account.url, account.user)


# -- one run -----------------------------------------------------------------------------------------


@contextmanager
def run_lock(path: Path) -> Iterator[None]:
    """One sync at a time per journal, across processes; the OS drops the lock if the process dies."""
    lock_path = Path(f"{path}.sync-lock")
    handle = open(lock_path, "a+b")  # noqa: SIM115 - held for the whole run
    try:
        if os.name == "nt":
            import msvcrt

            try:
                getattr(msvcrt, "locking")(handle.fileno(), getattr(msvcrt, "LK_NBLCK"), 1)  # noqa: B009
            except OSError as exc:
                raise OfflineError(
                    QT_TRANSLATE_NOOP("Sync", "Another sync of this journal is running.")
                ) from exc
        else:
            import fcntl

            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                raise OfflineError(
                    QT_TRANSLATE_NOOP("Sync", "Another sync of this journal is running.")
                ) from exc
        yield
    finally:
        handle.close()


def backup_before_first_sync(account: Account) -> Path | None:
    """Back the journal up the first time it syncs with this server."""
    if saved.value(saved.BACKED_UP_FOR) == account.url:
        return None
    path = database_path()
    if path is None:
        return None
    from journal.safety import backups

    info = backups.create_backup(path, reason="before-sync")
    with write():
        saved.set_value(saved.BACKED_UP_FOR, account.url)
    return info.path


def run_sync(
    password: str | None = None,
    *,
    transport: Transport | None = None,
    messages: Messages | None = None,
    accept_deletions: bool = False,
    restore_server: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncResult:
    """Sync the open journal now. Raises ``SyncError`` (its message says what to do); records the outcome."""
    account = configured()
    if account is None:
        raise ConfigError(QT_TRANSLATE_NOOP("Sync", "Sync is not set up for this journal."))
    path = database_path()
    if path is None:
        raise ConfigError(QT_TRANSLATE_NOOP("Sync", "No journal is open."))
    if transport is None:
        password = password if password is not None else secrets.load(account.url, account.user)
        if password is None:
            raise ConfigError(QT_TRANSLATE_NOOP("Sync", "The password for the sync server is needed."))
        transport = Transport(account.user, password)
    with run_lock(path):
        backup_before_first_sync(account)
        engine = SyncEngine(
            SyncSession(
                transport,
                messages=messages or Messages(),
                accept_deletions=accept_deletions,
                restore_server=restore_server,
                progress=progress or no_progress,
                cancelled=cancelled or never_cancelled,
            )
        )
        stamp = clock.now().isoformat(timespec="seconds")
        try:
            result = engine.run()
        except SyncError as exc:
            question = getattr(exc, "question", "")
            record_last_run(LastRun(stamp, False, str(exc), question))
            raise
        record_last_run(LastRun(stamp, True, "", "", asdict(result)))
        return result
