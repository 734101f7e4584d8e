"""CSV files: which layout a file has, our own CSV and any other through a column mapping
(``csv_mapping``), and the LinkedIn, Google and Outlook readers (``csv_layouts``) on the table
reader (``csv_tables``). ``read_csv`` reads any of them and settles the file's day/month order
from all its dates."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from journal.interop import dates
from journal.interop.csv_layouts import (
    company_only,
    is_google_header,
    is_linkedin_header,
    is_outlook_header,
    read_google,
    read_linkedin,
    read_outlook,
)
from journal.interop.csv_mapping import (
    ADDRESS_TARGETS,
    FIELDS,
    JOURNAL_MAPPING,
    TARGET_FIELDS,
    guess_mapping,
    is_journal_header,
)
from journal.interop.csv_tables import RowReader, read_table, row_digest, split_simple
from journal.interop.errors import QT_TRANSLATE_NOOP, ImportFileError
from journal.interop.records import ContactRecord, normalize_birthday
from journal.services import contact_fields, validation
from journal.services.values import ADDRESS_PARTS, LabeledValue, PostalAddress

__all__ = [
    "FIELDS",
    "guess_mapping",
    "is_journal_header",
    "read_google",
    "read_linkedin",
    "read_outlook",
    "read_table",
]


def detect(text: str) -> str:
    """ "linkedin", "google", "outlook", "journal" or "csv" from the header row."""
    for line in text[:65536].splitlines()[:40]:
        cells = split_simple(line)
        for name, test in (
            ("linkedin", is_linkedin_header),
            ("google", is_google_header),
            ("outlook", is_outlook_header),
            ("journal", is_journal_header),
        ):
            if test(cells):
                return name
    return "csv"


def read_mapped(
    text: str, mapping: dict[int, str] | None = None, *, journal: bool = False
) -> tuple[list[ContactRecord], list[str]]:
    """Any CSV: ``mapping`` says which column holds what (guessed from the header if None)."""
    table = read_table(text, is_journal_header if journal else None)
    if journal:
        mapping = JOURNAL_MAPPING
    elif mapping is None:
        mapping = guess_mapping(table.header)
    targets = set(mapping.values())
    if not targets & {"name", "given_name", "family_name", "email", "organization"}:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "No column holds names or emails (columns: {columns}). Map the columns in the "
                "import window, or rename the header to Name, Email, Phone, Company.",
            ),
            columns=", ".join(table.header[:12]),
        )
    cell = RowReader(table.header)
    records = []
    for line, row in zip(table.lines, table.rows, strict=True):
        record = _mapped_record(f"line {line}", row, mapping, journal)
        record.line, record.fingerprint = line, row_digest(repr(sorted(mapping.items())), table.header, row)
        if not record.emails:
            company_only(record)
        cell.row = row
        cell.read = set(mapping)
        record.dropped.extend(cell.unread())
        records.append(record)
    return records, table.header


def _mapped_record(where: str, row: list[str], mapping: dict[int, str], journal: bool) -> ContactRecord:
    record = ContactRecord(where=where)
    notes: list[str] = []
    address: dict[str, str] = {}
    for index, target in mapping.items():
        if index >= len(row) or not target:
            continue
        value = row[index] if journal else row[index].strip()
        if not value.strip():
            continue
        name = TARGET_FIELDS.get(target, target)
        kind = contact_fields.kind(name)
        if target in ADDRESS_TARGETS:
            address[target] = value.strip()
        elif target == "anniversary":
            record.raw_dates["dates:anniversary"] = value.strip()
        elif kind == contact_fields.LABELED:
            items = [v.strip() for v in value.split(":::")] if ":::" in value else [value.strip()]
            record.add_all(name, (LabeledValue(v) for v in items if v))
        elif kind == contact_fields.TAGS:
            sep = ":::" if journal or ":::" in value else (";" if ";" in value else ",")
            record.tags.extend(t.strip() for t in value.split(sep) if t.strip())
        elif name == "notes":  # several columns may hold notes: all are kept
            notes.append(value.strip())
        elif kind in (contact_fields.DATE, contact_fields.BIRTHDAY):
            record.raw_dates[name] = value.strip()
        elif kind == contact_fields.DAYS:
            setattr(record, name, int(value) if value.strip().isdigit() and len(value) < 6 else None)
        elif kind == contact_fields.FLAG:
            record.starred = value.strip().casefold() in ("yes", "true", "1", "x", "sí", "si", "ja")
        else:
            setattr(record, name, value.strip())
    if address:
        record.add("addresses", PostalAddress.of("", [address.get(n, "") for n in ADDRESS_PARTS]))
    record.notes = "\n".join(notes)
    return record


# dates ------------------------------------------------------------------------------------------

_NO_YEAR = re.compile(r"--(\d{2})-?(\d{2})")


def settle_dates(records: Iterable[ContactRecord]) -> tuple[str | None, bool]:
    """The file's day/month order from all its dates, and whether it must be asked."""
    return dates.decide_order(v for r in records for v in r.raw_dates.values())


def with_date_order(record: ContactRecord, order: str | None, *, copy: bool = True) -> ContactRecord:
    """``record`` with its waiting dates read in ``order`` (those that need one and have none are left
    out, and said so): a copy unless ``copy`` is false (the preview may ask again, on the same file)."""
    if not record.raw_dates:
        return record
    waiting = record.raw_dates
    if copy:
        out = dataclasses.replace(
            record, dates=list(record.dates), notices=list(record.notices), raw_dates={}
        )
    else:
        out, record.raw_dates = record, {}
    for key, text in waiting.items():
        no_year = _NO_YEAR.fullmatch(text.strip())
        if (no_year and key in ("birthday",)) or (no_year and key.startswith("dates:")):
            value = normalize_birthday(text)
            if key == "birthday":
                out.birthday = value
            elif value:
                out.add("dates", LabeledValue(value, key.split(":")[1]))
            continue
        day = dates.parse_day(text, order)
        if day is None:
            if dates.is_empty(text):
                continue
            out.note("date-order" if dates.needs_order(text) and order is None else "bad-date")
            continue
        if key in ("connected_on", "met_on") and not validation.FIRST_DAY <= day <= validation.LAST_DAY:
            out.note("bad-date")  # the dialogs' rule (``validation.day``): not a day the journal shows
            continue
        if key == "birthday":
            out.birthday = normalize_birthday(day.isoformat())
        elif key == "connected_on":
            out.connected_on = day
            out.met_on = out.met_on or day
        elif key == "met_on":
            out.met_on = day
        else:
            label = key.split(":")[1] if ":" in key else "other"
            text = f"--{day.month:02d}-{day.day:02d}" if day.year <= 1604 else day.isoformat()
            out.add("dates", LabeledValue(text, label))
    return out


@dataclass
class CsvFile:
    """A CSV read into records, with what the preview needs to know about it."""

    records: list[ContactRecord]
    header: list[str] = field(default_factory=list)
    text: str = ""  # generic CSV: kept so the mapping can be changed and read again
    date_order: str | None = None
    date_question: bool = False
    dropped_columns: dict[str, int] = field(default_factory=dict)


def read_csv(text: str, fmt: str, mapping: dict[int, str] | None) -> CsvFile:
    """Read a CSV of layout ``fmt`` ("linkedin", "google", "outlook" or "csv")."""
    parsed = CsvFile([])
    if fmt == "linkedin":
        records = read_linkedin(text)
    elif fmt == "google":
        records = read_google(text)
    elif fmt == "outlook":
        records = read_outlook(text)
    else:
        journal = mapping is None and detect(text) == "journal"
        parsed.text = text
        records, parsed.header = read_mapped(text, mapping, journal=journal)
    parsed.date_order, needed = settle_dates(records)
    parsed.date_question = needed and parsed.date_order is None
    if not parsed.date_question:  # settled by the file itself: read the dates now
        records = [with_date_order(r, parsed.date_order, copy=False) for r in records]
    for record in records:
        for column in record.dropped:
            parsed.dropped_columns[column] = parsed.dropped_columns.get(column, 0) + 1
    for record in records:
        record.finish()
    parsed.records = records
    return parsed
