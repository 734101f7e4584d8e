"""Issue 14, point 4: ``check`` verifies the search indexes, the kept figures and the model's
rules; ``check --repair`` rebuilds what can be rebuilt. A property test does random service
writes and asserts the indexes equal a rebuild."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal import db
from journal.cli import main
from journal.safety import backups, consistency
from journal.services import contacts, duplicates, followups, interactions, search, trash
from journal.services.events import changes
from tests.helpers.corrupt import make_journal
from tests.helpers.schema import FIXTURES, fixture_versions, old_journal


def _raw(path: Path, *sql: str) -> None:
    """Change the file behind the app's back, the way an old version or a crash could have."""
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_a_healthy_journal_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_journal(tmp_path / "journal.sqlite3", people=5)
    assert consistency.check(path).ok
    assert main(["check", "--db", str(path)]) == 0
    assert "ok" in capsys.readouterr().out


@pytest.mark.parametrize("version", fixture_versions())
def test_every_schema_fixture_upgrades_to_a_consistent_journal(version: int, tmp_path: Path) -> None:
    path = old_journal(tmp_path / "old.sqlite3", version)
    db.open_database(path)
    db.close_database()
    found = consistency.check_journal(path)
    assert found.ok, [f.message for f in (found.consistency.findings if found.consistency else [])]


def test_a_drifted_contact_index_is_found_and_rebuilt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_journal(tmp_path / "journal.sqlite3", people=5)
    _raw(path, "UPDATE contact_fts SET name = 'Somebody Else' WHERE rowid = 2")
    assert main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "search index is out of date for 1 contacts (Person 1)" in err and "--repair" in err
    assert main(["check", "--db", str(path), "--repair"]) == 0
    out = capsys.readouterr().out
    assert "Rebuilt the search indexes" in out and "Backed up first" in out
    assert [b.reason for b in backups.list_backups(path)] == ["before-repair"]
    assert consistency.check(path).ok
    db.open_database(path)
    try:
        hits = search.search_contacts(search.ContactFilter(text="Person 1"), today=date(2026, 3, 10))
        assert [h.name for h in hits] == ["Person 1"]
    finally:
        db.close_database()


def test_a_drifted_entry_index_is_found_and_rebuilt(tmp_path: Path) -> None:
    path = make_journal(tmp_path / "journal.sqlite3", people=3)
    _raw(
        path,
        "INSERT INTO interaction_fts(interaction_fts, rowid, summary, notes) "
        "SELECT 'delete', id, summary, notes FROM interaction WHERE id = 2",
    )
    found = consistency.check(path)
    assert [f.kind for f in found.findings] == [consistency.SEARCH_ENTRIES]
    db.open_database(path)
    try:
        consistency.repair()
        assert [r.summary for r in search.timeline_page(search.TimelineFilter(text="coffee 1"))] == [
            "coffee 1"
        ]
    finally:
        db.close_database()
    assert consistency.check(path).ok


def test_stale_figures_and_sort_keys_are_found_and_recomputed(tmp_path: Path) -> None:
    path = make_journal(tmp_path / "journal.sqlite3", people=3)
    _raw(
        path,
        "UPDATE contact SET networking_count = 99 WHERE id = 1",
        "UPDATE contact SET sort_key = 'a' WHERE id = 3",
    )
    found = consistency.check(path)
    assert {f.kind for f in found.findings} == {consistency.FIGURES, consistency.STORED_FORM}
    assert any(f.args.get("column") == "sort_key" for f in found.findings)
    db.open_database(path)
    try:
        assert consistency.repair() == 1
    finally:
        db.close_database()
    assert consistency.check(path).ok


def test_rows_that_break_the_rules_are_named_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a JSON import of an older version could store: the check says which record, a repair
    does not guess; an instant kept with its offset is rewritten in the journal's form."""
    path = make_journal(tmp_path / "journal.sqlite3", people=3)
    _raw(
        path,
        "UPDATE interaction SET occurred_at = '0000-01-01 00:00:00.000000' WHERE id = 1",
        "UPDATE interaction SET occurred_at = '2026-03-10T10:00:00+02:00' WHERE id = 2",
        "UPDATE contact SET cadence_scope = 'bogus' WHERE id = 3",
    )
    assert main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert (
        "Person 0 — interaction record 1, occurred_at" in err
        and "Person 2 — contact record 3, cadence_scope" in err
    )
    assert "Person 1 — interaction record 2: occurred_at is kept as “2026-03-10T10:00:00+02:00”" in err
    assert main(["check", "--db", str(path), "--repair"]) == 1
    after = capsys.readouterr().err.split("still break a rule")[1]
    assert "interaction record 1, occurred_at" in after and "contact record 3" in after
    assert "interaction record 2" not in after
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT occurred_at FROM interaction WHERE id = 2").fetchone() == (
        "2026-03-10 08:00:00.000000",
    )
    conn.close()


# --- the property: random service writes keep every index equal to a rebuild --------------------

NAMES = st.sampled_from(["Ana García", "Ana Garcia", "Bo", "Núñez", "Zed Alpha", "Li Wei"])
OPS = st.lists(
    st.one_of(
        st.tuples(st.just("create"), NAMES, st.sampled_from(["", "Acme"]), st.sampled_from(["", "a@x.org"])),
        st.tuples(st.just("rename"), st.integers(0, 9), NAMES),
        st.tuples(st.just("tags"), st.integers(0, 9), st.lists(st.sampled_from(["vip", "golf", "Vip"]))),
        st.tuples(st.just("emails"), st.integers(0, 9), st.lists(st.sampled_from(["a@x.org", "b@y.org"]))),
        st.tuples(st.just("log"), st.integers(0, 9), st.sampled_from(["coffee", "lunch talk", "demo"])),
        st.tuples(st.just("edit_entry"), st.integers(0, 19), st.sampled_from(["changed", "café"])),
        st.tuples(st.just("trash_entry"), st.integers(0, 19)),
        st.tuples(st.just("followup"), st.integers(0, 9)),
        st.tuples(st.just("trash"), st.integers(0, 9)),
        st.tuples(st.just("restore"), st.integers(0, 9)),
        st.tuples(st.just("merge"), st.integers(0, 9), st.integers(0, 9), st.dictionaries(
            st.sampled_from(duplicates.MERGE_FIELDS), st.sampled_from(["survivor", "merged"]))),
        st.tuples(st.just("undo_merge")),
        st.tuples(st.just("purge"), st.integers(0, 9)),
        st.tuples(st.just("tag_cadence"), st.sampled_from(["vip", "golf"]), st.sampled_from([None, 7, 30])),
    ),
    min_size=1,
    max_size=25,
)  # fmt: skip


def _apply(op: tuple[object, ...], people: list[int], entries: list[int], merges: list[int]) -> None:
    def pick(i: object, items: list[int]) -> int | None:
        return items[int(i) % len(items)] if items else None  # type: ignore[call-overload]

    kind = op[0]
    try:
        if kind == "create":
            people.append(
                contacts.create_contact(
                    name=str(op[1]), organization=str(op[2]), emails=[str(op[3])] if op[3] else []
                ).id
            )
        elif kind == "rename" and (cid := pick(op[1], people)):
            contacts.update_contact(cid, name=str(op[2]))
        elif kind == "tags" and (cid := pick(op[1], people)):
            contacts.update_contact(cid, tags=list(op[2]))  # type: ignore[call-overload]
        elif kind == "emails" and (cid := pick(op[1], people)):
            contacts.update_contact(cid, emails=list(op[2]))  # type: ignore[call-overload]
        elif kind == "log" and (cid := pick(op[1], people)):
            entries.append(
                interactions.log_interaction(contact_id=cid, kind="networking", summary=str(op[2])).id
            )
        elif kind == "edit_entry" and (iid := pick(op[1], entries)):
            interactions.update_interaction(iid, summary=str(op[2]), notes=str(op[2]))
        elif kind == "trash_entry" and (iid := pick(op[1], entries)):
            interactions.trash_interaction(iid)
        elif kind == "followup" and (cid := pick(op[1], people)):
            followups.create_followup(
                contact_id=cid, kind="networking", title="Call", due_date=date(2026, 4, 1)
            )
        elif kind == "trash" and (cid := pick(op[1], people)):
            contacts.trash_contact(cid)
        elif kind == "restore" and (cid := pick(op[1], people)):
            contacts.restore_contact(cid)
        elif kind == "merge" and (a := pick(op[1], people)) and (b := pick(op[2], people)):
            merges.append(duplicates.merge_contacts(a, b, choices=dict(op[3])))  # type: ignore[call-overload]
        elif kind == "undo_merge" and merges:
            duplicates.undo_merge(merges.pop())
        elif kind == "purge" and (cid := pick(op[1], people)):
            trash.purge_contact(cid)
            people.remove(cid)
        elif kind == "tag_cadence":
            contacts.set_tag_cadence(str(op[1]), op[2])  # type: ignore[arg-type]
    except (contacts.NotFoundError, contacts.ValidationError):
        pass  # refused by a service (a trashed contact, a merge with itself...): nothing changed


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(ops=OPS)
def test_random_service_writes_keep_the_indexes_equal_to_a_rebuild(
    ops: list[tuple[object, ...]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(changes, "_listeners", [])
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "j.sqlite3"
        db.open_database(path)
        try:
            people: list[int] = []
            entries: list[int] = []
            merges: list[int] = []
            for op in ops:
                _apply(op, people, entries, merges)
        finally:
            db.close_database()
        found = consistency.check(path)
        assert found.ok, [f.message for f in found.findings]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_property_can_fail(tmp_path: Path) -> None:
    """A write that skips ``derived`` (as the old hand-kept index could) is caught by the same check."""
    path = tmp_path / "j.sqlite3"
    db.open_database(path)
    try:
        ana = contacts.create_contact(name="Ana")
        contacts.Contact.update(name="Bea").where(contacts.Contact.id == ana.id).execute()
    finally:
        db.close_database()
    assert {f.kind for f in consistency.check(path).findings} == {
        consistency.SEARCH_CONTACTS,
        consistency.STORED_FORM,
    }
    assert datetime.now(UTC) - timedelta(seconds=1) < datetime.now(UTC) and FIXTURES.exists()


def test_the_check_leaves_the_journal_free_for_writes_while_it_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The search-index check is a write (rolled back); the rest only reads. A note typed in the
    # window meanwhile must not wait for the whole check (seconds on a large journal).
    path = make_journal(tmp_path / "journal.sqlite3", people=5)
    real = consistency.derived.stale_search
    writes: list[bool] = []

    def meanwhile(conn: sqlite3.Connection, limit: int = 100) -> list[int]:
        other = sqlite3.connect(path, isolation_level=None, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            writes.append(True)
        except sqlite3.OperationalError:
            writes.append(False)
        finally:
            other.close()
        return real(conn, limit)

    monkeypatch.setattr(consistency.derived, "stale_search", meanwhile)
    assert consistency.check(path).ok
    assert writes == [True], "another program could not write while the check read the journal"
