"""The fast uuid text the journal writes is exactly what the uuid module would write."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from journal.db.models import new_uuid
from journal.interop.contact_state import connected_uuid

#: The namespace every release has used for these entries (a change would duplicate them).
CONNECTED_NS = uuid.UUID("9d4f4a8e-1c55-4a0b-9d39-52a0f1c7e0aa")


def test_new_uuids_are_random_version_4() -> None:
    made = {new_uuid() for _ in range(2000)}
    assert len(made) == 2000
    for text in made:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 4 and parsed.variant == uuid.RFC_4122


@given(st.uuids().map(str))
def test_the_connected_entry_keeps_the_uuid_earlier_imports_gave_it(contact_uuid: str) -> None:
    # A journal imported before keeps its "Connected on LinkedIn" entries: a re-import finds them.
    expected = uuid.uuid5(CONNECTED_NS, f"{contact_uuid}:linkedin-connected")
    assert connected_uuid(contact_uuid) == str(expected)
