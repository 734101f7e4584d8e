"""The transaction strategy of an import: slices of ``SLICE`` contacts, all or nothing.

One transaction for a whole file held SQLite's write lock for the whole import (about
two seconds for 20,000 contacts), so the window's small writes — a note, a follow-up —
waited as long, or failed. Here the file is planned once, against the journal as it is
when the import starts (``writing.plan_for_writing``: matching, the merge-many guard, the
user's ``ImportChoices``, all over the whole file), and the plan is written in slices of
``SLICE`` new contacts or changes, each in its own short transaction
(``services.batches.Batch``), after which any writer waiting for the lock gets it.

The promises of one transaction still hold:

- a refused file changes nothing: the file is read, planned and checked before the first
  slice (a merge-many refusal comes from the plan), and an error in any slice undoes the
  slices before it;
- a cancel undoes everything written so far, in one transaction;
- a crash leaves an undo record that the next open of the journal uses
  (``batches.undo_interrupted``), so the journal ends up as if the import never ran —
  fingerprints included (``import_fingerprint`` is an ordinary rowid table for this).

An import of many new contacts into a nearly empty journal that no other program has open,
from the command line (nobody waits for the lock), is written in **one** transaction instead
(``at_once``): the tables' plain indexes are dropped at its start and built over all the rows at
its end (``bulk_rows.indexes_built_after``), and the search text is written in one statement.
For a 100,000-row LinkedIn export that cut SQLite's part from 4.6 s to 3.7 s here, and the whole
import from 8.3 s to 7.4 s (fewer commits, each index sorted once instead of grown row by row). A
program that opens the journal meanwhile reads it as it was, and a write of its waits for the
commit (``AT_ONCE_MAX`` keeps that under ``connection.WRITE_WAIT_LIMIT``); a crash leaves the
journal as it was, with nothing to undo.

Planning once keeps the result the same as in one go (a row that repeats an earlier row
of the file folds into the same new contact whatever slice it falls in) and keeps the
work linear: each slice no longer reloads the journal's keys.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from journal.db import database_path, presence, raw_connection
from journal.interop import bulk_rows, writing
from journal.interop.errors import ImportCancelled
from journal.interop.plan import ImportChoices, ImportPlan
from journal.interop.records import ContactRecord
from journal.interop.writing import Cancelled, Progress
from journal.services.batches import Batch
from journal.services.events import Action, Entity, changes

SLICE = 1000  # contacts in the first transaction: 0.13 s of lock on average here, 0.2 s at most
MAX_SLICE = 20_000
#: How long one slice may hold the write lock. Each commit writes every page the slice touched, and
#: a slice of 1000 random uuids, e-mails and fingerprints touches nearly a page per row of each
#: index once a journal is large (100,000 rows: 0.3 s per 1000 contacts, 30 s in all), so the
#: slices grow while they stay this short: a small write waits at most this long.
TARGET_SECONDS = 0.5
PRINTS_PER_ROW = 10  # fingerprints in key order cost about a tenth of a contact each


#: With no other program on the journal (and none of this one's other threads writing, as in the
#: command line) nobody waits for the lock: slices may hold it longer and need no pause between
#: them, so each commit rewrites fewer index pages (``db.presence``). A program that opens the
#: journal meanwhile waits for one such slice at most, and the next slices are short again.
ALONE_TARGET_SECONDS = 2.0


def next_size(size: int, took: float, target: float = TARGET_SECONDS) -> int:
    """The next slice's size, so that it holds the lock about ``target`` seconds."""
    wanted = int(size * target / max(took, 0.001))
    return max(SLICE // 2, min(MAX_SLICE, wanted, size * 2))


#: ``at_once``: from this many new contacts (fewer gain little), when the journal holds no more
#: than that, and up to a size whose transaction stays well under a waiting writer's limit.
AT_ONCE_MIN = 5000
AT_ONCE_MAX = 200_000


def at_once(new: int, *, others_here: bool) -> bool:
    """Whether ``new`` new contacts are written in one transaction (see the module doc)."""
    if others_here or not AT_ONCE_MIN <= new <= AT_ONCE_MAX:
        return False
    if presence.others_have_open(database_path() or ""):
        return False
    held = int(raw_connection().execute("SELECT count(*) FROM contact").fetchone()[0])
    return new >= held


def _part(work: writing.Work, new_at: int, change_at: int, size: int) -> tuple[range, range]:
    """The next part of the plan: up to ``size`` new contacts, then changes."""
    new = range(new_at, min(new_at + size, len(work.new)))
    changed = range(change_at, min(change_at + size - len(new), len(work.changes)))
    return new, changed


YIELD_SECONDS = 0.03  # longer than the longest pause of a writer polling for the lock


def checkpoint() -> None:
    """Copy the slice into the main file now, from the import's own connection.

    Otherwise SQLite's automatic checkpoint falls to whichever writer commits next once the
    log is long — the window's small write would wait a second on the import's pages.
    """
    raw_connection().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


def apply_in_slices(
    records: Sequence[ContactRecord],
    fmt: str,
    report: Progress,
    stop: Cancelled,
    choices: ImportChoices | None = None,
    *,
    others_here: bool = True,
) -> ImportPlan:
    """Import ``records`` slice by slice (see the module doc); the plan of everything done.

    ``others_here``: other threads of this program may write meanwhile (the window's do)."""
    report(0.0, "planning")
    work = writing.plan_for_writing(records, fmt, choices)
    if stop():
        raise ImportCancelled
    writer = writing.Writer(work, report, stop)
    batch = Batch("import")
    big = len(records) > 5000
    try:
        if big:  # a bigger page cache makes bulk inserts into indexed tables much faster
            raw_connection().execute("PRAGMA cache_size = -65536")
        if at_once(len(work.new), others_here=others_here):
            done = _write_at_once(work, writer, batch, report)
        else:
            done = _write_in_slices(work, writer, batch, report, stop, others_here)
    except BaseException:
        if batch.steps:
            batch.undo()  # the slices already committed go too
        else:
            batch.close()
        raise
    finally:
        if big:
            raw_connection().execute("PRAGMA cache_size = -16000")
    work.plan.contact_ids = sorted(set(done))
    return work.plan


def _write_at_once(work: writing.Work, writer: writing.Writer, batch: Batch, report: Progress) -> list[int]:
    """The whole plan in one transaction, the indexes built after the rows (see the module doc)."""
    done: list[int] = []
    total = len(work.new) + len(work.changes)
    new_at = change_at = 0
    first, last = True, False
    writer.write_later()
    with batch.step(last=True):
        with bulk_rows.indexes_built_after():
            while not last:  # in parts: each part's rows are let go before the next one's are built
                new, changed = _part(work, new_at, change_at, MAX_SLICE)
                new_at, change_at = new.stop, changed.stop
                last = new_at + change_at >= total
                done.extend(writer.write_part(new, changed, first=first, last=last))
                first = False
                report(0.05 + 0.9 * (new_at + change_at) / max(1, total), "writing")
        writer.finish_later()
        if done:
            changes.emit(Entity.CONTACT, Action.IMPORTED, done)
    return done


def _write_in_slices(
    work: writing.Work,
    writer: writing.Writer,
    batch: Batch,
    report: Progress,
    stop: Cancelled,
    others_here: bool,
) -> list[int]:
    """The plan in slices that each hold the lock about ``TARGET_SECONDS`` (see the module doc)."""
    done: list[int] = []
    total = len(work.new) + len(work.changes)
    prints_left = sum(len(p) for p in work.new_prints)  # written after the contacts, in key order
    size, new_at, change_at, first, last = SLICE, 0, 0, True, False
    while not last:
        new, changed = _part(work, new_at, change_at, size)
        new_at, change_at = new.stop, changed.stop
        prints = 0
        if new_at + change_at >= total:  # then the fingerprints, PRINTS_PER_ROW times as many a slice
            prints = min(prints_left, max(0, size * PRINTS_PER_ROW - (len(new) + len(changed))))
            prints_left -= prints
        last = new_at + change_at >= total and prints_left == 0
        started = time.monotonic()
        with batch.step(last=last):
            ids = writer.write_part(new, changed, first=first, last=last, prints=prints)
            if ids:
                changes.emit(Entity.CONTACT, Action.IMPORTED, ids)
        took = time.monotonic() - started
        alone = not others_here and not presence.others_have_open(database_path() or "")
        size = next_size(size, took, ALONE_TARGET_SECONDS if alone else TARGET_SECONDS)
        first = False
        done.extend(ids)
        report(0.05 + 0.95 * (new_at + change_at) / max(1, total), "writing")
        if not last:
            if stop():
                raise ImportCancelled
            checkpoint()
            if not alone:
                time.sleep(YIELD_SECONDS)  # a writer polling for the lock gets in before the next slice
    return done
