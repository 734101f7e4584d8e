"""The generic column mapping of a CSV: the fields a column can fill (``FIELDS``, named for the
import window), the guess of each column's field from its header (English, Spanish, German,
French, Italian and Portuguese names), and our own CSV's columns (``JOURNAL_COLUMNS``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from journal.interop.errors import QT_TRANSLATE_NOOP
from journal.services import contact_fields
from journal.services.text import fold

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
ADDRESS_TARGETS = ("street", "city", "region", "postal_code", "country")

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


def journal_row(values: dict[str, str]) -> list[str]:
    """One row of our CSV from mapping target -> text (missing ones empty)."""
    return [values.get(JOURNAL_MAPPING[i], "") for i in range(len(JOURNAL_HEADER))]
