"""Likely duplicates, dismissing a pair, merging field by field, undoing a merge."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from journal.db.models import Contact, ContactEmail, ContactTag, DuplicateDismissal, Introduction
from journal.services import contacts, deals, duplicates, followups, interactions, introductions
from journal.services.errors import JournalError
from tests.conftest import FakeClock


def test_finds_pairs_by_email_phone_name_and_similar_name(db_path: Path) -> None:
    a = contacts.create_contact(name="Ana García", organization="Acme", emails=["ana@example.com"])
    b = contacts.create_contact(name="ana garcia", organization="ACME")
    c = contacts.create_contact(name="Ana G.", emails=["ANA@example.com"])
    d = contacts.create_contact(name="Jon Smithson", phones=["+34 600 111 222"])
    e = contacts.create_contact(name="Jonathan Smith", phones=["600111222"])
    f = contacts.create_contact(name="Jon Smithsen")
    contacts.create_contact(name="Unrelated Person")
    reasons = {(p.a_id, p.b_id): p.reason for p in duplicates.find_duplicates()}
    assert reasons[(a.id, b.id)] == "name_org"
    assert reasons[(a.id, c.id)] == "email"
    assert reasons[(d.id, e.id)] == "phone"
    assert reasons[(d.id, f.id)] == "similar"
    assert len(reasons) == 4


def test_dismissed_pairs_are_not_listed_again(db_path: Path) -> None:
    a = contacts.create_contact(name="Ana")
    b = contacts.create_contact(name="Ana")
    duplicates.dismiss_pair(b.id, a.id)
    duplicates.dismiss_pair(a.id, b.id)
    assert DuplicateDismissal.select().count() == 1
    assert duplicates.find_duplicates() == []


def test_blocks_keep_it_linear(db_path: Path) -> None:
    for n in range(60):
        contacts.create_contact(name="Same Name", emails=[f"s{n}@example.com"])
    assert duplicates.find_duplicates() == []  # a group this big says nothing about who is who


def test_merge_keeps_both_histories_and_undo_restores_them(db_path: Path, fake_clock: FakeClock) -> None:
    keep = contacts.create_contact(
        name="Ana García", emails=["ana@work.example"], tags=["vip"], title="", notes="old notes"
    )
    other = contacts.create_contact(
        name="Ana Garcia",
        emails=["ana@home.example", "ANA@work.example"],
        phones=["+34 600 000 000"],
        tags=["madrid", "vip"],
        title="CEO",
        notes="other notes",
        organization="Acme",
    )
    third = contacts.create_contact(name="Introducer", introduced_by_id=other.id)
    talk = interactions.log_interaction(
        contact_id=other.id,
        kind="networking",
        channel="call",
        occurred_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
        summary="Coffee",
    )
    deal = deals.create_deal(contact_id=other.id, title="Deal", value=Decimal("100.50"))
    follow = followups.create_followup(
        contact_id=other.id, kind="sales", title="Call", due_date=date(2026, 4, 1)
    )
    intro = introductions.record_introduction(
        direction="i_introduced", person_a_id=other.id, person_b_id=third.id, occurred_on=date(2026, 3, 1)
    )

    merge_id = duplicates.merge_contacts(keep.id, other.id, choices={"notes": "merged", "name": "survivor"})
    merged = contacts.get_contact(keep.id)
    assert merged.name == "Ana García" and merged.title == "CEO" and merged.organization == "Acme"
    assert merged.notes == "other notes"
    assert sorted(e.value for e in merged.emails) == ["ana@home.example", "ana@work.example"]
    assert [p.value for p in merged.phones] == ["+34 600 000 000"]
    assert merged.tags == ["madrid", "vip"]
    assert merged.networking_count == 1 and merged.open_deal_count == 1
    assert merged.next_followup_on == date(2026, 4, 1)
    assert deals.get_deal(deal.id).contact_id == keep.id
    assert followups.get_followup(follow.id).contact_id == keep.id
    assert Contact.get_by_id(third.id).introduced_by_id == keep.id
    assert contacts.get_contact(other.id, include_trashed=True).deleted_at is not None
    with pytest.raises(JournalError):
        contacts.get_contact(other.id)
    assert [m.id for m in duplicates.recent_merges()] == [merge_id]

    duplicates.undo_merge(merge_id)
    back = contacts.get_contact(other.id)
    assert back.title == "CEO" and back.notes == "other notes" and back.networking_count == 1
    assert sorted(e.value for e in back.emails) == ["ANA@work.example", "ana@home.example"]
    assert back.tags == ["madrid", "vip"]
    assert any(e.is_primary for e in back.emails)
    kept = contacts.get_contact(keep.id)
    assert kept.title == "" and kept.notes == "old notes" and kept.organization == ""
    assert [e.value for e in kept.emails] == ["ana@work.example"] and kept.tags == ["vip"]
    assert kept.networking_count == 0 and kept.open_deal_count == 0
    assert deals.get_deal(deal.id).contact_id == other.id
    assert Contact.get_by_id(third.id).introduced_by_id == other.id
    assert interactions.get_interaction(talk.id).contact_id == other.id
    assert Introduction.get_by_id(intro.id).person_a_id == other.id
    with pytest.raises(JournalError):
        duplicates.undo_merge(merge_id)
    assert ContactEmail.select().count() == 3 and ContactTag.select().count() == 3


def test_cannot_merge_with_itself_or_a_trashed_contact(db_path: Path) -> None:
    a = contacts.create_contact(name="Ana")
    b = contacts.create_contact(name="Bea")
    with pytest.raises(JournalError):
        duplicates.merge_contacts(a.id, a.id)
    contacts.trash_contact(b.id)
    with pytest.raises(JournalError):
        duplicates.merge_contacts(a.id, b.id)


def test_imported_likely_duplicates_show_up_for_review(db_path: Path, fake_clock: FakeClock) -> None:
    from journal.interop import engine

    fixtures = Path(__file__).parent / "fixtures"
    engine.apply_import(engine.read_file(fixtures / "linkedin-Connections.csv"))
    plan = engine.apply_import(engine.read_file(fixtures / "vcard-2.1-android-qp.vcf"))
    pairs = duplicates.find_duplicates(contact_ids=plan.contact_ids)
    assert [(p.a_name, p.b_name, p.reason) for p in pairs] == [("Marta Núñez", "Marta Núñez", "name")]
