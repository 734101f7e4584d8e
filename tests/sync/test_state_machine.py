"""Random work on two journals with random syncs and faults: after two quiet rounds A, B and
the server hold the same data, no UID is there twice, and nothing is gone that was not deleted."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from journal.db.models import Contact, FollowUp
from journal.services import contacts, followups, interactions
from journal.sync.errors import NeedsAnswer, SyncError
from tests.helpers.dav_server import PASSWORD, USER, DavServer
from tests.sync import faults as F
from tests.sync.journals import Journal, server_state, state

FAULTS = {
    "none": None,
    "timeout": lambda: F.Fault("timeout", lambda m, u, b: True, times=1, skip=2),
    "saved_then_500": lambda: F.Fault("saved_then_500", F.is_put),
    "refuse_412": lambda: F.Fault("refuse_412", F.is_put, times=3),
    "cut": lambda: F.Fault("cut", F.is_multiget),
    "duplicate": lambda: F.Fault("duplicate", F.is_sync_report, times=3),
    "bad_token": lambda: F.Fault("bad_token", F.is_sync_with_token),
}
words = st.sampled_from(["alpha", "beta", "gamma", "delta", "épsilon", "zeta, eta; theta"])


class TwoJournals(RuleBasedStateMachine):
    server: DavServer

    @initialize()
    def start(self) -> None:
        self.server.reset()
        self.folder = Path(tempfile.mkdtemp(prefix="nj-machine-"))
        self.sides = {name: Journal(self.folder / f"{name}.sqlite3", self.server) for name in "ab"}
        for side in self.sides.values():
            side.setup()
        self.deleted: set[str] = set()
        self.created: set[str] = set()
        self.touched: set[str] = set()  # edited, or given an entry: such a person may come back

    def _live(self, side: Journal, model: type) -> list:
        return list(model.select().where(model.deleted_at.is_null()).order_by(model.id))

    @rule(side=st.sampled_from("ab"), name=words)
    def add_contact(self, side: str, name: str) -> None:
        with self.sides[side].use():
            person = contacts.create_contact(name=name.title(), tags=[name])
            followups.create_followup(
                contact_id=person.id, kind="networking", title=f"Call {name}", due_date=date(2027, 2, 1)
            )
            self.created.add(person.uuid)

    @rule(
        side=st.sampled_from("ab"),
        pick=st.integers(0, 20),
        field=st.sampled_from(["title", "notes", "tags"]),
        value=words,
    )
    def edit_contact(self, side: str, pick: int, field: str, value: str) -> None:
        with self.sides[side].use():
            people = self._live(self.sides[side], Contact)
            if people:
                person = people[pick % len(people)]
                contacts.update_contact(person.id, **{field: [value] if field == "tags" else value})
                self.touched.add(person.uuid)

    @rule(side=st.sampled_from("ab"), pick=st.integers(0, 20))
    def trash_contact(self, side: str, pick: int) -> None:
        with self.sides[side].use():
            people = self._live(self.sides[side], Contact)
            if people:
                person = people[pick % len(people)]
                contacts.trash_contact(person.id)
                self.deleted.add(person.uuid)

    @rule(side=st.sampled_from("ab"), pick=st.integers(0, 20), summary=words)
    def log_entry(self, side: str, pick: int, summary: str) -> None:
        with self.sides[side].use():
            people = self._live(self.sides[side], Contact)
            if people:
                person = people[pick % len(people)]
                interactions.log_interaction(contact_id=person.id, kind="networking", summary=summary)
                self.touched.add(person.uuid)

    @rule(side=st.sampled_from("ab"), pick=st.integers(0, 20))
    def complete_followup(self, side: str, pick: int) -> None:
        with self.sides[side].use():
            tasks = [t for t in self._live(self.sides[side], FollowUp) if t.status == "open"]
            if tasks:
                task = tasks[pick % len(tasks)]
                followups.complete_followup(task.id)
                self.touched.add(Contact.get_by_id(task.contact_id).uuid)

    @rule(side=st.sampled_from("ab"), fault=st.sampled_from(sorted(FAULTS)))
    def sync(self, side: str, fault: str) -> None:
        journal = self.sides[side]
        make = FAULTS[fault]
        transport = F.FaultyTransport(USER, PASSWORD, [make()] if make else [])
        journal.transport_factory = lambda: transport
        try:
            journal.sync()
        except NeedsAnswer:
            journal.sync(accept_deletions=True)
        except SyncError:
            pass  # offline, a server error: normal; the next run finishes the job

    def teardown(self) -> None:
        if not hasattr(self, "sides"):
            return
        from journal.sync.transport import Transport

        for journal in self.sides.values():
            journal.transport_factory = lambda: Transport(USER, PASSWORD, timeout=10)
        for _ in range(3):  # the first round finishes what faults left; two quiet rounds follow
            for journal in self.sides.values():
                try:
                    journal.sync()
                except NeedsAnswer:
                    journal.sync(accept_deletions=True)
        a, b = state(self.sides["a"]), state(self.sides["b"])
        on_server, uids = server_state(self.sides["a"])
        assert len(uids) == len(set(uids)), "duplicate UIDs on the server"
        assert a == b, "A and B differ"
        assert a == on_server, "the server differs"
        missing = (self.created - self.deleted) - set(a["contact"])
        assert not missing, f"contacts lost: {missing}"
        revived = (self.deleted - self.touched) & set(a["contact"])
        assert not revived, f"deleted contacts came back without an edit: {revived}"


def test_random_work_with_syncs_and_faults_converges() -> None:
    server = DavServer()
    TwoJournals.server = server
    try:
        machine = settings(
            max_examples=25,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        )(TwoJournals)
        machine.TestCase().runTest()
    finally:
        server.stop()
        from journal import db

        db.close_database()
