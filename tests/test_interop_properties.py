"""Hypothesis: exports import back to the same data; importing twice adds nothing;
readers only ever raise ImportFileError, whatever bytes they are given."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal import db
from journal.interop import engine, export
from journal.interop.encoding import decode
from journal.interop.errors import ImportFileError
from journal.services import contacts
from journal.services.events import changes

# Printable text (no control characters or surrogates), with the awkward ones made likely.
AWKWARD = st.sampled_from([",", ";", "\\", ":", '"', "é", "ñ", "😀", "ß", "=", "\t"])
TEXT = st.lists(
    st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
        AWKWARD,
        st.sampled_from([" ::: ", "\\n", "\\,"]),
    ),
    max_size=30,
).map("".join)
NAME = TEXT.filter(lambda s: s.strip() and " ".join(s.split()) == s)
NOTES = st.one_of(
    TEXT, st.lists(TEXT, max_size=4).map("\n".join), st.text("abc ñ😀,;\\", min_size=300, max_size=2000)
)
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture
def no_listeners(monkeypatch: pytest.MonkeyPatch) -> None:
    """Views left alive by earlier UI tests must not query this test's throwaway databases."""
    monkeypatch.setattr(changes, "_listeners", [])


@contextmanager
def fresh_db(folder: Path, name: str) -> Iterator[Path]:
    db.open_database(folder / name)
    try:
        yield folder
    finally:
        db.close_database()


def person(name: str, org: str, title: str, notes: str, location: str) -> dict[str, object]:
    return {
        "name": name,
        "organization": org.strip(),
        "title": title.strip(),
        "notes": notes.strip(),
        "location": location.strip(),
        "emails": [f"p{abs(hash(name)) % 10**6}@example.com"],
        "phones": ["+34 600 111 222"],
        "tags": ["friends"],
        "how_met": title.strip(),
    }


COMPARED = ("name", "organization", "title", "notes", "location", "how_met", "tags")


def facts(detail: contacts.ContactDetail) -> dict[str, object]:
    values: dict[str, object] = {k: getattr(detail, k) for k in COMPARED}
    values["emails"] = [e.value for e in detail.emails]
    values["phones"] = [p.value for p in detail.phones]
    return values


@SETTINGS
@given(
    name=NAME, org=TEXT, title=TEXT, notes=NOTES, location=TEXT, fmt=st.sampled_from(["vcard", "csv", "json"])
)
def test_export_then_import_gives_the_same_data(
    no_listeners: None, name: str, org: str, title: str, notes: str, location: str, fmt: str
) -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        with fresh_db(folder, "a.sqlite3"):
            created = contacts.create_contact(**person(name, org, title, notes, location))  # type: ignore[arg-type]
            expected = facts(contacts.get_contact(created.id))
            out = folder / f"out.{fmt}"
            export.export(fmt, out)
        with fresh_db(folder, "b.sqlite3"):
            parsed = engine.read_file(out)
            plan = engine.apply_import(parsed)
            assert plan.added == 1
            (cid,) = plan.contact_ids
            assert facts(contacts.get_contact(cid)) == expected
            again = engine.apply_import(engine.read_file(out))
            assert (again.added, again.merged) == (0, 0)


@SETTINGS
@given(data=st.binary(max_size=2000))
def test_readers_only_raise_import_file_error_on_bytes(data: bytes) -> None:
    try:
        text, _ = decode(data)
    except ImportFileError:
        return
    for fmt in engine.FORMATS:
        try:
            engine.parse_text(text, fmt)
        except ImportFileError:
            pass


VCARDISH = st.lists(
    st.sampled_from(
        [
            "BEGIN:VCARD",
            "END:VCARD",
            "VERSION:2.1",
            "FN:Ana",
            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:N=C3=BA=",
            " =C3",
            'EMAIL;TYPE="a,b:c";PREF=1:x@y',
            "TEL;VALUE=uri:tel:+1",
            "BDAY:--0230",
            "NOTE:a\\",
            "PHOTO;ENCODING=b:!!!",
            "X-NETWORKING-JOURNAL-CADENCE-DAYS:99999999",
            "CATEGORIES:a\\,b,c",
            "item1.URL:https://linkedin.com/in/x",
            "garbage",
            "",
            "\t",
        ]
    ),
    max_size=30,
).map("\r\n".join)
CSVISH = st.lists(
    st.sampled_from(
        [
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
            "Name,Email,Phone",
            "Ana,a@b.c,1",
            '"Ana, G",,"',
            "E-mail 1 - Value,E-mail 1 - Label,First Name",
            "x ::: y,* Work,Ana",
            "E-mail Address,Business Phone,First Name",
            ";;;",
            "Notes:",
            "a,b,c,d,e,f,g,h,i",
            "31 Feb 2020,--13-40,99 Foo 1999",
        ]
    ),
    max_size=20,
).map("\n".join)


@SETTINGS
@given(text=st.one_of(VCARDISH, CSVISH, st.text(max_size=300)), fmt=st.sampled_from(engine.FORMATS))
def test_readers_only_raise_import_file_error_on_text(text: str, fmt: str) -> None:
    try:
        engine.parse_text(text, fmt)
    except ImportFileError:
        pass
