"""Sales quotas: a target per month or quarter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from journal import clock
from journal.db.models import QUOTA_PERIODS, Quota
from journal.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from journal.services.events import Action, Entity, changes, write
from journal.services.rows import live_row
from journal.services.validation import choice, currency_code, day, parse_money


@dataclass(frozen=True)
class QuotaData:
    id: int
    period: str
    period_start: date
    amount: Decimal
    currency: str


def period_start(day: date, period: str) -> date:
    """The first day of the month or quarter holding ``day``."""
    if period == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return date(day.year, day.month, 1)


def set_quota(*, period_start: date, amount: Any, currency: str = "EUR", period: str = "month") -> QuotaData:
    """Set (or replace) the target for the month or quarter containing ``period_start``."""
    choice("period", period, QUOTA_PERIODS)
    day("period_start", period_start)
    value = parse_money(amount, "amount")
    start = _period_start(period_start, period)
    if start != period_start and period_start.day != 1:
        raise ValidationError(
            "period_start",
            QT_TRANSLATE_NOOP("Validation", "A quota starts on the first day of its period."),
        )
    with write():
        row = Quota.get_or_none(
            (Quota.period == period) & (Quota.period_start == start) & Quota.deleted_at.is_null()
        )
        if row is None:
            row = Quota.create(
                period=period, period_start=start, amount=value, currency=currency_code(currency)
            )
        else:
            row.amount = value
            row.currency = currency_code(currency)
            row.updated_at = clock.now()
            row.save()
        changes.emit(Entity.QUOTA, Action.UPDATED, [row.id])
    return QuotaData(row.id, row.period, row.period_start, row.amount, row.currency)


_period_start = period_start


def get_quota(day: date, period: str = "month") -> QuotaData | None:
    """The quota of the month or quarter holding ``day``, or None."""
    start = period_start(day, period)
    row = Quota.get_or_none(
        (Quota.period == period) & (Quota.period_start == start) & Quota.deleted_at.is_null()
    )
    return QuotaData(row.id, row.period, row.period_start, row.amount, row.currency) if row else None


def _live_in(period: str, start: date) -> Quota | None:
    return Quota.get_or_none(
        (Quota.period == period) & (Quota.period_start == start) & Quota.deleted_at.is_null()
    )


def delete_quota(quota_id: int) -> None:
    """Move a quota to the trash (its period has no target until one is set or it is restored)."""
    with write():
        row = live_row(Quota, quota_id, QT_TRANSLATE_NOOP("Validation", "That quota no longer exists."))
        row.deleted_at = row.updated_at = clock.now()
        row.save()
        changes.emit(Entity.QUOTA, Action.TRASHED, [quota_id])


def restore_quota(quota_id: int) -> None:
    """Bring a deleted quota back, unless its period has been given another one since."""
    with write():
        row = Quota.get_or_none((Quota.id == quota_id) & Quota.deleted_at.is_null(False))
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Validation", "That quota is not in the trash."))
        if _live_in(row.period, row.period_start) is not None:
            raise ValidationError(
                "period_start",
                QT_TRANSLATE_NOOP("Validation", "That period has another quota now; delete it first."),
            )
        row.deleted_at = None
        row.updated_at = clock.now()
        row.save()
        changes.emit(Entity.QUOTA, Action.RESTORED, [quota_id])
