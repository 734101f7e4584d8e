"""Why a reminder matters: what was said last time, the open deal, where the follow-up came from.

Gathered for notifications (tray message, "due now" panel). Stays in the follow-up's own
ledger: a networking follow-up quotes the last networking entry, a sales one the last sales
entry, so the two worlds are never mixed. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from journal.services import deals, interactions
from journal.services.errors import NotFoundError
from journal.services.followups import FollowUpData


@dataclass(frozen=True)
class ReminderContext:
    last_summary: str = ""
    last_at: datetime | None = None
    deal_title: str = ""
    deal_stage: str = ""
    source_summary: str = ""  # the entry this follow-up follows
    source_at: datetime | None = None
    source_deal_title: str = ""  # the deal this follow-up belongs to


def context_for(item: FollowUpData) -> ReminderContext:
    """What a reminder shows about a follow-up: the last entry and where it came from."""
    last = interactions.interactions_for_contact(item.contact_id, kind=item.kind, limit=1)
    source_summary, source_at = "", None
    if item.interaction_id is not None:
        try:
            source = interactions.get_interaction(item.interaction_id)
            source_summary, source_at = source.summary, source.occurred_at
        except NotFoundError:
            pass
    deal_title = deal_stage = source_deal = ""
    if item.deal_id is not None:
        try:
            deal = deals.get_deal(item.deal_id)
            source_deal = deal.title
            deal_title, deal_stage = deal.title, deal.stage
        except NotFoundError:
            pass
    if not deal_title and item.kind == "sales":
        open_deals = [d for d in deals.deals_for_contact(item.contact_id) if d.is_open]
        if open_deals:
            deal_title, deal_stage = open_deals[0].title, open_deals[0].stage
    return ReminderContext(
        last_summary=last[0].summary if last else "",
        last_at=last[0].occurred_at if last else None,
        deal_title=deal_title,
        deal_stage=deal_stage,
        source_summary=source_summary,
        source_at=source_at,
        source_deal_title=source_deal,
    )
