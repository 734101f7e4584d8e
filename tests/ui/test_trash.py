"""The Trash section lists what was deleted and restores it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QPushButton, QTableView
from pytestqt.qtbot import QtBot

from journal.app import build_main_window
from journal.services import contacts, interactions
from journal.ui.trash import TrashModel, TrashView


def test_trash_view_restores_selected(qtbot: QtBot, db_path: Path) -> None:
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    ana = contacts.create_contact(name="Ana")
    bob = contacts.create_contact(name="Bob")
    entry = interactions.log_interaction(contact_id=bob.id, kind="sales", summary="Demo")
    contacts.trash_contact(ana.id)
    interactions.trash_interaction(entry.id)
    view = window.show_section("trash")
    assert isinstance(view, TrashView)
    table = window.findChild(QTableView, "trashView")
    assert table.model().rowCount() == 2
    texts = {table.model().index(r, TrashModel.TITLE).data() for r in range(2)}
    assert texts == {"Ana", "Demo"}
    restore = window.findChild(QPushButton, "trashRestoreButton")
    assert not restore.isEnabled()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(2):
        table.selectionModel().select(table.model().index(row, 0), flags)
    assert restore.isEnabled()
    restore.click()
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    assert contacts.contact_exists(ana.id)
    assert interactions.get_interaction(entry.id).summary == "Demo"
    # Deleting elsewhere shows up here without a manual refresh.
    contacts.trash_contact(bob.id)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    window.quitting = True
    window.close()


def test_trash_model_passes_the_model_tester(db_path: Path, qtmodeltester: object) -> None:
    ana = contacts.create_contact(name="Ana")
    contacts.trash_contact(ana.id)
    model = TrashModel()
    model.reload()
    assert model.rowCount() == 1
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_empty_trash_and_delete_permanently(qtbot, db_path, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from journal.app import build_main_window
    from journal.db.models import Contact, Interaction
    from journal.services import contacts, interactions
    from journal.ui import ask

    keep = contacts.create_contact(name="Keeper")
    gone = contacts.create_contact(name="Gone Person")
    interactions.log_interaction(contact_id=gone.id, kind="networking", summary="secret words")
    contacts.trash_contact(gone.id)
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    view = window.show_section("trash")
    assert view.model.rowCount() == 1 and view.empty_button.isEnabled()
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    view.empty_button.click()
    assert view.model.rowCount() == 0 and not view.empty_button.isEnabled()
    assert Contact.select().where(Contact.id == gone.id).count() == 0
    assert Interaction.select().count() == 0

    section = window.show_section("contacts")
    section.open_contact(keep.id)
    monkeypatch.setattr(ask, "choose_folder", lambda *a: str(tmp_path / "out"))
    monkeypatch.setattr(ask, "inform", lambda *a: None)
    written = section.export_selected()
    assert sorted(p.suffix for p in written) == [".json", ".vcf"]
    assert "Keeper" in written[1].read_text(encoding="utf-8") or "Keeper" in written[0].read_text(
        encoding="utf-8"
    )
    section.purge_selected()
    assert Contact.select().count() == 0
