"""File > Import (preview, mapping, progress, cancel, report), File > Export, drag-and-drop, Duplicates."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from journal import db
from journal.db.models import Contact
from journal.interop import engine
from journal.services import apart, contacts, duplicates
from journal.ui import ask
from journal.ui.duplicates import DuplicatesView, MergeDialog
from journal.ui.importing import DropImporter
from journal.ui.importing.dialog import ImportDialog
from journal.ui.importing.export_dialog import ExportDialog
from journal.ui.main_window import MainWindow

FIXTURES = Path(__file__).parent.parent / "fixtures"


def open_dialog(qtbot: QtBot, window: MainWindow, path: Path) -> ImportDialog:
    dialog = ImportDialog(path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.model.modelReset, timeout=10_000):
        dialog.read()
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running)
    return dialog


def test_preview_then_import_then_report(qtbot: QtBot, window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, window, FIXTURES / "linkedin-Connections.csv")
    assert Contact.select().count() == 0  # the preview writes nothing
    assert dialog.model.rowCount() == 3
    qtmodeltester.check(dialog.model)
    assert dialog.model.index(0, 1).data() == "line 5"
    assert "3 to add" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        dialog.import_button.click()
    assert isinstance(done.args[0], engine.ImportPlan)
    assert Contact.select().count() == 3
    assert "Done: 3 added, 0 merged, 0 skipped" in dialog.summary.text()
    assert dialog.close_button.isVisible() and not dialog.import_button.isVisible()
    again = open_dialog(qtbot, window, FIXTURES / "linkedin-Connections.csv")
    assert "Nothing new" in again.summary.text() and not again.import_button.isEnabled()


def test_broken_file_shows_why(qtbot: QtBot, window: MainWindow) -> None:
    dialog = ImportDialog(FIXTURES / "broken-truncated.vcf", window)
    qtbot.addWidget(dialog)
    dialog.read()
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.summary.text(), timeout=10_000)
    assert "END:VCARD" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_generic_csv_column_mapping(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("col1,col2,col3\nGarcía,Ana,ana@example.com\n", encoding="utf-8")
    dialog = ImportDialog(path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    dialog.read()
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=10_000)
    assert "No column holds names" in dialog.summary.text()
    # the mapping step appears only once a header was read; a forced mapping shows it
    dialog.parsed = engine.parse_text(path.read_text(), "csv", {1: "name"})
    dialog._fill_mapping(dialog.parsed)
    assert dialog.mapping_table.rowCount() == 3
    dialog.set_mapping({0: "family_name", 1: "given_name", 2: "email"})
    with qtbot.waitSignal(dialog.model.modelReset, timeout=10_000):
        dialog.apply_mapping_button.click()
    qtbot.waitUntil(lambda: not dialog.task.running)
    assert dialog.model.index(0, 2).data() == "Ana García"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    detail = contacts.get_contact(Contact.get().id)
    assert detail.emails[0].value == "ana@example.com"


def test_cancel_rolls_back_and_says_so(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    rows = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    rows += [f"P{n},Q,https://www.linkedin.com/in/p{n},,Acme,CEO,15 Mar 2024" for n in range(6000)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    dialog = open_dialog(qtbot, window, path)
    dialog.task = None
    cancelled_early = {"done": False}
    original = dialog._run

    def run_and_cancel(step, done):  # type: ignore[no-untyped-def]
        original(step, done)
        dialog.cancel_button.click()  # cancel before the worker's first check
        cancelled_early["done"] = True

    dialog._run = run_and_cancel  # type: ignore[method-assign]
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.close_button.isVisible(), timeout=20_000)
    assert cancelled_early["done"]
    assert "cancelled" in dialog.summary.text().lower()
    assert Contact.select().count() == 0


def test_file_menu_import_and_export(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ask, "open_file", lambda *a: str(FIXTURES / "vcard-3.0-apple.vcf"))
    window.findChild(QAction, "importAction").trigger()
    dialog = window.findChild(ImportDialog, "importDialog")
    assert isinstance(dialog, ImportDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    dialog.close()
    out = tmp_path / "contacts.vcf"
    monkeypatch.setattr(ask, "save_file", lambda *a: str(out))
    window.findChild(QAction, "exportAction").trigger()
    export_dialog = window.findChild(ExportDialog, "exportDialog")
    assert isinstance(export_dialog, ExportDialog)
    qtbot.addWidget(export_dialog)
    with qtbot.waitSignal(export_dialog.exported, timeout=10_000):
        export_dialog.export_button.click()
    assert out.read_bytes().count(b"BEGIN:VCARD") == 2
    assert "2 items" in export_dialog.status.text()
    export_dialog.format_box.setCurrentIndex(export_dialog.format_box.findData("ics"))
    assert export_dialog.events_box.isVisibleTo(export_dialog)
    ics = tmp_path / "f.ics"
    monkeypatch.setattr(ask, "save_file", lambda *a: str(ics))
    export_dialog.events_box.setChecked(True)
    with qtbot.waitSignal(export_dialog.exported, timeout=10_000):
        export_dialog.export_button.click()
    assert b"BEGIN:VCALENDAR" in ics.read_bytes()


def test_drop_a_file_on_the_window(qtbot: QtBot, window: MainWindow) -> None:
    dropper = window.findChild(DropImporter)
    assert dropper is not None and window.acceptDrops()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "vcard-4.0.vcf"))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)  # a real drag enters before it drops
    assert enter.isAccepted()
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, event)
    dialog = dropper.last_dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert dialog.model.index(0, 2).data() == "Kenji Watanabe"


def test_duplicates_section_merge_and_undo(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtmodeltester
) -> None:
    ana = contacts.create_contact(name="Ana García", emails=["ana@example.com"])
    other = contacts.create_contact(name="Ana Garcia", emails=["ANA@example.com"], title="CEO")
    view = window.show_section("duplicates")
    assert isinstance(view, DuplicatesView)
    table = window.findChild(QTableView, "duplicatesTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.model().index(0, 4).data() == "same email"
    qtmodeltester.check(table.model())
    monkeypatch.setattr(
        DuplicatesView, "run_merge_dialog", lambda self, dialog: isinstance(dialog, MergeDialog)
    )
    merge_id = view.merge_selected()
    assert merge_id
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    assert contacts.get_contact(ana.id).title == "CEO"
    assert not contacts.contact_exists(other.id)
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    undo = window.findChild(QPushButton, "duplicatesUndo")
    qtbot.waitUntil(undo.isEnabled)
    undo.click()
    assert contacts.contact_exists(other.id) and contacts.get_contact(ana.id).title == ""
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    window.findChild(QPushButton, "duplicatesDismiss").click()
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    assert duplicates.find_duplicates() == []
    assert window.findChild(QLabel, "duplicatesSummary").text()


def test_duplicates_of_a_big_journal_are_found_in_a_child_process(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(duplicates, "APART_FROM", 1)  # as for 5,000 contacts and more
    pids: list[int] = []
    real = apart.run_apart

    def spy(path: Path, function: object, **kwargs: object) -> object:
        pids.append(real(path, os.getpid))
        return real(path, function, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(apart, "run_apart", spy)
    contacts.create_contact(name="Ana García", emails=["ana@example.com"])
    contacts.create_contact(name="Ana Garcia", emails=["ANA@example.com"])
    window.show_section("duplicates")
    table = window.findChild(QTableView, "duplicatesTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=20_000)
    assert pids and os.getpid() not in pids
    assert table.model().index(0, 4).data() == "same email"


def test_a_failed_duplicate_search_says_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(cancelled: object = None) -> object:
        raise apart.ApartFailed(apart.FAILED, reason="exit code -9")

    monkeypatch.setattr(duplicates, "find_duplicates_apart", broken)
    view = window.show_section("duplicates")
    assert isinstance(view, DuplicatesView)
    view.reload()  # the section may have been built (and searched) before the patch
    summary = window.findChild(QLabel, "duplicatesSummary")
    qtbot.waitUntil(lambda: "stopped without an answer (exit code -9)" in summary.text(), timeout=10_000)


def test_quitting_stops_a_search_under_way_at_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def slow(cancelled: Callable[[], bool] = lambda: False) -> object:  # a child busy for a minute
        return apart.run_apart(db.database_path(), time.sleep, 60, cancelled=cancelled)

    monkeypatch.setattr(duplicates, "find_duplicates_apart", slow)
    view = window.show_section("duplicates")
    assert isinstance(view, DuplicatesView)
    view.reload()
    qtbot.waitUntil(
        lambda: view.task is not None and view.task.running and bool(multiprocessing.active_children())
    )
    shown = view.summary.text()
    started = time.monotonic()
    QApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not view.task.running, timeout=10_000)  # type: ignore[union-attr]
    assert time.monotonic() - started < 10  # not the minute the child had left
    assert multiprocessing.active_children() == []
    assert view.summary.text() == shown  # a stopped search is not a failed one


def test_merge_dialog_choices(qtbot: QtBot, db_path: Path) -> None:
    a = contacts.get_contact(contacts.create_contact(name="Ana", title="CTO").id)
    b = contacts.get_contact(contacts.create_contact(name="Ana G", title="CEO", location="Madrid").id)
    dialog = MergeDialog(a, b)
    qtbot.addWidget(dialog)
    assert dialog.choices() == {"name": "survivor", "title": "survivor", "location": "merged"}
    dialog.findChild(QPushButton, "mergeConfirm")
    from PySide6.QtWidgets import QRadioButton

    dialog.findChild(QRadioButton, "merge_title_merged").setChecked(True)
    assert dialog.choices()["title"] == "merged"


CORPUS = FIXTURES / "interop"


def _settle(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=10_000)


def test_the_preview_lists_what_is_kept_and_dropped_and_skipped(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window, CORPUS / "vcard" / "outlook2003-cp1252.vcf")
    assert "Kept:" in dialog.report.text() and "postal addresses 1" in dialog.report.text()
    assert "X-MS-OL-DEFAULT-POSTAL-ADDRESS 2" in dialog.report.text()  # not kept, named as the file names it
    damaged = open_dialog(qtbot, window, CORPUS / "vcard" / "damaged-one-of-six.vcf")
    assert "1 card could not be read" in damaged.summary.text()
    rows = [damaged.model.index(r, 3).data() for r in range(damaged.model.rowCount())]
    assert "line 17 is not a vCard property (no colon)" in rows
    assert damaged.import_button.isEnabled()  # the five good cards still import


def test_the_preview_asks_the_date_order(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window, CORPUS / "csv" / "outlook-en-ambiguous-dates.csv")
    assert dialog.date_row.isVisible() and "date order unknown" in dialog.report.text()
    dialog.date_order.setCurrentIndex(dialog.date_order.findData("mdy"))
    dialog.replan()
    _settle(qtbot, dialog)
    assert "birthdays 4" in dialog.report.text()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    noah = Contact.get(Contact.name == "Noah Bennett")
    assert contacts.get_contact(noah.id).birthday == "1985-03-04"


def test_many_rows_into_one_contact_need_the_users_word(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "same.csv"
    path.write_text(
        "Name,Email,Phone\n" + "".join(f"Ana,ana@x.example,+34 600 00{i} 00{i}\n" for i in range(5))
    )
    dialog = open_dialog(qtbot, window, path)
    assert dialog.merge_many.isVisible() and "5 rows of this file would all be merged into Ana" in (
        dialog.merge_many_text.text()
    )
    assert not dialog.import_button.isEnabled()
    dialog.merge_many.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    (ana,) = Contact.select()
    assert len(contacts.get_contact(ana.id).phones) == 5


def test_a_name_and_organization_match_is_offered(qtbot: QtBot, window: MainWindow) -> None:
    engine.apply_import(engine.read_file(CORPUS / "csv" / "linkedin-current.csv"))
    dialog = open_dialog(qtbot, window, CORPUS / "vcard" / "name-and-org-only-match.vcf")
    assert dialog.matches.isVisible() and "agree with a contact" in dialog.matches_text.text()
    dialog.matches.setChecked(True)
    _settle(qtbot, dialog)
    assert dialog.model.index(0, 0).data() == "Merge"
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert Contact.select().where(Contact.deleted_at.is_null()).count() == 10
