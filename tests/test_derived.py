"""The derived contact data (figures and search text) is the same whichever path writes it.

``derived.refresh_contact_stats`` reads contact by contact for a few contacts and
switches to one set-based UPDATE past ``derived.BULK``; the demo generator uses
``refresh_all_contacts``. All three must agree with each other, contact by contact.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from journal import clock, db
from journal.services import contacts, demo, derived, followups, interactions

pytestmark = pytest.mark.usefixtures("db_path")

FIGURES = (
    "last_interaction_at, last_networking_at, networking_count, sales_count, open_deal_count,"
    " next_followup_on, reconnect_due_on"
)


def _figures() -> list[tuple[object, ...]]:
    conn = db.raw_connection()
    return conn.execute(f"SELECT id, {FIGURES} FROM contact ORDER BY id").fetchall()


def _search_text() -> list[tuple[object, ...]]:
    conn = db.raw_connection()
    return conn.execute(
        "SELECT rowid, name, organization, emails, tags, notes FROM contact_fts ORDER BY rowid"
    ).fetchall()


def _forget() -> None:
    """Blank every derived value, as a stale journal would have them."""
    conn = db.raw_connection()
    conn.execute(
        "UPDATE contact SET last_interaction_at = NULL, last_networking_at = NULL, networking_count = 0,"
        " sales_count = 0, open_deal_count = 0, next_followup_on = NULL, reconnect_due_on = '2000-01-01'"
    )
    conn.execute("DELETE FROM contact_fts")


def _journal_with_history() -> list[int]:
    demo.generate(demo.DemoSize(contacts=derived.BULK + 40, interactions=2500, followups=300, deals=50))
    ids = [row[0] for row in db.raw_connection().execute("SELECT id FROM contact ORDER BY id")]
    # Some of what the figures depend on, changed through the services after the load.
    entry = interactions.log_interaction(
        contact_id=ids[0], kind="networking", summary="Lunch", occurred_at=clock.now() - timedelta(hours=1)
    )
    interactions.trash_interaction(entry.id)
    contacts.snooze_reconnect(ids[1], until=clock.today() + timedelta(days=400))
    followups.create_followup(contact_id=ids[2], kind="sales", title="Call back", due_date=clock.today())
    contacts.set_tag_cadence("london", 21)
    contacts.update_contact(ids[3], cadence_scope="networking", cadence_days=45)
    return ids


def test_per_contact_set_based_and_whole_journal_refresh_agree(fake_clock: object) -> None:
    ids = _journal_with_history()
    derived.refresh_all_contacts()
    derived.rebuild_search()
    expected_figures, expected_text = _figures(), _search_text()
    assert any(row[-1] for row in expected_figures), "no contact has a reconnect day: the check is empty"
    assert len(expected_text) == len(ids)

    _forget()
    with db.database.atomic():
        for start in range(0, len(ids), 50):  # below BULK: contact by contact
            derived.refresh_contact_stats(ids[start : start + 50])
    assert _figures() == expected_figures
    assert _search_text() == expected_text

    _forget()
    with db.database.atomic():
        derived.refresh_contact_stats(ids)  # past BULK: one set-based UPDATE
    assert _figures() == expected_figures
    assert _search_text() == expected_text


def test_effective_cadence_is_the_contacts_own_else_the_shortest_tag(fake_clock: object) -> None:
    ana = contacts.create_contact(name="Ana", tags=["mentor", "london"]).id
    assert derived.effective_cadence(ana) is None
    contacts.set_tag_cadence("mentor", 60)
    contacts.set_tag_cadence("london", 30)
    assert derived.effective_cadence(ana) == 30
    contacts.update_contact(ana, cadence_days=90)
    assert derived.effective_cadence(ana) == 90
