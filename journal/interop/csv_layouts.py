"""Other programs' contact CSVs: LinkedIn's Connections.csv, Google Contacts, Outlook (six languages).

``csvformats`` re-exports these readers next to our own layout and the generic mapping.
Every reader returns records not yet finished: dates wait in ``raw_dates`` until the
file's day/month order is settled (``csvformats.settle_dates``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter

from journal.interop import outlook_columns
from journal.interop.csv_tables import RowDigest, RowReader, Table, read_table
from journal.interop.records import ORGANIZATION, ContactRecord, linkedin_key
from journal.interop.vcard_words import SYSTEM_GROUPS
from journal.services.values import LabeledValue, PostalAddress

MULTI = ":::"
_EMPTY_VALUES = {
    "0/0/00",
    "0.0.00",
    "00/00/00",
    "Normal",
    "Unspecified",
    "False",
    "Keine Angabe",
    "Aus",
    "Non spécifié",
    "Sin especificar",
    "Non specificato",
    "Não especificado",
    "Faux",
    "Falso",
}


def is_linkedin_header(cells: Sequence[str]) -> bool:
    """True for the header of LinkedIn's Connections.csv (with or without the older layout's URL)."""
    names = set(cells)
    return (
        {"First Name", "Last Name", "Connected On"} <= names
        and len(names) <= 10
        and ("URL" in names or "Email Address" in names or "Company" in names)
    )


def is_google_header(cells: Sequence[str]) -> bool:
    """True for the header of a Google Contacts export (current or legacy)."""
    names = set(cells)
    return (
        bool({"E-mail 1 - Value", "Phone 1 - Value"} & names)
        and bool({"First Name", "Given Name", "Name", "Labels", "Group Membership"} & names)
        and "E-mail Address" not in names
    )


def is_outlook_header(cells: Sequence[str]) -> bool:
    """True for the header of an Outlook contacts export (any language Outlook writes)."""
    return outlook_columns.is_outlook(cells)


def _people(table: Table) -> list[tuple[int, list[str]]]:
    return list(zip(table.lines, table.rows, strict=True))


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(MULTI) if v.strip()]


def _web(record: ContactRecord, url: str, label: str = "") -> None:
    """A web address in its place: the LinkedIn profile, the main web site, or one more."""
    url = url.strip()
    if not url:
        return
    if linkedin_key(url):
        if not record.linkedin_url:
            record.linkedin_url = url
        return
    if not record.website and label.casefold() in (
        "",
        "home page",
        "homepage",
        "work",
        "home",
        "profile",
        "other",
    ):
        record.website = url
    else:
        record.add("urls", LabeledValue(url, label))


def _tags(record: ContactRecord, values: list[str]) -> None:
    for tag in values:
        bare = tag.lstrip("* ").strip()
        if bare.casefold() in SYSTEM_GROUPS:
            if bare.casefold() == "starred":
                record.starred = True
            record.note("system-group")
        elif bare:
            record.tags.append(bare)


def company_only(record: ContactRecord) -> None:
    """A row with a company and no person's name is the company's own entry."""
    if (
        not (record.given_name or record.family_name or record.middle_name or record.name)
        and record.organization
    ):
        record.kind = ORGANIZATION
        record.name, record.organization = record.organization, ""


# LinkedIn -------------------------------------------------------------------------------------


def read_linkedin(text: str) -> list[ContactRecord]:
    """The people in LinkedIn's Connections.csv (the connection date becomes a first entry)."""
    table = read_table(text, is_linkedin_header)
    columns = ("First Name", "Last Name", "Company", "Position", "URL", "Email Address", "Connected On")
    where = {name: i for i, name in enumerate(table.header)}
    index = [where.get(name, -1) for name in columns]
    others = [i for i in range(len(table.header)) if i not in index]
    digest = RowDigest("linkedin", table.header)
    cells = itemgetter(*index) if min(index) >= 0 else None  # the usual file: every column there
    records = []
    for line, row in _people(table):
        given, family, company, title, url, email, connected = (
            map(str.strip, cells(row)) if cells else (row[i].strip() if i >= 0 else "" for i in index)
        )
        record = ContactRecord(
            where=f"line {line}",
            line=line,
            fingerprint=digest(row),
            given_name=given,
            family_name=family,
            organization=company,
            title=title,
            linkedin_url=url,
            how_met="LinkedIn",
        )
        if email:
            record.emails.append(LabeledValue(email))
        if connected:
            record.raw_dates["connected_on"] = connected
        if others:
            record.dropped.extend(table.header[i] for i in others if row[i].strip())
        records.append(record)
    return records


# Google ---------------------------------------------------------------------------------------

_GOOGLE_GROUP = re.compile(
    r"^(E-mail|Phone|Website|Relation|Event|Custom Field|IM|Address) (\d+) - (\w[\w ]*)$"
)


def _google_label(label: str) -> tuple[str, bool]:
    label = label.strip()
    primary = label.startswith("* ")
    return (label[2:] if primary else label).strip(), primary


def read_google(text: str) -> list[ContactRecord]:
    """The people (and company-only entries) in a Google Contacts CSV, current or legacy layout."""
    table = read_table(text, is_google_header)
    cell = RowReader(table.header)
    digest = RowDigest("google", table.header)
    groups: dict[tuple[str, str], set[str]] = {}
    for name in table.header:
        match = _GOOGLE_GROUP.match(name)
        if match:
            groups.setdefault((match[1], match[2]), set()).add(match[3])
    records = []
    for line, row in _people(table):
        cell.row = row
        record = _google_person(cell, f"line {line}")
        record.line, record.fingerprint = line, digest(row)
        for (kind, n), parts in groups.items():
            _google_group(record, cell, kind, n, parts)
        _tags(record, _split(cell("Labels") or cell("Group Membership")))
        company_only(record)
        record.dropped.extend(cell.unread(empty={"* myContacts", "* My Contacts"}))
        records.append(record)
    return records


def _google_person(cell: RowReader, where: str) -> ContactRecord:
    record = ContactRecord(
        where=where,
        name=cell("Name"),
        given_name=cell("First Name") or cell("Given Name"),
        middle_name=cell("Middle Name") or cell("Additional Name"),
        family_name=cell("Last Name") or cell("Family Name"),
        name_prefix=cell("Name Prefix"),
        name_suffix=cell("Name Suffix"),
        phonetic_given_name=cell("Phonetic First Name") or cell("Given Name Yomi"),
        phonetic_family_name=cell("Phonetic Last Name") or cell("Family Name Yomi"),
        organization=cell("Organization Name") or cell("Organization 1 - Name"),
        title=cell("Organization Title") or cell("Organization 1 - Title"),
        notes=cell("Notes"),
    )
    for name in (
        "File As",
        "Initials",
        "Phonetic Middle Name",
        "Additional Name Yomi",
        "Yomi Name",
        "Organization 1 - Type",
        "Organization 1 - Yomi Name",
    ):
        cell(name)  # repeat other columns: read, not kept
    department = cell("Organization Department") or cell("Organization 1 - Department")
    if department:
        record.add("units", LabeledValue(department))
    record.nicknames = [LabeledValue(n) for n in _split(cell("Nickname"))]
    birthday = cell("Birthday")
    if birthday:
        record.raw_dates["birthday"] = birthday
    photo = cell("Photo")
    if re.match(r"(?i)https?://", photo):
        from journal.services.values import Photo

        record.photo = Photo(url=photo)
    return record


def _google_group(record: ContactRecord, cell: RowReader, kind: str, n: str, parts: set[str]) -> None:
    prefix = f"{kind} {n} - "
    label, primary = _google_label(cell(prefix + "Label") or cell(prefix + "Type"))
    if kind == "Address":
        values = {p: cell(prefix + p) for p in parts}
        street = values.get("Street", "")
        address = PostalAddress(
            label.lower(),
            values.get("PO Box", ""),
            values.get("Extended Address", ""),
            street,
            values.get("City", ""),
            values.get("Region", ""),
            values.get("Postal Code", ""),
            values.get("Country", ""),
            is_primary=primary,
        )
        if address.is_empty() and values.get("Formatted"):
            address = PostalAddress(label.lower(), street=values["Formatted"], is_primary=primary)
        if not address.is_empty():
            record.add("addresses", address)
        return
    items = _split(cell(prefix + "Value"))
    if kind == "IM":
        service = cell(prefix + "Service").lower() or label.lower()
        record.add_all("im", (LabeledValue(v, service) for v in items))
        return
    for index, value in enumerate(items):
        first = primary and index == 0
        if kind == "E-mail":
            record.emails.append(LabeledValue(value, label.lower(), first))
        elif kind == "Phone":
            record.phones.append(LabeledValue(value, _phone_label(label), first))
        elif kind == "Website":
            _web(record, value, label)
        elif kind == "Relation":
            record.add("related", LabeledValue(value, label.lower()))
        elif kind == "Event":
            record.raw_dates[f"dates:{label.lower() or 'other'}:{n}:{index}"] = value
        elif kind == "Custom Field":
            record.add("custom_fields", LabeledValue(value, label))


def _phone_label(label: str) -> str:
    word = label.strip().lower()
    return {"mobile": "cell", "work fax": "work fax", "home fax": "home fax", "main": "main"}.get(word, word)


# Outlook --------------------------------------------------------------------------------------

_OUTLOOK_PHONES = (
    ("Mobile Phone", "cell"),
    ("Mobile Phone 2", "cell"),
    ("Business Phone", "work"),
    ("Business Phone 2", "work"),
    ("Home Phone", "home"),
    ("Home Phone 2", "home"),
    ("Primary Phone", ""),
    ("Company Main Phone", "main"),
    ("Other Phone", "other"),
    ("Business Fax", "work fax"),
    ("Home Fax", "home fax"),
    ("Other Fax", "fax"),
    ("Pager", "pager"),
    ("Assistant's Phone", "assistant"),
    ("Car Phone", "car"),
    ("Callback", "callback"),
    ("ISDN", "isdn"),
    ("Radio Phone", "radio"),
    ("TTY/TDD Phone", "tty"),
    ("Telex", "telex"),
)
_OUTLOOK_RELATED = (
    ("Spouse", "spouse"),
    ("Manager's Name", "manager"),
    ("Assistant's Name", "assistant"),
    ("Children", "child"),
    ("Referred By", "referred by"),
)
_OUTLOOK_ADDRESSES = (("Business", "work"), ("Home", "home"), ("Other", "other"))


def read_outlook(text: str) -> list[ContactRecord]:
    """The people (and company-only entries) in an Outlook contacts CSV, in any language Outlook writes."""
    table = read_table(text, is_outlook_header)
    cell = RowReader(table.header, outlook_columns.canonical(table.header))
    digest = RowDigest("outlook", table.header)
    records = []
    for line, row in _people(table):
        cell.row = row
        record = ContactRecord(
            where=f"line {line}",
            line=line,
            fingerprint=digest(row),
            name_prefix=cell("Title"),
            given_name=cell("First Name"),
            middle_name=cell("Middle Name"),
            family_name=cell("Last Name"),
            name_suffix=cell("Suffix"),
            organization=cell("Company"),
            title=cell("Job Title"),
            notes=cell("Notes"),
        )
        _outlook_details(record, cell)
        company_only(record)
        record.dropped.extend(cell.unread(outlook_columns.QUIET, _EMPTY_VALUES))
        records.append(record)
    return records


def _outlook_details(record: ContactRecord, cell: RowReader) -> None:
    record.nicknames = [LabeledValue(n) for n in cell("Nickname").split(";") if n.strip()]
    if cell("Department"):
        record.add("units", LabeledValue(cell("Department")))
    for n in ("", " 2", " 3"):
        value = cell(f"E-mail{n} Address")
        if value:
            record.emails.append(LabeledValue(value))
    for column, label in _OUTLOOK_PHONES:
        value = cell(column)
        if value:
            record.phones.append(LabeledValue(value, label))
    for where, label in _OUTLOOK_ADDRESSES:
        lines = [cell(f"{where} Street{n}") for n in ("", " 2", " 3")]
        address = PostalAddress(
            label,
            cell(f"{where} Address PO Box"),
            "",
            "\n".join(x for x in lines if x),
            cell(f"{where} City"),
            cell(f"{where} State"),
            cell(f"{where} Postal Code"),
            cell(f"{where} Country/Region"),
        )
        if not address.is_empty():
            record.add("addresses", address)
    for column in ("Web Page", "Personal Web Page"):
        _web(record, cell(column))
    for column, label in _OUTLOOK_RELATED:
        for name in cell(column).split(";" if column == "Children" else "\x00"):
            if name.strip():
                record.add("related", LabeledValue(name.strip(), label))
    if cell("IMAddress"):
        record.add("im", LabeledValue(cell("IMAddress"), "im"))
    for column in ("Birthday", "Anniversary"):
        value = cell(column)
        if value and value not in _EMPTY_VALUES:
            record.raw_dates["birthday" if column == "Birthday" else "dates:anniversary"] = value
    _tags(record, [t.strip() for t in re.split(r"[;,]", cell("Categories")) if t.strip()])
    for column in ("User 1", "User 2", "User 3", "User 4", "Profession", "Office Location"):
        value = cell(column)
        if value:
            index = cell.index[column]
            record.add("custom_fields", LabeledValue(value, cell.header[index]))
