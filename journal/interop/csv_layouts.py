"""Other programs' contact CSVs: LinkedIn's Connections.csv, Google Contacts, Outlook.

``csvformats`` re-exports these readers next to our own layout and the generic mapping.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from journal.interop.csv_tables import cell, column_index, read_table
from journal.interop.records import ContactRecord, labeled, linkedin_key, parse_day


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


def read_linkedin(text: str) -> list[ContactRecord]:
    """The people in LinkedIn's Connections.csv (a connection date becomes a first entry)."""
    table = read_table(text, is_linkedin_header)
    col = column_index(table.header)
    records = []
    for line, row in zip(table.lines, table.rows, strict=True):
        record = ContactRecord(
            where=f"line {line}",
            given_name=cell(row, col, "First Name"),
            family_name=cell(row, col, "Last Name"),
            organization=cell(row, col, "Company"),
            title=cell(row, col, "Position"),
            linkedin_url=cell(row, col, "URL"),
            how_met="LinkedIn",
        )
        email = cell(row, col, "Email Address")
        if email:
            record.emails.append(labeled(email))
        record.connected_on = parse_day(cell(row, col, "Connected On"))
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
    col = column_index(table.header)
    groups: dict[str, list[tuple[int | None, int]]] = {"E-mail": [], "Phone": [], "Website": []}
    for name, index in col.items():
        match = re.match(r"^(E-mail|Phone|Website) (\d+) - Value$", name)
        if match:
            groups[match[1]].append((col.get(f"{match[1]} {match[2]} - Label"), index))
    records = []
    for line, row in zip(table.lines, table.rows, strict=True):
        given = cell(row, col, "First Name") or cell(row, col, "Given Name")
        family = cell(row, col, "Last Name") or cell(row, col, "Family Name")
        middle = cell(row, col, "Middle Name") or cell(row, col, "Additional Name")
        record = ContactRecord(
            where=f"line {line}",
            name=cell(row, col, "Name") or " ".join(p for p in (given, middle, family) if p),
            given_name=given,
            family_name=family,
            organization=cell(row, col, "Organization Name") or cell(row, col, "Organization 1 - Name"),
            title=cell(row, col, "Organization Title") or cell(row, col, "Organization 1 - Title"),
            birthday=cell(row, col, "Birthday"),
            notes=cell(row, col, "Notes"),
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
        city = cell(row, col, "Address 1 - City")
        country = cell(row, col, "Address 1 - Country")
        record.location = ", ".join(p for p in (city, country) if p)
        labels = cell(row, col, "Labels") or cell(row, col, "Group Membership")
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
    col = column_index(table.header)
    records = []
    for line, row in zip(table.lines, table.rows, strict=True):
        given, middle, family = (
            cell(row, col, "First Name"),
            cell(row, col, "Middle Name"),
            cell(row, col, "Last Name"),
        )
        record = ContactRecord(
            where=f"line {line}",
            name=" ".join(p for p in (given, middle, family) if p),
            given_name=given,
            family_name=family,
            organization=cell(row, col, "Company"),
            title=cell(row, col, "Job Title"),
            notes=cell(row, col, "Notes"),
            birthday="" if cell(row, col, "Birthday") in ("0/0/00", "") else cell(row, col, "Birthday"),
        )
        for name in ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address"):
            value = cell(row, col, name)
            if value:
                record.emails.append(labeled(value))
        for name, label in _OUTLOOK_PHONES:
            value = cell(row, col, name)
            if value:
                record.phones.append(labeled(value, label))
        for name in ("Web Page", "Personal Web Page"):
            value = cell(row, col, name)
            if linkedin_key(value) and not record.linkedin_url:
                record.linkedin_url = value
            elif value and not record.website:
                record.website = value
        city = cell(row, col, "Business City") or cell(row, col, "Home City")
        country = cell(row, col, "Business Country/Region") or cell(row, col, "Home Country/Region")
        record.location = ", ".join(p for p in (city, country) if p)
        categories = cell(row, col, "Categories")
        record.tags = [t.strip() for t in categories.split(";") if t.strip()]
        record.finish()
        records.append(record)
    return records
