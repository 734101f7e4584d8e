"""Sales measures: stage history, conversion, days per stage, objections, forecast, quota."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from journal.services import contacts, deals, interactions, quotas, sales, sales_forecast, sales_trends
from journal.services.interactions import ObjectionInput
from tests.conftest import FakeClock


def _contact(name: str = "Ana Ruiz") -> int:
    return contacts.create_contact(name=name).id


def _walk(deal_id: int, stages: list[str], start: datetime, step_days: int) -> None:
    at = start
    for stage in stages:
        at += timedelta(days=step_days)
        deals.move_deal(deal_id, stage=stage, at=at, lost_reason="No budget" if stage == "lost" else "")


def test_stage_history_and_conversion(db_path: Path, fake_clock: FakeClock) -> None:
    cid = _contact()
    start = fake_clock.current
    won = deals.create_deal(contact_id=cid, title="Won", value="1000")
    _walk(won.id, ["qualified", "presentation", "proposal", "negotiation", "won"], start, 2)
    lost = deals.create_deal(contact_id=cid, title="Lost", value="500")
    _walk(lost.id, ["qualified", "lost"], start, 3)
    skipped = deals.create_deal(contact_id=cid, title="Skipper", value="700")
    _walk(skipped.id, ["proposal"], start, 4)  # jumped two stages: still counts as passing them
    deals.create_deal(contact_id=cid, title="New", value="100")

    history = deals.stage_history(won.id)
    assert [(h.from_stage, h.to_stage) for h in history] == [
        (None, "prospect"),
        ("prospect", "qualified"),
        ("qualified", "presentation"),
        ("presentation", "proposal"),
        ("proposal", "negotiation"),
        ("negotiation", "won"),
    ]
    assert sales.stage_reach() == {
        "prospect": 4,
        "qualified": 3,
        "presentation": 2,
        "proposal": 2,
        "negotiation": 1,
        "won": 1,
    }
    rates = {(c.from_stage, c.to_stage): c.rate for c in sales.stage_conversion()}
    assert rates == {
        ("prospect", "qualified"): Decimal("0.7500"),
        ("qualified", "presentation"): Decimal("0.6667"),
        ("presentation", "proposal"): Decimal("1.0000"),
        ("proposal", "negotiation"): Decimal("0.5000"),
        ("negotiation", "won"): Decimal("1.0000"),
    }


def test_trashed_deals_do_not_count(db_path: Path, fake_clock: FakeClock) -> None:
    cid = _contact()
    deal = deals.create_deal(contact_id=cid, title="Gone", value="1")
    deals.trash_deal(deal.id)
    assert sales.stage_reach()["prospect"] == 0
    assert sales.stage_conversion()[0].rate is None


def test_average_days_per_stage(db_path: Path, fake_clock: FakeClock) -> None:
    cid = _contact()
    start = fake_clock.current
    a = deals.create_deal(contact_id=cid, title="A", value="1")
    deals.move_deal(a.id, stage="qualified", at=start + timedelta(days=2))
    deals.move_deal(a.id, stage="proposal", at=start + timedelta(days=7, hours=12))
    b = deals.create_deal(contact_id=cid, title="B", value="1")
    deals.move_deal(b.id, stage="qualified", at=start + timedelta(days=3))
    days = {d.stage: d.average_days for d in sales.average_days_per_stage()}
    # prospect: 2 and 3 days; qualified: 5.5 days (b is still there, not counted)
    assert days["prospect"] == Decimal("2.5")
    assert days["qualified"] == Decimal("5.5")
    assert days["presentation"] is None
    assert [d.stage for d in sales.average_days_per_stage()] == list(sales.OPEN_STAGES)


def test_win_rate_per_objection_response(db_path: Path, fake_clock: FakeClock) -> None:
    cid = _contact()
    price_roi = ObjectionInput("price", "Too expensive", "Showed the ROI", "resolved")
    price_discount = ObjectionInput("price", "Too expensive", "Offered a discount", "unresolved")
    outcomes = ["won", "won", "lost", None]  # None: still open
    for n, outcome in enumerate(outcomes):
        deal = deals.create_deal(contact_id=cid, title=f"D{n}", value="100")
        interactions.log_interaction(
            contact_id=cid, kind="sales", summary="Call", deal_id=deal.id, objections=[price_roi]
        )
        if outcome:
            deals.move_deal(deal.id, stage=outcome, lost_reason="Price")
    lost = deals.create_deal(contact_id=cid, title="Discounted", value="100")
    interactions.log_interaction(
        contact_id=cid, kind="sales", summary="Call", deal_id=lost.id, objections=[price_discount]
    )
    deals.move_deal(lost.id, stage="lost", lost_reason="Price")
    # the same response twice on one deal counts the deal once
    interactions.log_interaction(
        contact_id=cid, kind="sales", summary="Again", deal_id=lost.id, objections=[price_discount]
    )
    interactions.log_interaction(
        contact_id=cid,
        kind="sales",
        summary="No deal",
        objections=[ObjectionInput("timing", "Not now", "Scheduled Q3", "pending")],
    )
    stats = sales.objection_win_rates()
    assert [(s.category, s.response) for s in stats] == [
        ("price", "Showed the ROI"),
        ("price", "Offered a discount"),
        ("timing", "Scheduled Q3"),
    ]
    roi, discount, timing = stats
    assert (roi.uses, roi.resolved, roi.deals, roi.won, roi.lost, roi.open) == (4, 4, 4, 2, 1, 1)
    assert roi.win_rate == Decimal("0.6667")
    assert (discount.uses, discount.deals, discount.won, discount.lost) == (2, 1, 0, 1)
    assert discount.win_rate == Decimal("0.0000")
    assert timing.deals == 0 and timing.win_rate is None


def test_weighted_forecast_by_expected_close_month(db_path: Path, fake_clock: FakeClock) -> None:
    cid = _contact()
    deals.create_deal(
        contact_id=cid, title="A", value="1000.50", probability=25, expected_close=date(2026, 4, 3)
    )
    deals.create_deal(
        contact_id=cid, title="B", value="333.33", probability=33, expected_close=date(2026, 4, 30)
    )
    deals.create_deal(
        contact_id=cid, title="C", value="2000", probability=60, expected_close=date(2026, 5, 1)
    )
    deals.create_deal(contact_id=cid, title="Undated", value="10", probability=10)
    won = deals.create_deal(contact_id=cid, title="Won", value="9999", expected_close=date(2026, 4, 5))
    deals.move_deal(won.id, stage="won")
    forecast = sales_forecast.weighted_forecast()
    assert [(f.month, f.deals, f.total, f.weighted) for f in forecast] == [
        (date(2026, 4, 1), 2, Decimal("1333.83"), Decimal("360.1239")),  # 250.125 + 109.9989
        (date(2026, 5, 1), 1, Decimal("2000"), Decimal("1200")),
        (None, 1, Decimal("10"), Decimal("1")),
    ]
    assert all(isinstance(f.weighted, Decimal) for f in forecast)


def test_quota_progress_across_month_boundaries(db_path: Path, fake_clock: FakeClock) -> None:
    """Months are local (Madrid, UTC+2 in summer): 31 Mar 23:30 local is still March; 1 Apr
    00:30 local (31 Mar 22:30 UTC) is April."""
    cid = _contact()
    quotas.set_quota(period_start=date(2026, 3, 1), amount="10000")
    quotas.set_quota(period_start=date(2026, 4, 1), amount="5000.50")

    def won(value: str, at: datetime) -> None:
        deal = deals.create_deal(contact_id=cid, title=value, value=value)
        deals.move_deal(deal.id, stage="won", at=at)

    won("2500.25", datetime(2026, 3, 1, 0, 30, tzinfo=UTC))  # 1 Mar 01:30 local
    won("1000", datetime(2026, 2, 28, 23, 30, tzinfo=UTC))  # 1 Mar 00:30 local: March
    won("4000", datetime(2026, 3, 31, 21, 30, tzinfo=UTC))  # 31 Mar 23:30 local: March
    won("700", datetime(2026, 3, 31, 22, 30, tzinfo=UTC))  # 1 Apr 00:30 local: April
    won("99", datetime(2026, 2, 28, 22, 30, tzinfo=UTC))  # 28 Feb 23:30 local: February
    lost = deals.create_deal(contact_id=cid, title="Lost", value="5000")
    deals.move_deal(lost.id, stage="lost", lost_reason="Budget")

    march = sales_forecast.quota_progress(day=date(2026, 3, 10))
    assert (march.start, march.end) == (date(2026, 3, 1), date(2026, 4, 1))
    assert march.target == Decimal("10000")
    assert march.won == Decimal("7500.25")
    assert march.won_deals == 3
    assert march.fraction == Decimal("0.7500")
    assert march.remaining == Decimal("2499.75")

    april = sales_forecast.quota_progress(day=date(2026, 4, 15))
    assert april.won == Decimal("700")
    assert april.fraction == Decimal("0.1400")
    assert april.remaining == Decimal("4300.50")

    # A quarter without its own quota adds up its months' quotas.
    quarter = sales_forecast.quota_progress(day=date(2026, 2, 1), period="quarter")
    assert (quarter.start, quarter.end) == (date(2026, 1, 1), date(2026, 4, 1))
    assert quarter.target == Decimal("10000")
    assert quarter.won == Decimal("7599.25")
    q2 = sales_forecast.quota_progress(day=date(2026, 5, 1), period="quarter")
    assert q2.target == Decimal("5000.50") and q2.won == Decimal("700")
    # A month without a quota gets a third of its quarter's quota.
    quotas.set_quota(period_start=date(2026, 7, 1), amount="1000", period="quarter")
    assert sales_forecast.quota_progress(day=date(2026, 8, 20)).target == Decimal("333.33")
    assert sales_forecast.quota_progress(day=date(2026, 9, 1), period="quarter").target == Decimal("1000")
    assert sales_forecast.quota_progress(day=date(2025, 1, 1)).fraction is None


def test_quota_progress_counts_weighted_open_deals_closing_in_period(
    db_path: Path, fake_clock: FakeClock
) -> None:
    cid = _contact()
    deals.create_deal(
        contact_id=cid, title="A", value="1000", probability=40, expected_close=date(2026, 3, 31)
    )
    deals.create_deal(
        contact_id=cid, title="B", value="1000", probability=40, expected_close=date(2026, 4, 1)
    )
    assert sales_forecast.quota_progress(day=date(2026, 3, 1)).open_weighted == Decimal("400")


def test_won_per_month_last_twelve_months(db_path: Path, fake_clock: FakeClock) -> None:
    cid = _contact()
    quotas.set_quota(period_start=date(2026, 3, 1), amount="100")
    for value, at in [
        ("10.10", datetime(2026, 3, 9, tzinfo=UTC)),
        ("20", datetime(2026, 2, 28, 23, 30, tzinfo=UTC)),  # 1 Mar local
        ("5", datetime(2025, 4, 2, tzinfo=UTC)),
        ("1", datetime(2025, 3, 2, tzinfo=UTC)),  # 13 months ago: out of range
    ]:
        deal = deals.create_deal(contact_id=cid, title=value, value=value)
        deals.move_deal(deal.id, stage="won", at=at)
    months = sales_trends.won_per_month()
    assert len(months) == 12
    assert months[0].month == date(2025, 4, 1) and months[-1].month == date(2026, 3, 1)
    assert months[0].won == Decimal("5") and months[0].quota is None
    assert months[-1].won == Decimal("30.10") and months[-1].deals == 2
    assert months[-1].quota == Decimal("100")
    assert sum((m.won for m in months), Decimal(0)) == Decimal("35.10")


def test_interactions_per_month_by_kind(db_path: Path, fake_clock: FakeClock) -> None:
    cid = _contact()
    for kind, at in [
        ("networking", datetime(2026, 3, 1, 0, 0, tzinfo=UTC)),
        ("networking", datetime(2026, 2, 28, 23, 15, tzinfo=UTC)),  # 1 Mar 00:15 local
        ("networking", datetime(2026, 2, 28, 22, 15, tzinfo=UTC)),  # 28 Feb 23:15 local
        ("sales", datetime(2026, 3, 5, tzinfo=UTC)),
        ("networking", datetime(2024, 1, 1, tzinfo=UTC)),
    ]:
        interactions.log_interaction(contact_id=cid, kind=kind, summary="x", occurred_at=at)
    trashed = interactions.log_interaction(
        contact_id=cid, kind="sales", summary="y", occurred_at=datetime(2026, 3, 2, tzinfo=UTC)
    )
    interactions.trash_interaction(trashed.id)
    months = sales_trends.interactions_per_month()
    assert months[-1].counts == {"networking": 2, "sales": 1}
    assert months[-2].month == date(2026, 2, 1) and months[-2].counts == {"networking": 1, "sales": 0}
    assert sum(m.total for m in months) == 4


@pytest.mark.parametrize(("part", "whole", "expected"), [(1, 3, "0.3333"), (2, 3, "0.6667"), (0, 5, "0")])
def test_ratio_is_exact_decimal(part: int, whole: int, expected: str) -> None:
    assert sales.ratio(part, whole) == Decimal(expected)
    assert sales.ratio(1, 0) is None


def test_pipeline_pages_and_summaries(db_path: Path, fake_clock: FakeClock) -> None:
    cid = _contact()
    ids = []
    for n in range(5):
        ids.append(deals.create_deal(contact_id=cid, title=f"D{n}", value="1.10", currency="EUR").id)
        fake_clock.advance(days=1)
    deals.create_deal(contact_id=cid, title="USD", value="2", currency="USD")
    summary = sales.stage_summaries()
    assert summary["prospect"].count == 6
    assert summary["prospect"].totals == {"EUR": Decimal("5.50"), "USD": Decimal("2")}
    assert summary["won"].count == 0
    first = sales.stage_deals("prospect", limit=4)
    assert [d.title for d in first] == ["USD", "D4", "D3", "D2"]
    rest = sales.stage_deals("prospect", limit=4, after=sales.cursor_of(first[-1]))
    assert [d.title for d in rest] == ["D1", "D0"]
    assert rest[-1].days_in_stage() == 5
