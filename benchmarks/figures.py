"""One benchmark figure: its samples, its floor (measured in the same run), the target.

``value`` is a statistic of the samples (``median``, ``p95``, ``p99`` or ``max``); the
floor is the same statistic of the floor's samples, and ``ratio = value / floor``.
A percentile needs at least ``MIN_SAMPLES`` samples, or the figure says so and fails;
figures that time a whole long operation (an import) report the worst run (``max``).
A figure passes when the value meets its target and the ratio meets its ratio target.
A timed span that ran no SQL although it should (``queries_expected``) fails too:
it did not measure what its name says.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from typing import Any

MIN_SAMPLES = 30


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile (``fraction`` 0..1) of ``values``."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


STATS = {
    "median": lambda v: statistics.median(v) if v else float("nan"),
    "p95": lambda v: percentile(v, 0.95),
    "p99": lambda v: percentile(v, 0.99),
    "max": lambda v: max(v) if v else float("nan"),
    "min": lambda v: min(v) if v else float("nan"),
}
PERCENTILES = {"median", "p95", "p99"}


@dataclass
class Figure:
    key: str
    unit: str
    stat: str
    samples: list[float]
    floor_samples: list[float] = field(default_factory=list)
    floor_what: str = ""
    target: float | None = None
    ratio_target: float | None = None
    queries: list[int] = field(default_factory=list)  # statements per timed span
    queries_expected: bool = False
    note: str = ""

    @property
    def value(self) -> float:
        return float(STATS[self.stat](self.samples))

    @property
    def floor(self) -> float | None:
        return float(STATS[self.stat](self.floor_samples)) if self.floor_samples else None

    @property
    def ratio(self) -> float | None:
        floor = self.floor
        if floor is None or floor <= 0 or math.isnan(floor):
            return None
        return self.value / floor

    @property
    def query_count(self) -> int | None:
        return int(statistics.median(self.queries)) if self.queries else None

    def problems(self) -> list[str]:
        """Why the figure fails (empty: it passes)."""
        found = []
        if self.stat in PERCENTILES and len(self.samples) < MIN_SAMPLES:
            found.append(f"{len(self.samples)} samples for a {self.stat} (needs {MIN_SAMPLES})")
        if self.queries_expected and (not self.queries or min(self.queries) == 0):
            found.append("a timed span ran no SQL: it did not measure what its name says")
        value = self.value
        if math.isnan(value):
            found.append("not measured")
        elif self.target is not None and value > self.target:
            found.append(f"{value:.3g} {self.unit} > {self.target:g}")
        ratio = self.ratio
        if self.ratio_target is not None and ratio is not None and ratio > self.ratio_target:
            found.append(f"ratio {ratio:.2f} > {self.ratio_target:g}")
        return found

    def target_text(self) -> str:
        parts = []
        if self.target is not None:
            parts.append(f"≤ {self.target:g} {self.unit}")
        if self.ratio_target is not None:
            parts.append(f"≤ {self.ratio_target:g}× floor")
        return " and ".join(parts) or "—"

    def as_json(self) -> dict[str, Any]:
        return {
            "value": _round(self.value),
            "unit": self.unit,
            "statistic": self.stat,
            "floor": _round(self.floor),
            "floor_is": self.floor_what,
            "ratio": _round(self.ratio),
            "target": self.target_text(),
            "samples": len(self.samples),
            "also": {name: _round(float(STATS[name](self.samples))) for name in ("median", "p95", "max")},
            "queries": self.query_count,
            "queries_min": min(self.queries) if self.queries else None,
            "pass": not self.problems(),
            "problems": self.problems(),
            "note": self.note,
        }


def _round(value: float | None) -> float | None:
    if value is None or math.isnan(value):
        return None
    return round(value, 4 if abs(value) < 10 else 2)


def table(figures: list[Figure]) -> str:
    """The Markdown table ``make bench`` prints and the README carries."""

    def num(value: float | None) -> str:
        if value is None or math.isnan(value):
            return "—"
        return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"

    lines = [
        "| figure | stat | value | floor | ratio | target | samples | queries | result |",
        "|---|---|---:|---:|---:|---|---:|---:|---|",
    ]
    for f in figures:
        ratio = f.ratio
        lines.append(
            f"| {f.key} | {f.stat} | {num(f.value)} {f.unit} | {num(f.floor)} | "
            f"{'—' if ratio is None else f'{ratio:.2f}×'} | {f.target_text()} | {len(f.samples)} | "
            f"{'—' if f.query_count is None else f.query_count} | {'pass' if not f.problems() else 'FAIL'} |"
        )
    return "\n".join(lines)


def json_table(figures: dict[str, dict[str, Any]]) -> str:
    """The same table from ``results.json``'s figures (for a run that re-measured some suites)."""

    def num(value: float | None) -> str:
        if value is None:
            return "—"
        return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"

    lines = [
        "| figure | stat | value | floor | ratio | target | samples | queries | result |",
        "|---|---|---:|---:|---:|---|---:|---:|---|",
    ]
    for key, f in figures.items():
        ratio = f["ratio"]
        lines.append(
            f"| {key} | {f['statistic']} | {num(f['value'])} {f['unit']} | {num(f['floor'])} | "
            f"{'—' if ratio is None else f'{ratio:.2f}×'} | {f['target']} | {f['samples']} | "
            f"{'—' if f['queries'] is None else f['queries']} | {'pass' if f['pass'] else 'FAIL'} |"
        )
    return "\n".join(lines)
