"""Writes that belong together, in one transaction: all of them are kept, or none.

A form that writes several records (an entry and the follow-up it asks for, an
introduction and a follow-up with each person) calls one function here instead of
chaining service calls: when a later part is refused, the earlier ones are rolled back,
so saving again after fixing the problem never writes the first part twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from journal.services import followups, interactions, introductions
from journal.services.events import write
from journal.services.followups import FollowUpData
from journal.services.interactions import InteractionData
from journal.services.introductions import IntroductionData


@dataclass(frozen=True)
class FollowUpPlan:
    """A follow-up to create with something else; ``contact_id`` None means the contact of the
    entry it follows."""

    title: str
    due_date: date
    due_time: time | None = None
    contact_id: int | None = None


@dataclass(frozen=True)
class LoggedEntry:
    """What ``log_with_followup`` wrote."""

    interaction: InteractionData
    followup: FollowUpData | None = None


@dataclass(frozen=True)
class RecordedIntroduction:
    """What ``introduce_with_followups`` wrote."""

    introduction: IntroductionData
    followups: list[FollowUpData] = field(default_factory=list)


def log_with_followup(*, follow_up: FollowUpPlan | None = None, **entry: Any) -> LoggedEntry:
    """``interactions.log_interaction(**entry)`` and, if asked, a follow-up of that entry (same
    kind, linked to it and to its deal), in one transaction."""
    with write():
        saved = interactions.log_interaction(**entry)
        made = None
        if follow_up is not None:
            made = followups.create_followup(
                contact_id=follow_up.contact_id or saved.contact_id,
                kind=saved.kind,
                title=follow_up.title,
                due_date=follow_up.due_date,
                due_time=follow_up.due_time,
                interaction_id=saved.id,
                deal_id=saved.deal_id,
            )
    return LoggedEntry(saved, made)


def introduce_with_followups(
    *, follow_ups: Sequence[FollowUpPlan] = (), **introduction: Any
) -> RecordedIntroduction:
    """``introductions.record_introduction(**introduction)`` and networking follow-ups
    (``contact_id`` of each plan: one of the two people), in one transaction."""
    with write():
        saved = introductions.record_introduction(**introduction)
        made = [
            followups.create_followup(
                contact_id=plan.contact_id or saved.person_a_id,
                kind="networking",
                title=plan.title,
                due_date=plan.due_date,
                due_time=plan.due_time,
            )
            for plan in follow_ups
        ]
    return RecordedIntroduction(saved, made)
