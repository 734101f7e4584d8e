"""Automation that offers (never forces) a follow-up after certain events. No Qt.

- A deal moved to *won* -> a post-sale satisfaction check after N days (sales).
- A networking *meeting* or *event* logged -> a thank-you follow-up the next day (networking),
  unless a follow-up with that person is already planned (made with the entry, or due soon).
- An introduction given or received logged -> recording the introduction itself (who met whom).

``offer_for_change`` looks at one committed change and returns an ``Offer`` or None; the UI
shows it in a bar with Add / Dismiss and calls ``accept`` when the user clicks Add.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from journal import clock
from journal.services import deals, followups, interactions, introductions
from journal.services.errors import QT_TRANSLATE_NOOP, NotFoundError
from journal.services.events import Action, Change, Entity
from journal.services.followups import FollowUpData
from journal.services.interactions import InteractionData

THANK_YOU_CHANNELS = ("meeting", "event")
# Changes older than this are history being edited or imported, not something that just happened.
RECENT = timedelta(days=2)

POST_SALE_TITLE = QT_TRANSLATE_NOOP("Offers", "Check that {name} is happy with “{deal}”")
THANK_YOU_TITLE = QT_TRANSLATE_NOOP("Offers", "Send {name} a thank-you note")
INTRODUCTION_TITLE = QT_TRANSLATE_NOOP("Offers", "Record the introduction with {name}")
# A thank-you is not offered while a follow-up with the person is due this soon after it.
PLANNED_WITHIN = timedelta(days=7)


@dataclass(frozen=True)
class Offer:
    key: str  # identifies the offer so it is made once ("deal-won:12", "thank-you:40")
    reason: str  # "post_sale" | "thank_you"
    contact_id: int
    contact_name: str
    kind: str  # the follow-up's ledger
    title_template: str  # untranslated; the UI translates it (context "Offers") and formats it
    title_args: tuple[tuple[str, str], ...]
    due_date: date
    deal_id: int | None = None
    interaction_id: int | None = None
    direction: str = ""  # introductions: "i_introduced" or "introduced_me"

    def title(self, translate: Callable[[str], str] | None = None) -> str:
        """The offered follow-up's title (translated with ``translate`` when given)."""
        template = translate(self.title_template) if translate is not None else self.title_template
        return template.format(**dict(self.title_args))


def offer_for_change(
    change: Change, *, post_sale_days: int = 14, now: datetime | None = None
) -> Offer | None:
    """A follow-up worth offering after ``change`` (a won deal, a meeting), or None."""
    now = now or clock.now()
    if (
        change.entity == Entity.DEAL
        and change.action in (Action.UPDATED, Action.CREATED)
        and len(change.ids) == 1
    ):
        return _post_sale(change.ids[0], post_sale_days, now)
    if change.entity == Entity.INTERACTION and change.action == Action.CREATED and len(change.ids) == 1:
        return _thank_you(change.ids[0], now)
    return None


def offers_for_change(
    change: Change, *, post_sale_days: int = 14, now: datetime | None = None
) -> list[Offer]:
    """Every offer worth making after ``change``: a follow-up (see ``offer_for_change``) and,
    for an introduction given or received, recording the introduction."""
    found = [offer_for_change(change, post_sale_days=post_sale_days, now=now)]
    if change.entity == "interaction" and change.action == "created" and len(change.ids) == 1:
        found.append(_introduction(change.ids[0], now or clock.now()))
    return [offer for offer in found if offer is not None]


def _recent_networking_entry(interaction_id: int, now: datetime) -> InteractionData | None:
    """The entry ``interaction_id`` if it is a networking one that happened just now (within RECENT)."""
    try:
        entry = interactions.get_interaction(interaction_id)
    except NotFoundError:
        return None
    if entry.kind != "networking" or abs(now - entry.occurred_at) > RECENT:
        return None
    return entry


def _introduction(interaction_id: int, now: datetime) -> Offer | None:
    entry = _recent_networking_entry(interaction_id, now)
    if entry is None or entry.value_type != "introduction":
        return None
    day = entry.occurred_at.astimezone(clock.local_zone()).date()
    if any(i.occurred_on == day for i in introductions.introductions_for_contact(entry.contact_id)):
        return None  # recorded already (quick capture records it with the entry)
    direction = "i_introduced" if entry.value_direction == "gave" else "introduced_me"
    return _entry_offer(entry, "introduction", "introduction", INTRODUCTION_TITLE, clock.today(), direction)


def _entry_offer(
    entry: InteractionData, reason: str, key: str, template: str, due_date: date, direction: str = ""
) -> Offer:
    """An offer that follows a networking entry: for its person, in the networking ledger."""
    return Offer(
        key=f"{key}:{entry.id}",
        reason=reason,
        contact_id=entry.contact_id,
        contact_name=entry.contact_name,
        kind="networking",
        title_template=template,
        title_args=(("name", entry.contact_name),),
        due_date=due_date,
        interaction_id=entry.id,
        direction=direction,
    )


def _post_sale(deal_id: int, days: int, now: datetime) -> Offer | None:
    try:
        deal = deals.get_deal(deal_id)
    except NotFoundError:
        return None
    if deal.stage != "won" or now - deal.stage_changed_at > RECENT:
        return None
    if any(f.deal_id == deal_id for f in _open_followups(deal.contact_id, "sales")):
        return None
    won_on = deal.stage_changed_at.astimezone(clock.local_zone()).date()
    return Offer(
        key=f"deal-won:{deal_id}",
        reason="post_sale",
        contact_id=deal.contact_id,
        contact_name=deal.contact_name,
        kind="sales",
        title_template=POST_SALE_TITLE,
        title_args=(("name", deal.contact_name), ("deal", deal.title)),
        due_date=max(won_on + timedelta(days=days), clock.today()),
        deal_id=deal_id,
    )


def _thank_you(interaction_id: int, now: datetime) -> Offer | None:
    entry = _recent_networking_entry(interaction_id, now)
    if entry is None or entry.channel not in THANK_YOU_CHANNELS:
        return None
    happened = entry.occurred_at.astimezone(clock.local_zone()).date()
    due = max(happened + timedelta(days=1), clock.today())
    if any(
        f.interaction_id == interaction_id or f.due_date <= due + PLANNED_WITHIN
        for f in _open_followups(entry.contact_id, "networking")
    ):
        return None  # a follow-up is already planned (this one's, or a thank-you offered before)
    return _entry_offer(entry, "thank_you", "thank-you", THANK_YOU_TITLE, due)


def _open_followups(contact_id: int, kind: str) -> list[FollowUpData]:
    return followups.followups_for_contact(contact_id, kind=kind)


def accept(offer: Offer, title: str) -> FollowUpData:
    """Create the offered follow-up (``title`` is the translated title the user saw)."""
    return followups.create_followup(
        contact_id=offer.contact_id,
        kind=offer.kind,
        title=title,
        due_date=offer.due_date,
        deal_id=offer.deal_id,
        interaction_id=offer.interaction_id,
    )
