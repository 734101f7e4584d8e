"""Faults injected through the transport: every run that fails leaves both sides consistent,
and the next run finishes the job with no duplicate UIDs and nothing lost."""

from __future__ import annotations

from datetime import date

import pytest

from journal.db.models import Contact
from journal.services import contacts, followups, interactions, trash
from journal.sync.errors import OfflineError, ServerError
from tests.helpers.dav_server import PASSWORD, USER
from tests.sync import faults as F
from tests.sync.journals import Journal, server_state, state


def _fill(journal: Journal, n: int = 5) -> None:
    with journal.use():
        for i in range(n):
            person = contacts.create_contact(name=f"Person {i}", emails=[f"p{i}@example.com"])
            interactions.log_interaction(contact_id=person.id, kind="networking", summary=f"Coffee {i}")
            followups.create_followup(
                contact_id=person.id, kind="networking", title=f"Call {i}", due_date=date(2027, 1, 1 + i)
            )


def _with_faults(journal: Journal, *faults: F.Fault) -> F.FaultyTransport:
    transport = F.FaultyTransport(USER, PASSWORD, list(faults))
    journal.transport_factory = lambda: transport
    return transport


def _plain(journal: Journal) -> None:
    from journal.sync.transport import Transport

    journal.transport_factory = lambda: Transport(USER, PASSWORD, timeout=10)


def _check_converged(a: Journal, b: Journal) -> None:
    for _ in range(2):
        a.sync()
        b.sync()
    on_server, uids = server_state(a)
    assert len(uids) == len(set(uids)), "duplicate UIDs on the server"
    assert state(a) == state(b) == on_server


def test_a_500_after_the_server_saved_does_not_duplicate(journals: tuple[Journal, Journal]) -> None:
    a, b = journals
    _fill(a)
    transport = _with_faults(a, F.Fault("saved_then_500", F.is_put, times=1, skip=2))
    with pytest.raises(ServerError):
        a.sync()
    assert transport.log == ["saved_then_500 PUT"]
    _plain(a)
    _check_converged(a, b)


def test_a_500_after_an_edit_was_saved(journals: tuple[Journal, Journal]) -> None:
    a, b = journals
    _fill(a, 2)
    a.sync()
    with a.use():
        contacts.update_contact(Contact.get(Contact.name == "Person 0").id, title="Boss")
    _with_faults(a, F.Fault("saved_then_500", F.is_put))
    with pytest.raises(ServerError):
        a.sync()
    _plain(a)
    assert a.sync().conflicts == 0
    _check_converged(a, b)


@pytest.mark.parametrize("skip", [0, 3, 7])
def test_time_outs_anywhere(journals: tuple[Journal, Journal], skip: int) -> None:
    a, b = journals
    _fill(a)
    _with_faults(a, F.Fault("timeout", lambda m, u, body: True, times=1, skip=skip))
    with pytest.raises(OfflineError):
        a.sync()
    _plain(a)
    _check_converged(a, b)


def test_a_cut_in_the_middle_of_a_multiget(journals: tuple[Journal, Journal]) -> None:
    a, b = journals
    _fill(a)
    a.sync()
    transport = _with_faults(b, F.Fault("cut", F.is_multiget, times=1, skip=1))
    with pytest.raises(OfflineError):
        b.sync()
    assert transport.log == ["cut REPORT"]
    with b.use():
        assert Contact.select().count() == 5  # the batch before the cut was kept
    _plain(b)
    _check_converged(a, b)


def test_duplicate_hrefs_in_answers(journals: tuple[Journal, Journal]) -> None:
    a, b = journals
    _fill(a)
    a.sync()
    _with_faults(
        b, F.Fault("duplicate", F.is_sync_report, times=5), F.Fault("duplicate", F.is_multiget, times=5)
    )
    b.sync()
    with b.use():
        assert Contact.select().count() == 5
    _plain(b)
    _check_converged(a, b)


def test_a_run_of_412s(journals: tuple[Journal, Journal]) -> None:
    a, b = journals
    _fill(a, 2)
    a.sync()
    b.sync()
    with a.use():
        for person in Contact.select():
            contacts.update_contact(person.id, notes="edited on A")
    transport = _with_faults(a, F.Fault("refuse_412", F.is_put, times=6))
    result = a.sync()
    assert result.waiting > 0 and transport.log.count("refuse_412 PUT") == 6
    _plain(a)
    _check_converged(a, b)
    with b.use():
        assert {c.notes for c in Contact.select()} == {"edited on A"}


def test_a_rejected_sync_token_falls_back_to_a_full_listing(journals: tuple[Journal, Journal]) -> None:
    a, b = journals
    _fill(a, 3)
    a.sync()
    b.sync()
    with a.use():
        contacts.trash_contact(Contact.get(Contact.name == "Person 1").id)
        contacts.update_contact(Contact.get(Contact.name == "Person 2").id, title="New")
    a.sync()
    transport = _with_faults(b, F.Fault("bad_token", F.is_sync_with_token, times=3))
    b.sync()
    assert "bad_token REPORT" in transport.log
    with b.use():
        assert Contact.get(Contact.name == "Person 1").deleted_at is not None
        assert Contact.get(Contact.name == "Person 2").title == "New"
    _plain(b)
    _check_converged(a, b)


def test_a_server_without_sync_collection_is_listed_by_etags(journals: tuple[Journal, Journal]) -> None:
    a, b = journals
    _fill(a, 3)
    a.sync()
    _with_faults(b, F.Fault("no_sync_report", F.is_sync_report, times=1000))
    b.sync()
    with a.use():
        contacts.trash_contact(Contact.get(Contact.name == "Person 0").id)
        contacts.update_contact(Contact.get(Contact.name == "Person 1").id, title="New")
    a.sync()
    b.sync()
    with b.use():
        from journal.db.sync_models import SyncCollection

        assert not any(c.supports_sync for c in SyncCollection.select())
        assert Contact.get(Contact.name == "Person 0").deleted_at is not None
        assert Contact.get(Contact.name == "Person 1").title == "New"
    _plain(b)
    _check_converged(a, b)


def _lost_upload(a: Journal) -> Contact:
    """Two people synced once with the first PUT's answer lost after the server saved it: that person."""
    _fill(a, 2)
    transport = _with_faults(a, F.Fault("saved_then_500", F.is_put))
    with pytest.raises(ServerError):
        a.sync()
    assert transport.log == ["saved_then_500 PUT"]
    on_server, _uids = server_state(a)
    assert len(on_server["contact"]) == 1  # the server kept it; A does not know
    with a.use():
        gone = Contact.get_by_id(1)  # the first one pushed, so the one the 500 answered
    assert gone.uuid in on_server["contact"]
    return gone


def test_a_500_after_the_server_saved_then_trashed_here_stays_deleted(
    journals: tuple[Journal, Journal],
) -> None:
    """The server kept an upload whose answer was lost, and the person was trashed before the next
    sync: that copy is ours, not an edit made elsewhere, so it is deleted there, not brought back."""
    a, b = journals
    gone = _lost_upload(a)
    with a.use():
        contacts.trash_contact(gone.id)
    _plain(a)
    a.sync()
    with a.use():
        assert Contact.get_by_id(gone.id).deleted_at is not None, "trashed here, came back"
    on_server, _uids = server_state(a)
    assert gone.uuid not in on_server["contact"]
    _check_converged(a, b)
    assert gone.uuid not in state(b)["contact"]
    assert set(state(a)["contact"]) == set(state(b)["contact"]) and len(state(a)["contact"]) == 1


def test_a_500_after_the_server_saved_then_purged_here_is_deleted_there(
    journals: tuple[Journal, Journal],
) -> None:
    """The same lost upload, but the person was trashed and the trash emptied before the next sync:
    nothing of them is left here to recognize the copy by, so the purge leaves a tombstone."""
    a, b = journals
    gone = _lost_upload(a)
    with a.use():
        contacts.trash_contact(gone.id)
        trash.empty_trash()
    _plain(a)
    a.sync()
    with a.use():
        assert Contact.get_or_none(Contact.uuid == gone.uuid) is None, "purged here, came back"
    on_server, _uids = server_state(a)
    assert gone.uuid not in on_server["contact"]
    _check_converged(a, b)
    assert gone.uuid not in state(b)["contact"]
    assert set(state(a)["contact"]) == set(state(b)["contact"]) and len(state(a)["contact"]) == 1
