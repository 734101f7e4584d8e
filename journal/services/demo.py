"""Believable demo data (English and Spanish), from 60 contacts to 100,000.

``generate`` writes with bulk inserts in one transaction, so the benchmark
database of 1,000,000 interactions takes seconds, not minutes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime

from journal import clock
from journal.db import database, fts
from journal.db.fields import format_utc
from journal.db.models import EXTRA_INDEXES
from journal.services import derived
from journal.services.demo_rows import DemoRows
from journal.services.demo_rows import DemoSize as DemoSize  # re-exported: the demo's sizes
from journal.services.events import Action, Entity, changes

DEMO = DemoSize()
BENCH = DemoSize(contacts=100_000, interactions=1_000_000, followups=50_000, deals=20_000)


def generate(
    size: DemoSize = DEMO,
    *,
    seed: int = 7,
    now: datetime | None = None,
    progress: Callable[[str, float], None] | None = None,
) -> None:
    """Fill the open (empty) database with demo data of ``size``."""
    rng = random.Random(seed)
    now = now or clock.now()
    today = now.astimezone(clock.local_zone()).date()
    stamp = format_utc(now)
    report = progress or (lambda _step, _fraction: None)
    bulk = size.interactions > 100_000
    with database.atomic("IMMEDIATE"):
        if bulk:
            _drop_for_bulk()
        DemoRows(rng, size, now, today, stamp, report).run()
        if bulk:
            report("indexes", 0.8)
            _restore_after_bulk()
        report("statistics", 0.85)
        derived.refresh_all_contacts()
        report("search index", 0.92)
        derived.rebuild_search()
        fts.rebuild_interactions(database)
    # No ANALYZE: the app keeps no planner statistics (a journal that grew in use has none,
    # and the hot queries are written to be planned the same with or without them).
    report("done", 1.0)
    changes.emit(Entity.DATABASE, Action.IMPORTED)


_BULK_INDEXES = (
    "interaction_uuid",
    "interaction_contact_id",
    "interaction_deal_id",
    "interaction_occurred_at",
    "interaction_kind_occurred_at",
    "interaction_channel_occurred_at",
    "interaction_kind_channel_occurred_at",
    "interaction_contact_id_kind_occurred_at",
    "interaction_value_ledger",
)


def _drop_for_bulk() -> None:
    """Loading a million rows is far faster with the per-row FTS trigger and the
    secondary indexes out of the way; both are rebuilt once at the end."""
    database.execute_sql("PRAGMA cache_size = -262144")  # 256 MiB while loading
    database.execute_sql("DROP TRIGGER IF EXISTS interaction_fts_ai")
    for name in _BULK_INDEXES:
        database.execute_sql(f"DROP INDEX IF EXISTS {name}")


def _restore_after_bulk() -> None:
    from journal.db.models import Interaction

    database.create_tables([Interaction], safe=True)  # recreates the dropped indexes
    for sql in EXTRA_INDEXES:
        database.execute_sql(sql)
    fts.create(database)  # recreates the trigger
    database.execute_sql("PRAGMA cache_size = -16000")
