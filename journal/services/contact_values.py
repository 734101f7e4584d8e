"""Storing and reading a contact's further values: labelled values, addresses, the photo.

``contacts`` calls ``clean_values`` (validation, the same for dialogs, importers and
sync) and ``store`` inside its write; ``load`` fills a ``ContactDetail``. The
organization side (``store_organization`` / ``load_organization``) keeps an
organization's phones, e-mails, web sites, addresses and logo the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from journal.db import raw_connection
from journal.services import contact_fields, validation
from journal.services.values import ADDRESS_PARTS, LabeledValue, Photo, PostalAddress

#: Labelled fields kept in ``contact_value`` (one row per value, kind = field name).
VALUE_KINDS = contact_fields.VALUE_KINDS
#: The further fields this module stores: the labelled ones, the addresses and the photo.
STORED = (*VALUE_KINDS, "addresses", "photo")
_ADDRESS_COLUMNS = ", ".join(("label", *ADDRESS_PARTS, "is_primary"))


# The rules live in ``validation`` (dialogs, importers and sync pass the same ones).
value_key = validation.value_key
clean_labeled = validation.clean_labeled
clean_addresses = validation.postal_addresses
clean_photo = validation.picture


def clean_values(values: dict[str, Any]) -> dict[str, Any]:
    """The further fields among ``values`` checked and cleaned (``ValidationError`` for a bad one)."""
    out: dict[str, Any] = {}
    for name in VALUE_KINDS:
        if name in values:
            out[name] = clean_labeled(name, values[name] or ())
    if "addresses" in values:
        out["addresses"] = clean_addresses(values["addresses"] or ())
    if "photo" in values:
        out["photo"] = clean_photo(values["photo"])
    return out


# storing ---------------------------------------------------------------------------------------


def store(contact_id: int, values: dict[str, Any]) -> None:
    """Replace the contact's further fields present in ``values`` (already cleaned)."""
    conn = raw_connection()
    for name in VALUE_KINDS:
        if name in values:
            conn.execute("DELETE FROM contact_value WHERE contact_id = ? AND kind = ?", (contact_id, name))
            conn.executemany(
                "INSERT INTO contact_value (contact_id, kind, value, label, is_primary, position)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (contact_id, name, v.value, v.label, int(v.is_primary), n)
                    for n, v in enumerate(values[name])
                ],
            )
    if "addresses" in values:
        conn.execute("DELETE FROM address WHERE contact_id = ?", (contact_id,))
        insert_addresses(contact_id, None, values["addresses"])
    if "photo" in values:
        conn.execute("DELETE FROM picture WHERE contact_id = ?", (contact_id,))
        if values["photo"]:
            insert_picture(contact_id, None, values["photo"])


def insert_addresses(
    contact_id: int | None, organization_id: int | None, items: Sequence[PostalAddress], start: int = 0
) -> None:
    """Add addresses to a contact or an organization (``start``: the position of the first)."""
    raw_connection().executemany(
        f"INSERT INTO address (contact_id, organization_id, {_ADDRESS_COLUMNS}, position)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (contact_id, organization_id, a.label, *a.parts(), int(a.is_primary), start + n)
            for n, a in enumerate(items)
        ],
    )


def insert_picture(contact_id: int | None, organization_id: int | None, photo: Photo) -> None:
    """Give a contact or an organization its picture (it has none)."""
    raw_connection().execute(
        "INSERT INTO picture (contact_id, organization_id, data, mime, url, width, height)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (contact_id, organization_id, photo.data, photo.mime, photo.url, photo.width, photo.height),
    )


# reading ---------------------------------------------------------------------------------------


def load(contact_id: int) -> dict[str, Any]:
    """The contact's further fields (every one of ``STORED``, empty when it has none)."""
    return _owned("contact_value", "contact_id", contact_id, VALUE_KINDS, picture="photo")


def _owned(table: str, column: str, owner: int, kinds: Sequence[str], *, picture: str) -> dict[str, Any]:
    """The labelled values (``kinds``, in ``table``), addresses and picture of a contact or organization."""
    out: dict[str, Any] = {name: [] for name in kinds}
    for kind, value, label, primary in raw_connection().execute(
        f"SELECT kind, value, label, is_primary FROM {table} WHERE {column} = ? ORDER BY kind, position, id",
        (owner,),
    ):
        if kind in out:
            out[kind].append(LabeledValue(value, label, bool(primary)))
    out["addresses"] = addresses_of(column, owner)
    out[picture] = picture_of(column, owner)
    return out


def addresses_of(column: str, owner: int) -> list[PostalAddress]:
    """The addresses of a contact (``column`` "contact_id") or an organization ("organization_id")."""
    rows = raw_connection().execute(
        f"SELECT {_ADDRESS_COLUMNS} FROM address WHERE {column} = ? ORDER BY position, id", (owner,)
    )
    return [PostalAddress.of(r[0], r[1:8], bool(r[8])) for r in rows]


def picture_of(column: str, owner: int) -> Photo | None:
    """The photo of a contact or the logo of an organization, None when there is none."""
    row = (
        raw_connection()
        .execute(f"SELECT data, mime, url, width, height FROM picture WHERE {column} = ?", (owner,))
        .fetchone()
    )
    return Photo(*row) if row else None


def photos_for(contact_ids: Sequence[int]) -> dict[int, bytes]:
    """The stored photo images of these contacts (for the list), by contact id."""
    found: dict[int, bytes] = {}
    ids = list(contact_ids)
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ",".join("?" * len(part))
        found.update(
            raw_connection().execute(
                f"SELECT contact_id, data FROM picture WHERE data IS NOT NULL AND contact_id IN ({marks})",
                part,
            )
        )
    return found


def move_for_merge(survivor_id: int, merged_id: int, *, take_photo: bool) -> dict[str, list[int]]:
    """A merge: the merged contact's further values and addresses the survivor lacks join it, and its
    photo when the survivor has none (or ``take_photo``: then the two swap). Returns the moved ids."""
    conn = raw_connection()
    have = {
        (k, value_key(k, v))
        for k, v in conn.execute("SELECT kind, value FROM contact_value WHERE contact_id = ?", (survivor_id,))
    }
    values = [
        i
        for i, k, v in conn.execute(
            "SELECT id, kind, value FROM contact_value WHERE contact_id = ?", (merged_id,)
        )
        if (k, value_key(k, v)) not in have
    ]
    places = {
        PostalAddress.of(r[0], r[1:]).key()
        for r in conn.execute(
            f"SELECT label, {', '.join(ADDRESS_PARTS)} FROM address WHERE contact_id = ?", (survivor_id,)
        )
    }
    addresses = [
        r[0]
        for r in conn.execute(
            f"SELECT id, label, {', '.join(ADDRESS_PARTS)} FROM address WHERE contact_id = ?", (merged_id,)
        )
        if PostalAddress.of(r[1], r[2:]).key() not in places
    ]
    for table, ids in (("contact_value", values), ("address", addresses)):
        conn.executemany(
            f"UPDATE {table} SET contact_id = ?, is_primary = 0, position = position + 1000 WHERE id = ?",
            [(survivor_id, i) for i in ids],
        )
    mine = conn.execute("SELECT id FROM picture WHERE contact_id = ?", (survivor_id,)).fetchone()
    theirs = conn.execute("SELECT id FROM picture WHERE contact_id = ?", (merged_id,)).fetchone()
    moved = {"value": values, "address": addresses, "picture": [], "picture_survivor": []}
    if theirs and (mine is None or take_photo):  # the survivor gets a copy; the trashed contact keeps its own
        if mine is not None:
            conn.execute("UPDATE picture SET contact_id = NULL WHERE id = ?", (mine[0],))
            moved["picture_survivor"] = [mine[0]]
        copy = conn.execute(
            "INSERT INTO picture (contact_id, organization_id, data, mime, url, width, height)"
            " SELECT ?, NULL, data, mime, url, width, height FROM picture WHERE id = ?",
            (survivor_id, theirs[0]),
        )
        moved["picture"] = [int(copy.lastrowid or 0)]
    return moved


def undo_merge_move(survivor_id: int, merged_id: int, moved: dict[str, list[int]]) -> None:
    """Give the merged contact back what ``move_for_merge`` moved."""
    conn = raw_connection()
    for key, table in (("value", "contact_value"), ("address", "address")):
        conn.executemany(
            f"UPDATE {table} SET contact_id = ?, position = position - 1000 WHERE id = ?",
            [(merged_id, i) for i in moved.get(key, [])],
        )
    for copy in moved.get("picture", []):
        conn.execute("DELETE FROM picture WHERE id = ?", (copy,))
    for mine in moved.get("picture_survivor", []):
        conn.execute("UPDATE picture SET contact_id = ? WHERE id = ?", (survivor_id, mine))


# organizations ---------------------------------------------------------------------------------

ORGANIZATION_KINDS = ("phones", "emails", "urls")


def load_organization(organization_id: int) -> dict[str, Any]:
    """An organization's phones, e-mails, web sites (``LabeledValue`` lists), addresses and logo."""
    return _owned(
        "organization_value", "organization_id", organization_id, ORGANIZATION_KINDS, picture="logo"
    )


def add_organization_values(organization_id: int, kind: str, items: Sequence[LabeledValue]) -> None:
    """Add phones, e-mails or web sites (``kind``) to an organization."""
    raw_connection().executemany(
        "INSERT INTO organization_value (organization_id, kind, value, label, is_primary, position)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(organization_id, kind, v.value, v.label, int(v.is_primary), n) for n, v in enumerate(items)],
    )
