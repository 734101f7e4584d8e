"""The transaction strategy of an import: slices of ``SLICE`` records, all or nothing.

One transaction for a whole file held SQLite's write lock for the whole import (about
two seconds for 20,000 contacts), so the window's small writes — a note, a follow-up —
waited as long, or failed. Here each slice of ``SLICE`` records is planned against the
journal as it is and written in its own short transaction (``services.batches.Batch``):
about a tenth of a second, after which any writer waiting for the lock gets it.

The promises of one transaction still hold:

- a refused file changes nothing: the file is read and checked before the first slice,
  and an error in any slice undoes the slices before it;
- a cancel undoes everything written so far, in one transaction;
- a crash leaves an undo record that the next open of the journal uses
  (``batches.undo_interrupted``), so the journal ends up as if the import never ran.

A record that repeats one of an earlier slice is matched against the contact that
slice added (a merge, as within one slice), so the result is the same as in one go.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from journal.db import raw_connection
from journal.interop import writing
from journal.interop.planning import ImportPlan
from journal.interop.records import ContactRecord
from journal.interop.writing import Cancelled, Progress
from journal.services.batches import Batch
from journal.services.events import Action, Entity, changes

SLICE = 1000  # records per transaction: 0.13 s of lock on average here, 0.2 s at most
YIELD_SECONDS = 0.03  # longer than the longest pause of a writer polling for the lock


def checkpoint() -> None:
    """Copy the slice into the main file now, from the import's own connection.

    Otherwise SQLite's automatic checkpoint falls to whichever writer commits next once the
    log is long — the window's small write would wait a second on the import's pages.
    """
    raw_connection().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


def apply_in_slices(
    records: Sequence[ContactRecord], fmt: str, report: Progress, stop: Cancelled
) -> ImportPlan:
    """Import ``records`` slice by slice (see the module doc); the plan of everything done."""
    parts = [records[i : i + SLICE] for i in range(0, len(records), SLICE)] or [records]
    batch = Batch("import")
    result = ImportPlan(format=fmt)
    try:
        for n, part in enumerate(parts):

            def slice_report(fraction: float, message: str, n: int = n) -> None:
                report((n + fraction) / len(parts), message)

            with batch.step(last=n == len(parts) - 1):
                plan = writing.apply_records(part, fmt, slice_report, stop)
                if plan.contact_ids:
                    changes.emit(Entity.CONTACT, Action.IMPORTED, plan.contact_ids)
            result.entries.extend(plan.entries)
            result.contact_ids.extend(plan.contact_ids)
            if n < len(parts) - 1:
                checkpoint()
                time.sleep(YIELD_SECONDS)  # a writer polling for the lock gets in before the next slice
    except BaseException:
        if batch.steps:
            batch.undo()  # the slices already committed go too
        else:
            batch.close()
        raise
    result.contact_ids = sorted(set(result.contact_ids))
    return result
