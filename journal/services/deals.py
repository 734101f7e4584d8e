"""Deals: sales opportunities, their stages and the history of every move."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from journal import clock
from journal.db import database
from journal.db.fields import parse_utc
from journal.db.models import OPEN_STAGES, STAGES, Contact, Deal, DealStageChange
from journal.services.contact_records import restore_record, trash_record
from journal.services.contacts import live_contact
from journal.services.derived import refresh_contact_stats
from journal.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from journal.services.events import Action, Entity, changes, write
from journal.services.rows import data_of, live_row
from journal.services.validation import choice, currency_code, day, parse_money, required_text

DEFAULT_PROBABILITY = {
    "prospect": 10,
    "qualified": 25,
    "presentation": 40,
    "proposal": 60,
    "negotiation": 80,
    "won": 100,
    "lost": 0,
}


@dataclass(frozen=True)
class DealData:
    id: int
    uuid: str
    contact_id: int
    contact_name: str
    title: str
    value: Decimal
    currency: str
    stage: str
    probability: int
    expected_close: date | None
    lost_reason: str
    stage_changed_at: datetime
    closed_at: datetime | None
    notes: str
    created_at: datetime

    @property
    def weighted_value(self) -> Decimal:
        """The value times the probability of winning."""
        return self.value * Decimal(self.probability) / Decimal(100)

    @property
    def is_open(self) -> bool:
        """True until the deal is won or lost."""
        return self.stage in OPEN_STAGES


@dataclass(frozen=True)
class StageChangeData:
    from_stage: str | None
    to_stage: str
    changed_at: datetime


def _probability(value: int | None, stage: str) -> int:
    if value is None:
        return DEFAULT_PROBABILITY[stage]
    if not isinstance(value, int) or not 0 <= value <= 100:
        raise ValidationError(
            "probability",
            QT_TRANSLATE_NOOP("Validation", "Probability is a percentage from 0 to 100."),
        )
    return value


def create_deal(
    *,
    contact_id: int,
    title: str,
    value: Any,
    currency: str = "EUR",
    stage: str = "prospect",
    probability: int | None = None,
    expected_close: date | None = None,
    notes: str = "",
    lost_reason: str = "",
) -> DealData:
    """Add a deal for a live contact, at ``stage`` (its history starts there)."""
    title = required_text("title", title)
    amount = parse_money(value)
    choice("stage", stage, STAGES)
    day("expected_close", expected_close, optional=True)
    if stage == "lost" and not lost_reason.strip():
        raise ValidationError("lost_reason", QT_TRANSLATE_NOOP("Validation", "Say why the deal was lost."))
    with write():
        live_contact(contact_id)
        now = clock.now()
        deal = Deal.create(
            contact=contact_id,
            title=title,
            value=amount,
            currency=currency_code(currency),
            stage=stage,
            probability=_probability(probability, stage),
            expected_close=expected_close,
            notes=notes.strip(),
            lost_reason=lost_reason.strip(),
            stage_changed_at=now,
            closed_at=now if stage in ("won", "lost") else None,
        )
        DealStageChange.create(deal=deal, from_stage=None, to_stage=stage, changed_at=now)
        refresh_contact_stats([contact_id])
        changes.emit(Entity.DEAL, Action.CREATED, [deal.id])
    return get_deal(deal.id)


def _live(deal_id: int) -> Deal:
    return live_row(Deal, deal_id, QT_TRANSLATE_NOOP("Validation", "That deal no longer exists."))


def move_deal(
    deal_id: int,
    *,
    stage: str,
    lost_reason: str = "",
    probability: int | None = None,
    at: datetime | None = None,
) -> DealData:
    """Move a deal to ``stage`` and record the move. Lost requires a reason."""
    choice("stage", stage, STAGES)
    with write():
        deal = _live(deal_id)
        if deal.stage == stage:
            return get_deal(deal_id)
        if stage == "lost" and not lost_reason.strip():
            raise ValidationError(
                "lost_reason", QT_TRANSLATE_NOOP("Validation", "Say why the deal was lost.")
            )
        now = at or clock.now()
        DealStageChange.create(deal=deal, from_stage=deal.stage, to_stage=stage, changed_at=now)
        deal.stage = stage
        deal.stage_changed_at = now
        deal.probability = _probability(probability, stage)
        deal.lost_reason = lost_reason.strip() if stage == "lost" else ""
        deal.closed_at = now if stage in ("won", "lost") else None
        deal.updated_at = clock.now()
        deal.save()
        refresh_contact_stats([deal.contact_id])
        changes.emit(Entity.DEAL, Action.UPDATED, [deal_id])
    return get_deal(deal_id)


def move_deals(deal_ids: Sequence[int], *, stage: str, lost_reason: str = "") -> list[DealData]:
    """Move several deals to ``stage`` in one transaction: all of them move, or none."""
    with write():
        return [move_deal(deal_id, stage=stage, lost_reason=lost_reason) for deal_id in deal_ids]


def update_deal(deal_id: int, **values: Any) -> DealData:
    """Change a live deal's title, value, currency, probability, expected close or notes."""
    allowed = {"title", "value", "currency", "probability", "expected_close", "notes"}
    unknown = set(values) - allowed
    if unknown:
        raise TypeError(f"unknown deal fields: {', '.join(sorted(unknown))}")
    with write():
        deal = _live(deal_id)
        if "title" in values:
            deal.title = required_text("title", values["title"])
        if "value" in values:
            deal.value = parse_money(values["value"])
        if "currency" in values:
            deal.currency = currency_code(values["currency"])
        if "probability" in values:
            deal.probability = _probability(values["probability"], deal.stage)
        if "expected_close" in values:
            deal.expected_close = day("expected_close", values["expected_close"], optional=True)
        if "notes" in values:
            deal.notes = (values["notes"] or "").strip()
        deal.updated_at = clock.now()
        deal.save()
        changes.emit(Entity.DEAL, Action.UPDATED, [deal_id])
    return get_deal(deal_id)


def trash_deal(deal_id: int) -> None:
    """Move a deal to the trash."""
    with write():
        trash_record(_live(deal_id), Entity.DEAL)


def restore_deal(deal_id: int) -> None:
    """Bring a deal back from the trash (its contact must not be in the trash)."""
    with write():
        restore_record(
            Deal, deal_id, Entity.DEAL, QT_TRANSLATE_NOOP("Validation", "That deal is not in the trash.")
        )


def _as_data(deal: Deal, contact_name: str) -> DealData:
    return data_of(DealData, deal, contact_name=contact_name)


def get_deal(deal_id: int) -> DealData:
    """One deal (trashed ones too); ``NotFoundError`` when it does not exist."""
    deal = Deal.get_or_none(Deal.id == deal_id)
    if deal is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Validation", "That deal no longer exists."))
    return _as_data(deal, Contact.get_by_id(deal.contact_id).name)


def _live_deals() -> Any:
    return (
        Deal.select(Deal, Contact.name.alias("contact_name"))
        .join(Contact, on=(Deal.contact == Contact.id))
        .where(Deal.deleted_at.is_null() & Contact.deleted_at.is_null())
    )


def deals_for_contact(contact_id: int) -> list[DealData]:
    """A contact's live deals, most recently moved first (read as plain rows: a contact's
    page asks for them every time it opens)."""
    rows = database.execute_sql(
        """SELECT d.id, d.uuid, d.contact_id, c.name, d.title, d.value, d.currency, d.stage,
                  d.probability, d.expected_close, d.lost_reason, d.stage_changed_at, d.closed_at,
                  d.notes, d.created_at
           FROM deal d JOIN contact c ON c.id = d.contact_id
           WHERE d.contact_id = ? AND d.deleted_at IS NULL AND c.deleted_at IS NULL
           ORDER BY d.stage_changed_at DESC""",
        [contact_id],
    ).fetchall()
    return [
        DealData(
            r[0], r[1], r[2], r[3], r[4], Decimal(r[5]), r[6], r[7], r[8],
            date.fromisoformat(r[9]) if r[9] else None, r[10], parse_utc(r[11]),
            parse_utc(r[12]) if r[12] else None, r[13], parse_utc(r[14]),
        )
        for r in rows
    ]  # fmt: skip


def deals_by_stage(stages: tuple[str, ...] = STAGES) -> dict[str, list[DealData]]:
    """Live deals of live contacts grouped by stage, oldest move first."""
    result: dict[str, list[DealData]] = {stage: [] for stage in stages}
    query = _live_deals().where(Deal.stage.in_(stages)).order_by(Deal.stage_changed_at)
    for d in query.objects():
        result[d.stage].append(_as_data(d, d.contact_name))
    return result


def stage_history(deal_id: int) -> list[StageChangeData]:
    """Every stage a deal went through, oldest first."""
    query = (
        DealStageChange.select()
        .where(DealStageChange.deal == deal_id)
        .order_by(DealStageChange.changed_at, DealStageChange.id)
    )
    return [StageChangeData(c.from_stage, c.to_stage, c.changed_at) for c in query]
