"""Contacts ▸ Delete permanently offers, in the same question, to remove the person from the
backups too, says what is and is not removed, and cleans the backups on a worker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journal.app import build_main_window
from journal.safety import backup_purge, backups
from journal.services import contacts
from journal.ui import ask
from journal.ui.contacts.section import ContactsSection


@pytest.fixture
def section(qtbot: QtBot, db_path: Path) -> Iterator[ContactsSection]:
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.show_section("contacts")
    assert isinstance(view, ContactsSection)
    yield view
    window.quitting = True
    window.close()


def _questions(monkeypatch: pytest.MonkeyPatch, answer: tuple[bool, bool]) -> list[tuple[str, ...]]:
    asked: list[tuple[str, ...]] = []

    def confirm_with_option(
        _parent: object, title: str, text: str, option: str, **kw: object
    ) -> tuple[bool, bool]:
        asked.append((title, text, option, str(kw.get("details", ""))))
        return answer

    monkeypatch.setattr(ask, "confirm_with_option", confirm_with_option)
    monkeypatch.setattr(ask, "inform", lambda _p, title, text: asked.append(("inform", title, text)))
    monkeypatch.setattr(ask, "show_error", lambda _p, title, text: asked.append(("error", title, text)))
    return asked


def test_delete_permanently_also_cleans_the_backups(
    qtbot: QtBot, section: ContactsSection, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = contacts.create_contact(name="Zzyzx Person", notes="zzyzxnotes")
    backups.create_backup(db_path, reason="manual")
    section.refresh()
    section.select_row(0)
    asked = _questions(monkeypatch, (True, True))
    section.purge_selected()
    title, text, option, details = asked[0]
    assert title == "Delete permanently?"
    assert "Zzyzx Person" in text and "cannot be restored" in text
    assert "1 backup" in option
    assert "Not removed" in details and "other people's entries" in details
    task = section.purge_task
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert asked[-1][0] == "inform" and "removed from 1 backup" in asked[-1][2]
    assert backup_purge.backups_holding(db_path, gone.uuid) == []
    assert not contacts.contact_exists(gone.id)


def test_keeping_the_backups_leaves_them(
    qtbot: QtBot, section: ContactsSection, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = contacts.create_contact(name="Zzyzx Person")
    backups.create_backup(db_path, reason="manual")
    section.refresh()
    section.select_row(0)
    _questions(monkeypatch, (True, False))
    section.purge_selected()
    assert section.purge_task is None and not contacts.contact_exists(gone.id)
    assert len(backup_purge.backups_holding(db_path, gone.uuid)) == 1


def test_no_backups_no_option(
    qtbot: QtBot, section: ContactsSection, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts.create_contact(name="Zzyzx Person")
    section.refresh()
    section.select_row(0)
    asked: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text: asked.append(text) or False)
    section.purge_selected()
    assert "Not removed" in asked[0] and contacts.Contact.select().count() == 1
