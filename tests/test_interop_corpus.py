"""The table-driven acceptance test of issue 13, over the corpus in tests/fixtures/interop.

Every file goes through the command line in-process (``journal.cli.main``, the same
engine the window runs) into a fresh journal, which is then read back through the
services layer: the number of people, their names and key fields, the organizations
and groups, the skipped cards with their line and reason, what the dry run lists,
that a second import adds and changes nothing, and that no text is stored garbled.
``expectations.py`` holds the per-file facts; every key it uses has a reader here.
"""

from __future__ import annotations

import re
import unicodedata
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

from journal import cli, db
from journal.db.models import Contact, ContactTag, Interaction, Organization, Tag
from journal.safety import consistency
from journal.services import contact_values, photos
from journal.services import contacts as contact_service
from tests.fixtures.interop import expectations

HERE = Path(__file__).resolve().parent / "fixtures" / "interop"
MOJIBAKE = re.compile(r"[ÃÂ][\u0080-\u00bf]|â€|\ufffd")
FILES = sorted(expectations.FILES)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def run_import(
    path: Path, database: Path, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, str, str]:
    code = cli.main(["import", str(path), "--db", str(database), "--create", *extra])
    out = capsys.readouterr()
    return code, out.out, out.err


def people(database: Path) -> list[contact_service.ContactDetail]:
    db.open_database(database)
    try:
        ids = [
            c.id for c in Contact.select(Contact.id).where(Contact.deleted_at.is_null()).order_by(Contact.id)
        ]
        return [contact_service.get_contact(i) for i in ids]
    finally:
        db.close_database()


def organizations(database: Path) -> dict[str, dict[str, Any]]:
    """Live organizations by folded name, with their phones, e-mails, web sites, addresses and logo."""
    db.open_database(database)
    try:
        found = {}
        for org in Organization.select().where(Organization.deleted_at.is_null()):
            values = contact_values.load_organization(org.id)
            values["website"] = org.website
            found[fold(org.name)] = values
        return found
    finally:
        db.close_database()


def tag_members(database: Path, tag: str) -> list[str]:
    db.open_database(database)
    try:
        return sorted(
            c.name
            for c in Contact.select()
            .join(ContactTag)
            .join(Tag)
            .where(Tag.name == tag, Contact.deleted_at.is_null())
        )
    finally:
        db.close_database()


def connected_days(database: Path, contact_id: int) -> list[str]:
    """Local days of the contact's "Connected on LinkedIn" interactions."""
    from journal import clock

    db.open_database(database)
    try:
        rows = Interaction.select().where(
            (Interaction.contact == contact_id) & Interaction.summary.contains("LinkedIn")
        )
        return [r.occurred_at.astimezone(clock.local_zone()).date().isoformat() for r in rows]
    finally:
        db.close_database()


def label_of(detail: contact_service.ContactDetail, value: str) -> str | None:
    for item in [*detail.emails, *detail.phones, *detail.urls]:
        if item.value.casefold() == value.casefold() or (
            item in detail.phones and digits(item.value) == digits(value) != ""
        ):
            return item.label
    return None


def _photo(detail: contact_service.ContactDetail) -> Any:
    photo = detail.photo
    if photo is None:
        return False
    return True if photo.data else photo.url


# One reader per expected key: ContactDetail -> the value to compare.
READERS: dict[str, Any] = {
    "name": lambda d: d.name,
    "given": lambda d: d.given_name,
    "family": lambda d: d.family_name,
    "middle": lambda d: d.middle_name,
    "prefix": lambda d: d.name_prefix,
    "nicknames": lambda d: [v.value for v in d.nicknames],
    "phonetic": lambda d: {"given": d.phonetic_given_name, "family": d.phonetic_family_name},
    "alt_names": lambda d: [v.value for v in d.alt_names],
    "organization": lambda d: d.organization,
    "units": lambda d: [v.value for v in d.units],
    "alt_organizations": lambda d: [v.value for v in d.alt_organizations],
    "title": lambda d: d.title,
    "alt_titles": lambda d: [v.value for v in d.alt_titles],
    "role": lambda d: d.role,
    "emails": lambda d: sorted(e.value.casefold() for e in d.emails),
    "primary_email": lambda d: next((e.value.casefold() for e in d.emails if e.is_primary), None),
    "phones": lambda d: sorted(digits(p.value) for p in d.phones),
    "primary_phone": lambda d: next((digits(p.value) for p in d.phones if p.is_primary), None),
    "birthday": lambda d: d.birthday,
    "dates": lambda d: [{"label": v.label, "date": v.value} for v in d.dates],
    "addresses": lambda d: [a.as_dict() for a in d.addresses],
    "urls": lambda d: sorted([*([d.website] if d.website else []), *(u.value for u in d.urls)]),
    "linkedin": lambda d: urllib.parse.unquote(d.linkedin_url),
    "social": lambda d: [{"service": v.label, "url": v.value} for v in d.social],
    "im": lambda d: [{"service": v.label, "handle": v.value} for v in d.im],
    "related": lambda d: [{"label": v.label, "name": v.value} for v in d.related],
    "notes": lambda d: d.notes,
    "tags": lambda d: sorted(d.tags),
    "starred": lambda d: d.starred,
    "photo": _photo,
    "extras": lambda d: {v.label: v.value for v in d.custom_fields},
}
NORMALIZE: dict[str, Any] = {
    "emails": lambda v: sorted(m.casefold() for m in v),
    "primary_email": str.casefold,
    "phones": lambda v: sorted(digits(p) for p in v),
    "primary_phone": digits,
    "tags": sorted,
    "urls": sorted,
    "linkedin": urllib.parse.unquote,
    "photo": lambda v: v if v is not False else False,
}
# Checked separately below (they need more than the contact's detail).
NOT_FIELDS = {"not_emails", "labels", "birthday_if_dmy", "birthday_if_mdy", "connected_on"}


@pytest.fixture
def journal_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NETWORKING_JOURNAL_HOME", str(tmp_path / "home"))
    return tmp_path / "journal.sqlite3"


def _check_person(
    rel: str, person: dict[str, Any], found: list[contact_service.ContactDetail], home: Path
) -> None:
    matches = [d for d in found if d.name == person["name"]]
    assert matches, f"{person['name']!r} not in {[d.name for d in found]}"
    detail = matches[0]
    for key, want in person.items():
        if key in NOT_FIELDS:
            continue
        reader = READERS.get(key)
        assert reader is not None, f"{rel}: the journal has no place for {key!r} ({person['name']})"
        have = reader(detail)
        want = NORMALIZE.get(key, lambda v: v)(want)
        if key == "photo" and want in (True, "downscaled"):  # an image is stored (a large one, shrunk)
            photo = detail.photo
            assert photo is not None and photo.data, f"{rel}: {person['name']}: no photo stored"
            assert max(photo.width, photo.height) <= photos.MAX_SIDE
            assert photo.mime in ("image/jpeg", "image/png")
            continue
        if key == "extras":
            assert want.items() <= have.items(), f"{rel}: {person['name']}: {key}: {have}"
            continue
        assert have == want, f"{rel}: {person['name']}: {key}"
    for bad in person.get("not_emails", []):
        assert bad.casefold() not in READERS["emails"](detail)
    for value, label in person.get("labels", {}).items():
        assert fold(label_of(detail, value) or "") == fold(label), (
            f"{rel}: {person['name']}: label of {value}"
        )
    if "connected_on" in person:
        assert person["connected_on"] in connected_days(home, detail.id)


def _check_organizations(exp: dict[str, Any], found: list[contact_service.ContactDetail], home: Path) -> None:
    orgs = organizations(home)
    for org in exp.get("organizations", []):
        assert fold(org["name"]) in orgs, f"organization {org['name']} missing from {sorted(orgs)}"
        assert not any(fold(d.name) == fold(org["name"]) for d in found), "an organization is not a person"
        have = orgs[fold(org["name"])]
        if "phones" in org:
            assert sorted(digits(p.value) for p in have["phones"]) == sorted(digits(p) for p in org["phones"])
        if "emails" in org:
            assert sorted(e.value.casefold() for e in have["emails"]) == sorted(
                e.casefold() for e in org["emails"]
            )
        if "urls" in org:
            assert sorted(u.value for u in have["urls"]) == sorted(org["urls"])
        if "addresses" in org:
            assert [a.as_dict() for a in have["addresses"]] == org["addresses"]
        if org.get("logo"):
            assert have["logo"] is not None and have["logo"].data
    for group in exp.get("groups", []):
        assert tag_members(home, group["name"]) == sorted(group["members"])
        assert not any(fold(d.name) == fold(group["name"]) for d in found), "a group is not a person"


@pytest.mark.parametrize("rel", FILES)
def test_file_imports_as_expected(rel: str, journal_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    exp = expectations.FILES[rel]
    code, out, err = run_import(HERE / rel, journal_home, capsys)
    assert "Traceback" not in out + err
    assert code == exp.get("exit", 0), err
    for skip in exp.get("skipped", []):
        text = out if code == 0 else err
        assert f"line {skip['line']}" in text, f"skipped card at line {skip['line']} is reported"
        if "bad_line" in skip:
            assert f"line {skip['bad_line']}" in text, f"the bad line {skip['bad_line']} is named"
        assert skip["reason"].split(" (")[0].replace("the card ", "")[:20] in text, skip["reason"]
    if code:
        assert err.strip(), "a refusal says why"
        if "message" in exp:
            assert "web page" in err.lower()
        return
    if exp.get("skipped"):
        assert "warning:" in out, "skipped cards come with a warning line"
    found = people(journal_home)
    assert len(found) == exp["contacts"], [p.name for p in found]
    for person in exp["people"]:
        _check_person(rel, person, found, journal_home)
    for detail in found:
        for text in (detail.name, detail.organization, detail.notes):
            assert not MOJIBAKE.search(text), text
        for tag in detail.tags:
            assert tag not in expectations.SYSTEM_GROUPS
    _check_organizations(exp, found, journal_home)


def _snapshot(home: Path) -> list[tuple[Any, ...]]:
    return [
        (d.name, d.updated_at, d.notes, len(d.emails), len(d.phones), len(d.addresses), d.tags)
        for d in people(home)
    ]


@pytest.mark.parametrize("rel", [r for r in FILES if expectations.FILES[r].get("exit", 0) == 0])
def test_second_import_adds_nothing(rel: str, journal_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_import(HERE / rel, journal_home, capsys)[0] == 0
    before = _snapshot(journal_home)
    orgs = organizations(journal_home)
    code, out, _err = run_import(HERE / rel, journal_home, capsys)
    assert code == 0
    assert out.startswith("0 added, 0 merged"), out
    assert _snapshot(journal_home) == before
    assert organizations(journal_home) == orgs


@pytest.mark.parametrize("rel", [r for r in FILES if expectations.FILES[r].get("exit", 0) == 0])
def test_every_imported_row_passes_the_journals_rules(
    rel: str, journal_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What an import wrote passes the rules every write passes (``services.validation`` through
    ``row_rules``, as ``check`` reads them): no value a dialog would refuse got in by the import."""
    assert run_import(HERE / rel, journal_home, capsys)[0] == 0
    report = consistency.check(journal_home)
    assert report.ok, [f.message for f in report.findings]


@pytest.mark.parametrize("rel", FILES)
def test_dry_run_lists_what_is_dropped(
    rel: str, journal_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exp = expectations.FILES[rel]
    code, out, _err = run_import(HERE / rel, journal_home, capsys, "--dry-run")
    if code:
        return
    for item in exp.get("report", []):
        assert item.split(" ")[0] in out, f"{item} is listed in the dry run"
    if "date-order" in exp.get("ask", []):
        assert "date order" in out.lower(), "the dry run says the file cannot tell D/M from M/D"


@pytest.mark.parametrize("order", ["dmy", "mdy"])
def test_the_date_order_answer_reads_the_dates(
    order: str, journal_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rel = "csv/outlook-en-ambiguous-dates.csv"
    assert run_import(HERE / rel, journal_home, capsys, "--date-order", order)[0] == 0
    found = {d.name: d.birthday for d in people(journal_home)}
    for person in expectations.FILES[rel]["people"]:
        assert found[person["name"]] == person[f"birthday_if_{order}"]


@pytest.mark.parametrize(
    "seq", expectations.SEQUENCES, ids=lambda s: " + ".join(Path(f).name for f in s["files"])
)
def test_sequences(seq: dict[str, Any], journal_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outs = [run_import(HERE / rel, journal_home, capsys)[1] for rel in seq["files"]]
    if "contacts_after" in seq:
        assert len(people(journal_home)) == seq["contacts_after"], outs
    for offer in seq.get("offer_merge", []):
        assert "offer" in outs[-1] and offer["with"] in outs[-1], outs[-1]
