"""The import engine: read a file, plan what it would change, apply the plan in one transaction.

``read_file`` parses (no database), ``plan_import`` is the dry run (reads the
database, writes nothing), ``apply_import`` re-plans inside one write
transaction and applies it; an error or a cancel rolls everything back.

The work is done by ``reading`` (files -> records), ``planning`` (records ->
plan: matching and merging) and ``writing`` (plan -> rows), in the transactions of
``sliced``; our own JSON goes
through ``jsonformat`` instead. This module is what the window and the command
line call.
"""

from __future__ import annotations

from journal.interop import jsonformat, planning, sliced
from journal.interop.errors import ImportCancelled, ImportFileError
from journal.interop.planning import ImportPlan, PlanEntry
from journal.interop.reading import FORMATS, ParsedFile, detect_format, parse_text, read_file
from journal.interop.writing import Cancelled, Progress
from journal.services.events import Action, Entity, changes, write

__all__ = [
    "FORMATS",
    "Cancelled",
    "ImportCancelled",
    "ImportFileError",
    "ImportPlan",
    "ParsedFile",
    "PlanEntry",
    "Progress",
    "apply_import",
    "detect_format",
    "parse_text",
    "plan_import",
    "read_file",
]


def plan_import(parsed: ParsedFile) -> ImportPlan:
    """The dry run: what importing ``parsed`` would do. Writes nothing."""
    if parsed.document is not None:
        return jsonformat.plan(parsed.document)
    return planning.plan_records(parsed.records, parsed.format).plan


def apply_import(
    parsed: ParsedFile, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> ImportPlan:
    """Import ``parsed``, all or nothing, and return what was done.

    Records are written in short transactions that let other writers in (``sliced``);
    our JSON (a whole journal) in one. ``cancelled()`` is polled; when it says yes
    everything is rolled back and ``ImportCancelled`` raised.
    """
    report = progress or (lambda _f, _m: None)
    stop = cancelled or (lambda: False)
    if parsed.document is None:
        return sliced.apply_in_slices(parsed.records, parsed.format, report, stop)
    with write():
        plan = jsonformat.apply(parsed.document, progress=report, cancelled=stop)
        changes.emit(Entity.DATABASE, Action.IMPORTED)
    return plan
