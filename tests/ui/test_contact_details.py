"""The contact's further fields in the window (issue 13): edited in the contact dialog under
"More details", checked by the contact service, shown in the header, the photo in the list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from pytestqt.qtbot import QtBot

from journal.services import contacts, photos
from journal.services.values import LabeledValue, PostalAddress
from journal.ui import ask
from journal.ui.contacts.header import ContactHeader
from journal.ui.contacts.list_model import ContactListModel
from journal.ui.dialogs.contact_dialog import ContactDialog

AVATAR = Path(__file__).parent.parent / "fixtures" / "interop" / "images"


@pytest.fixture
def ines(db_path: Path) -> Iterator[int]:
    yield contacts.create_contact(
        name="Inés Ortega",
        given_name="Inés",
        family_name="Ortega",
        nicknames=["Ine"],
        addresses=[
            PostalAddress("work", street="Calle de Atocha 27\n2º B", city="Madrid", postal_code="28012")
        ],
        dates=[LabeledValue("2014-05-24", "anniversary")],
        related=[LabeledValue("Lucía Prieto", "spouse")],
        urls=[LabeledValue("https://cal.example/ines", "Citas")],
        photo=(AVATAR / "avatar-96.jpg").read_bytes(),
        starred=True,
    ).id


def test_the_dialog_edits_the_further_fields(qtbot: QtBot, ines: int) -> None:
    dialog = ContactDialog(None, contacts.get_contact(ines))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.details_area.isVisible()
    dialog.more.setChecked(True)
    assert dialog.details_area.isVisible() and "(" in dialog.more.text()
    details = dialog.details
    assert details.nicknames.text() == "Ine"
    assert details.lists["related"].toPlainText() == "spouse: Lucía Prieto"
    assert details.addresses.list.count() == 1
    details.addresses.add()
    details.addresses.fields["street"].setPlainText("Rúa do Orzán 12")
    details.addresses.fields["city"].setText("A Coruña")
    details.addresses.fields["label"].setText("Casa de verano")
    details.lists["dates"].setPlainText("anniversary: 2014-05-24\nEntrada en la empresa: --09-01")
    details.photo.clear()
    dialog.accept()
    assert dialog.saved_id == ines
    after = contacts.get_contact(ines)
    assert [a.city for a in after.addresses] == ["Madrid", "A Coruña"]
    assert after.addresses[1].label == "Casa de verano"
    assert [(d.label, d.value) for d in after.dates][1] == ("Entrada en la empresa", "--09-01")
    assert after.photo is None and after.starred


def test_a_bad_value_is_shown_under_its_field(qtbot: QtBot, ines: int) -> None:
    dialog = ContactDialog(None, contacts.get_contact(ines))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.details.lists["dates"].setPlainText("anniversary: 31 of June")
    dialog.accept()
    assert dialog.isVisible() and dialog.details_area.isVisible()  # opened to show the error
    assert "is not a date" in dialog.error_for("dates").text()
    assert contacts.get_contact(ines).dates[0].value == "2014-05-24"  # nothing saved


def test_a_chosen_photo_is_downscaled_and_stored(
    qtbot: QtBot, ines: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ask, "open_file", lambda *_a: str(AVATAR / "photo-720.jpg"))
    dialog = ContactDialog(None, contacts.get_contact(ines))
    qtbot.addWidget(dialog)
    dialog.details.photo.choose()
    dialog.accept()
    photo = contacts.get_contact(ines).photo
    assert photo is not None and photo.data and max(photo.width, photo.height) == photos.MAX_SIDE


def test_the_header_shows_the_photo_and_the_details(qtbot: QtBot, ines: int) -> None:
    header = ContactHeader()
    qtbot.addWidget(header)
    header.show_contact(contacts.get_contact(ines), date(2026, 3, 10))
    header.show()
    assert header.photo.isVisible() and not header.photo.pixmap().isNull()
    text = header.details.text()
    assert "Also called Ine" in text and "Lucía Prieto" in text and "Atocha" in text
    assert "Citas" in header.reach.text() and header.name.text().startswith("★")


def test_the_list_shows_the_photo(qtbot: QtBot, ines: int) -> None:
    other = contacts.create_contact(name="Zoe Without Photo").id
    model = ContactListModel()
    model.reload()
    rows = {model.contact_id(r): r for r in range(model.rowCount())}
    with_photo = model.index(rows[ines], ContactListModel.NAME).data(Qt.ItemDataRole.DecorationRole)
    without = model.index(rows[other], ContactListModel.NAME).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(with_photo, QPixmap) and isinstance(without, QPixmap)
    assert with_photo.toImage() != without.toImage() and with_photo.size() == without.size()
