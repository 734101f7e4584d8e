"""Issue 14, point 8: every view refreshes after every kind of change it shows, and after a
change of the whole journal (``Entity.DATABASE``: a JSON import, the demo, a restored backup,
a repair). The views are the real ones of the main window; the changes go through the hub.

``SHOWS`` is the one table of what each view shows: a new ``Entity`` fails
``test_every_kind_of_change_has_someone_who_shows_it`` until it is placed here."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from journal.app import build_main_window
from journal.interop import engine, export
from journal.safety import consistency
from journal.services import contacts, demo, interactions, quotas
from journal.services.events import Action, Change, Entity, changes
from journal.services.interactions import ObjectionInput
from journal.ui import reminder_feature
from journal.ui.main_window import MainWindow
from journal.ui.refresh import ReloadWhenShown

E = Entity
EVERYTHING_IN_THE_TRASH = {E.CONTACT, E.INTERACTION, E.FOLLOWUP, E.DEAL, E.INTRODUCTION, E.QUOTA}
SHOWS: dict[str, set[Entity]] = {
    "contacts": {E.CONTACT, E.INTERACTION, E.FOLLOWUP, E.DEAL, E.INTRODUCTION},
    "timeline": {E.INTERACTION, E.CONTACT},
    "calendar": {E.FOLLOWUP, E.CONTACT},
    "pipeline": {E.DEAL, E.CONTACT},
    "reconnect": {E.CONTACT, E.INTERACTION},
    "insights": {E.DEAL, E.QUOTA, E.INTERACTION, E.CONTACT},
    "duplicates": {E.CONTACT, E.DUPLICATE},
    "trash": EVERYTHING_IN_THE_TRASH,
    "due panel": {E.FOLLOWUP, E.CONTACT, E.INTERACTION, E.DEAL},
    "reminder scheduler": {E.FOLLOWUP, E.CONTACT, E.INTERACTION, E.DEAL},
}


@dataclass
class Probe:
    """Says whether a view refreshed (or, hidden, will refresh when shown) since ``reset``."""

    reset: Callable[[], None]
    refreshed: Callable[[], bool]


def _timer_probe(timer: QTimer) -> Probe:
    return Probe(timer.stop, timer.isActive)


def _section_probe(view: object, monkeypatch: pytest.MonkeyPatch) -> Probe:
    if isinstance(view, ReloadWhenShown):
        calls: list[int] = []
        monkeypatch.setattr(view, "reload_soon", lambda: calls.append(1))

        def reset() -> None:
            calls.clear()
            view._dirty = False

        return Probe(reset, lambda: bool(calls) or view.needs_reload())
    timer = getattr(view, "_refresh", None)
    if isinstance(timer, QTimer):
        return _timer_probe(timer)
    calls2: list[int] = []
    monkeypatch.setattr(view, "reload", lambda: calls2.append(1))
    return Probe(calls2.clear, lambda: bool(calls2))


@pytest.fixture
def probes(qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Probe]]:
    window: MainWindow = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    found = {key: _section_probe(window.section_widget(key), monkeypatch) for key in window.section_keys()}
    feature = reminder_feature.feature(window)
    assert feature is not None
    found["due panel"] = _timer_probe(feature.panel._refresh_soon)
    found["reminder scheduler"] = _timer_probe(feature.scheduler._changed)
    assert set(found) == set(SHOWS), "a new view: say in SHOWS what it shows"
    yield found
    feature.scheduler.stop()


def _heard_by(probes: dict[str, Probe], change: Change) -> set[str]:
    for probe in probes.values():
        probe.reset()
    changes.emit(change.entity, change.action, change.ids)
    return {name for name, probe in probes.items() if probe.refreshed()}


@pytest.mark.parametrize("entity", list(Entity))
def test_every_view_refreshes_after_every_kind_of_change_it_shows(
    probes: dict[str, Probe], entity: Entity
) -> None:
    expected = {name for name, shown in SHOWS.items() if entity in shown or entity == E.DATABASE}
    for action in (Action.CREATED, Action.UPDATED, Action.TRASHED, Action.IMPORTED):
        heard = _heard_by(probes, Change(entity, action, (1,)))
        assert heard >= expected, f"{entity}/{action}: {sorted(expected - heard)} stay stale"


def test_every_kind_of_change_has_someone_who_shows_it() -> None:
    shown = set().union(*SHOWS.values())
    assert shown | {E.DATABASE} == set(Entity)


# --- the services send what the views need -------------------------------------------------------


def _announced(action: Callable[[], object]) -> list[Change]:
    heard: list[Change] = []
    unsubscribe = changes.subscribe(heard.append)
    try:
        action()
    finally:
        unsubscribe()
    return heard


def test_whole_journal_changes_announce_the_database(db_path: Path, tmp_path: Path) -> None:
    contacts.create_contact(name="Ana")
    out = tmp_path / "all.json"
    export.export_json(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    data["tables"]["contact"][0]["uuid"] = "another"
    out.write_text(json.dumps(data), encoding="utf-8")
    for name, action in (
        ("JSON import", lambda: engine.apply_import(engine.read_file(out))),
        ("demo", lambda: demo.generate(demo.DemoSize(contacts=3, interactions=3, followups=1, deals=1))),
        ("repair", consistency.repair),
    ):
        assert any(c.entity == E.DATABASE for c in _announced(action)), name


def test_a_restored_backup_announces_the_database(qtbot: QtBot, db_path: Path) -> None:
    from journal.ui.safety import controller

    window = build_main_window(db_path)
    qtbot.addWidget(window)
    safety = window.safety
    assert isinstance(safety, controller.SafetyController)
    assert [c.entity for c in _announced(safety._announce_reload)] == [E.DATABASE]


def test_removing_an_objection_is_announced_to_the_trash(db_path: Path) -> None:
    ana = contacts.create_contact(name="Ana")
    sale = interactions.log_interaction(
        contact_id=ana.id, kind="sales", summary="Demo", objections=[ObjectionInput("price")]
    )
    heard = _announced(lambda: interactions.update_interaction(sale.id, objections=[]))
    assert any(c.entity in SHOWS["trash"] for c in heard)
    quota = quotas.set_quota(period_start=ana.created_at.date().replace(day=1), amount="10")
    assert [c.entity for c in _announced(lambda: quotas.delete_quota(quota.id))] == [E.QUOTA]
