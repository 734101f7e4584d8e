"""What the journal keeps about its sync set-up: the server and user (never the password), the
server it was last backed up for, and the outcome of the latest run.

Light on purpose: the window reads ``configured`` at every start, and importing ``account``
for it loaded the whole engine, the vCard and iCalendar mapping and the HTTP client (0.1 s of
each start, for a journal that does not sync).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from journal.db.models import Meta
from journal.services.events import write

URL, CALENDAR_URL, USER, BACKED_UP_FOR, LAST = (
    "sync.url",
    "sync.calendar_url",
    "sync.user",
    "sync.backed_up_for",
    "sync.last",
)
KEYS = (URL, USER, CALENDAR_URL, BACKED_UP_FOR, LAST)  # what ``account.forget`` removes


@dataclass(frozen=True)
class Account:
    url: str
    user: str
    calendar_url: str = ""


@dataclass
class LastRun:
    at: str
    ok: bool
    message: str = ""
    question: str = ""
    result: dict[str, object] = field(default_factory=dict)


def value(key: str) -> str | None:
    """One of the sync set-up's values, or None."""
    row = Meta.get_or_none(Meta.key == key)
    return str(row.value) if row is not None else None


def set_value(key: str, text: str) -> None:
    """Store one of the sync set-up's values (inside the caller's write)."""
    Meta.insert(key=key, value=text).on_conflict_replace().execute()


def configured() -> Account | None:
    """The server this journal syncs with, or None (reads the journal only; no network)."""
    url, user = value(URL), value(USER)
    if not url or not user:
        return None
    return Account(url, user, value(CALENDAR_URL) or "")


def last_run() -> LastRun | None:
    """The outcome of the latest sync run as recorded in the journal; None if never synced (or unreadable)."""
    raw = value(LAST)
    if not raw:
        return None
    try:
        return LastRun(**json.loads(raw))
    except (TypeError, ValueError):
        return None


def record_last_run(last: LastRun) -> None:
    """Store a run's outcome in the journal, for ``sync status`` and Preferences ▸ Sync."""
    with write():
        set_value(LAST, json.dumps(asdict(last)))
