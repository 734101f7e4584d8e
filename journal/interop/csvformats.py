"""CSV layouts: LinkedIn Connections.csv, Google Contacts, Outlook, our own, and any
other CSV through a column mapping (``FIELDS``)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from journal.interop.errors import QT_TRANSLATE_NOOP, ImportFileError
from journal.interop.records import ContactRecord, labeled, linkedin_key, parse_day
from journal.services import contact_fields
from journal.services.contacts import LabeledValue

MULTI = " ::: "
DELIMITERS = (",", ";", "\t", "|")

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


@dataclass
class Table:
    """A CSV file read into rows; ``lines[i]`` is the line where ``rows[i]`` starts."""

    header: list[str]
    header_line: int
    rows: list[list[str]]
    lines: list[int]
    delimiter: str


def sniff_delimiter(first_line: str) -> str:
    """The separator (comma, semicolon, tab or bar) used most on ``first_line``."""
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _rows(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    result: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for row in reader:
            result.append((start, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "a field is longer than {size} KB, which no contact export has. The file is "
                    "probably damaged or is not a contact list.",
                ),
                where=f"line {start}",
                size=csv.field_size_limit() // 1024,
            ) from exc
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "this is not valid CSV ({reason})."),
            where=f"line {start}",
            reason=str(exc),
        ) from exc
    return result


def read_table(text: str, is_header: Callable[[list[str]], bool] | None = None, delimiter: str = "") -> Table:
    """Rows after the header (the first row ``is_header`` accepts, else the first non-empty row)."""
    if not delimiter:
        sample = [ln for ln in text[:65536].splitlines()[:40] if ln.strip()]
        header_guess = next((ln for ln in sample if is_header and is_header(_split_simple(ln))), "")
        delimiter = sniff_delimiter(header_guess or (sample[0] if sample else ""))
    all_rows = _rows(text, delimiter)
    header_at = None
    for index, (_line, row) in enumerate(all_rows[:60]):
        if not any(cell.strip() for cell in row):
            continue
        if is_header is None or is_header([c.strip() for c in row]):
            header_at = index
            break
    if header_at is None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file has no header row with the expected columns. Check the format you chose, "
                "or that the file uses commas (or semicolons) between fields.",
            )
        )
    header_line, header = all_rows[header_at]
    header = [h.strip().lstrip("\ufeff") for h in header]
    rows: list[list[str]] = []
    lines: list[int] = []
    width = len(header)
    body = all_rows[header_at + 1 :]
    del all_rows  # keep one copy of the rows in memory, not two
    for line, row in body:
        if not "".join(row).strip():
            continue
        if len(row) != width:
            _check_width(row, width, line, delimiter)
            row = (row + [""] * width)[:width]
        rows.append(row)
        lines.append(line)
    if not rows:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file has a header row but no contacts under it. Export your contacts again.",
            )
        )
    return Table(header, header_line, rows, lines, delimiter)


def _split_simple(line: str) -> list[str]:
    return [c.strip().strip('"') for c in re.split(r"[,;\t|]", line)]


def _check_width(row: list[str], width: int, line: int, delimiter: str) -> None:
    if len(row) == 1 and width > 1:
        other = next((d for d in DELIMITERS if d != delimiter and d in row[0]), "")
        if other:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "this row is separated by {found!r} but the header by {expected!r}. Save the "
                    "file again with one separator throughout.",
                ),
                where=f"line {line}",
                found=other,
                expected=delimiter,
            )
    if len(row) > width and any(cell.strip() for cell in row[width:]):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "this row has {count} fields but the header has {width}. A value probably holds an "
                "unquoted separator; fix the row or export the file again.",
            ),
            where=f"line {line}",
            count=len(row),
            width=width,
        )


# layouts ---------------------------------------------------------------------


def is_linkedin_header(cells: Sequence[str]) -> bool:
    """True for the header of LinkedIn's Connections.csv."""
    names = set(cells)
    return {"First Name", "Last Name", "URL"} <= names and ("Connected On" in names or "Company" in names)


def is_google_header(cells: Sequence[str]) -> bool:
    """True for the header of a Google Contacts export."""
    names = set(cells)
    return "E-mail 1 - Value" in names or ("Given Name" in names and "Group Membership" in names)


def is_outlook_header(cells: Sequence[str]) -> bool:
    """True for the header of an Outlook contacts export."""
    names = set(cells)
    return "E-mail Address" in names and ("Business Phone" in names or "Job Title" in names)


def is_journal_header(cells: Sequence[str]) -> bool:
    """True for the header of our own CSV export."""
    return list(cells[: len(JOURNAL_HEADER)]) == JOURNAL_HEADER


def detect(text: str) -> str:
    """ "linkedin", "google", "outlook", "journal" or "csv" from the header row."""
    for line in text[:65536].splitlines()[:40]:
        cells = _split_simple(line)
        for name, test in (
            ("linkedin", is_linkedin_header),
            ("google", is_google_header),
            ("outlook", is_outlook_header),
            ("journal", is_journal_header),
        ):
            if test(cells):
                return name
    return "csv"


def _index(header: list[str]) -> dict[str, int]:
    return {name: i for i, name in enumerate(header)}


def _get(row: list[str], col: dict[str, int], name: str) -> str:
    i = col.get(name)
    return row[i].strip() if i is not None else ""


def read_linkedin(text: str) -> list[ContactRecord]:
    """The people in LinkedIn's Connections.csv (a connection date becomes a first entry)."""
    table = read_table(text, is_linkedin_header)
    col = _index(table.header)
    records = []
    for line, row in zip(table.lines, table.rows, strict=True):
        record = ContactRecord(
            where=f"line {line}",
            given_name=_get(row, col, "First Name"),
            family_name=_get(row, col, "Last Name"),
            organization=_get(row, col, "Company"),
            title=_get(row, col, "Position"),
            linkedin_url=_get(row, col, "URL"),
            how_met="LinkedIn",
        )
        email = _get(row, col, "Email Address")
        if email:
            record.emails.append(labeled(email))
        record.connected_on = parse_day(_get(row, col, "Connected On"))
        record.met_on = record.connected_on
        record.finish()
        records.append(record)
    return records


def _multi(cell: str) -> list[tuple[str, bool]]:
    return [(v.strip(), False) for v in cell.split(":::") if v.strip()]


def _google_label(label: str) -> tuple[str, bool]:
    label = label.strip()
    primary = label.startswith("* ")
    return (label[2:] if primary else label).strip(), primary


def read_google(text: str) -> list[ContactRecord]:
    """The people in a Google Contacts CSV."""
    table = read_table(text, is_google_header)
    col = _index(table.header)
    groups: dict[str, list[tuple[int | None, int]]] = {"E-mail": [], "Phone": [], "Website": []}
    for name, index in col.items():
        match = re.match(r"^(E-mail|Phone|Website) (\d+) - Value$", name)
        if match:
            groups[match[1]].append((col.get(f"{match[1]} {match[2]} - Label"), index))
    records = []
    for line, row in zip(table.lines, table.rows, strict=True):
        given = _get(row, col, "First Name") or _get(row, col, "Given Name")
        family = _get(row, col, "Last Name") or _get(row, col, "Family Name")
        middle = _get(row, col, "Middle Name") or _get(row, col, "Additional Name")
        record = ContactRecord(
            where=f"line {line}",
            name=_get(row, col, "Name") or " ".join(p for p in (given, middle, family) if p),
            given_name=given,
            family_name=family,
            organization=_get(row, col, "Organization Name") or _get(row, col, "Organization 1 - Name"),
            title=_get(row, col, "Organization Title") or _get(row, col, "Organization 1 - Title"),
            birthday=_get(row, col, "Birthday"),
            notes=_get(row, col, "Notes"),
        )
        for kind, target in (("E-mail", record.emails), ("Phone", record.phones)):
            for label_col, value_col in groups[kind]:
                label, primary = _google_label(row[label_col] if label_col is not None else "")
                for n, (value, _) in enumerate(_multi(row[value_col])):
                    target.append(labeled(value, label, primary and n == 0))
        for _label_col, value_col in groups["Website"]:
            for value, _ in _multi(row[value_col]):
                if linkedin_key(value) and not record.linkedin_url:
                    record.linkedin_url = value
                elif not record.website:
                    record.website = value
        city = _get(row, col, "Address 1 - City")
        country = _get(row, col, "Address 1 - Country")
        record.location = ", ".join(p for p in (city, country) if p)
        labels = _get(row, col, "Labels") or _get(row, col, "Group Membership")
        for tag in labels.split(":::"):
            tag = tag.strip().lstrip("* ").strip()
            if tag and tag.lower() not in ("mycontacts", "starred"):
                record.tags.append(tag)
        record.finish()
        records.append(record)
    return records


_OUTLOOK_PHONES = (
    ("Mobile Phone", "cell"),
    ("Business Phone", "work"),
    ("Business Phone 2", "work"),
    ("Home Phone", "home"),
    ("Home Phone 2", "home"),
    ("Primary Phone", ""),
    ("Other Phone", "other"),
    ("Company Main Phone", "work"),
)


def read_outlook(text: str) -> list[ContactRecord]:
    """The people in an Outlook contacts CSV."""
    table = read_table(text, is_outlook_header)
    col = _index(table.header)
    records = []
    for line, row in zip(table.lines, table.rows, strict=True):
        given, middle, family = (
            _get(row, col, "First Name"),
            _get(row, col, "Middle Name"),
            _get(row, col, "Last Name"),
        )
        record = ContactRecord(
            where=f"line {line}",
            name=" ".join(p for p in (given, middle, family) if p),
            given_name=given,
            family_name=family,
            organization=_get(row, col, "Company"),
            title=_get(row, col, "Job Title"),
            notes=_get(row, col, "Notes"),
            birthday="" if _get(row, col, "Birthday") in ("0/0/00", "") else _get(row, col, "Birthday"),
        )
        for name in ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address"):
            value = _get(row, col, name)
            if value:
                record.emails.append(labeled(value))
        for name, label in _OUTLOOK_PHONES:
            value = _get(row, col, name)
            if value:
                record.phones.append(labeled(value, label))
        for name in ("Web Page", "Personal Web Page"):
            value = _get(row, col, name)
            if linkedin_key(value) and not record.linkedin_url:
                record.linkedin_url = value
            elif value and not record.website:
                record.website = value
        city = _get(row, col, "Business City") or _get(row, col, "Home City")
        country = _get(row, col, "Business Country/Region") or _get(row, col, "Home Country/Region")
        record.location = ", ".join(p for p in (city, country) if p)
        categories = _get(row, col, "Categories")
        record.tags = [t.strip() for t in categories.split(";") if t.strip()]
        record.finish()
        records.append(record)
    return records


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
