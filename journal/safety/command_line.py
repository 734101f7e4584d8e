"""What every command does with the journal before and around its work, the same way.

- ``open_journal(path, create=...)``: a missing journal is refused unless the command
  may create it (``import --create``); then the checks of ``integrity.verify`` (the same
  for every size of file), a damaged file refused untouched with ``refusal_lines``, a
  foreign ``-wal`` set aside and said so, and ``db.open_database`` with a verified backup
  before any migration. Raises ``JournalRefused``.
- ``prepare_journal(path)``: the same checks for commands that only read the file
  (backup): no migration, but a foreign ``-wal`` is set aside too.
- ``run_command(handler, args, path)``: the frame ``journal.cli`` runs each command in. It
  prints a line while the command waits for another writer, and turns a refused journal,
  a full disk, a busy journal, a damaged page met on the way, an output whose reader went
  away (``| head``) and any unexpected error into a message and an exit code — never a
  traceback (an unexpected one goes to the log).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from journal import clock, db, errors, files, paths
from journal.safety import integrity
from journal.services import batches

log = logging.getLogger(__name__)

EXIT_PROBLEM = 1  # damaged, missing, disk full, busy: the journal cannot be used right now
EXIT_REFUSED = 2  # written by a newer version
EXIT_INTERNAL = 70  # a bug (EX_SOFTWARE); the details are in the crash log
EXIT_OUTPUT_CLOSED = 141  # 128 + SIGPIPE: what a shell reports for a command whose reader went away
CRASH_LOG = "crash.log"  # the same file the window writes (journal.ui.crash)

Handler = Callable[[argparse.Namespace, Path], int]


def _err(text: str) -> None:
    print(text, file=sys.stderr)


class JournalRefused(errors.ExplainedError):
    """The journal cannot be used by this command; ``lines`` say why and what to do."""

    def __init__(self, lines: list[str], exit_code: int = EXIT_PROBLEM) -> None:
        self.lines = lines
        self.exit_code = exit_code
        super().__init__("{text}", text="\n".join(lines))


def refusal_lines(problem: integrity.Problem) -> list[str]:
    """How every command refuses a journal with ``problem`` (the window shows the same first line)."""
    lines = [f"error: {problem.message}"]
    if problem.detail:
        lines.append(f"({problem.detail})")
    if problem.kind == integrity.FUTURE_SCHEMA:
        return lines
    if problem.kind == integrity.FOLDER:
        return [*lines, "Check the path given with --db (or $NETWORKING_JOURNAL_DB)."]
    lines.append(
        "The file has not been changed. Open Networking Journal to restore the newest verified "
        "backup (the damaged file is kept), restore one with 'networking-journal restore BACKUP', "
        "or run 'networking-journal check' for details."
    )
    return lines


def missing_lines(path: Path, *, can_create: str = "") -> list[str]:
    """The refusal of a journal that does not exist (a mistyped --db must not create one)."""
    lines = [f"error: There is no journal at {path}."]
    if can_create:
        lines.append(can_create)
    else:
        lines.append(
            "Check the path given with --db (or $NETWORKING_JOURNAL_DB). Open Networking "
            "Journal once to create a new journal, or import a file into a new one with "
            "'networking-journal import FILE --db PATH --create'."
        )
    return lines


def _refuse(problem: integrity.Problem) -> JournalRefused:
    code = EXIT_REFUSED if problem.kind == integrity.FUTURE_SCHEMA else EXIT_PROBLEM
    return JournalRefused(refusal_lines(problem), code)


def tell_notice(notice: db.OpenNotice) -> None:
    """What opening the journal did (a foreign -wal set aside, permissions tightened)."""
    _err(f"note: {notice.message}")


def prepare_journal(path: Path, *, create_hint: str = "") -> None:
    """Refuse a missing or damaged journal; set a foreign -wal aside. Writes no data."""
    if not path.exists():
        raise JournalRefused(missing_lines(path, can_create=create_hint))
    problem = integrity.verify(path)
    if problem is not None and problem.refuses_open:
        raise _refuse(problem)
    if problem is not None:  # a foreign -wal next to a healthy file
        db.opening.secure_wal(path, tell_notice)


def open_journal(path: Path, *, create: bool = False, create_hint: str = "") -> None:
    """Open the journal for a command that writes or reads through the data layer.

    Raises ``JournalRefused`` (message lines and exit code) when it cannot be used.
    """
    from journal.safety import backups

    if path.exists():
        problem = integrity.verify(path)
        if problem is not None and problem.refuses_open:
            raise _refuse(problem)
    elif not create:
        raise JournalRefused(missing_lines(path, can_create=create_hint))
    try:
        db.open_database(path, backup=backups.backup_before_migration, notify=tell_notice, create=create)
    except db.DatabaseFromFutureError as exc:
        raise JournalRefused([f"error: {exc}"], EXIT_REFUSED) from exc
    except db.DatabaseError as exc:
        raise JournalRefused([f"error: {exc}"]) from exc
    except PermissionError as exc:
        raise JournalRefused(
            [
                f"error: {path} cannot be opened: you may not {'create' if create else 'write'} "
                f"files in {exc.filename or path.parent}.",
                "Choose a folder of your own with --db.",
            ]
        ) from exc
    if batches.undo_interrupted():
        _err(f"note: {batches.UNDONE}")


class _WaitLine:
    """Says once on stderr that the command waits for another writer."""

    def __init__(self) -> None:
        self.told = False

    def waiting(self, elapsed: float, limit: float) -> None:
        if not self.told and elapsed >= 0.3:
            self.told = True
            _err(
                "Waiting for another program that is writing to the journal (a window, an import "
                f"or another command); giving up after {int(limit)} seconds…"
            )

    def finished(self, acquired: bool) -> None:
        if self.told and acquired:
            _err("…the journal is free again, going on.")
        self.told = False


def run_command(handler: Handler, args: argparse.Namespace, path: Path) -> int:
    """Run one command; every failure becomes a message and an exit code."""
    previous = db.set_write_wait_observer(_WaitLine())
    root = logging.getLogger()
    quiet = logging.NullHandler()
    if not root.handlers:  # our messages say it all; the log's lines would repeat them on stderr
        root.addHandler(quiet)
    try:
        code = handler(args, path)
        sys.stdout.flush()  # here, not at exit: a reader that went away is told below, not as a crash
        return code
    except JournalRefused as exc:
        for line in exc.lines:
            _err(line)
        return exc.exit_code
    except errors.JournalDamagedError as exc:
        integrity.remember_damaged(exc.path, exc.detail)
        for line in refusal_lines(integrity.Problem(integrity.DAMAGED, exc.path, exc.detail)):
            _err(line)
        return EXIT_PROBLEM
    except errors.ExplainedError as exc:  # disk full, busy, and the services' own errors
        _err(f"error: {exc}")
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        _err("Interrupted: the change in progress was not saved; everything saved before is safe.")
        return 130
    except BrokenPipeError:
        return _output_closed()
    except Exception as exc:
        return _unexpected(exc)
    finally:
        db.set_write_wait_observer(previous)
        root.removeHandler(quiet)
        try:
            db.close_database()  # the last connection: the journal is recorded as checked (db.verdicts)
        except Exception:  # the command's own outcome has been said already
            log.warning("could not close the journal", exc_info=True)


def _output_closed() -> int:
    """The program reading the output stopped reading (``| head``, ``| true``): said once, on stderr.

    Whatever the command saved is committed, and a change it was making when the pipe closed is
    rolled back with its transaction, so nothing is lost or half-saved: no crash, no crash log."""
    try:  # what is still buffered goes nowhere, instead of failing again at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)
    except (OSError, ValueError):  # not a file descriptor (a test's captured output)
        pass
    try:
        _err(
            "Stopped: the program reading this command's output closed it before the end (as 'head' "
            "does). What the command saved is kept; nothing is left half-saved."
        )
    except OSError:  # stderr went the same way
        pass
    return EXIT_OUTPUT_CLOSED


def _unexpected(exc: BaseException) -> int:
    converted = db.connection.translate(exc)
    if converted is not exc and isinstance(converted, errors.ExplainedError):
        if isinstance(converted, errors.JournalDamagedError):
            integrity.remember_damaged(converted.path, converted.detail)
        _err(f"error: {converted}")
        return EXIT_PROBLEM
    report = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    try:
        where = str(
            files.append_private(
                paths.log_dir() / CRASH_LOG, f"--- {clock.now().isoformat()} ---\n{report}\n"
            )
        )
    except OSError:
        where = "(the log folder could not be written)"
    _err(
        f"error: something went wrong inside Networking Journal ({type(exc).__name__}: {exc}). "
        "Everything saved before is safe: an unfinished change is undone, never half-saved. "
        f"The details were written to {where}; please include that file when you report the problem."
    )
    return EXIT_INTERNAL
