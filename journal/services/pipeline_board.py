"""The pipeline board: deals per stage, a page at a time, with each stage's count and value.

``sales`` re-exports these names (``sales.stage_deals`` ...), next to the other sales measures.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from journal import clock
from journal.db import database
from journal.db.fields import format_utc, parse_utc
from journal.db.models import STAGES


@dataclass(frozen=True)
class PipelineDeal:
    id: int
    title: str
    contact_id: int
    contact_name: str
    value: Decimal
    currency: str
    stage: str
    probability: int
    stage_changed_at: datetime
    expected_close: date | None

    def days_in_stage(self, now: datetime | None = None) -> int:
        """Whole days since the deal moved to its stage."""
        return max(0, ((now or clock.now()) - self.stage_changed_at).days)


@dataclass(frozen=True)
class StageSummary:
    stage: str
    count: int
    totals: dict[str, Decimal] = field(default_factory=dict)  # currency -> sum of values


PipelineCursor = tuple[str, int]  # (stored stage_changed_at, deal id) of the last row shown


def stage_summaries() -> dict[str, StageSummary]:
    """Deal count and value per stage (per currency)."""
    counts: dict[str, int] = defaultdict(int)
    totals: dict[str, dict[str, Decimal]] = defaultdict(dict)
    # grouped in SQL, summed exactly as Decimals here (SQLite would add floats)
    cursor = database.execute_sql(
        "SELECT stage, currency, count(*), group_concat(value, ' ') FROM deal INDEXED BY deal_board"
        " WHERE deleted_at IS NULL GROUP BY stage, currency"
    )
    for stage, currency, count, values in cursor:
        counts[stage] += count
        totals[stage][currency] = sum(map(Decimal, values.split()), Decimal(0))
    return {s: StageSummary(s, counts.get(s, 0), dict(totals.get(s, {}))) for s in STAGES}


def stage_deals(stage: str, *, limit: int = 200, after: PipelineCursor | None = None) -> list[PipelineDeal]:
    """One page of a stage's deals, most recently moved first."""
    params: list[Any] = [stage]
    keyset = ""
    if after is not None:
        keyset = "AND (d.stage_changed_at < ? OR (d.stage_changed_at = ? AND d.id < ?))"
        params += [after[0], after[0], after[1]]
    rows = database.execute_sql(
        f"""SELECT d.id, d.title, d.contact_id, c.name, d.value, d.currency, d.stage, d.probability,
                   d.stage_changed_at, d.expected_close
            FROM deal d INDEXED BY deal_board CROSS JOIN contact c ON c.id = d.contact_id
            WHERE d.deleted_at IS NULL AND d.stage = ? {keyset}
            ORDER BY d.stage_changed_at DESC, d.id DESC LIMIT ?""",
        [*params, limit],
    ).fetchall()
    return [
        PipelineDeal(
            id=r[0],
            title=r[1],
            contact_id=r[2],
            contact_name=r[3],
            value=Decimal(r[4]),
            currency=r[5],
            stage=r[6],
            probability=r[7],
            stage_changed_at=parse_utc(r[8]),
            expected_close=date.fromisoformat(r[9]) if r[9] else None,
        )
        for r in rows
    ]


def cursor_of(deal: PipelineDeal) -> PipelineCursor:
    """Where the next page of ``deal``'s stage starts (pass it as ``after``)."""
    return (format_utc(deal.stage_changed_at), deal.id)
