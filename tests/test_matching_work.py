"""Matching stays linear (issue 13): 20,000 rows that share one e-mail address cost four times the
work of 5,000, not sixteen. Work is counted (key computations, name comparisons, SQL statements),
never timed; and many rows falling into one contact are refused unless allowed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from journal.db import raw_connection
from journal.interop import contact_state, engine, matching
from journal.services import contacts


@pytest.fixture
def work(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """Counts the calls of the functions matching and planning do per key, and the SQL statements."""
    counts: Counter[str] = Counter()

    def counted(module: Any, name: str) -> None:
        real: Callable[..., Any] = getattr(module, name)

        def wrapper(*args: Any) -> Any:
            counts[name] += 1
            return real(*args)

        monkeypatch.setattr(module, name, wrapper)

    for module, name in (
        (matching, "email_key"),
        (matching, "phone_key"),
        (matching, "names_agree"),
        (contact_state, "value_key"),
    ):
        counted(module, name)
    raw_connection().set_trace_callback(lambda _sql: counts.update(["sql"]))
    yield counts
    raw_connection().set_trace_callback(None)


def _file(tmp_path: Path, rows: int, *, same_name: bool) -> engine.ParsedFile:
    lines = ["Name,Email,Phone"]
    lines += [
        f"{'Ana Shared' if same_name else f'Person {i:05d}'},shared@company.example,+34 600 {i:06d}"
        for i in range(rows)
    ]
    path = tmp_path / f"{rows}-{same_name}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return engine.read_file(path)


def _cost(tmp_path: Path, work: Counter[str], rows: int, *, same_name: bool) -> Counter[str]:
    parsed = _file(tmp_path, rows, same_name=same_name)
    work.clear()
    plan = engine.plan_import(parsed)
    assert len(plan.entries) == rows
    return Counter(work)


@pytest.mark.parametrize("same_name", [False, True], ids=["different people", "the same person"])
def test_rows_sharing_one_email_cost_linear_work(
    db_path: Path, tmp_path: Path, work: Counter[str], same_name: bool
) -> None:
    contacts.create_contact(name="Someone Else", emails=["shared@company.example"])
    small = _cost(tmp_path, work, 5_000, same_name=same_name)
    large = _cost(tmp_path, work, 20_000, same_name=same_name)
    for what in ("email_key", "value_key", "names_agree", "sql"):
        assert large[what] <= 4.5 * max(small[what], 1) + 20, (what, small[what], large[what])


def test_different_people_sharing_an_address_stay_different(db_path: Path, tmp_path: Path) -> None:
    plan = engine.plan_import(_file(tmp_path, 300, same_name=False))
    assert plan.added == 300 and not plan.merge_many


def test_many_rows_into_one_contact_are_refused_unless_allowed(db_path: Path, tmp_path: Path) -> None:
    parsed = _file(tmp_path, 20, same_name=True)
    plan = engine.plan_import(parsed)
    assert plan.merge_many and plan.merge_many[0].rows == 20 and plan.merge_many[0].name == "Ana Shared"
    before = [tuple(r) for r in raw_connection().execute("SELECT id, name FROM contact")]
    with pytest.raises(
        engine.MergeManyRefused, match="20 rows of this file would all be merged into Ana Shared"
    ):
        engine.apply_import(parsed)
    assert [tuple(r) for r in raw_connection().execute("SELECT id, name FROM contact")] == before
    done = engine.apply_import(parsed, engine.ImportChoices(allow_merge_many=True))
    assert done.added == 1 and done.merged == 19
