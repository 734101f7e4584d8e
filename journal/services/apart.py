"""Reading the journal in a child process, so that long Python work does not hold up the window.

A CPU-bound Python function on a worker thread takes Python's GIL from the window's thread:
PySide gives the GIL up around every Qt call and the worker may keep it a whole switch
interval each time, so a window that paints while such a worker runs waits seconds (the
session benchmark's longest stall, 1.9 s, was the duplicate finder on 100,000 contacts).
In a child process the same function runs on another core and the window keeps the GIL.

``run_apart(path, function, ...)`` starts a child (the ``spawn`` way: a fresh interpreter,
nothing of the window's threads or Qt copied into it), which opens the journal at ``path``
on a connection of its own (SQLite lets several processes read one journal in WAL mode),
calls ``function`` and sends back its result, which must pickle. Only for functions that
read: the child writes nothing, and runs no migration (the window opened the journal first).
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from journal.db import bind, close_database
from journal.services.errors import QT_TRANSLATE_NOOP, JournalError

__all__ = ["ApartCancelled", "ApartFailed", "run_apart"]

log = logging.getLogger(__name__)
T = TypeVar("T")
POLL_SECONDS = 0.05  # how often the waiting thread looks at ``cancelled`` and at the child
STOP_SECONDS = 2.0  # how long a child that answered gets to end before it is killed


class ApartFailed(JournalError):
    """The child process ended without an answer (it failed, or was killed)."""


class ApartCancelled(Exception):
    """``cancelled()`` said yes: the child was stopped."""


FAILED = QT_TRANSLATE_NOOP(
    "Validation", "A background search on the journal stopped without an answer ({reason}). Try again."
)


def run_apart(
    path: Path | str,
    function: Callable[..., T],
    *args: Any,
    cancelled: Callable[[], bool] = lambda: False,
    **kwargs: Any,
) -> T:
    """``function(*args, **kwargs)`` run in a child process on the journal at ``path``.

    ``function`` must be a module-level function (the child imports it by name). Raises
    ``ApartFailed`` when the child raises or dies, ``ApartCancelled`` when ``cancelled()``
    turned true while it ran (the child is stopped)."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(str(path), function, args, kwargs, sender), name="journal-apart", daemon=True
    )
    try:
        child.start()
    except OSError:  # no process to be had (limits, a sandbox): the answer matters more than the GIL
        log.warning("could not start a child process; running %s here", function.__name__, exc_info=True)
        receiver.close()
        sender.close()
        return function(*args, **kwargs)
    sender.close()  # the child's end: when the child is gone, recv() ends instead of waiting forever
    answered = False
    try:
        while not receiver.poll(POLL_SECONDS):
            if cancelled():
                raise ApartCancelled
            if not child.is_alive() and not receiver.poll(0):
                raise ApartFailed(FAILED, reason=f"exit code {child.exitcode}")
        try:
            status, value = receiver.recv()
        except EOFError:  # it died before it answered
            child.join(STOP_SECONDS)
            raise ApartFailed(FAILED, reason=f"exit code {child.exitcode}") from None
        answered = True
    finally:
        receiver.close()
        _stop(child, STOP_SECONDS if answered else 0.0)
    if status != "ok":
        raise ApartFailed(FAILED, reason=value)
    result: T = value
    return result


def _stop(child: Any, grace: float) -> None:
    """Wait ``grace`` seconds for the child to end, then kill it (a cancelled one at once)."""
    child.join(grace)
    if child.is_alive():
        child.kill()
        child.join()
    child.close()


def _child(
    path: str, function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], sender: Connection
) -> None:
    """The child's whole life: open the journal, call, answer, close."""
    try:
        bind(Path(path))
        answer: tuple[str, Any] = ("ok", function(*args, **kwargs))
    except BaseException as exc:  # sent to the parent, which says it as ApartFailed
        answer = ("error", f"{type(exc).__name__}: {exc}")
    finally:
        close_database()
    try:
        sender.send(answer)
    finally:
        sender.close()
