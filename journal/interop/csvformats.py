"""CSV layouts: our own, and any other CSV through a column mapping (``FIELDS``); the
LinkedIn, Google and Outlook readers (``csv_layouts``) and the table reader
(``csv_tables``) are used from here. ``read_into`` reads any of them into a
``ParsedFile`` and settles the file's day/month order from all its dates."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
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
from journal.interop.csv_tables import RowReader, read_table, row_digest, split_simple
from journal.interop.errors import QT_TRANSLATE_NOOP, ImportFileError
from journal.interop.records import ContactRecord, normalize_birthday
from journal.services import contact_fields, validation
from journal.services.text import fold
from journal.services.values import ADDRESS_PARTS, LabeledValue, PostalAddress

__all__ = ["read_google", "read_linkedin", "read_outlook", "read_table"]

MULTI = " ::: "

# Target fields of the generic column mapping (key -> English label for the UI).
FIELDS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("Import", "(ignore)"),
    "name": QT_TRANSLATE_NOOP("Import", "Full name"),
    "name_prefix": QT_TRANSLATE_NOOP("Import", "Name prefix"),
    "given_name": QT_TRANSLATE_NOOP("Import", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("Import", "Middle name"),
    "family_name": QT_TRANSLATE_NOOP("Import", "Last name"),
    "name_suffix": QT_TRANSLATE_NOOP("Import", "Name suffix"),
    "nickname": QT_TRANSLATE_NOOP("Import", "Nickname"),
    "organization": QT_TRANSLATE_NOOP("Import", "Organization"),
    "unit": QT_TRANSLATE_NOOP("Import", "Department"),
    "title": QT_TRANSLATE_NOOP("Import", "Job title"),
    "role": QT_TRANSLATE_NOOP("Import", "Role"),
    "email": QT_TRANSLATE_NOOP("Import", "Email"),
    "phone": QT_TRANSLATE_NOOP("Import", "Phone"),
    "street": QT_TRANSLATE_NOOP("Import", "Street"),
    "city": QT_TRANSLATE_NOOP("Import", "City"),
    "region": QT_TRANSLATE_NOOP("Import", "Region or state"),
    "postal_code": QT_TRANSLATE_NOOP("Import", "Postal code"),
    "country": QT_TRANSLATE_NOOP("Import", "Country"),
    "linkedin_url": QT_TRANSLATE_NOOP("Import", "LinkedIn URL"),
    "website": QT_TRANSLATE_NOOP("Import", "Website"),
    "url": QT_TRANSLATE_NOOP("Import", "Other web site"),
    "location": QT_TRANSLATE_NOOP("Import", "Location"),
    "birthday": QT_TRANSLATE_NOOP("Import", "Birthday"),
    "anniversary": QT_TRANSLATE_NOOP("Import", "Anniversary"),
    "how_met": QT_TRANSLATE_NOOP("Import", "How we met"),
    "met_on": QT_TRANSLATE_NOOP("Import", "Met on"),
    "tags": QT_TRANSLATE_NOOP("Import", "Tags"),
    "notes": QT_TRANSLATE_NOOP("Import", "Notes"),
    "starred": QT_TRANSLATE_NOOP("Import", "Starred"),
    "source_uid": QT_TRANSLATE_NOOP("Import", "ID in the other program"),
}
# A mapping target names the field it fills (targets not listed fill the field of their name).
TARGET_FIELDS: dict[str, str] = {
    "email": "emails",
    "phone": "phones",
    "nickname": "nicknames",
    "unit": "units",
    "url": "urls",
    "street": "addresses",
    "city": "addresses",
    "region": "addresses",
    "postal_code": "addresses",
    "country": "addresses",
    "anniversary": "dates",
}
_ADDRESS_TARGETS = ("street", "city", "region", "postal_code", "country")

# Generic guessing: whole header names first, then whole words. Columns that describe
# another column (an e-mail's type or display name, a label) are never mapped to a value.
_EXACT: dict[str, str] = {
    fold(k): v
    for k, v in {
        "Name": "name",
        "Nombre": "name",
        "Nom": "name",
        "Nome": "name",
        "Full Name": "name",
        "Display Name": "name",
        "Nombre completo": "name",
        "First Name": "given_name",
        "Given Name": "given_name",
        "Vorname": "given_name",
        "Prénom": "given_name",
        "Last Name": "family_name",
        "Family Name": "family_name",
        "Surname": "family_name",
        "Apellidos": "family_name",
        "Apellido": "family_name",
        "Nachname": "family_name",
        "Cognome": "family_name",
        "Middle Name": "middle_name",
        "Company": "organization",
        "Company Name": "organization",
        "Organization": "organization",
        "Organisation": "organization",
        "Empresa": "organization",
        "Firma": "organization",
        "Société": "organization",
        "Job Title": "title",
        "Title": "title",
        "Position": "title",
        "Cargo": "title",
        "Puesto": "title",
        "Email": "email",
        "E-mail": "email",
        "Email Address": "email",
        "Correo": "email",
        "Correo electrónico": "email",
        "Phone": "phone",
        "Phone Number": "phone",
        "Mobile": "phone",
        "Teléfono": "phone",
        "Móvil": "phone",
        "Telefon": "phone",
        "City": "city",
        "Ciudad": "city",
        "Town": "city",
        "Country": "country",
        "Country/Region": "country",
        "País": "country",
        "State": "region",
        "Region": "region",
        "Provincia": "region",
        "Zip": "postal_code",
        "Zip Code": "postal_code",
        "Postal Code": "postal_code",
        "Código postal": "postal_code",
        "Street": "street",
        "Address": "street",
        "Dirección": "street",
        "Website": "website",
        "Web": "website",
        "URL": "website",
        "LinkedIn": "linkedin_url",
        "LinkedIn URL": "linkedin_url",
        "Birthday": "birthday",
        "Date of Birth": "birthday",
        "Fecha de nacimiento": "birthday",
        "Cumpleaños": "birthday",
        "Geburtstag": "birthday",
        "Notes": "notes",
        "Notas": "notes",
        "Note": "notes",
        "Comments": "notes",
        "Tags": "tags",
        "Labels": "tags",
        "Etiquetas": "tags",
        "Categories": "tags",
        "Groups": "tags",
        "Nickname": "nickname",
        "Apodo": "nickname",
        "Department": "unit",
        "Departamento": "unit",
        "Role": "role",
        "Met On": "met_on",
        "How Met": "how_met",
        "Connected On": "met_on",
        "UID": "source_uid",
        "ID": "source_uid",
        "Record ID": "source_uid",
        "Anniversary": "anniversary",
        "Starred": "starred",
    }.items()
}
_WORDS: list[tuple[str, tuple[str, ...]]] = [
    ("email", ("email", "e-mail", "mail", "correo")),
    ("phone", ("phone", "mobile", "tel", "teléfono", "telefono", "móvil", "movil", "cell")),
    ("linkedin_url", ("linkedin",)),
    ("given_name", ("first name", "given name", "firstname", "nombre de pila")),
    ("family_name", ("last name", "family name", "surname", "lastname", "apellido", "apellidos")),
    ("name", ("full name", "name", "nombre", "contact")),
    ("organization", ("company", "organization", "organisation", "empresa", "employer")),
    ("title", ("job title", "position", "cargo", "puesto", "job")),
    ("website", ("website", "homepage", "url")),
    ("birthday", ("birthday", "cumpleaños", "birth", "nacimiento")),
    ("tags", ("tags", "labels", "etiquetas", "groups", "categories")),
    ("notes", ("notes", "note", "notas", "comments")),
    ("city", ("city", "ciudad")),
    ("country", ("country", "país")),
]
_NOT_A_VALUE = re.compile(r"\b(type|typ|tipo|display|angezeigter|pantalla|label|kind|yomi|phonetic)\b", re.I)

# Our own CSV: (mapping target, header) of each column, in order.
JOURNAL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source_uid", "UID"),
    ("name", "Name"),
    ("given_name", "Given Name"),
    ("family_name", "Family Name"),
    ("organization", "Organization"),
    ("title", "Title"),
    ("email", "Emails"),
    ("phone", "Phones"),
    ("linkedin_url", "LinkedIn"),
    ("website", "Website"),
    ("location", "Location"),
    ("birthday", "Birthday"),
    ("how_met", "How Met"),
    ("met_on", "Met On"),
    ("tags", "Tags"),
    ("notes", "Notes"),
    ("cadence_days", "Cadence Days"),
    ("name_prefix", "Name Prefix"),
    ("middle_name", "Middle Name"),
    ("name_suffix", "Name Suffix"),
    ("nickname", "Nicknames"),
    ("unit", "Department"),
    ("role", "Role"),
    ("url", "Other Web Sites"),
    ("starred", "Starred"),
)
JOURNAL_HEADER = [header for _target, header in JOURNAL_COLUMNS]
JOURNAL_MAPPING = {index: target for index, (target, _header) in enumerate(JOURNAL_COLUMNS)}
#: mapping target -> contact field, for our own columns.
JOURNAL_FIELDS = {target: TARGET_FIELDS.get(target, target) for target, _header in JOURNAL_COLUMNS}
#: Portable fields our CSV (a spreadsheet) does not carry; the vCard and JSON exports carry them.
#: The UID column holds the journal's own uuid, not ``source_uid``.
JOURNAL_DROPS = frozenset(set(contact_fields.PORTABLE) - set(JOURNAL_FIELDS.values()) | {"source_uid"})
#: Portable fields the generic column mapping does not offer (a spreadsheet column rarely holds them).
MAPPING_DROPS = frozenset(set(contact_fields.PORTABLE) - {TARGET_FIELDS.get(k, k) for k in FIELDS if k})


def is_journal_header(cells: Sequence[str]) -> bool:
    """True for the header of our own CSV export (older exports have fewer columns)."""
    return len(cells) >= 17 and list(cells[:17]) == JOURNAL_HEADER[:17]


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


def guess_mapping(header: Sequence[str]) -> dict[int, str]:
    """Column index -> target field, from header names (whole names first, then whole words)."""
    folded = [fold(h.replace("_", " ")) for h in header]
    has_family = any(_EXACT.get(f) == "family_name" for f in folded)
    mapping: dict[int, str] = {}
    multi = {"email", "phone", "tags", "notes", "url", "nickname"}
    for index, name in enumerate(folded):
        target = _EXACT.get(name, "")
        if target == "name" and has_family and name in ("nombre", "nom", "nome", "name"):
            target = "given_name"
        if target:
            mapping[index] = target
    taken = set(mapping.values())
    for index, name in enumerate(folded):
        if index in mapping or _NOT_A_VALUE.search(name):
            continue
        for target, words in _WORDS:
            if target in taken and target not in multi:
                continue
            if any(re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", name) for w in words):
                mapping[index] = target
                taken.add(target)
                break
    return mapping


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
        if target in _ADDRESS_TARGETS:
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


def journal_row(values: dict[str, str]) -> list[str]:
    """One row of our CSV from mapping target -> text (missing ones empty)."""
    return [values.get(JOURNAL_MAPPING[i], "") for i in range(len(JOURNAL_HEADER))]


# dates ------------------------------------------------------------------------------------------


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
        no_year = re.fullmatch(r"--(\d{2})-?(\d{2})", text.strip())
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
    parsed.records = [_finished(r) for r in records]
    return parsed


def _finished(record: ContactRecord) -> ContactRecord:
    record.finish()
    return record
