"""Saving a contact whose "introduced by" is a person not in the journal yet: both in one go.

The contact form offers it when the name typed in "Introduced by" is nobody's; saying yes adds
that person and the contact (or the change to it) in one transaction, so a refusal of either
leaves neither.
"""

from __future__ import annotations

from typing import Any

from journal.services import contacts
from journal.services.contacts import ContactDetail
from journal.services.events import write


def save_with_new_introducer(
    contact_id: int | None, values: dict[str, Any], introducer: str
) -> ContactDetail:
    """Create the contact ``introducer`` and save ``values`` (a new contact when ``contact_id`` is
    None) introduced by them. ``ValidationError`` from either leaves the journal unchanged."""
    with write():
        new = contacts.create_contact(name=introducer)
        values = {**values, "introduced_by_id": new.id}
        if contact_id is None:
            return contacts.create_contact(**values)
        return contacts.update_contact(contact_id, **values)
