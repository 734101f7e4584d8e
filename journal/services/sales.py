"""Sales measures: the pipeline board (in ``pipeline_board``, re-exported here), stage
conversion, time per stage, objections that work, weighted forecast, quota progress and
monthly trends.

Everything is aggregated in SQL or over a few narrow columns, so the numbers stay quick
with 20,000 deals and a million interactions. Money is summed in Python as ``Decimal``
because SQLite's ``sum()`` would go through floating point. Months are the user's local
calendar months (``clock.local_zone()``); stored instants are UTC.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from typing import Any

from journal import clock
from journal.db import database
from journal.db.fields import format_utc, parse_utc
from journal.db.models import KINDS, OBJECTION_CATEGORIES, OPEN_STAGES
from journal.services.pipeline_board import PipelineCursor as PipelineCursor  # re-exported
from journal.services.pipeline_board import PipelineDeal as PipelineDeal
from journal.services.pipeline_board import StageSummary as StageSummary
from journal.services.pipeline_board import cursor_of as cursor_of
from journal.services.pipeline_board import stage_deals as stage_deals
from journal.services.pipeline_board import stage_summaries as stage_summaries
from journal.services.quotas import get_quota, period_start

RATE_QUANTUM = Decimal("0.0001")
DAYS_QUANTUM = Decimal("0.1")
CENTS = Decimal("0.01")
# The path a deal walks when it goes well; "lost" can follow any open stage.
FUNNEL = (*OPEN_STAGES, "won")


def ratio(part: int, whole: int) -> Decimal | None:
    """``part / whole`` as an exact Decimal rounded to 4 places (0.3333), None when whole is 0."""
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(RATE_QUANTUM, ROUND_HALF_UP)


def add_months(month: date, count: int) -> date:
    """The first day of the month ``count`` months after ``month`` (before, if negative)."""
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def month_of(day: date) -> date:
    """The first day of ``day``'s month."""
    return date(day.year, day.month, 1)


def local_midnight_utc(day: date) -> str:
    """The stored (UTC text) form of local midnight at the start of ``day``."""
    return format_utc(datetime.combine(day, time(0), tzinfo=clock.local_zone()))


def local_month_of(stored: str) -> date:
    """The local calendar month (its first day) of a stored UTC moment."""
    return month_of(parse_utc(stored).astimezone(clock.local_zone()).date())


# --- stage conversion and time per stage ------------------------------------------------------------


@dataclass(frozen=True)
class StageConversion:
    """Of the deals that reached ``from_stage`` (or went past it), how many reached ``to_stage``."""

    from_stage: str
    to_stage: str
    reached: int
    advanced: int

    @property
    def rate(self) -> Decimal | None:
        """Share of the deals reaching this stage that went on to the next one."""
        return ratio(self.advanced, self.reached)


def _rank_sql() -> str:
    cases = " ".join(f"WHEN '{stage}' THEN {index}" for index, stage in enumerate(FUNNEL))
    return f"CASE s.to_stage {cases} END"


def stage_reach(*, since: datetime | None = None) -> dict[str, int]:
    """How many live deals reached each funnel stage (or a later one), from the stage history.

    A deal that skipped a stage (prospect straight to proposal) still counts as having passed it,
    so the funnel never widens; a lost deal counts up to the furthest stage it reached."""
    params: list[Any] = []
    where = "d.deleted_at IS NULL AND s.to_stage != 'lost'"
    if since is not None:
        where += " AND d.created_at >= ?"
        params.append(format_utc(since))
    rows = database.execute_sql(
        f"""SELECT furthest, count(*) FROM (
                SELECT max({_rank_sql()}) AS furthest
                FROM deal_stage_change s JOIN deal d ON d.id = s.deal_id
                WHERE {where}
                GROUP BY s.deal_id)
            GROUP BY furthest""",
        params,
    ).fetchall()
    at_least = [0] * len(FUNNEL)
    for furthest, count in rows:
        if furthest is None:
            continue
        for index in range(int(furthest) + 1):
            at_least[index] += int(count)
    return dict(zip(FUNNEL, at_least, strict=True))


def stage_conversion(*, since: datetime | None = None) -> list[StageConversion]:
    """Stage-to-stage conversion along prospect → … → negotiation → won."""
    reach = stage_reach(since=since)
    return [StageConversion(a, b, reach[a], reach[b]) for a, b in pairwise(FUNNEL)]


@dataclass(frozen=True)
class StageDuration:
    stage: str
    stays: int  # how many times a deal left this stage
    total_seconds: int

    @property
    def average_days(self) -> Decimal | None:
        """Average days a deal stays in this stage (one decimal), None without stays."""
        if not self.stays:
            return None
        return (Decimal(self.total_seconds) / Decimal(self.stays) / Decimal(86400)).quantize(
            DAYS_QUANTUM, ROUND_HALF_UP
        )


def average_days_per_stage() -> list[StageDuration]:
    """Average time deals spent in each open stage before moving on (finished stays only)."""
    rows = database.execute_sql(
        """SELECT to_stage, count(*), sum(seconds) FROM (
               SELECT s.to_stage,
                      CAST(strftime('%s', lead(s.changed_at) OVER w) AS INTEGER)
                        - CAST(strftime('%s', s.changed_at) AS INTEGER) AS seconds
               FROM deal_stage_change s JOIN deal d ON d.id = s.deal_id
               WHERE d.deleted_at IS NULL
               WINDOW w AS (PARTITION BY s.deal_id ORDER BY s.changed_at, s.id))
           WHERE seconds IS NOT NULL
           GROUP BY to_stage"""
    ).fetchall()
    found = {stage: (int(count), int(total or 0)) for stage, count, total in rows}
    return [StageDuration(stage, *found.get(stage, (0, 0))) for stage in OPEN_STAGES]


# --- objections --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ObjectionResponseStats:
    """How one response to one kind of objection worked out, counted per deal."""

    category: str
    response: str
    uses: int  # objections answered this way
    resolved: int  # of those, marked resolved on the spot
    deals: int  # distinct deals they were raised on
    won: int
    lost: int

    @property
    def open(self) -> int:
        """Deals with this objection and response that are still open."""
        return self.deals - self.won - self.lost

    @property
    def win_rate(self) -> Decimal | None:
        """Won deals over decided (won + lost) deals; open deals are not counted yet."""
        return ratio(self.won, self.won + self.lost)


def objection_win_rates() -> list[ObjectionResponseStats]:
    """Per objection type, which responses led to won deals, best first."""
    rows = database.execute_sql(
        """SELECT o.category, o.response, count(o.id), sum(o.outcome = 'resolved'),
                  count(DISTINCT d.id),
                  count(DISTINCT CASE WHEN d.stage = 'won' THEN d.id END),
                  count(DISTINCT CASE WHEN d.stage = 'lost' THEN d.id END)
           FROM objection o
           JOIN interaction i ON i.id = o.interaction_id
           LEFT JOIN deal d ON d.id = i.deal_id AND d.deleted_at IS NULL
           WHERE o.deleted_at IS NULL AND i.deleted_at IS NULL
           GROUP BY o.category, o.response"""
    ).fetchall()
    stats = [ObjectionResponseStats(r[0], r[1], int(r[2]), int(r[3] or 0), *map(int, r[4:7])) for r in rows]
    order = {c: i for i, c in enumerate(OBJECTION_CATEGORIES)}
    stats.sort(
        key=lambda s: (
            order.get(s.category, len(order)),
            -(s.win_rate if s.win_rate is not None else Decimal(-1)),
            -s.uses,
            s.response.casefold(),
        )
    )
    return stats


# --- forecast and quota ------------------------------------------------------------------------------


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


# --- monthly trends ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthWon:
    month: date
    won: Decimal
    deals: int
    quota: Decimal | None


def last_months(months: int, today: date | None = None) -> list[date]:
    """First days of the last ``months`` local months, oldest first, the current one last."""
    current = month_of(today or clock.today())
    return [add_months(current, -back) for back in range(months - 1, -1, -1)]


def won_per_month(*, months: int = 12, today: date | None = None, currency: str = "EUR") -> list[MonthWon]:
    """Won value per local month for the last ``months`` months, with each month's quota."""
    span = last_months(months, today)
    sums: dict[date, Decimal] = defaultdict(Decimal)
    counts: dict[date, int] = defaultdict(int)
    cursor = database.execute_sql(
        """SELECT closed_at, value FROM deal WHERE deleted_at IS NULL AND stage = 'won'
           AND currency = ? AND closed_at >= ? AND closed_at < ?""",
        [currency, local_midnight_utc(span[0]), local_midnight_utc(add_months(span[-1], 1))],
    )
    for closed_at, value in cursor:
        month = local_month_of(closed_at)
        sums[month] += Decimal(value)
        counts[month] += 1
    result = []
    for month in span:
        target = quota_target(month, "month")
        result.append(MonthWon(month, sums[month], counts[month], target[0] if target else None))
    return result


@dataclass(frozen=True)
class MonthCounts:
    month: date
    counts: dict[str, int]  # kind -> interactions

    @property
    def total(self) -> int:
        """Interactions of every kind in the month."""
        return sum(self.counts.values())


def interactions_per_month(*, months: int = 12, today: date | None = None) -> list[MonthCounts]:
    """Interactions per local month and kind (networking, sales) for the last ``months`` months.

    Each (kind, month) is a range count on the covering (kind, occurred_at) index, with the
    month's exact local edges; entries in the trash are then taken off (they are few, found
    by one pass that reads no index). With a million entries this stays well under a second,
    where grouping every row would take several."""
    span = last_months(months, today)
    edges = [local_midnight_utc(m) for m in [*span, add_months(span[-1], 1)]]
    counts: dict[date, dict[str, int]] = {m: dict.fromkeys(KINDS, 0) for m in span}
    for kind in KINDS:
        for month, start, end in zip(span, edges, edges[1:], strict=False):
            counts[month][kind] = int(
                database.execute_sql(
                    "SELECT count(*) FROM interaction"
                    " WHERE kind = ? AND occurred_at >= ? AND occurred_at < ?",
                    [kind, start, end],
                ).fetchone()[0]
            )
    trashed = database.execute_sql(
        "SELECT kind, occurred_at FROM interaction WHERE deleted_at IS NOT NULL AND +occurred_at >= ?",
        [edges[0]],
    )
    for kind, occurred_at in trashed:
        if occurred_at < edges[-1] and kind in KINDS:
            month = local_month_of(occurred_at)
            if month in counts:
                counts[month][kind] -= 1
    return [MonthCounts(m, counts[m]) for m in span]
