"""Readers: every sample layout, every encoding, and broken files (only ImportFileError)."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from journal.interop import csvformats, engine, vcard
from journal.interop.encoding import decode
from journal.interop.errors import ImportFileError
from journal.interop.records import linkedin_key, normalize_birthday, parse_day

FIXTURES = Path(__file__).parent / "fixtures"


def read(name: str, fmt: str = "auto") -> engine.ParsedFile:
    return engine.read_file(FIXTURES / name, fmt)


def test_vcard_21_quoted_printable_from_android() -> None:
    (marta,) = read("vcard-2.1-android-qp.vcf").records
    assert marta.name == "Marta Núñez"
    assert (marta.given_name, marta.family_name) == ("Marta", "Núñez")
    assert marta.notes == "Nos presentó Ana en la feria. Interesada en la demo."
    assert [p.value for p in marta.phones] == ["+34633444555"]
    assert marta.phones[0].label == "cell"
    assert [e.value for e in marta.emails] == ["marta@example.net"]


def test_vcard_30_apple_grouped_folded_escaped() -> None:
    lucia, jane = read("vcard-3.0-apple.vcf").records
    assert lucia.name == "Lucía Fernández Ruiz"
    assert lucia.organization == "Ventas Iberia SL"
    assert lucia.linkedin_url == "https://www.linkedin.com/in/lucia-fernandez-ruiz"
    assert lucia.notes == "Conocida en el evento de networking de Valencia.\nPrefiere WhatsApp."
    assert lucia.tags == ["Networking", "Valencia"]
    assert lucia.birthday == "1988-11-03"
    assert lucia.emails[0].is_primary and lucia.emails[0].label == "work"
    assert jane.organization == "Example Corp, Ltd."
    assert jane.where == "card 2 (line 17)"


def test_vcard_40_uid_tel_uri_and_birthday_without_year() -> None:
    (kenji,) = read("vcard-4.0.vcf").records
    assert kenji.source_uid == "4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert [p.value for p in kenji.phones] == ["+81-90-1234-5678"]
    assert kenji.birthday == "--06-30"
    assert kenji.emails[0].is_primary


def test_linkedin_preamble_empty_emails_and_english_dates() -> None:
    parsed = read("linkedin-Connections.csv")
    assert parsed.format == "linkedin"
    lucia, tom, marta = parsed.records
    assert (
        lucia.emails == [] and lucia.connected_on == date(2024, 3, 15) and lucia.met_on == date(2024, 3, 15)
    )
    assert tom.organization == "Acme, Inc." and tom.emails[0].value == "tom.obrien@example.com"
    assert marta.connected_on == date(2021, 2, 28)
    assert lucia.where == "line 5"


def test_google_groups_multi_values_primary_and_birthday_without_year() -> None:
    parsed = read("google-contacts.csv")
    assert parsed.format == "google"
    ana, kenji = parsed.records
    assert [e.value for e in ana.emails] == ["ana@consultora-norte.example", "ana.garcia@mail.example"]
    assert ana.emails[0].is_primary and not ana.emails[1].is_primary
    assert ana.notes == "Met at the Madrid SaaS meetup.\nLikes cycling."
    assert ana.tags == ["Clientes"]
    assert ana.linkedin_url.endswith("/anagarcia")
    assert kenji.birthday == "--06-30"
    assert kenji.where == "line 4"  # the quoted note spans two lines


def test_outlook_windows_1252() -> None:
    parsed = read("outlook-contacts-cp1252.csv")
    assert parsed.format == "outlook" and parsed.encoding == "windows-1252"
    (jose,) = parsed.records
    assert jose.name == "José Muñoz"
    assert jose.organization == "Distribuciones Sur" and jose.title == "Gerente"
    assert jose.phones[0].value == "+34 611 222 333"


@pytest.mark.parametrize(
    "encoded",
    [
        "Name,Email\nJosé Núñez,jose@example.com\n".encode(),
        codecs.BOM_UTF8 + "Name,Email\nJosé Núñez,jose@example.com\n".encode(),
        "Name,Email\nJosé Núñez,jose@example.com\n".encode("utf-16"),
        "Name,Email\nJosé Núñez,jose@example.com\n".encode("utf-16-le"),
        "Name,Email\nJosé Núñez,jose@example.com\n".encode("cp1252"),
    ],
)
def test_encodings(encoded: bytes) -> None:
    text, _encoding = decode(encoded)
    (record,) = engine.parse_text(text).records
    assert record.name == "José Núñez"
    assert record.emails[0].value == "jose@example.com"


def test_dates_use_a_fixed_english_month_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "es_ES.UTF-8")
    assert parse_day("15 Mar 2024") == date(2024, 3, 15)
    assert parse_day("02 Jan 2023") == date(2023, 1, 2)
    assert parse_day("Sep 5, 2020") == date(2020, 9, 5)
    assert parse_day("31 Feb 2020") is None
    assert parse_day("soon") is None
    assert normalize_birthday("--0630") == "--06-30"
    assert normalize_birthday("1604-06-30") == "--06-30"


def test_linkedin_key() -> None:
    assert linkedin_key("https://www.linkedin.com/in/Ana-G/?trk=x") == "linkedin.com/in/ana-g"
    assert linkedin_key("linkedin.com/in/ana-g") == "linkedin.com/in/ana-g"
    assert linkedin_key("https://example.com/in/ana") == ""


def test_generic_csv_guesses_columns_and_accepts_semicolons() -> None:
    text = "Nombre;Correo;Empresa;Teléfono\nAna García;ana@example.com;Acme;+34 600 000 000\n"
    parsed = engine.parse_text(text)
    assert parsed.format == "csv"
    (ana,) = parsed.records
    assert (ana.name, ana.organization) == ("Ana García", "Acme")
    assert ana.emails[0].value == "ana@example.com" and ana.phones[0].value == "+34 600 000 000"


def test_generic_csv_with_explicit_mapping() -> None:
    text = "a,b,c\nGarcía,Ana,ana@example.com\n"
    with pytest.raises(ImportFileError, match="No column holds names"):
        engine.parse_text(text, "csv")
    (ana,) = engine.parse_text(text, "csv", {0: "family_name", 1: "given_name", 2: "email"}).records
    assert ana.name == "Ana García"


BROKEN = {
    "broken-truncated.vcf": "the file ends before END:VCARD",
    "broken-binary.bin": "not a text file",
    "broken-wrong-delimiter.csv": "separated by ';'",
    "broken-empty.csv": "is empty",
    "broken-only-header.csv": "no contacts under it",
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_files_raise_a_clear_import_error(name: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        engine.read_file(FIXTURES / name)
    assert BROKEN[name] in str(caught.value)


def test_broken_messages_say_where() -> None:
    with pytest.raises(ImportFileError) as caught:
        engine.read_file(FIXTURES / "broken-wrong-delimiter.csv")
    assert caught.value.where == "line 2"
    # One card without END: the next card is read, the broken one is skipped and says where and why.
    parsed = engine.read_file(FIXTURES / "broken-missing-end.vcf")
    damaged, bob = parsed.records
    assert damaged.where == "card 1 (line 1)" and damaged.problem is not None
    assert "no END:VCARD before the next BEGIN:VCARD" in damaged.problem[0] and damaged.problem[1] == {
        "line": 5
    }
    assert bob.name == "Bob"


def test_ten_megabyte_field(tmp_path: Path) -> None:
    huge = "x" * (10 * 1024 * 1024)
    csv_file = tmp_path / "huge.csv"
    csv_file.write_text(f'Name,Notes\nAna,"{huge}"\n', encoding="utf-8")
    with pytest.raises(ImportFileError, match="line 2: a field is longer than"):
        engine.read_file(csv_file)
    vcf = tmp_path / "huge.vcf"
    vcf.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nNOTE:{huge}\r\nEND:VCARD\r\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="longer than 1 MB"):
        engine.read_file(vcf)  # the only card is damaged: nothing can be read


def test_big_photo_is_ignored_not_fatal() -> None:
    photo = "A" * (3 * 1024 * 1024)
    text = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nPHOTO;ENCODING=b;TYPE=JPEG:{photo}\r\nEND:VCARD\r\n"
    (ana,) = vcard.read_vcards(text)
    assert ana.name == "Ana"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="does not exist"):
        engine.read_file(tmp_path / "nope.vcf")
    with pytest.raises(ImportFileError, match="is a folder"):
        engine.read_file(tmp_path)


def test_forced_format_mismatch_is_explained() -> None:
    with pytest.raises(ImportFileError, match="no header row with the expected columns"):
        read("google-contacts.csv", "linkedin")
    with pytest.raises(ImportFileError, match=r"holds no vCard|outside any card"):
        read("google-contacts.csv", "vcard")
    with pytest.raises(ImportFileError, match="not valid JSON"):
        read("google-contacts.csv", "json")


def test_detect() -> None:
    assert (
        csvformats.detect("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
        == "linkedin"
    )
    assert engine.detect_format("  BEGIN:VCARD\r\n") == "vcard"
    assert engine.detect_format('{"format": 1}') == "json"


def test_two_dates_whose_labels_differ_only_by_spaces_and_case_are_one() -> None:
    """The importer keys a date by the label it stores (spaces folded), as the dialogs do."""
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nN:Ruiz;Ana;;;\r\n"
        "item1.X-ABDATE:2015-06-01\r\nitem1.X-ABLabel:Work anniversary\r\n"
        "item2.X-ABDATE:2015-06-01\r\nitem2.X-ABLabel: work  Anniversary \r\n"
        "item3.X-ABDATE:2015-06-01\r\nitem3.X-ABLabel:Wedding\r\n"
        "END:VCARD\r\n"
    )
    (ana,) = vcard.read_vcards(card.encode())
    kept = [(d.value, d.label) for d in ana.dates]
    assert kept == [("2015-06-01", "Work anniversary"), ("2015-06-01", "Wedding")]
