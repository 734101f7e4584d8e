"""Writing the journal out: vCard 3.0, CSV, iCalendar (follow-ups) and JSON (everything)."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journal import files, paths
from journal.db import raw_connection
from journal.db.fields import parse_utc
from journal.files import atomic_write
from journal.interop import csv_mapping, json_export
from journal.interop.vcard import CardData, write_cards
from journal.services import contact_fields, contact_values, followups
from journal.services.text import fold
from journal.services.values import LabeledValue, Photo, PostalAddress

if TYPE_CHECKING:
    from journal.interop.ical import FollowUpItem

EXPORT_FORMATS = ("vcard", "csv", "ics", "json")
SUFFIXES = {"vcard": ".vcf", "csv": ".csv", "ics": ".ics", "json": ".json"}
Progress = Callable[[float, str], None]
_LIST_KINDS = contact_values.VALUE_KINDS
_CARD_FIELDS = contact_fields.COLUMNS  # the rest (lists, addresses, photo) are read per table


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    count: int  # contacts, follow-ups or rows written


def iter_cards(contact_ids: list[int] | None = None, chunk: int = 2000) -> Iterator[CardData]:
    """Live contacts (or the given ones) with their emails, phones and tags, in name order."""
    conn = raw_connection()
    if contact_ids is None:
        ids = [
            r[0]
            for r in conn.execute("SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY sort_key, id")
        ]
    else:
        ids = list(contact_ids)
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        marks = ",".join("?" * len(part))
        lists: dict[str, dict[int, list[LabeledValue]]] = {}
        tags: dict[int, list[str]] = {}
        for table, name in (("contact_email", "emails"), ("contact_phone", "phones")):
            bucket = lists.setdefault(name, {})
            for cid, value, label, primary in conn.execute(
                f"SELECT contact_id, value, label, is_primary FROM {table} WHERE contact_id IN ({marks})"
                " ORDER BY is_primary DESC, id",
                part,
            ):
                bucket.setdefault(cid, []).append(LabeledValue(value, label, bool(primary)))
        for cid, kind, value, label, primary in conn.execute(
            "SELECT contact_id, kind, value, label, is_primary FROM contact_value"
            f" WHERE contact_id IN ({marks})"
            " ORDER BY kind, position, id",
            part,
        ):
            lists.setdefault(kind, {}).setdefault(cid, []).append(LabeledValue(value, label, bool(primary)))
        addresses: dict[int, list[PostalAddress]] = {}
        for cid, label, *rest in conn.execute(
            "SELECT contact_id, label, po_box, extended, street, city, region, postal_code, country,"
            " is_primary"
            f" FROM address WHERE contact_id IN ({marks}) ORDER BY position, id",
            part,
        ):
            addresses.setdefault(cid, []).append(PostalAddress.of(label, rest[:7], bool(rest[7])))
        pictures = {
            cid: Photo(data, mime, url, width, height)
            for cid, data, mime, url, width, height in conn.execute(
                "SELECT contact_id, data, mime, url, width, height FROM picture"
                f" WHERE contact_id IN ({marks})",
                part,
            )
        }
        for cid, name in conn.execute(
            "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
            f" WHERE ct.contact_id IN ({marks}) ORDER BY t.name",
            part,
        ):
            tags.setdefault(cid, []).append(name)
        columns = ", ".join(contact_fields.sql_column(name) for name in _CARD_FIELDS)
        rows = {
            r[0]: r
            for r in conn.execute(
                f"SELECT c.id, c.uuid, c.updated_at, {columns} FROM contact c"
                f" LEFT JOIN organization o ON o.id = c.organization_id WHERE c.id IN ({marks})",
                part,
            )
        }
        for cid in part:
            r = rows.get(cid)
            if r is None:
                continue
            values = {
                name: contact_fields.from_sql(name, v) for name, v in zip(_CARD_FIELDS, r[3:], strict=True)
            }
            values.update({n: lists.get(n, {}).get(cid, []) for n in ("emails", "phones", *_LIST_KINDS)})
            yield CardData(
                uuid=r[1],
                updated_at=parse_utc(r[2]) if r[2] else None,
                tags=tags.get(cid, []),
                addresses=addresses.get(cid, []),
                photo=pictures.get(cid),
                **values,
            )


def export_vcard(path: Path | str, contact_ids: list[int] | None = None) -> int:
    """Write live contacts (or the given ones) as vCard 3.0; returns how many."""
    count = 0
    with atomic_write(path, binary=True) as out:  # never a truncated file, readable by the user only
        for data in write_cards(iter_cards(contact_ids)):
            out.write(data)
            count += 1
    return count


def _csv_values(card: CardData) -> dict[str, str]:
    """Our CSV row: every portable field as text; the UID column holds the journal's own uuid."""
    values = {
        target: contact_fields.as_text(name, getattr(card, name), csv_mapping.MULTI)
        for target, name in csv_mapping.JOURNAL_FIELDS.items()
    }
    values["source_uid"] = card.uuid
    return values


def export_csv(path: Path | str, contact_ids: list[int] | None = None) -> int:
    """UTF-8 with a BOM (so Excel reads the accents), one row per contact."""
    count = 0
    with atomic_write(path, encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(csv_mapping.JOURNAL_HEADER)
        for card in iter_cards(contact_ids):
            writer.writerow(csv_mapping.journal_row(_csv_values(card)))
            count += 1
    return count


def followup_items(contact_id: int | None = None) -> list[FollowUpItem]:
    """The follow-ups (of one contact, or all) as the iCalendar writer needs them."""
    from journal.interop.ical import FollowUpItem  # icalendar is slow to import: only when used

    return [
        FollowUpItem(
            uuid=f.uuid,
            title=f.title,
            contact_name=f.contact_name,
            kind=f.kind,
            notes=f.notes,
            due_date=f.due_date,
            due_time=f.due_time,
            status=f.status,
            created_at=f.created_at,
            updated_at=f.updated_at,
            completed_at=f.completed_at,
            recurrence_unit=f.recurrence_unit,
            recurrence_interval=f.recurrence_interval,
        )
        for f in followups.all_followups(contact_id)
    ]


def export_ics(path: Path | str, *, as_events: bool = False, contact_id: int | None = None) -> int:
    """Write follow-ups as iCalendar to-dos (or events); returns how many."""
    items = followup_items(contact_id)
    from journal.interop.ical import build_calendar

    files.write_bytes(path, build_calendar(items, as_events=as_events))
    return len(items)


def export_json(path: Path | str) -> int:
    """Write the whole journal as our JSON; returns the rows written."""
    counts = json_export.export_json(path)
    return sum(counts.values())


def export(fmt: str, path: Path | str, *, as_events: bool = False) -> ExportResult:
    """Write the whole journal in ``fmt`` ("vcard", "csv", "ics" or "json") to ``path``."""
    path = Path(path)
    if fmt == "vcard":
        count = export_vcard(path)
    elif fmt == "csv":
        count = export_csv(path)
    elif fmt == "ics":
        count = export_ics(path, as_events=as_events)
    elif fmt == "json":
        count = export_json(path)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    return ExportResult(path, fmt, count)


def export_contact(contact_id: int, folder: Path | str) -> list[Path]:
    """Everything about one person (JSON with their whole history, plus a vCard)."""
    folder = paths.ensure_private_dir(Path(folder))
    card = next(iter_cards([contact_id]), None)
    stem = "-".join(fold(card.name).split())[:60] if card else f"contact-{contact_id}"
    stem = "".join(ch for ch in stem if ch.isalnum() or ch in "-_") or f"contact-{contact_id}"
    json_path = folder / f"{stem}.json"
    vcf_path = folder / f"{stem}.vcf"
    json_export.export_json(json_path, contact_id=contact_id)
    export_vcard(vcf_path, [contact_id])
    return [json_path, vcf_path]
