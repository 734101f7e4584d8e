"""Sales measures: the pipeline board (in ``pipeline_board``, re-exported here), stage
conversion, time per stage and objections that work. The forecast and quota progress are
in ``sales_forecast``, the monthly trends in ``sales_trends``.

Everything is aggregated in SQL or over a few narrow columns, so the numbers stay quick
with 20,000 deals and a million interactions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from typing import Any

from journal.db import database
from journal.db.fields import format_utc
from journal.db.models import OBJECTION_CATEGORIES, OPEN_STAGES
from journal.services.pipeline_board import PipelineCursor as PipelineCursor  # re-exported
from journal.services.pipeline_board import PipelineDeal as PipelineDeal
from journal.services.pipeline_board import StageSummary as StageSummary
from journal.services.pipeline_board import cursor_of as cursor_of
from journal.services.pipeline_board import stage_deals as stage_deals
from journal.services.pipeline_board import stage_summaries as stage_summaries

RATE_QUANTUM = Decimal("0.0001")
DAYS_QUANTUM = Decimal("0.1")
# The path a deal walks when it goes well; "lost" can follow any open stage.
FUNNEL = (*OPEN_STAGES, "won")


def ratio(part: int, whole: int) -> Decimal | None:
    """``part / whole`` as an exact Decimal rounded to 4 places (0.3333), None when whole is 0."""
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(RATE_QUANTUM, ROUND_HALF_UP)


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
