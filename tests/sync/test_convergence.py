"""Two journals, one real Radicale: what one does reaches the other, and edits on both merge."""

from __future__ import annotations

from datetime import date, time

import pytest

from journal.db.models import Contact, FollowUp, Interaction
from journal.services import contacts, deals, followups, interactions, introductions
from journal.services.contacts import LabeledValue
from journal.sync.errors import NeedsAnswer
from tests.sync.journals import Journal, server_state, state


def _converged(a: Journal, b: Journal) -> None:
    a_state, b_state = state(a), state(b)
    assert a_state == b_state, _diff(a_state, b_state)
    on_server, uids = server_state(a)
    assert len(uids) == len(set(uids)), "duplicate UIDs on the server"
    assert on_server == a_state, _diff(on_server, a_state)


def _rounds(a: Journal, b: Journal, n: int = 2) -> None:
    for _ in range(n):
        a.sync()
        b.sync()


def test_everything_created_on_a_appears_on_b(journals: tuple[Journal, Journal]) -> None:
    a, b = journals
    with a.use():
        ana = contacts.create_contact(
            name="Ana García",
            given_name="Ana",
            family_name="García",
            organization="Globex",
            emails=[LabeledValue("ana@globex.example", "work", True), "ana@home.example"],
            phones=[LabeledValue("+34 600 11 22 33", "cell")],
            tags=["vip", "madrid"],
            birthday="--04-12",
            how_met="PyCon",
            met_on=date(2024, 5, 2),
            cadence_days=30,
            linkedin_url="https://www.linkedin.com/in/ana",
            website="https://ana.example",
            location="Madrid",
            notes="Likes tea;\nsecond line, with comma",
        )
        luis = contacts.create_contact(name="Luis Pérez", introduced_by_id=ana.id)
        deal = deals.create_deal(contact_id=ana.id, title="Globex renewal", value="1500.50", currency="EUR")
        deals.move_deal(deal.id, stage="proposal")
        entry = interactions.log_interaction(
            contact_id=ana.id,
            kind="sales",
            summary="Call about price",
            deal_id=deal.id,
            objections=[interactions.ObjectionInput("price", "too high", "showed ROI", "resolved")],
        )
        interactions.log_interaction(
            contact_id=luis.id,
            kind="networking",
            summary="Coffee",
            value_direction="gave",
            value_type="advice",
        )
        introductions.record_introduction(
            direction="i_introduced", person_a_id=ana.id, person_b_id=luis.id, context="both in fintech"
        )
        followups.create_followup(
            contact_id=ana.id,
            kind="sales",
            title="Send proposal",
            due_date=date(2027, 5, 1),
            due_time=time(15, 30),
            deal_id=deal.id,
            interaction_id=entry.id,
        )
        followups.create_followup(
            contact_id=luis.id,
            kind="networking",
            title="Check in",
            due_date=date(2027, 6, 1),
            recurrence_unit="week",
            recurrence_interval=2,
        )
    result = a.sync()
    assert result.pushed == 8
    result = b.sync()
    assert result.pulled == 8
    _converged(a, b)
    with b.use():
        copy = Contact.get(Contact.name == "Ana García")
        detail = contacts.get_contact(copy.id)
        assert detail.emails[0] == LabeledValue("ana@globex.example", "work", True)
        assert detail.birthday == "--04-12" and detail.cadence_days == 30
        assert deals.stage_history(deals.deals_for_contact(copy.id)[0].id)[-1].to_stage == "proposal"
        luis_b = Contact.get(Contact.name == "Luis Pérez")
        assert luis_b.introduced_by_id == copy.id


def test_nothing_is_uploaded_again_for_nothing(journals: tuple[Journal, Journal]) -> None:
    a, b = journals
    with a.use():
        ana = contacts.create_contact(name="Ana", emails=["a@x.example"])
        followups.create_followup(
            contact_id=ana.id, kind="networking", title="Call", due_date=date(2027, 4, 2)
        )
    a.sync()
    b.sync()
    assert a.sync().pushed == 0 and b.sync().pushed == 0
    with b.use():  # touching a record without changing it sends nothing
        contacts.update_contact(Contact.get().id, name="Ana")
    assert b.sync().pushed == 0


def test_edits_to_different_fields_merge(journals: tuple[Journal, Journal]) -> None:
    a, b = journals
    with a.use():
        ana = contacts.create_contact(name="Ana", tags=["vip"], emails=["ana@one.example"])
    _rounds(a, b, 1)
    with a.use():
        contacts.update_contact(ana.id, title="CTO", tags=["vip", "speaker"])
    with b.use():
        contact_b = Contact.get(Contact.name == "Ana")
        contacts.update_contact(
            contact_b.id,
            notes="met at the fair",
            tags=["vip", "madrid"],
            emails=["ana@one.example", "ana@two.example"],
        )
    a.sync()
    result = b.sync()
    assert result.merged == 1 and result.conflicts == 0
    a.sync()
    _converged(a, b)
    with a.use():
        detail = contacts.get_contact(ana.id)
        assert (detail.title, detail.notes) == ("CTO", "met at the fair")
        assert detail.tags == ["madrid", "speaker", "vip"]
        assert [e.value for e in detail.emails] == ["ana@one.example", "ana@two.example"]


def test_same_field_newer_edit_wins_and_the_other_value_is_kept_as_a_note(
    journals: tuple[Journal, Journal], fake_clock: object
) -> None:
    a, b = journals
    with a.use():
        ana = contacts.create_contact(name="Ana", notes="original")
    _rounds(a, b, 1)
    with a.use():
        contacts.update_contact(ana.id, notes="from A (older)")
    fake_clock.advance(minutes=5)  # type: ignore[attr-defined]
    with b.use():
        contacts.update_contact(Contact.get(Contact.name == "Ana").id, notes="from B (newer)")
    a.sync()
    result = b.sync()
    assert result.conflicts == 1
    _rounds(a, b)
    _converged(a, b)
    with a.use():
        assert contacts.get_contact(ana.id).notes == "from B (newer)"
        notes = [i for i in Interaction.select() if i.summary.startswith("Sync conflict")]
        assert len(notes) == 1
        assert "from A (older)" in notes[0].notes and notes[0].contact_id == ana.id


def test_delete_on_a_while_b_edits_keeps_the_edit(journals: tuple[Journal, Journal]) -> None:
    a, b = journals
    with a.use():
        ana = contacts.create_contact(name="Ana")
        keep = contacts.create_contact(name="Keep")
    _rounds(a, b, 1)
    with a.use():
        contacts.trash_contact(ana.id)
    with b.use():
        contacts.update_contact(Contact.get(Contact.name == "Ana").id, notes="still a client")
    _rounds(a, b)
    _converged(a, b)
    with a.use():
        back = contacts.get_contact(ana.id)
        assert back.notes == "still a client" and back.deleted_at is None
        assert contacts.contact_exists(keep.id)


def test_delete_on_a_reaches_b_and_goes_to_its_trash(journals: tuple[Journal, Journal]) -> None:
    a, b = journals
    with a.use():
        ids = [contacts.create_contact(name=f"P{i}").id for i in range(4)]
    _rounds(a, b, 1)
    with a.use():
        contacts.trash_contact(ids[0])
    _rounds(a, b)
    _converged(a, b)
    with b.use():
        gone = Contact.get(Contact.name == "P0")
        assert gone.deleted_at is not None  # in the trash, restorable


def test_followup_done_on_b_is_done_on_a(journals: tuple[Journal, Journal]) -> None:
    a, b = journals
    with a.use():
        ana = contacts.create_contact(name="Ana")
        task = followups.create_followup(
            contact_id=ana.id, kind="networking", title="Call", due_date=date(2027, 4, 2)
        )
    _rounds(a, b, 1)
    with b.use():
        followups.complete_followup(FollowUp.get().id)
    b.sync()
    a.sync()
    with a.use():
        done = followups.get_followup(task.id)
        assert done.status == "done" and done.completed_at is not None
    _converged(a, b)


def test_emptied_server_is_refused_with_a_question(journals: tuple[Journal, Journal]) -> None:
    a, _b = journals
    with a.use():
        for i in range(6):
            contacts.create_contact(name=f"Person {i}")
    a.sync()
    a.server.reset()  # the same address, nothing on it
    a.setup()  # the collections exist again, empty
    with pytest.raises(NeedsAnswer) as refused:
        a.sync()
    assert refused.value.question == "mass_delete" and refused.value.count == 6
    with a.use():
        assert Contact.select().where(Contact.deleted_at.is_null()).count() == 6
    a.sync(restore_server=True)
    on_server, _uids = server_state(a)
    assert len(on_server["contact"]) == 6


def test_emptied_server_deletions_accepted_go_to_the_trash(journals: tuple[Journal, Journal]) -> None:
    a, _b = journals
    with a.use():
        for i in range(4):
            contacts.create_contact(name=f"Person {i}")
    a.sync()
    a.server.reset()
    a.setup()
    a.sync(accept_deletions=True)
    with a.use():
        assert Contact.select().where(Contact.deleted_at.is_null()).count() == 0
        assert Contact.select().count() == 4


def _diff(x: dict, y: dict) -> list[str]:  # debugging aid in failure messages
    out = []
    for entity in x:
        for uuid in set(x[entity]) | set(y.get(entity, {})):
            fx, fy = x[entity].get(uuid), y.get(entity, {}).get(uuid)
            if fx != fy:
                if fx is None or fy is None:
                    out.append(f"{entity} {uuid}: {fx} vs {fy}")
                else:
                    out.extend(
                        f"{entity}.{k}: {fx.get(k)!r} vs {fy.get(k)!r}" for k in fx if fx.get(k) != fy.get(k)
                    )
    return out
