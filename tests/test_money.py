"""Issue 14, point 10: money is read by the rules of the user's language, exactly, and amounts
of different currencies are never added up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from journal.services import quotas, sales_forecast
from journal.services.errors import ValidationError
from journal.services.validation import parse_money

READ = [
    ("en", "1,500", "1500"),
    ("en", "1,500.50", "1500.50"),
    ("en", "1500.5", "1500.5"),
    ("en", "12,345,678.90", "12345678.90"),
    ("en", " 2 500 ", "2500"),
    ("en", "0", "0"),
    ("es", "1.500", "1500"),
    ("es", "1.500,50", "1500.50"),
    ("es", "1500,5", "1500.5"),
    ("es", "12.345.678,90", "12345678.90"),
    ("es_ES", "2\u00a0500,25", "2500.25"),
    ("es-MX", "10,00", "10.00"),
]
REFUSED = [
    ("en", "1,5"),  # a thousands group of one digit: a Spanish decimal, or a typo
    ("en", "1.500,50"),
    ("en", "15,00.5"),
    ("es", "1,500.50"),
    ("es", "1.5"),
    ("es", "1,5,0"),
    ("en", "lots"),
    ("en", "1e3"),
    ("en", "NaN"),
    ("en", "-5"),
    ("en", ""),
    ("en", "٣٠٠"),  # digits, but not the ones the journal writes
    ("en", "99999999999999"),
]


@pytest.mark.parametrize(("locale", "text", "amount"), READ)
def test_amounts_are_read_by_the_languages_rules(locale: str, text: str, amount: str) -> None:
    assert parse_money(text, locale=locale) == Decimal(amount)


@pytest.mark.parametrize(("locale", "text"), REFUSED)
def test_what_the_language_would_not_write_is_refused(locale: str, text: str) -> None:
    with pytest.raises(ValidationError):
        parse_money(text, locale=locale)


def test_exact_values_pass_and_floats_do_not() -> None:
    assert parse_money(Decimal("10.25")) == Decimal("10.25")
    assert parse_money(1500) == Decimal(1500)
    for bad in (10.25, True, Decimal("NaN"), Decimal("1E+400"), None):
        with pytest.raises(ValidationError):
            parse_money(bad)


def test_a_quarter_never_adds_quotas_of_different_currencies(db_path: Path) -> None:
    quotas.set_quota(period_start=date(2026, 1, 1), amount="1000", currency="EUR")
    quotas.set_quota(period_start=date(2026, 2, 1), amount="1000", currency="USD")
    assert sales_forecast.quota_target(date(2026, 1, 1), "quarter") is None
    progress = sales_forecast.quota_progress(day=date(2026, 2, 10), period="quarter")
    assert progress.target is None


def test_a_quarter_adds_its_months_of_one_currency(db_path: Path) -> None:
    quotas.set_quota(period_start=date(2026, 1, 1), amount="1000", currency="USD")
    quotas.set_quota(period_start=date(2026, 3, 1), amount="500.50", currency="USD")
    assert sales_forecast.quota_target(date(2026, 1, 1), "quarter") == (Decimal("1500.50"), "USD")
