"""The mappings round-trip: fields -> server text -> the same fields, whatever the values."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from journal.sync.mapping import contact, entries, followup, parse_item, render_item
from journal.sync.mapping.common import RenderContext, labeled_list, record_uuid_for, tag_list
from journal.sync.merge import merge

STAMP = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
CTX = RenderContext(zone=ZoneInfo("Europe/Madrid"))
text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40).map(
    lambda s: " ".join(s.split())
)
notes = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x00"), max_size=80).map(
    lambda s: "\n".join(
        line.strip() for line in s.replace("\x0b", "").replace("\x0c", "").split("\n")
    ).strip()
)
label = st.sampled_from(["", "work", "home", "cell"])


def _contact_fields() -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries(
        {
            "name": text.filter(bool),
            "family_name": text,
            "given_name": text,
            "organization": text,
            "title": text,
            "emails": st.lists(st.tuples(st.emails(), label, st.booleans()), max_size=3).map(labeled_list),
            "phones": st.lists(
                st.tuples(st.from_regex(r"\+?[0-9 ]{3,14}", fullmatch=True), label, st.booleans()), max_size=3
            ).map(labeled_list),
            "website": st.sampled_from(["", "https://ana.example/x,y"]),
            "linkedin_url": st.sampled_from(["", "https://www.linkedin.com/in/ana"]),
            "location": text.filter(lambda s: "," not in s),
            "birthday": st.sampled_from(["", "1985-04-12", "--02-29"]),
            "notes": notes,
            "tags": st.lists(text.filter(bool), max_size=3).map(tag_list),
            "how_met": text,
            "met_on": st.sampled_from(["", "2024-05-02"]),
            "cadence_days": st.sampled_from([None, 30]),
            "cadence_scope": st.sampled_from(["any", "networking"]),
            "reconnect_snoozed_until": st.sampled_from(["", "2026-04-01"]),
            "introduced_by": st.sampled_from(["", "urn:uuid:6b0c3f0e-6f8e-4f43-a1c9-0d8b7a4b0f11"]),
        }
    )


@settings(max_examples=60, deadline=None)
@given(fields=_contact_fields(), version=st.sampled_from(["3.0", "4.0"]))
def test_contact_fields_round_trip(fields: dict, version: str) -> None:
    ctx = RenderContext(vcard_version=version)
    card = render_item("contact", fields, uid="urn:uuid:x", base=None, ctx=ctx, updated_at=STAMP)
    assert f"VERSION:{version}" in card
    assert contact.parse(card) == fields
    again = render_item("contact", fields, uid="urn:uuid:x", base=card, ctx=ctx, updated_at=STAMP)
    assert again == card  # written back unchanged: the same bytes


def test_vcard_4_uses_its_own_forms() -> None:
    fields = contact.parse("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nUID:urn:uuid:1\r\nEND:VCARD\r\n") or {}
    fields.update(birthday="--04-12", emails=[["a@x.example", "work", True]])
    card = render_item(
        "contact",
        fields,
        uid="urn:uuid:1",
        base=None,
        ctx=RenderContext(vcard_version="4.0"),
        updated_at=STAMP,
    )
    assert "BDAY:--0412" in card and "EMAIL;TYPE=work;PREF=1:a@x.example" in card


@settings(max_examples=60, deadline=None)
@given(
    title=text.filter(bool),
    body=notes,
    status=st.sampled_from(["open", "done", "cancelled"]),
    due=st.dates(date(2020, 1, 1), date(2035, 12, 31)),
    at=st.sampled_from([None, time(9, 30), time(23, 45)]),
    recurrence=st.sampled_from(["", "day:1", "week:2", "month:3"]),
    snoozed=st.sampled_from(["", "2026-03-11T08:00:00Z"]),
)
def test_followup_fields_round_trip(
    title: str, body: str, status: str, due: date, at: time | None, recurrence: str, snoozed: str
) -> None:
    fields = {
        "contact": "6b0c3f0e-6f8e-4f43-a1c9-0d8b7a4b0f11",
        "kind": "sales",
        "title": title,
        "notes": body,
        "due": due.isoformat() + (f"T{at.strftime('%H:%M')}" if at else ""),
        "status": status,
        "completed_at": "2026-03-10T10:00:00Z" if status == "done" else "",
        "recurrence": recurrence,
        "snoozed_until": snoozed,
        "deal": "",
        "interaction": "",
    }
    item = render_item("followup", fields, uid="f1", base=None, ctx=CTX, updated_at=STAMP)
    assert followup.parse(item, CTX) == ("f1", fields)
    if recurrence and status == "open":
        assert "RRULE:" in item and "DTSTART" in item
    assert ("BEGIN:VALARM" in item) == (status == "open")


def test_entries_round_trip_with_awkward_text() -> None:
    deal = {
        "contact": "c1",
        "created": "2026-01-01T00:00:00Z",
        "title": "Globex, Inc; renewal",
        "notes": "a\\b\nc",
        "value": "1500.50",
        "currency": "EUR",
        "stage": "lost",
        "probability": 0,
        "expected_close": "2026-05-01",
        "lost_reason": "price, again",
        "stage_changed_at": "2026-02-01T00:00:00Z",
        "closed_at": "2026-02-01T00:00:00Z",
        "history": [["", "prospect", "2026-01-01T00:00:00Z"]],
    }
    item = render_item("deal", deal, uid="d1", base=None, ctx=CTX, updated_at=STAMP)
    assert entries.parse(item, CTX) == ("d1", "deal", {**deal, "contact": record_uuid_for("urn:uuid:c1")})
    assert parse_item("entries", item, CTX) is not None


def test_merge_sets_and_conflicts() -> None:
    base = {"tags": ["a", "b"], "title": "x", "notes": "n"}
    local = {"tags": ["a", "c"], "title": "mine", "notes": "n"}
    remote = {"tags": ["b", "d"], "title": "theirs", "notes": "m"}
    merged, conflicts = merge(base, local, remote, local_newer=False)
    assert merged == {"tags": ["c", "d"], "title": "theirs", "notes": "m"}
    assert [(c.field, c.kept, c.lost) for c in conflicts] == [("title", "theirs", "mine")]
    # no timestamps to tell: every journal picks the same winner
    one, _ = merge(base, local, remote, local_newer=None)
    other, _ = merge(base, remote, local, local_newer=None)
    assert one["title"] == other["title"]
