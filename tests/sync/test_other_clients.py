"""Items written by other clients (a phone, another app) with plain HTTP PUTs are taken in,
and what the journal does not model survives its write-back byte for byte."""

from __future__ import annotations

from datetime import date
from urllib.parse import urljoin

from journal.db.models import Contact, FollowUp, Interaction
from journal.db.sync_models import SyncCollection, SyncItem
from journal.services import contacts, followups
from journal.sync import unassigned
from tests.sync.journals import Journal

PHONE_CARD = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//iPhone OS 17.4//EN\r\n"
    "N:Núñez;Marta;;;\r\n"
    "FN:Marta Núñez\r\n"
    "ORG:Initech;Sales\r\n"
    "EMAIL;type=INTERNET;type=WORK;type=pref:marta@initech.example\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+34 611 22 33 44\r\n"
    "item1.URL;type=pref:https://initech.example/marta\r\n"
    "item1.X-ABLabel:_$!<HomePage>!$_\r\n"
    "item2.X-ABRELATEDNAMES;type=pref:Pedro\r\n"
    "item2.X-ABLabel:_$!<Spouse>!$_\r\n"
    "X-ABUID:2E4CB084-4767-4C85-BBA9-8F8B0F3C1F2A:ABPerson\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR\r\n"
    " ofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgy\r\n"
    "UID:2E4CB084-4767-4C85-BBA9-8F8B0F3C1F2A\r\n"
    "REV:2026-03-01T10:00:00Z\r\n"
    "END:VCARD\r\n"
)

TASKS_APP_TODO = (
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:+//IDN tasks.org//android-130800//EN\r\n"
    "BEGIN:VTODO\r\n"
    "DTSTAMP:20260301T100000Z\r\n"
    "UID:5412834720399133481\r\n"
    "CREATED:20260301T095900Z\r\n"
    "LAST-MODIFIED:20260301T100000Z\r\n"
    "SUMMARY:Buy a gift for the host\r\n"
    "PRIORITY:9\r\n"
    "DUE;VALUE=DATE:20270315\r\n"
    "X-APPLE-SORT-ORDER:123456\r\n"
    "END:VTODO\r\n"
    "END:VCALENDAR\r\n"
)


def _collection_url(journal: Journal, kind: str) -> str:
    with journal.use():
        return str(SyncCollection.get(SyncCollection.kind == kind).url)


def _put(journal: Journal, kind: str, name: str, text: str, **headers: str) -> int:
    reply = journal.transport_factory().request(
        "PUT",
        urljoin(_collection_url(journal, kind), name),
        body=text.encode(),
        headers={"Content-Type": "text/vcard" if kind == "contacts" else "text/calendar", **headers},
    )
    return reply.status


def _get(journal: Journal, kind: str, href_or_name: str) -> tuple[str, str]:
    reply = journal.transport_factory().request("GET", urljoin(_collection_url(journal, kind), href_or_name))
    return reply.body.decode(), str(reply.header("etag"))


def test_a_phone_card_is_taken_in_and_its_own_properties_survive_an_edit(
    journals: tuple[Journal, Journal],
) -> None:
    a, _b = journals
    assert _put(a, "contacts", "2E4CB084.vcf", PHONE_CARD, **{"If-None-Match": "*"}) == 201
    assert a.sync().pulled == 1
    before, _etag = _get(a, "contacts", "2E4CB084.vcf")  # as the server keeps it (Radicale rewrites cards)
    with a.use():
        marta = Contact.get(Contact.name == "Marta Núñez")
        detail = contacts.get_contact(marta.id)
        assert detail.organization == "Initech" and detail.website == "https://initech.example/marta"
        assert detail.emails[0].value == "marta@initech.example" and detail.emails[0].is_primary
        assert detail.phones[0].value == "+34 611 22 33 44"
        contacts.update_contact(marta.id, title="Head of sales", notes="Met at the fair")
    assert a.sync().pushed == 1
    text, _etag = _get(a, "contacts", "2E4CB084.vcf")
    kept = [ln for ln in before.split("\r\n") if ln and not ln.startswith(("PRODID", "REV", "BEGIN", "END"))]
    assert len(kept) >= 12
    for line in kept:  # every property the edit did not touch, exactly as the server had it
        assert line in text.split("\r\n"), line
    assert "TITLE:Head of sales" in text and "NOTE:Met at the fair" in text


def test_a_card_edited_on_the_phone_updates_here(journals: tuple[Journal, Journal]) -> None:
    a, _b = journals
    with a.use():
        ana = contacts.create_contact(name="Ana García", emails=["ana@example.com"])
    a.sync()
    href = f"{ana.uuid}.vcf"
    text, etag = _get(a, "contacts", href)
    edited = text.replace("END:VCARD", "TITLE:Founder\r\nX-PHONE-ONLY:kept\r\nEND:VCARD")
    assert _put(a, "contacts", href, edited, **{"If-Match": etag}) in (201, 204)
    a.sync()
    with a.use():
        assert contacts.get_contact(ana.id).title == "Founder"
        contacts.update_contact(ana.id, notes="x")
    a.sync()
    assert "X-PHONE-ONLY:kept" in _get(a, "contacts", href)[0]


def test_a_task_ticked_on_the_phone_marks_the_follow_up_done(journals: tuple[Journal, Journal]) -> None:
    a, _b = journals
    with a.use():
        ana = contacts.create_contact(name="Ana")
        task = followups.create_followup(
            contact_id=ana.id, kind="networking", title="Call", due_date=date(2027, 4, 2)
        )
    a.sync()
    text, etag = _get(a, "followups", f"{task.uuid}.ics")
    ticked = text.replace("STATUS:NEEDS-ACTION", "STATUS:COMPLETED\r\nCOMPLETED:20270402T090000Z")
    assert _put(a, "followups", f"{task.uuid}.ics", ticked, **{"If-Match": etag}) in (201, 204)
    a.sync()
    with a.use():
        done = followups.get_followup(task.id)
        assert done.status == "done"
        assert FollowUp.select().count() == 1  # a tick on the phone does not spawn copies


def test_a_task_from_another_app_is_kept_listed_and_assignable(journals: tuple[Journal, Journal]) -> None:
    a, _b = journals
    with a.use():
        ana = contacts.create_contact(name="Ana")
    a.sync()
    assert _put(a, "followups", "5412834720399133481.ics", TASKS_APP_TODO) == 201
    result = a.sync()
    assert result.problems == 1
    with a.use():
        waiting = unassigned.list_unassigned()
        assert [(w.entity, w.title, w.problem) for w in waiting] == [
            ("followup", "Buy a gift for the host", "no_person")
        ]
        unassigned.assign(waiting[0].id, ana.id)
        task = FollowUp.get()
        assert (task.title, task.due_date, task.contact_id) == (
            "Buy a gift for the host",
            date(2027, 3, 15),
            ana.id,
        )
    a.sync()
    text, _etag = _get(a, "followups", "5412834720399133481.ics")
    assert "X-NJ-CONTACT-UID:urn:uuid:" + ana.uuid in text
    assert "X-APPLE-SORT-ORDER:123456" in text and "PRIORITY:9" in text
    with a.use():
        assert SyncItem.select().where(SyncItem.problem != "").count() == 0


def test_a_journal_entry_with_a_ledger_category_becomes_an_interaction(
    journals: tuple[Journal, Journal],
) -> None:
    a, _b = journals
    with a.use():
        ana = contacts.create_contact(name="Ana")
    a.sync()
    entry = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//jtx Board//EN\r\nBEGIN:VJOURNAL\r\n"
        "UID:jtx-1234\r\nDTSTAMP:20260301T100000Z\r\nDTSTART;VALUE=DATE:20260301\r\n"
        "SUMMARY:Lunch with Ana\r\nDESCRIPTION:She wants an intro to Luis\r\nCATEGORIES:networking,Food\r\n"
        f'CONTACT;ALTREP="urn:uuid:{ana.uuid}":Ana\r\n'
        "END:VJOURNAL\r\nEND:VCALENDAR\r\n"
    )
    diary = entry.replace("jtx-1234", "jtx-9").replace("CATEGORIES:networking,Food", "CATEGORIES:Personal")
    assert _put(a, "entries", "jtx-1234.ics", entry) == 201
    assert _put(a, "entries", "jtx-9.ics", diary) == 201
    a.sync()
    with a.use():
        logged = Interaction.get()
        assert (logged.summary, logged.kind, logged.contact_id) == ("Lunch with Ana", "networking", ana.id)
        assert Interaction.select().count() == 1  # the personal diary entry is not ours
    text, _etag = _get(a, "entries", "jtx-9.ics")
    assert "Personal" in text  # left alone on the server
