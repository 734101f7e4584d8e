"""Issue 18.1 and 18.4 in the window: the start-up check refuses damage before the window
opens, whatever the journal's size, in the words the commands use; a foreign -wal is set aside.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journal import app, db
from journal.safety import integrity
from journal.ui import ask
from journal.ui.safety import startup
from journal.ui.safety.texts import problem_text
from tests.helpers.corrupt import damage_index, damage_table_page, make_big_journal, make_journal, snapshot
from tests.helpers.walfiles import foreign_wal
from tests.test_damage_refusal import REFUSAL

SMALL_OR_BIG = [
    pytest.param(lambda p: make_journal(p, people=40), id="small"),
    pytest.param(make_big_journal, id="big", marks=pytest.mark.slow),
]


class Told:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.messages: list[tuple[str, str, str]] = []
        for name in ("inform", "show_error"):
            monkeypatch.setattr(
                ask, name, lambda _p, title, text, n=name: self.messages.append((n, title, text))
            )


@pytest.mark.parametrize("make", SMALL_OR_BIG)
@pytest.mark.parametrize("damage", [damage_index, damage_table_page], ids=["index", "table-page"])
def test_the_window_refuses_a_damaged_journal_before_it_opens(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make: Callable[[Path], Path],
    damage: Callable[[Path], object],
) -> None:
    Told(monkeypatch)
    path = make(tmp_path / "journal.sqlite3")
    damage(path)
    before = snapshot(path)
    offered: list[integrity.Problem] = []
    monkeypatch.setattr(
        startup, "choose_damaged_action", lambda _p, problem, _n: offered.append(problem) or startup.QUIT
    )
    assert not app.open_for_gui(path)
    assert offered and offered[0].kind == integrity.DAMAGED
    assert f"error: {problem_text(offered[0])}" == REFUSAL  # the words of every command
    assert snapshot(path) == before


def test_a_big_journal_with_a_foreign_wal_opens_without_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told = Told(monkeypatch)
    path = make_big_journal(tmp_path / "journal.sqlite3")
    data = foreign_wal(tmp_path, fresh=False)
    Path(f"{path}-wal").write_bytes(data)
    monkeypatch.setattr(startup, "choose_damaged_action", lambda *_a: pytest.fail("not damage"))
    try:
        assert app.open_for_gui(path)
        names = [r[0] for r in db.database.execute_sql("SELECT name FROM contact LIMIT 3")]
    finally:
        db.close_database()
    assert names and not any(n.startswith("Stranger") for n in names)
    (kept,) = [p for p in tmp_path.iterdir() if "foreign" in p.name]
    assert kept.read_bytes() == data
    assert [m for m in told.messages if m[0] == "inform" and kept.name in m[2]]
    assert integrity.full_check(path).ok


def test_a_checked_journal_is_not_read_through_again_at_the_next_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Told(monkeypatch)
    path = make_journal(tmp_path / "journal.sqlite3", people=40)
    assert app.open_for_gui(path)
    db.close_database()
    monkeypatch.setattr(integrity, "integrity_check", lambda *_a: pytest.fail("read through again"))
    assert app.open_for_gui(path)
    db.close_database()


def test_a_missing_journal_named_with_db_is_created_only_when_the_user_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Told(monkeypatch)
    asked: list[str] = []
    answer = {"yes": False}
    monkeypatch.setattr(
        startup, "confirm_new_journal", lambda _p, where: asked.append(str(where)) or answer["yes"]
    )
    path = tmp_path / "new-folder" / "jornal.sqlite3"
    assert not app.open_for_gui(path)
    assert asked == [str(path)]
    assert not (tmp_path / "new-folder").exists()
    answer["yes"] = True
    assert app.open_for_gui(path)
    db.close_database()
    assert path.stat().st_mode & 0o777 == 0o600 and (tmp_path / "new-folder").stat().st_mode & 0o777 == 0o700


def test_the_default_journal_is_made_on_the_first_start_without_asking(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal import paths

    Told(monkeypatch)
    monkeypatch.setattr(startup, "confirm_new_journal", lambda *_a: pytest.fail("asked"))
    assert app.open_for_gui(paths.default_db_path())
    db.close_database()
    assert paths.default_db_path().exists()


def test_damage_found_by_a_backup_while_working_offers_the_same_choices(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    from journal.services import contacts
    from journal.ui.context import AppContext
    from journal.ui.main_window import MainWindow
    from journal.ui.safety import controller

    Told(monkeypatch)
    for i in range(30):
        contacts.create_contact(name=f"Person {i}")
    window = MainWindow(AppContext(database_path=db_path, settings=QSettings()))
    qtbot.addWidget(window)
    controller.install(window)
    db.close_database()
    damage_index(db_path)  # as if the disk had changed it meanwhile
    offered: list[integrity.Problem] = []
    monkeypatch.setattr(
        startup, "choose_damaged_action", lambda _p, problem, _n: offered.append(problem) or startup.QUIT
    )
    quit_asked: list[bool] = []
    monkeypatch.setattr(window, "quit_requested", lambda: quit_asked.append(True))
    with qtbot.waitSignal(window.safety.backupFinished, timeout=20_000):
        window.safety.back_up_now()
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    assert offered[0].kind == integrity.DAMAGED and quit_asked
    window.safety.shutdown()
