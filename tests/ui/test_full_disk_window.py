"""Issue 18.3 in the window: an import or an export on a full disk says so in the dialog,
and a save from the window says so in its message — never "something went wrong"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journal import db
from journal.interop import export
from journal.services import contacts, interactions
from journal.ui import crash
from journal.ui.importing.dialog import ImportDialog
from journal.ui.importing.export_dialog import ExportDialog
from journal.ui.main_window import MainWindow


@pytest.fixture
def nearly_full(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every connection to the journal (the import's worker has its own) may grow by 5 pages."""
    contacts.create_contact(name="Saved before")
    pages = db.database.execute_sql("PRAGMA page_count").fetchone()[0]
    monkeypatch.setattr(db.database, "_pragmas", [*db.database._pragmas, ("max_page_count", pages + 5)])
    db.database.execute_sql(f"PRAGMA max_page_count = {pages + 5}")
    yield db_path
    db.database.execute_sql("PRAGMA max_page_count = 1073741823")


def test_an_import_on_a_full_disk_says_so_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, nearly_full: Path, tmp_path: Path
) -> None:
    source = tmp_path / "many.vcf"
    source.write_text(
        "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:New {i}\r\nEND:VCARD\r\n" for i in range(3000))
    )
    dialog = ImportDialog(source, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.read()
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=20_000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.close_button.isVisible(), timeout=60_000)
    text = dialog.summary.text()
    assert "disk is full" in text and str(nearly_full.parent) in text, text
    assert "went wrong" not in text and "cannot be imported" not in text
    assert [c.name for c in contacts.Contact.select()] == ["Saved before"]


def test_an_export_on_a_full_disk_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts.create_contact(name="Ana")

    def full(_cards):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")
        yield b""

    monkeypatch.setattr(export, "write_cards", full)
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    target = tmp_path / "contacts.vcf"
    dialog.start("vcard", target)
    qtbot.waitUntil(lambda: "disk is full" in dialog.status.text(), timeout=20_000)
    assert not target.exists()


def test_a_save_from_the_window_on_a_full_disk_says_so(window: MainWindow, nearly_full: Path) -> None:
    person = contacts.Contact.get()
    with pytest.raises(Exception) as caught:
        for i in range(300):
            interactions.log_interaction(
                contact_id=person.id, kind="networking", summary="x", notes=f"{i}" * 3000
            )
    title, text = crash.message_for(caught.value, None)
    assert title == "Could not save"
    assert "disk is full" in text and str(nearly_full.parent) in text
