"""The sales outlook: the weighted forecast of open deals and the progress towards a quota.

Money is summed in Python as ``Decimal`` (SQLite's ``sum()`` would go through floating
point); amounts of different currencies are never added up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from journal import clock
from journal.db import database
from journal.db.models import OPEN_STAGES
from journal.services.local_months import add_months, local_midnight_utc
from journal.services.quotas import get_quota, period_start
from journal.services.sales import RATE_QUANTUM

CENTS = Decimal("0.01")


@dataclass(frozen=True)
class ForecastMonth:
    month: date | None  # first day of the expected-close month; None = no date set
    currency: str
    deals: int
    total: Decimal
    weighted: Decimal  # sum of value × probability / 100


def weighted_forecast() -> list[ForecastMonth]:
    """Open deals by expected-close month (undated last), value and weighted value."""
    stages = ", ".join(f"'{s}'" for s in OPEN_STAGES)
    cursor = database.execute_sql(
        f"""SELECT substr(expected_close, 1, 7), currency, value, probability FROM deal
            WHERE deleted_at IS NULL AND stage IN ({stages})"""
    )
    buckets: dict[tuple[str | None, str], list[Any]] = {}
    for month, currency, value, probability in cursor:
        amount = Decimal(value)
        bucket = buckets.setdefault((month, currency), [0, Decimal(0), Decimal(0)])
        bucket[0] += 1
        bucket[1] += amount
        bucket[2] += amount * Decimal(probability) / Decimal(100)
    result = [
        ForecastMonth(date.fromisoformat(f"{m}-01") if m else None, cur, n, total, weighted)
        for (m, cur), (n, total, weighted) in buckets.items()
    ]
    result.sort(key=lambda f: (f.month is None, f.month or date.min, f.currency))
    return result


def period_end(start: date, period: str) -> date:
    """First day after the month or quarter starting at ``start``."""
    return add_months(start, 3 if period == "quarter" else 1)


def quota_target(start: date, period: str = "month") -> tuple[Decimal, str] | None:
    """The target for a period: its own quota, else one derived from the other period kind
    (a quarter without a quota adds up its months when they share a currency; a month
    without one gets a third of its quarter's, to the cent)."""
    own = get_quota(start, period)
    if own is not None:
        return own.amount, own.currency
    if period == "quarter":
        months = [get_quota(add_months(start, n), "month") for n in range(3)]
        found = [q for q in months if q is not None]
        if not found or len({q.currency for q in found}) > 1:
            return None  # amounts in different currencies are never added up
        return sum((q.amount for q in found), Decimal(0)), found[0].currency
    quarter = get_quota(start, "quarter")
    if quarter is None:
        return None
    return (quarter.amount / 3).quantize(CENTS, ROUND_HALF_UP), quarter.currency


def won_between(start: date, end: date, currency: str | None = None) -> tuple[Decimal, int]:
    """Value and count of deals won from local midnight of ``start`` up to (not incl.) ``end``."""
    params: list[Any] = [local_midnight_utc(start), local_midnight_utc(end)]
    where = ""
    if currency:
        where = "AND currency = ?"
        params.append(currency)
    total, count = Decimal(0), 0
    cursor = database.execute_sql(
        f"""SELECT value FROM deal WHERE deleted_at IS NULL AND stage = 'won'
            AND closed_at >= ? AND closed_at < ? {where}""",
        params,
    )
    for (value,) in cursor:
        total += Decimal(value)
        count += 1
    return total, count


@dataclass(frozen=True)
class QuotaProgress:
    period: str
    start: date
    end: date  # exclusive
    target: Decimal | None
    currency: str
    won: Decimal
    won_deals: int
    open_weighted: Decimal  # weighted value of open deals expected to close in the period

    @property
    def fraction(self) -> Decimal | None:
        """Won value over the target (4 places), None without a target."""
        if not self.target:
            return None
        return (self.won / self.target).quantize(RATE_QUANTUM, ROUND_HALF_UP)

    @property
    def remaining(self) -> Decimal | None:
        """What is left to win to reach the target (never below zero)."""
        if self.target is None:
            return None
        return max(self.target - self.won, Decimal(0))


def quota_progress(
    *,
    day: date | None = None,
    period: str = "month",
    currency: str | None = None,
    default_currency: str = "EUR",
) -> QuotaProgress:
    """Won value in the month or quarter containing ``day`` (local time) against its quota.

    ``currency``: the figures in that currency (its target only when the quota is in it);
    without it, the quota's currency, else ``default_currency``."""
    day = day or clock.today()
    start = period_start(day, period)
    end = period_end(start, period)
    target = quota_target(start, period)
    if currency is None:
        currency = target[1] if target else default_currency
    if target is not None and target[1] != currency:
        target = None
    won, count = won_between(start, end, currency)
    stages = ", ".join(f"'{s}'" for s in OPEN_STAGES)
    weighted = Decimal(0)
    cursor = database.execute_sql(
        f"""SELECT value, probability FROM deal WHERE deleted_at IS NULL AND stage IN ({stages})
            AND currency = ? AND expected_close >= ? AND expected_close < ?""",
        [currency, start.isoformat(), end.isoformat()],
    )
    for value, probability in cursor:
        weighted += Decimal(value) * Decimal(probability) / Decimal(100)
    return QuotaProgress(period, start, end, target[0] if target else None, currency, won, count, weighted)


def progress_by_currency(
    *, day: date | None = None, period: str = "month", default_currency: str = "EUR"
) -> list[QuotaProgress]:
    """The period's progress in every currency it has something in: the quota's (or the default)
    first, then each other currency of a deal won then or expected to close then. No currency
    is ever dropped or added to another."""
    day = day or clock.today()
    start = period_start(day, period)
    end = period_end(start, period)
    first = quota_progress(day=day, period=period, default_currency=default_currency)
    stages = ", ".join(f"'{s}'" for s in OPEN_STAGES)
    cursor = database.execute_sql(
        f"""SELECT DISTINCT currency FROM deal WHERE deleted_at IS NULL AND (
                (stage = 'won' AND closed_at >= ? AND closed_at < ?)
                OR (stage IN ({stages}) AND expected_close >= ? AND expected_close < ?))
            ORDER BY currency""",
        [local_midnight_utc(start), local_midnight_utc(end), start.isoformat(), end.isoformat()],
    )
    others = [str(code) for (code,) in cursor if code != first.currency]
    return [first, *(quota_progress(day=day, period=period, currency=code) for code in others)]
