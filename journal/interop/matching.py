"""Who a record is: matching a file's records with the journal's contacts (and with each other).

Evidence, strongest first: the card's own ID (UID, or our uuid), an e-mail address, the
LinkedIn profile, a phone number. Weak evidence is not identity: an e-mail or phone that
several people of the same file share (a switchboard, ``ventas@``), a generic mailbox
(``info@``, ``sales@``…) or a key that several contacts of the journal share; a phone
also needs names that agree. Everything is dictionaries built once: matching stays
linear however many rows share a key. ``fingerprint`` is the digest of a record's
content that remembers it was imported, so a second import of the same file adds nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from journal.db import raw_connection
from journal.interop.errors import QT_TRANSLATE_NOOP
from journal.interop.records import PERSON, ContactRecord, linkedin_key
from journal.services import contact_fields
from journal.services.text import email_key, phone_key

MIN_PHONE_DIGITS = 7
#: Mailboxes of a company or a team, not of a person (the part before the @).
GENERIC_MAILBOXES = frozenset(
    [
        "info",
        "information",
        "contact",
        "contacto",
        "contato",
        "kontakt",
        "contatti",
        "contacts",
        "hello",
        "hola",
        "hallo",
        "ola",
        "bonjour",
        "sales",
        "ventas",
        "vendas",
        "vertrieb",
        "verkauf",
        "ventes",
        "vendite",
        "office",
        "oficina",
        "buero",
        "bureau",
        "ufficio",
        "admin",
        "administracion",
        "administration",
        "support",
        "soporte",
        "suporte",
        "help",
        "ayuda",
        "hilfe",
        "service",
        "servicio",
        "kundenservice",
        "mail",
        "email",
        "correo",
        "post",
        "noreply",
        "no-reply",
        "donotreply",
        "reservations",
        "reservas",
        "booking",
        "bookings",
        "orders",
        "pedidos",
        "bestellung",
        "bestellungen",
        "enquiries",
        "inquiries",
        "consultas",
        "team",
        "equipo",
        "marketing",
        "press",
        "prensa",
        "presse",
        "billing",
        "facturacion",
        "accounts",
        "contabilidad",
        "rrhh",
        "hr",
        "jobs",
        "empleo",
        "careers",
        "recepcion",
        "reception",
        "geral",
        "accueil",
        "secretaria",
        "secretariat",
        "webmaster",
        "postmaster",
        "citas",
    ]
)
SHARED = -(2**62)  # marker: a key several people share


_GENERIC = re.compile(
    "^(?:"
    + "|".join(sorted(map(re.escape, GENERIC_MAILBOXES), key=len, reverse=True))
    + r")(?:[.\-_+][a-z0-9]{1,3})?@"
)


def is_generic_mailbox(address: str) -> bool:
    """True for ``info@``, ``sales@``, ``ventas@``…: a company's mailbox, not a person's."""
    return _GENERIC.match(address.casefold()) is not None


def names_agree(a: str, b: str) -> bool:
    """True when two folded names are the same person's as far as the name goes ("ana garcia" ~
    "ana garcia lopez"): the words of one are all in the other."""
    if not a or not b:
        return False
    if a == b:
        return True
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


_PRINTED = tuple((f.name, f.kind) for f in contact_fields.FIELDS if f.portable)


def fingerprint(record: ContactRecord) -> bytes:
    """The record's fingerprint: the digest its reader took of the card or row, else one of its content."""
    if record.fingerprint:
        return record.fingerprint
    parts: list[str] = [record.kind]
    add = parts.append
    for name, kind in _PRINTED:
        value = getattr(record, name)
        if not value:
            add("")
        elif kind == contact_fields.LABELED:
            add("\x1e".join(f"{v.label}\x1d{v.value}\x1d{int(v.is_primary)}" for v in value))
        elif kind == contact_fields.ADDRESSES:
            add("\x1e".join("\x1d".join((a.label, *a.parts())) for a in value))
        elif kind == contact_fields.TAGS:
            add("\x1e".join(value))
        elif kind == contact_fields.PICTURE:
            add(hashlib.blake2b(value.data or b"", digest_size=8).hexdigest() + value.url)
        else:
            add(str(value))
    parts.append(str(record.connected_on or ""))
    if record.members:
        parts.append("\x1e".join(record.members))
    if record.raw_dates:
        parts.append("\x1e".join(f"{k}={v}" for k, v in sorted(record.raw_dates.items())))
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8", "surrogatepass"), digest_size=16)
    return digest.digest()


def known_fingerprints(prints: Sequence[bytes]) -> dict[bytes, tuple[str, int]]:
    """Fingerprints already imported, with what they became: ("contact", id), ("organization", id)
    or ("group", 0); records whose contact or organization is in the trash count as new."""
    conn = raw_connection()
    found: dict[bytes, tuple[str, int]] = {}
    unique = list(dict.fromkeys(prints))
    for start in range(0, len(unique), 900):
        part = unique[start : start + 900]
        marks = ",".join("?" * len(part))
        for fp, cid, oid, c_gone, o_gone in conn.execute(
            "SELECT f.fingerprint, f.contact_id, f.organization_id, c.deleted_at, o.deleted_at"
            " FROM import_fingerprint f LEFT JOIN contact c ON c.id = f.contact_id"
            f" LEFT JOIN organization o ON o.id = f.organization_id WHERE f.fingerprint IN ({marks})",
            part,
        ):
            if cid is not None and c_gone is None:
                found[fp] = ("contact", cid)
            elif oid is not None and o_gone is None:
                found[fp] = ("organization", oid)
            elif cid is None and oid is None:
                found[fp] = ("group", 0)
    return found


@dataclass
class FileKeys:
    """Which e-mails and phones of the file belong to more than one person (not identity then)."""

    shared_emails: set[str] = field(default_factory=set)
    shared_phones: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, records: Sequence[ContactRecord]) -> FileKeys:
        """Count, for each e-mail and phone of the file, the different names that use it."""
        keys = cls()
        seen_email: dict[str, str] = {}
        seen_phone: dict[str, str] = {}
        for record in records:
            if record.kind != PERSON or not record.sort_key:
                continue
            for item in record.emails:
                k = email_key(item.value)
                if not names_agree(seen_email.setdefault(k, record.sort_key), record.sort_key):
                    keys.shared_emails.add(k)
            for item in record.phones:
                k = phone_key(item.value)
                if len(k) >= MIN_PHONE_DIGITS and not names_agree(
                    seen_phone.setdefault(k, record.sort_key), record.sort_key
                ):
                    keys.shared_phones.add(k)
        return keys


class Index:
    """Keys of the live contacts (and of the records planned so far) -> contact (or new record: < 0)."""

    def __init__(self, file_keys: FileKeys) -> None:
        conn = raw_connection()
        self.file = file_keys
        self.uid: dict[str, int] = {}
        self.email: dict[str, int] = {}
        self.linkedin: dict[str, int] = {}
        self.phone: dict[str, int] = {}
        self.names: dict[
            str, list[tuple[int, str, str]]
        ] = {}  # folded name -> (id, name, folded organization)
        self.name_of: dict[int, str] = {}  # contact or new record -> folded name
        for cid, uuid, source_uid, linkedin, name, sort_key, org_key in conn.execute(
            "SELECT c.id, c.uuid, c.source_uid, c.linkedin_url, c.name, c.sort_key, coalesce(o.name_key, '')"
            " FROM contact c LEFT JOIN organization o ON o.id = c.organization_id WHERE c.deleted_at IS NULL"
        ):
            self.uid.setdefault(uuid.lower(), cid)
            if source_uid:
                self._put(self.uid, source_uid.lower(), cid)
            key = linkedin_key(linkedin) if linkedin else ""
            if key:
                self._put(self.linkedin, key, cid)
            self.names.setdefault(sort_key, []).append((cid, name, org_key))
            self.name_of[cid] = sort_key
        for table, target in (("contact_email", self.email), ("contact_phone", self.phone)):
            for key, cid in conn.execute(
                f"SELECT x.value_key, x.contact_id FROM {table} x JOIN contact c ON c.id = x.contact_id"
                " WHERE c.deleted_at IS NULL ORDER BY x.id"
            ):
                if key:
                    self._put(target, key, cid)

    @staticmethod
    def _put(index: dict[str, int], key: str, target: int) -> None:
        """Remember ``key`` -> ``target``; a key that two targets have is no one's."""
        found = index.setdefault(key, target)
        if found != target:
            index[key] = SHARED

    def keys(self, record: ContactRecord) -> tuple[list[str], str, list[str]]:
        """The record's identity keys: e-mails that identify (not shared, not generic), LinkedIn, phones."""
        emails = (
            [
                k
                for k in (email_key(item.value) for item in record.emails)
                if k not in self.file.shared_emails and not is_generic_mailbox(k)
            ]
            if record.emails
            else []
        )
        phones = (
            [
                k
                for k in (phone_key(item.value) for item in record.phones)
                if len(k) >= MIN_PHONE_DIGITS and k not in self.file.shared_phones
            ]
            if record.phones
            else []
        )
        return emails, linkedin_key(record.linkedin_url) if record.linkedin_url else "", phones

    def find(self, record: ContactRecord, keys: tuple[list[str], str, list[str]]) -> tuple[int, str] | None:
        """The contact (or earlier record) this one is, and on what key; None for a new person."""
        if record.source_uid:
            found = self.uid.get(record.source_uid.lower())
            if found is not None and found != SHARED:
                return found, QT_TRANSLATE_NOOP("Import", "ID")
        emails, linkedin, phones = keys
        for key in emails:
            found = self.email.get(key)
            if found is not None and found != SHARED:
                return found, QT_TRANSLATE_NOOP("Import", "email")
        found = self.linkedin.get(linkedin) if linkedin else None
        if found is not None and found != SHARED:
            return found, QT_TRANSLATE_NOOP("Import", "LinkedIn URL")
        for key in phones:
            found = self.phone.get(key)
            if (
                found is not None
                and found != SHARED
                and names_agree(self.name_of.get(found, ""), record.sort_key)
            ):
                return found, QT_TRANSLATE_NOOP("Import", "phone")
        return None

    def remember(self, record: ContactRecord, target: int, keys: tuple[list[str], str, list[str]]) -> None:
        """Later records of the file find ``target`` through this record's keys."""
        if record.source_uid:
            self._put(self.uid, record.source_uid.lower(), target)
        emails, linkedin, phones = keys
        for key in emails:
            self._put(self.email, key, target)
        if linkedin:
            self._put(self.linkedin, linkedin, target)
        for key in phones:
            self._put(self.phone, key, target)
        self.name_of.setdefault(target, record.sort_key)

    def same_name(self, record: ContactRecord) -> list[tuple[int, str, str]]:
        """Live contacts whose name is the record's (case and accents aside)."""
        return self.names.get(record.sort_key, [])

    def member(self, text: str) -> int | None:
        """A group member (UID or e-mail) as a contact or a record of the file."""
        found = self.uid.get(text.lower())
        if found is None and "@" in text:
            found = self.email.get(email_key(text))
        return None if found in (None, SHARED) else found
