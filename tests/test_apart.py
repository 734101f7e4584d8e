"""Reading the journal in a child process (``services.apart``): the duplicate finder of a big journal
runs there, so that its Python does not take the GIL from the window."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from journal.services import apart, contacts, duplicates


def test_a_function_runs_in_a_child_process_on_the_same_journal(db_path: Path) -> None:
    assert apart.run_apart(db_path, os.getpid) != os.getpid()
    ana = contacts.create_contact(name="Ana García", emails=["ana@example.com"])
    other = contacts.create_contact(name="Ana Garcia", emails=["ANA@example.com"])
    pairs = apart.run_apart(db_path, duplicates.find_duplicates)
    assert [(p.a_id, p.b_id, p.reason) for p in pairs] == [(ana.id, other.id, "email")]
    assert multiprocessing.active_children() == []


def test_the_window_s_duplicate_search_of_a_big_journal_runs_apart(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = contacts.create_contact(name="Ana García", organization="Acme")
    other = contacts.create_contact(name="ana garcia", organization="ACME")
    calls: list[object] = []
    real = apart.run_apart

    def spy(*args: object, **kwargs: object) -> object:
        calls.append(args[1])
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(apart, "run_apart", spy)
    assert duplicates.find_duplicates_apart() == duplicates.find_duplicates()
    assert calls == []  # two contacts: not worth a child
    monkeypatch.setattr(duplicates, "APART_FROM", 2)
    pairs = duplicates.find_duplicates_apart()
    assert calls == [duplicates.find_duplicates]
    assert [(p.a_id, p.b_id, p.reason) for p in pairs] == [(ana.id, other.id, "name_org")]


def test_a_child_that_fails_or_dies_is_an_error_not_a_hang(db_path: Path) -> None:
    with pytest.raises(apart.ApartFailed, match="ValueError"):
        apart.run_apart(db_path, int, "not a number")
    with pytest.raises(apart.ApartFailed, match="exit code 3"):
        apart.run_apart(db_path, os._exit, 3)
    with pytest.raises(apart.ApartFailed, match="damaged"):
        foreign = db_path.parent / "notes.txt"
        foreign.write_text("not a journal\n" * 100)
        apart.run_apart(foreign, duplicates.find_duplicates)
    assert multiprocessing.active_children() == []


def test_cancelling_stops_the_child_at_once(db_path: Path) -> None:
    started = time.monotonic()
    deadline = started + 1.0
    with pytest.raises(apart.ApartCancelled):
        apart.run_apart(db_path, time.sleep, 60, cancelled=lambda: time.monotonic() > deadline)
    assert time.monotonic() - started < 30
    assert multiprocessing.active_children() == []


def test_when_no_child_can_be_started_it_runs_here(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(multiprocessing.get_context("spawn").Process, "start", refuse)
    contacts.create_contact(name="Ana", emails=["ana@example.com"])
    contacts.create_contact(name="Ana B", emails=["ana@example.com"])
    assert apart.run_apart(db_path, os.getpid) == os.getpid()
    assert [p.reason for p in apart.run_apart(db_path, duplicates.find_duplicates)] == ["email"]
