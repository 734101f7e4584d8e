"""Unsaved form drafts, kept in the journal itself (the ``meta`` table), so typed text survives a
closed dialog, a quit or a crash, and comes back on the next open of the same form.

A draft is a small JSON object of what the form held, under a key naming the form and what it
is about ("interaction.new.12": a new entry for contact 12). No schema change: ``meta`` rows
``draft.<key>``. Drafts are not records: they are not exported, synced or listed in the trash.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee

from journal import clock
from journal.db.models import Meta
from journal.services.errors import JournalError
from journal.services.events import write

log = logging.getLogger(__name__)

PREFIX = "draft."
MAX_BYTES = 1_000_000  # a draft is what a person typed into one form; anything bigger is a bug


@dataclass(frozen=True)
class Draft:
    """What a form held when it was left, and when."""

    key: str
    values: dict[str, Any]
    saved_at: datetime


def _row_key(key: str) -> str:
    return PREFIX + key


def save_draft(key: str, values: dict[str, Any]) -> bool:
    """Keep ``values`` (JSON-able) as the draft of form ``key``; False if it could not be
    written (the journal is locked or read-only): typing goes on, the next save tries again."""
    text = json.dumps({"saved_at": clock.now().isoformat(), "values": values}, ensure_ascii=False)
    if len(text.encode("utf-8")) > MAX_BYTES:
        log.warning("draft %s too big to keep (%d bytes)", key, len(text))
        return False
    try:
        with write():
            Meta.insert(key=_row_key(key), value=text).on_conflict_replace().execute()
    except (peewee.DatabaseError, JournalError) as error:
        log.warning("could not keep draft %s: %s", key, error)
        return False
    return True


def load_draft(key: str) -> Draft | None:
    """The draft of form ``key``, or None (also when what is stored cannot be read)."""
    row = Meta.get_or_none(Meta.key == _row_key(key))
    if row is None:
        return None
    try:
        data = json.loads(row.value)
        values = data["values"]
        saved_at = datetime.fromisoformat(data["saved_at"])
    except (ValueError, KeyError, TypeError):
        log.warning("draft %s is unreadable; ignored", key)
        return None
    if not isinstance(values, dict) or saved_at.tzinfo is None:
        return None
    return Draft(key, values, saved_at)


def discard_draft(key: str) -> None:
    """Forget the draft of form ``key`` (saved, or thrown away by the user)."""
    try:
        with write():
            Meta.delete().where(Meta.key == _row_key(key)).execute()
    except (peewee.DatabaseError, JournalError) as error:
        log.warning("could not forget draft %s: %s", key, error)


def draft_keys() -> list[str]:
    """The keys of every kept draft (for tests and a future "unsaved drafts" list)."""
    rows = Meta.select(Meta.key).where(Meta.key.startswith(PREFIX)).order_by(Meta.key)
    return [row.key[len(PREFIX) :] for row in rows]
