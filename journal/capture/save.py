"""Saving a capture, and taking it back.

``save_capture`` writes the entry (with its value or objection), its follow-up and, when
the user said so, the new contact, through the services (so their checks apply) inside
one ``write()`` transaction: if any part is refused, nothing is kept. ``undo_capture``
moves what it wrote to the trash, in one transaction too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from journal.capture.model import RESOLVED, UNKNOWN, Capture, Problem
from journal.services import contacts, deals, followups, interactions, introductions, together
from journal.services.errors import JournalError, NotFoundError
from journal.services.events import write
from journal.services.interactions import ObjectionInput


class CaptureError(JournalError):
    """The capture cannot be saved as it is; ``problems`` says why (context "Capture")."""

    context = "Capture"

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(first.template, **dict(first.args))


@dataclass(frozen=True)
class SavedCapture:
    """What was written: what an Undo takes back."""

    contact_id: int
    contact_name: str
    contact_created: bool
    interaction_id: int
    followup_id: int | None
    introduction_id: int | None = None


def save_capture(
    capture: Capture, *, create_person: bool = False, record_introduction: bool = True
) -> SavedCapture:
    """Write ``capture``. ``create_person``: the user agreed to add an unknown @name as a new
    contact. ``record_introduction``: also record the introduction the text tells of
    (``capture.introduction``). Raises ``CaptureError`` while the capture has problems, and
    the services' ``ValidationError`` / ``NotFoundError`` if the journal changed since it was
    parsed (a deal closed, the contact trashed); nothing is written then."""
    if not capture.can_save(create_person=create_person):
        blocking = tuple(p for p in capture.problems if not (create_person and p.code == "unknown_person"))
        raise CaptureError(blocking or capture.problems)
    deal_id = capture.deal.deal.id if capture.deal and capture.deal.deal else None
    value = capture.value
    with write():
        if capture.person.status == RESOLVED and capture.person.person is not None:
            contact_id, name, created = capture.person.person.id, capture.person.person.name, False
        else:
            assert capture.person.status == UNKNOWN  # can_save() allows nothing else
            contact = contacts.create_contact(name=capture.person.typed)
            contact_id, name, created = contact.id, contact.name, True
        plan = None
        if capture.followup is not None:
            plan = together.FollowUpPlan(
                capture.followup.title, capture.followup.due_date, capture.followup.due_time
            )
        logged = together.log_with_followup(
            contact_id=contact_id,
            kind=capture.kind,
            summary=capture.summary,
            occurred_at=capture.occurred_at,
            channel=capture.channel,
            value_direction=value.direction if value else None,
            value_type=value.type if value else None,
            deal_id=deal_id,
            objections=[ObjectionInput(capture.objection)] if capture.objection else (),
            follow_up=plan,
        )
        followup_id = logged.followup.id if logged.followup else None
        introduction_id = None
        told = capture.introduction
        if record_introduction and told is not None:
            introduction_id = introductions.record_introduction(
                direction=told.direction,
                person_a_id=contact_id,
                person_b_id=told.other.id,
                occurred_on=capture.occurred_at.date(),
                context=capture.summary,
            ).id
    return SavedCapture(contact_id, name, created, logged.interaction.id, followup_id, introduction_id)


def undo_capture(saved: SavedCapture) -> None:
    """Move what ``save_capture`` wrote to the trash (restorable from there). A contact it
    created goes too, with everything of theirs, unless something else was logged for them
    since. Parts already trashed are left as they are."""
    with write():
        if saved.introduction_id is not None:
            _trash(introductions.trash_introduction, saved.introduction_id)
        if saved.contact_created and _only_the_capture(saved):
            _trash(contacts.trash_contact, saved.contact_id)
            return
        if saved.followup_id is not None:
            _trash(followups.trash_followup, saved.followup_id)
        _trash(interactions.trash_interaction, saved.interaction_id)


def _only_the_capture(saved: SavedCapture) -> bool:
    if not contacts.contact_exists(saved.contact_id):
        return False
    entries = [
        e.id
        for kind in ("networking", "sales")
        for e in interactions.interactions_for_contact(saved.contact_id, kind=kind, limit=2)
    ]
    todo = [
        f.id
        for kind in ("networking", "sales")
        for f in followups.followups_for_contact(saved.contact_id, kind=kind, include_closed=True, limit=2)
    ]
    return (
        entries == [saved.interaction_id]
        and todo == ([saved.followup_id] if saved.followup_id is not None else [])
        and not deals.deals_for_contact(saved.contact_id)
    )


def _trash(action: Callable[[int], None], item_id: int) -> None:
    try:
        action(item_id)
    except NotFoundError:
        pass  # already in the trash (undone twice, or trashed by hand)
