"""The journal answers the parser's "who could @fragment be?" from the real file."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.capture.directory import JournalPeople
from journal.capture.model import OpenDeal
from journal.services import contacts, deals


@pytest.fixture
def people(db_path: Path) -> dict[str, int]:
    ana = contacts.create_contact(name="Ana Núñez", organization="Acme")
    lopez = contacts.create_contact(name="Ana López", organization="Globex")
    gone = contacts.create_contact(name="Ana Trashed")
    contacts.trash_contact(gone.id)
    john = contacts.create_contact(name="John Smith", organization="Globex Iberia", notes="met Ana at a fair")
    won = deals.create_deal(contact_id=john.id, title="Old deal", value="10", stage="won")
    open_deal = deals.create_deal(contact_id=john.id, title="Annual licence", value="900", stage="proposal")
    trashed_deal = deals.create_deal(contact_id=john.id, title="Gone deal", value="1")
    deals.trash_deal(trashed_deal.id)
    return {"ana": ana.id, "lopez": lopez.id, "john": john.id, "won": won.id, "open": open_deal.id}


def test_accent_and_case_free_word_prefixes(people: dict[str, int]) -> None:
    find = JournalPeople()
    assert [p.name for p in find("ana nu")] == ["Ana Núñez"]
    assert [p.name for p in find("ANA NÚÑEZ")] == ["Ana Núñez"]
    assert {p.name for p in find("ana")} == {"Ana Núñez", "Ana López"}  # never the trashed one


def test_organizations_with_their_open_deals_only(people: dict[str, int]) -> None:
    found = {p.name: p for p in JournalPeople()("globex")}
    assert set(found) == {"Ana López", "John Smith"}
    assert found["John Smith"].organization == "Globex Iberia"
    assert found["John Smith"].open_deals == (OpenDeal(people["open"], "Annual licence", "proposal"),)
    assert found["Ana López"].open_deals == ()


def test_notes_do_not_make_a_match(people: dict[str, int]) -> None:
    assert "John Smith" not in {p.name for p in JournalPeople()("ana")}


def test_a_typo_still_finds_close_names_for_suggestions(people: dict[str, int]) -> None:
    assert "Ana Núñez" in {p.name for p in JournalPeople()("ana nunes")}


def test_punctuation_only_or_empty_finds_nobody(people: dict[str, int]) -> None:
    find = JournalPeople()
    assert list(find("")) == []
    assert list(find('"*')) == []
    assert list(find("AND OR NOT")) == []
