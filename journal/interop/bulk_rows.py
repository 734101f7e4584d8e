"""The rows one part of an import inserts, collected per kind and then inserted at once.

``Rows`` gathers a part's e-mails, phones, values, addresses, pictures, tags, entries and
fingerprints; ``insert_contacts`` and ``insert_children`` write them with one statement per
kind (``executemany``), each in the order that keeps the indexes' pages together.
``indexes_built_after`` lets an import into a nearly empty journal build the tables' indexes
once, over all the new rows, instead of adding every row to each of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from journal.db import database, fts, raw_connection
from journal.services import contact_fields
from journal.services.contact_values import value_key
from journal.services.text import email_key, phone_key
from journal.services.values import LabeledValue, Photo, PostalAddress

#: The contact columns an import writes, in order (the organization as its id).
COLUMNS = tuple(n for n in contact_fields.COLUMNS)
SQL_COLUMNS = tuple("organization_id" if n == "organization" else n for n in COLUMNS)


def dedupe(field: str, items: Iterable[LabeledValue], had: bool = False) -> list[LabeledValue]:
    """Values without repeats, one primary (none new when the contact ``had`` values already)."""
    seen: set[str] = set()
    result: list[LabeledValue] = []
    for item in items:
        if item.value:
            k = value_key(field, item.value)
            if k not in seen:
                seen.add(k)
                result.append(item)
    # A value already as it must be is kept as it is (they are frozen): most are.
    if had:
        return [LabeledValue(r.value, r.label, False) if r.is_primary is not False else r for r in result]
    first = next((i for i, r in enumerate(result) if r.is_primary), 0)
    return [
        r if r.is_primary is (i == first) else LabeledValue(r.value, r.label, i == first)
        for i, r in enumerate(result)
    ]


class Rows:
    """The child rows of one batch of contacts, collected and then inserted at once."""

    def __init__(self) -> None:
        self.emails: list[tuple[Any, ...]] = []
        self.phones: list[tuple[Any, ...]] = []
        self.values: list[tuple[Any, ...]] = []
        self.addresses: list[tuple[Any, ...]] = []
        self.pictures: list[tuple[Any, ...]] = []
        self.links: list[tuple[int, int]] = []
        self.talks: list[tuple[Any, ...]] = []
        self.prints: list[tuple[bytes, int | None, int | None, str]] = []

    def add_lists(self, cid: int, lists: dict[str, list[LabeledValue]], had: dict[str, bool]) -> None:
        """E-mails, phones and the further labelled values of contact ``cid``."""
        for name, items in lists.items():
            if not items:
                continue
            clean = dedupe(name, items, had.get(name, False))
            if name == "emails":
                self.emails.extend(
                    [(cid, v.value, email_key(v.value), v.label, int(v.is_primary)) for v in clean]
                )
            elif name == "phones":
                self.phones.extend(
                    [(cid, v.value, phone_key(v.value), v.label, int(v.is_primary)) for v in clean]
                )
            else:
                start = 1000 if had.get(name) else 0
                self.values.extend(
                    (cid, name, v.value, v.label, int(v.is_primary), start + n) for n, v in enumerate(clean)
                )

    def add_addresses(
        self, cid: int | None, oid: int | None, items: Sequence[PostalAddress], had: bool
    ) -> None:
        """Postal addresses of a contact or an organization."""
        start = 1000 if had else 0
        for n, a in enumerate(items):
            self.addresses.append((cid, oid, a.label, *a.parts(), int(a.is_primary and not had), start + n))

    def add_picture(self, cid: int | None, oid: int | None, photo: Photo | None) -> None:
        """A contact's photo or an organization's logo."""
        if photo is not None:
            self.pictures.append((cid, oid, photo.data, photo.mime, photo.url, photo.width, photo.height))


def insert_children(rows: Rows) -> None:
    """Insert a batch's child rows (e-mails, phones, values, addresses, pictures, tags, entries, prints)."""
    conn = raw_connection()
    conn.executemany(
        "INSERT INTO contact_email (contact_id, value, value_key, label, is_primary) VALUES (?, ?, ?, ?, ?)",
        rows.emails,
    )
    conn.executemany(
        "INSERT INTO contact_phone (contact_id, value, value_key, label, is_primary) VALUES (?, ?, ?, ?, ?)",
        rows.phones,
    )
    conn.executemany(
        "INSERT INTO contact_value (contact_id, kind, value, label, is_primary, position)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        rows.values,
    )
    conn.executemany(
        "INSERT INTO address (contact_id, organization_id, label, po_box, extended, street, city, region,"
        " postal_code, country, is_primary, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.addresses,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO picture (contact_id, organization_id, data, mime, url, width, height)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows.pictures,
    )
    conn.executemany("INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", rows.links)
    conn.executemany(  # in key order: the primary key's b-tree grows at one end instead of everywhere
        "INSERT OR IGNORE INTO import_fingerprint (fingerprint, contact_id, organization_id, created_at)"
        " VALUES (?, ?, ?, ?)",
        sorted(rows.prints),
    )
    insert_talks(rows.talks)


def insert_talks(talks: list[tuple[Any, ...]]) -> None:
    """The "Connected on LinkedIn" entries of a batch."""
    conn = raw_connection()
    sql = (
        "INSERT INTO interaction (uuid, created_at, updated_at, contact_id, kind, channel,"
        " occurred_at, summary, notes) VALUES (?, ?, ?, ?, 'networking', 'social', ?, ?, '')"
    )
    # In date order: five of the table's indexes lead with the date (after a kind and a channel
    # that are the same for all), so the batch lands on neighbouring pages of each instead of a
    # page per entry (a slice of 5,000 rewrote most of their pages at every commit).
    talks = sorted(talks, key=itemgetter(4))
    if len(talks) < 2000:
        conn.executemany(sql, talks)
        return
    # Many rows: index them for search in one statement instead of one trigger run per row
    # (the trigger is dropped and re-created inside this transaction, so nobody sees it missing).
    before = int(conn.execute("SELECT coalesce(max(id), 0) FROM interaction").fetchone()[0])
    conn.execute("DROP TRIGGER IF EXISTS interaction_fts_ai")
    conn.executemany(sql, talks)
    conn.execute(
        "INSERT INTO interaction_fts (rowid, summary, notes)"
        " SELECT id, summary, notes FROM interaction WHERE id > ?",
        (before,),
    )
    fts.create(database)


def insert_contacts(rows: list[tuple[Any, ...]]) -> None:
    """Insert new contact rows (as ``_Writer._new_row`` builds them)."""
    columns = ", ".join(
        (
            "id",
            "uuid",
            "created_at",
            "updated_at",
            "sort_key",
            *SQL_COLUMNS,
            "last_interaction_at",
            "last_networking_at",
            "networking_count",
            "reconnect_due_on",
        )
    )
    marks = ", ".join("?" * (4 + 1 + len(SQL_COLUMNS) + 4))
    raw_connection().executemany(
        f"INSERT INTO contact ({columns}, cadence_scope, sales_count, open_deal_count)"
        f" VALUES ({marks}, 'any', 0, 0)",
        rows,
    )


#: The tables a large import fills, whose plain indexes ``indexes_built_after`` builds after the rows.
FILLED = ("contact", "interaction", "contact_email", "contact_phone", "contact_value", "import_fingerprint")


@contextmanager
def indexes_built_after(tables: Sequence[str] = FILLED) -> Iterator[None]:
    """Inside the caller's transaction: the plain indexes of ``tables`` dropped, then built again
    over all the rows once the body is done.

    Sorting 100,000 rows once per index takes about a third of the time of adding each row to the
    contact table's nine indexes and the entries' ten. The unique indexes stay: ``INSERT OR IGNORE``
    relies on them, and the rows' keys are handed out in their order. The body must not look
    anything up through the dropped indexes (a contact's e-mails by contact: one table scan per
    contact). If the body raises, the transaction's rollback brings the indexes back, so nobody
    ever sees the tables without them."""
    conn = raw_connection()
    plain = [  # made by CREATE INDEX ("c"), not unique: (seq, name, unique, origin, partial)
        row[1]
        for table in tables
        for row in conn.execute(f'PRAGMA index_list("{table}")')
        if row[3] == "c" and not row[2]
    ]
    dropped = [
        (name, conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0])
        for name in sorted(plain)
    ]
    for name, _sql in dropped:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in dropped:
        conn.execute(sql)
