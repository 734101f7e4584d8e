"""``journal.services.contact_fields`` is the one list of contact fields, and everyone follows it.

A value for every field goes through the services, each file format (out and back
in), the import's merge into an existing contact and the duplicate merge. A field
added to the schema fails here until every one of them handles it, or the format
names it among what it drops.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from journal import db
from journal.interop import csv_mapping, engine, export, json_export, vcard
from journal.interop.records import ContactFields, ContactRecord
from journal.services import contact_fields, contacts, duplicates, photos
from journal.services.contacts import LabeledValue
from journal.services.values import PostalAddress

_AVATAR = Path(__file__).parent / "fixtures" / "interop" / "images" / "avatar-96.jpg"

# A value for every portable field, as the services return them (tags in name order).
SAMPLE: dict[str, Any] = {
    "name": "Lucía Núñez",
    "given_name": "Lucía",
    "family_name": "Núñez",
    "organization": "Acme, Inc.",
    "title": "Directora Comercial",
    "emails": [LabeledValue("lucia@example.com", "work", True), LabeledValue("lucia@home.example", "home")],
    "phones": [LabeledValue("+34 600 111 222", "cell", True)],
    "tags": ["madrid", "mentor"],
    "linkedin_url": "https://www.linkedin.com/in/lucia-nunez",
    "website": "https://lucia.example",
    "location": "Madrid",
    "birthday": "1985-02-03",
    "how_met": "SaaS Summit 2025",
    "met_on": date(2024, 5, 6),
    "notes": "Two kids.\nLoves trail running.",
    "cadence_days": 30,
    "source_uid": "phone-1234",
    "name_prefix": "Dra.",
    "middle_name": "María",
    "name_suffix": "PhD",
    "nicknames": [LabeledValue("Lu", "", True), LabeledValue("Lucy")],
    "phonetic_given_name": "ルシア",
    "phonetic_family_name": "ヌニェス",
    "alt_names": [LabeledValue("Lucia Nunez", "en", True)],
    "units": [LabeledValue("Ventas", "", True), LabeledValue("Iberia, Norte")],
    "role": "Decision maker",
    "alt_organizations": [LabeledValue("Acme Incorporated", "en", True)],
    "alt_titles": [LabeledValue("Sales Director", "en", True)],
    "addresses": [
        PostalAddress(
            "work",
            "Apartado 10",
            "Planta 3",
            "Calle Mayor 1\nOficina 2",
            "Madrid",
            "Madrid",
            "28013",
            "España",
            is_primary=True,
        ),
        PostalAddress(
            "Casa de verano",
            street="Camí de la Platja 7",
            city="Dénia",
            postal_code="03700",
            country="España",
        ),
    ],
    "urls": [
        LabeledValue("https://blog.lucia.example/a,b;c", "blog", True),
        LabeledValue("https://cal.example/lu", "Citas"),
    ],
    "im": [LabeledValue("lucia.nunez", "skype", True), LabeledValue("lucia@chat.example", "xmpp")],
    "social": [LabeledValue("https://twitter.com/lucia_n", "twitter", True)],
    "dates": [
        LabeledValue("2015-06-20", "anniversary", True),
        LabeledValue("--09-01", "Entrada en la empresa"),
    ],
    "related": [LabeledValue("Pablo Núñez", "spouse", True), LabeledValue("Ana Ruiz", "Mentora")],
    "custom_fields": [LabeledValue("Cliente desde 2020", "Segment", True)],
    "photo": photos.prepare(_AVATAR.read_bytes()),
    "starred": True,
}
# ... and for the journal's own settings (JSON keeps them; exchange formats do not).
SETTINGS: dict[str, Any] = {"cadence_scope": "networking", "reconnect_snoozed_until": date(2026, 6, 1)}


def _values(item: object, names: tuple[str, ...] | set[str]) -> dict[str, Any]:
    return {name: getattr(item, name) for name in sorted(names)}


def _create(**extra: Any) -> int:
    introducer = contacts.create_contact(name="Pablo Ruiz").id
    values = {**SAMPLE, **SETTINGS, "introduced_by_id": introducer, **extra}
    return contacts.create_contact(**values).id


def _round_trip(tmp_path: Path, write: Any, suffix: str) -> tuple[ContactRecord, contacts.ContactDetail]:
    """A full contact written by ``write(path, ids)`` and read back as the import reads it."""
    cid = _create()
    path = tmp_path / f"out{suffix}"
    write(path, [cid])
    (record,) = engine.read_file(path).records
    return record, contacts.get_contact(cid)


def test_the_samples_cover_the_schema() -> None:
    assert set(SAMPLE) == set(contact_fields.PORTABLE)
    assert set(SAMPLE) | set(SETTINGS) | {"introduced_by_id"} == contact_fields.NAMES


def test_the_file_records_have_exactly_the_portable_fields() -> None:
    assert tuple(f.name for f in dataclasses.fields(ContactFields)) == contact_fields.PORTABLE
    extra = {f.name for f in dataclasses.fields(ContactRecord)} - set(contact_fields.PORTABLE)
    assert extra == {
        "where",
        "connected_on",
        "sort_key",
        "kind",
        "members",
        "dropped",
        "notices",
        "raw_dates",
        "problem",
        "line",
        "fingerprint",
    }


def test_a_contact_detail_has_every_field_and_no_default_to_hide_one() -> None:
    # built in one place from the stored contact: a field left out there fails at once
    detail = {f.name: f for f in dataclasses.fields(contacts.ContactDetail)}
    assert set(detail) >= contact_fields.NAMES
    defaulted = [
        name
        for name in contact_fields.NAMES
        if detail[name].default is not dataclasses.MISSING
        or detail[name].default_factory is not dataclasses.MISSING
    ]
    assert defaulted == []


def test_csv_layouts_cover_every_field_or_name_the_drop() -> None:
    ours = set(csv_mapping.JOURNAL_FIELDS.values())
    assert ours | csv_mapping.JOURNAL_DROPS == set(contact_fields.PORTABLE)
    offered = {csv_mapping.TARGET_FIELDS.get(key, key) for key in csv_mapping.FIELDS if key}
    assert offered == set(contact_fields.PORTABLE) - csv_mapping.MAPPING_DROPS


@pytest.mark.usefixtures("db_path")
def test_the_services_store_every_field() -> None:
    cid = _create()
    detail = contacts.get_contact(cid)
    assert _values(detail, set(SAMPLE) | set(SETTINGS)) == {**SAMPLE, **SETTINGS}
    assert detail.introduced_by_name == "Pablo Ruiz"


@pytest.mark.usefixtures("db_path")
def test_vcard_carries_every_portable_field_but_the_ones_it_drops(tmp_path: Path) -> None:
    record, detail = _round_trip(tmp_path, export.export_vcard, ".vcf")
    kept = set(contact_fields.PORTABLE) - vcard.DROPPED
    assert _values(record, kept) == _values(detail, kept)
    assert record.source_uid == detail.uuid


@pytest.mark.usefixtures("db_path")
def test_our_csv_carries_every_portable_field_but_the_ones_it_drops(tmp_path: Path) -> None:
    record, detail = _round_trip(tmp_path, export.export_csv, ".csv")
    kept = set(contact_fields.PORTABLE) - csv_mapping.JOURNAL_DROPS
    for name in kept:
        mine, theirs = getattr(record, name), getattr(detail, name)
        if contact_fields.kind(name) == contact_fields.LABELED:  # a CSV cell holds the values only
            mine, theirs = [v.value for v in mine], [v.value for v in theirs]
        assert mine == theirs, name
    assert record.source_uid == detail.uuid


def test_json_carries_every_field(tmp_path: Path) -> None:
    db.open_database(tmp_path / "first.sqlite3")
    try:
        cid = _create()
        before = contacts.get_contact(cid)
        json_export.export_json(tmp_path / "out.json")
    finally:
        db.close_database()
    db.open_database(tmp_path / "second.sqlite3")
    try:
        engine.apply_import(engine.read_file(tmp_path / "out.json"))
        after = contacts.get_contact(cid)
    finally:
        db.close_database()
    names = contact_fields.NAMES
    assert _values(after, names) == _values(before, names)


@pytest.mark.usefixtures("db_path")
def test_an_import_fills_every_field_a_matched_contact_lacks(tmp_path: Path) -> None:
    cid = contacts.create_contact(name="Lucía Núñez", emails=SAMPLE["emails"][:1]).id  # matched on it
    card = vcard.CardData(uuid="card-1", **SAMPLE)
    path = tmp_path / "in.vcf"
    path.write_bytes(b"".join(vcard.write_cards([card])))
    plan = engine.apply_import(engine.read_file(path))
    assert plan.merged == 1
    kept = set(contact_fields.PORTABLE) - vcard.DROPPED
    assert _values(contacts.get_contact(cid), kept) == _values(card, kept)


@pytest.mark.usefixtures("db_path")
def test_a_merge_offers_and_takes_every_single_valued_field() -> None:
    assert duplicates.MERGE_FIELDS == contact_fields.SINGLE
    survivor = contacts.create_contact(name="L. Núñez", emails=["old@example.com"]).id
    merged = _create()
    duplicates.merge_contacts(survivor, merged, choices={"name": "merged"})
    after = contacts.get_contact(survivor)
    assert _values(after, contact_fields.SINGLE) == _values(
        contacts.get_contact(merged, include_trashed=True), contact_fields.SINGLE
    )
    assert {e.value for e in after.emails} == {"old@example.com", *(e.value for e in SAMPLE["emails"])}
    assert after.tags == SAMPLE["tags"]


@pytest.mark.usefixtures("db_path")
def test_a_date_given_twice_with_the_label_spaced_differently_is_kept_once() -> None:
    cid = contacts.create_contact(
        name="Ana Ruiz",
        dates=[
            LabeledValue("2015-06-01", "Work anniversary"),
            LabeledValue("2015-06-01", "work  anniversary"),
            LabeledValue("2015-06-01", "Wedding"),
        ],
    ).id
    dates = contacts.get_contact(cid).dates
    kept = [(d.value, d.label) for d in dates]
    assert kept == [("2015-06-01", "Work anniversary"), ("2015-06-01", "Wedding")]
