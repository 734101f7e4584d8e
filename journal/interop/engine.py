"""The import engine: read a file, plan what it would change, apply the plan in one transaction.

``read_file`` parses (no database), ``plan_import`` is the dry run (reads the
database, writes nothing), ``apply_import`` re-plans inside one write
transaction and applies it; an error or a cancel rolls everything back.

The work is done by ``reading`` (files -> records), ``planning`` (records ->
plan: matching and merging) and ``writing`` (plan -> rows), in the transactions of
``sliced``; our own JSON goes
through ``jsonformat`` instead. This module is what the window and the command
line call. ``ImportChoices`` carries what the user decided in the preview: the
day/month order of a file that cannot tell, merging many rows into one contact,
and merging people who agree with a contact by name and organization.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path

from journal.interop import csvformats, jsonformat, planning, reading, sliced
from journal.interop.errors import ImportCancelled, ImportFileError
from journal.interop.plan import ImportChoices, ImportPlan, PlanEntry
from journal.interop.reading import FORMATS, ParsedFile, detect_format, parse_bytes, parse_text
from journal.interop.records import ContactRecord
from journal.interop.writing import Cancelled, MergeManyRefused, Progress
from journal.services.events import Action, Entity, changes, write

__all__ = [
    "FORMATS",
    "Cancelled",
    "ImportCancelled",
    "ImportChoices",
    "ImportFileError",
    "ImportPlan",
    "MergeManyRefused",
    "ParsedFile",
    "PlanEntry",
    "Progress",
    "apply_import",
    "detect_format",
    "parse_bytes",
    "parse_text",
    "plan_import",
    "read_file",
]


@contextlib.contextmanager
def _bulk() -> Iterator[None]:
    """No cyclic garbage collection while a file is read, planned or written: 100,000 records hold
    over a million small lists, and every collection would walk them all (it doubled the time)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            _age_survivors()
            gc.enable()


def _age_survivors() -> None:
    """Count what was made meanwhile as old, without looking at it.

    Turned back on, the collector would walk all of it at the next allocation as if it were new
    (0.2 s after reading 100,000 rows, again after writing them). ``freeze`` and ``unfreeze``
    only move the objects to the oldest generation; they stay collectable there, at the next full
    collection."""
    gc.freeze()
    gc.unfreeze()


def read_file(path: Path | str, fmt: str = "auto", mapping: dict[int, str] | None = None) -> ParsedFile:
    """Read and parse a file (``reading.read_file``). Raises only ``ImportFileError``."""
    with _bulk():
        return reading.read_file(path, fmt, mapping)


def records_for(parsed: ParsedFile, choices: ImportChoices) -> list[ContactRecord]:
    """The file's records with the dates that waited for the day/month order read in the chosen one."""
    if not parsed.date_question:
        return parsed.records
    return [csvformats.with_date_order(r, choices.date_order) for r in parsed.records]


def plan_import(parsed: ParsedFile, choices: ImportChoices | None = None) -> ImportPlan:
    """The dry run: what importing ``parsed`` would do. Writes nothing."""
    if parsed.document is not None:
        return jsonformat.plan(parsed.document)
    choices = choices or ImportChoices()
    with _bulk():
        plan = planning.plan_records(records_for(parsed, choices), parsed.format, choices).plan
    plan.date_question = parsed.date_question and choices.date_order is None
    return plan


def apply_import(
    parsed: ParsedFile,
    choices: ImportChoices | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    others_here: bool = True,
) -> ImportPlan:
    """Import ``parsed``, all or nothing, and return what was done.

    Records are written in short transactions that let other writers in (``sliced``);
    our JSON (a whole journal) in one. ``cancelled()`` is polled; when it says yes
    everything is rolled back and ``ImportCancelled`` raised. ``MergeManyRefused`` when many
    rows would fall into one contact and ``choices`` does not allow it (nothing is written).
    ``others_here=False`` (the command line): no other thread of this program writes meanwhile.
    """
    report = progress or (lambda _f, _m: None)
    stop = cancelled or (lambda: False)
    choices = choices or ImportChoices()
    with _bulk():
        if parsed.document is None:
            plan = sliced.apply_in_slices(
                records_for(parsed, choices), parsed.format, report, stop, choices, others_here=others_here
            )
            plan.date_question = parsed.date_question and choices.date_order is None
            return plan
        with write():
            plan = jsonformat.apply(parsed.document, progress=report, cancelled=stop)
            changes.emit(Entity.DATABASE, Action.IMPORTED)
    return plan
