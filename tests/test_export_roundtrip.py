"""Exports other programs read exactly (issue 13): our own vCard export imported back into the same
journal changes nothing, and what it writes is what Apple, Google and the RFCs expect."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject

from journal.interop import engine, export
from journal.services import contacts
from tests.fixtures.interop import expectations

CORPUS = Path(__file__).resolve().parent / "fixtures" / "interop"
READABLE = [r for r in sorted(expectations.FILES) if expectations.FILES[r].get("exit", 0) == 0]


def _everything() -> list[tuple[object, ...]]:
    rows = []
    for contact in (
        contacts.Contact.select().where(contacts.Contact.deleted_at.is_null()).order_by(contacts.Contact.id)
    ):
        d = contacts.get_contact(contact.id)
        rows.append(
            (
                d.id,
                d.name,
                d.updated_at,
                d.notes,
                d.emails,
                d.phones,
                d.addresses,
                d.urls,
                d.tags,
                d.dates,
                d.related,
                d.im,
                d.social,
                d.nicknames,
                d.photo,
                d.birthday,
                d.given_name,
                d.family_name,
            )
        )
    return rows


@pytest.fixture
def full_journal(db_path: Path) -> Path:
    """A journal holding every readable file of the corpus."""
    for rel in READABLE:
        engine.apply_import(engine.read_file(CORPUS / rel), engine.ImportChoices(date_order="dmy"))
    return db_path


def test_our_vcard_export_imported_back_changes_nothing(full_journal: Path, tmp_path: Path) -> None:
    before = _everything()
    out = tmp_path / "all.vcf"
    assert export.export_vcard(out) == len(before)
    plan = engine.apply_import(engine.read_file(out))
    assert (plan.added, plan.merged) == (0, 0), [e.message for e in plan.entries if e.action != "skip"][:5]
    assert _everything() == before


def test_notes_with_line_breaks_are_not_doubled(db_path: Path, tmp_path: Path) -> None:
    cid = contacts.create_contact(
        name="Fiona Ryan", notes="First line\r\nSecond line\r\n\r\nAfter a blank"
    ).id
    out = tmp_path / "one.vcf"
    export.export_vcard(out)
    data = out.read_bytes()
    assert b"\r\r\n" not in data and b"\\r" not in data
    engine.apply_import(engine.read_file(out))
    engine.apply_import(engine.read_file(out))
    assert contacts.get_contact(cid).notes == "First line\nSecond line\n\nAfter a blank"


def test_the_written_card_is_what_other_programs_expect(full_journal: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.vcf"
    export.export_vcard(out)
    text = out.read_text(encoding="utf-8")
    cards = list(vobject.readComponents(text))  # an independent parser reads every card
    assert len(cards) == len(_everything())
    types = {
        t.upper()
        for card in cards
        for tel in card.contents.get("tel", [])
        for t in tel.params.get("TYPE", [])
    }
    assert "CELL" in types and not types & {"MOBILE", "IPHONE"}
    assert all(
        t in {"CELL", "WORK", "HOME", "FAX", "PAGER", "CAR", "ISDN", "VOICE", "VIDEO", "PREF"}
        or t.startswith("X-")
        for t in types
    )
    for card in cards:
        assert "n" in card.contents and card.n.value, card.fn.value  # N always present and filled
        for url in card.contents.get("url", []):
            assert "\\" not in url.value  # URIs are not backslash-escaped
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-09-17" in text  # Inés Ortega: a birthday without year
    assert "PHOTO;ENCODING=b;TYPE=JPEG:" in text
    assert "https://maps.example/place?ll=40.4168,-3.7038&z=15" in text.replace("\r\n ", "")
