"""CSV layouts: our own, and any other CSV through a column mapping (``FIELDS``); the
LinkedIn, Google and Outlook readers (``csv_layouts``) and the table reader
(``csv_tables``) are re-exported here."""

from __future__ import annotations

from collections.abc import Sequence

from journal.interop.csv_layouts import is_google_header, is_linkedin_header, is_outlook_header
from journal.interop.csv_layouts import read_google as read_google  # re-exported
from journal.interop.csv_layouts import read_linkedin as read_linkedin
from journal.interop.csv_layouts import read_outlook as read_outlook
from journal.interop.csv_tables import read_table, split_simple
from journal.interop.errors import QT_TRANSLATE_NOOP, ImportFileError
from journal.interop.records import ContactRecord, labeled, parse_day
from journal.services import contact_fields
from journal.services.contacts import LabeledValue

MULTI = " ::: "

# Target fields of the generic column mapping (key -> English label for the UI).
FIELDS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("Import", "(ignore)"),
    "name": QT_TRANSLATE_NOOP("Import", "Full name"),
    "given_name": QT_TRANSLATE_NOOP("Import", "First name"),
    "family_name": QT_TRANSLATE_NOOP("Import", "Last name"),
    "organization": QT_TRANSLATE_NOOP("Import", "Organization"),
    "title": QT_TRANSLATE_NOOP("Import", "Job title"),
    "email": QT_TRANSLATE_NOOP("Import", "Email"),
    "phone": QT_TRANSLATE_NOOP("Import", "Phone"),
    "linkedin_url": QT_TRANSLATE_NOOP("Import", "LinkedIn URL"),
    "website": QT_TRANSLATE_NOOP("Import", "Website"),
    "location": QT_TRANSLATE_NOOP("Import", "Location"),
    "birthday": QT_TRANSLATE_NOOP("Import", "Birthday"),
    "how_met": QT_TRANSLATE_NOOP("Import", "How we met"),
    "met_on": QT_TRANSLATE_NOOP("Import", "Met on"),
    "tags": QT_TRANSLATE_NOOP("Import", "Tags"),
    "notes": QT_TRANSLATE_NOOP("Import", "Notes"),
    "source_uid": QT_TRANSLATE_NOOP("Import", "ID in the other program"),
}

_GUESSES: list[tuple[str, tuple[str, ...]]] = [
    ("email", ("email", "e-mail", "mail", "correo")),
    ("phone", ("phone", "mobile", "tel", "teléfono", "telefono", "móvil", "movil")),
    ("linkedin_url", ("linkedin",)),
    ("given_name", ("first name", "given name", "firstname", "nombre de pila", "first")),
    ("family_name", ("last name", "family name", "surname", "lastname", "apellido", "apellidos", "last")),
    ("name", ("full name", "name", "nombre", "display name", "contact")),
    ("organization", ("company", "organization", "organisation", "empresa", "org")),
    ("title", ("title", "position", "job", "cargo", "puesto", "role")),
    ("website", ("website", "web", "url", "homepage")),
    ("location", ("city", "location", "ciudad", "address", "ubicación")),
    ("birthday", ("birthday", "cumpleaños", "birth")),
    ("tags", ("tags", "labels", "etiquetas", "groups", "categories")),
    ("notes", ("notes", "note", "notas", "comments")),
    ("met_on", ("met on", "connected on")),
    ("how_met", ("how met", "how we met")),
    ("source_uid", ("uid", "id")),
]

# A mapping target names the field it fills; a column holds one email or phone at a time.
TARGET_FIELDS: dict[str, str] = {"email": "emails", "phone": "phones"}

# Our own CSV: (mapping target, header) of each column, in order. Every portable
# contact field has a column; emails and phones keep their values, not their labels.
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
)
JOURNAL_HEADER = [header for _target, header in JOURNAL_COLUMNS]
JOURNAL_MAPPING = {index: target for index, (target, _header) in enumerate(JOURNAL_COLUMNS)}
#: mapping target -> contact field, for our own columns.
JOURNAL_FIELDS = {target: TARGET_FIELDS.get(target, target) for target, _header in JOURNAL_COLUMNS}
#: Portable fields our CSV does not carry: the UID column holds the journal's own uuid.
JOURNAL_DROPS = frozenset({"source_uid"})
#: Portable fields the generic column mapping does not offer: the keep-in-touch cadence is
#: a journal setting (our own CSV carries it, other programs' files do not have it).
MAPPING_DROPS = frozenset({"cadence_days"})


def is_journal_header(cells: Sequence[str]) -> bool:
    """True for the header of our own CSV export."""
    return list(cells[: len(JOURNAL_HEADER)]) == JOURNAL_HEADER


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
    """Column index -> target field, from header names in English or Spanish."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    multi = {"email", "phone", "tags", "notes"}
    for index, raw in enumerate(header):
        name = " ".join(raw.strip().lower().replace("_", " ").split())
        for target, words in _GUESSES:
            if target in taken and target not in multi:
                continue
            if any(name == w or (len(w) > 3 and w in name) for w in words):
                mapping[index] = target
                taken.add(target)
                break
    return mapping


def read_mapped(
    text: str, mapping: dict[int, str] | None = None, *, journal: bool = False
) -> list[ContactRecord]:
    """Any CSV: ``mapping`` says which column holds what (guessed from the header if None)."""
    table = read_table(text, is_journal_header if journal else None)
    if journal:
        mapping = JOURNAL_MAPPING
    elif mapping is None:
        mapping = guess_mapping(table.header)
    targets = set(mapping.values())
    if not targets & {"name", "given_name", "family_name", "email"}:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "No column holds names or emails (columns: {columns}). Map the columns in the "
                "import window, or rename the header to Name, Email, Phone, Company.",
            ),
            columns=", ".join(table.header[:12]),
        )
    records = []
    for line, row in zip(table.lines, table.rows, strict=True):
        records.append(_mapped_record(f"line {line}", row, mapping, journal))
    return records


def _mapped_record(where: str, row: list[str], mapping: dict[int, str], journal: bool) -> ContactRecord:
    record = ContactRecord(where=where)
    notes: list[str] = []
    for index, target in mapping.items():
        if index >= len(row) or not target:
            continue
        value = row[index] if journal else row[index].strip()
        if not value.strip():
            continue
        name = TARGET_FIELDS.get(target, target)
        kind = contact_fields.kind(name)
        if kind == contact_fields.LABELED:
            items = [v.strip() for v in value.split(":::")] if ":::" in value else [value.strip()]
            bucket: list[LabeledValue] = getattr(record, name)
            bucket.extend(labeled(v) for v in items if v)
        elif kind == contact_fields.TAGS:
            sep = ":::" if journal or ":::" in value else (";" if ";" in value else ",")
            record.tags.extend(t.strip() for t in value.split(sep) if t.strip())
        elif name == "notes":  # several columns may hold notes: all are kept
            notes.append(value.strip())
        elif kind == contact_fields.DATE:
            setattr(record, name, parse_day(value))
        elif kind == contact_fields.DAYS:
            setattr(record, name, int(value) if value.strip().isdigit() and len(value) < 6 else None)
        else:
            setattr(record, name, value.strip())
    record.notes = "\n".join(notes)
    record.finish()
    return record


def journal_row(values: dict[str, str]) -> list[str]:
    """One row of our CSV from mapping target -> text (missing ones empty)."""
    return [values.get(JOURNAL_MAPPING[i], "") for i in range(len(JOURNAL_HEADER))]
