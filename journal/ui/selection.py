"""Whom the window is about right now: the contact (and ledger, and deal) a command such as
Log interaction (Ctrl+L) acts on, from whichever section is on screen.

A section's page says it with ``contact_context() -> ContactContext | None``: the contact
page the person shown and the open tab, the timeline the selected entry, the calendar the
selected follow-up, the pipeline the selected deal, Reconnect the selected row. When the page
has nobody selected, ``contact_in_view`` says None and the command asks "for whom?".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ContactContext:
    """A contact, and what about them is in view: the ledger ("networking"/"sales") and a deal."""

    contact_id: int
    kind: str | None = None
    deal_id: int | None = None


@runtime_checkable
class ShowsContact(Protocol):
    """A section page that can say whom it shows."""

    def contact_context(self) -> ContactContext | None: ...


def contact_in_view(page: QWidget | None) -> ContactContext | None:
    """Whom ``page`` (a section's page) is about, if it says."""
    if isinstance(page, ShowsContact):
        return page.contact_context()
    return None
