"""vCard 2.1, 3.0 and 4.0 cards (``vcard_lines.Card``) as records: people, organizations, groups.

What each producer writes is read where the journal has a place for it: Apple's item
groups and ``X-ABLabel``, ``X-ABRELATEDNAMES`` / ``X-ABDATE`` / ``X-SOCIALPROFILE``,
Android's ``X-ANDROID-CUSTOM`` rows, Evolution's ``X-EVOLUTION-*``, Mozilla's custom
fields, IM properties, ``KIND:org`` / ``X-ABShowAs:COMPANY`` / company-only cards
(organizations), ``KIND:group`` and Evolution lists (groups). Repeated FN, ORG and
TITLE: the preferred one (``PREF=1``, ``TYPE=pref``) or else the first wins, the rest
are kept as alternatives (the ``ALTID`` variants of other languages). Properties the
journal has no place for are listed on the record (``dropped``), never silently lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from journal.interop import vcard_lines
from journal.interop.records import DAMAGED, GROUP, ORGANIZATION, ContactRecord
from journal.interop.vcard_lines import Card, Property
from journal.interop.vcard_properties import PropertyReader
from journal.interop.vcard_words import (
    ANNIVERSARIES,
    IM_PROPERTIES,
    PHONETIC,
    QUIET,
    RELATED_PROPERTIES,
    X_ALT,
    X_CADENCE,
    X_FIELD,
    X_FROM_FN,
    X_HOW_MET,
    X_LOCATION,
    X_MET_ON,
    X_STARRED,
    best_of,
    components,
    unescape,
)
from journal.services.text import fold
from journal.services.values import LabeledValue


class _CardReader(PropertyReader):
    """Reads one card into a ``ContactRecord``: its names and kind here, each other property by
    the handlers of ``PropertyReader``."""

    def read(self) -> ContactRecord:
        record = self.record
        self._names()
        handlers: dict[str, Callable[[Property], None]] = {
            "EMAIL": self._email,
            "TEL": self._tel,
            "ADR": self._adr,
            "URL": self._url,
            "X-SOCIALPROFILE": self._social,
            "X-EVOLUTION-BLOG-URL": self._blog,
            "IMPP": self._impp,
            "NOTE": self._note,
            "CATEGORIES": self._categories,
            "UID": self._uid,
            "BDAY": self._bday,
            "PHOTO": self._photo,
            "LOGO": self._logo,
            "RELATED": self._related,
            "X-ABRELATEDNAMES": self._related,
            "X-ABDATE": self._abdate,
            "X-ANDROID-CUSTOM": self._android,
            "NICKNAME": self._nickname,
            "X-EPOCSECONDNAME": self._nickname,
            "ROLE": self._role,
            "SOUND": self._sound,
            "AGENT": self._agent,
            "MEMBER": self._member,
            X_HOW_MET: self._ours,
            X_MET_ON: self._ours,
            X_CADENCE: self._ours,
            X_STARRED: self._ours,
            X_LOCATION: self._ours,
            X_FIELD: self._ours,
        }
        handled = {"FN", "N", "ORG", "TITLE"}
        for prop in self.card.properties:
            name = prop.name
            if name in handled:
                continue
            handler = handlers.get(name)
            if handler is not None:
                handler(prop)
            elif name in IM_PROPERTIES:
                record.add("im", LabeledValue(unescape(prop.value).strip(), IM_PROPERTIES[name]))
            elif name in RELATED_PROPERTIES:
                record.add("related", LabeledValue(unescape(prop.value).strip(), RELATED_PROPERTIES[name]))
            elif name in ANNIVERSARIES:
                self._date("anniversary", prop)
            elif name in X_ALT:
                record.add(X_ALT[name], LabeledValue(unescape(prop.value).strip(), prop.param("LANGUAGE")))
            elif name in PHONETIC:
                setattr(record, PHONETIC[name], unescape(prop.value))
            elif re.fullmatch(r"X-(MOZILLA-)?CUSTOM\d", name):
                record.add("custom_fields", LabeledValue(unescape(prop.value).strip(), name))
            elif name not in QUIET and prop.value.strip():
                record.dropped.append(name)
        self._kind()
        for name, prefs in self.prefs.items():
            best = min(prefs)
            if best < 100:
                first = prefs.index(best)
                items = getattr(record, name)
                setattr(
                    record, name, [LabeledValue(v.value, v.label, i == first) for i, v in enumerate(items)]
                )
        return record

    # names, organization, title ------------------------------------------------------------
    def _names(self) -> None:
        record = self.record
        fn, other_fns = best_of(self.by_name.get("FN", []))
        if fn is not None:
            record.name = unescape(fn.value)
            record.alt_names = [
                LabeledValue(unescape(p.value).strip(), p.param("LANGUAGE")) for p in other_fns
            ]
        ns = self.by_name.get("N", [])
        n = (
            next(
                (
                    p
                    for p in ns
                    if fn is not None and fn.param("LANGUAGE") and p.param("LANGUAGE") == fn.param("LANGUAGE")
                ),
                None,
            )
            or best_of(ns)[0]
        )
        self.ours_person = n is not None and bool(n.param(X_FROM_FN))  # our export: a person, N made from FN
        if n is not None and not self.ours_person:
            parts = [*components(n.value), "", "", "", "", ""]
            record.family_name, record.given_name, record.middle_name = parts[0], parts[1], parts[2]
            record.name_prefix, record.name_suffix = parts[3], parts[4]
        org, other_orgs = best_of(self.by_name.get("ORG", []))
        if org is not None:
            parts = components(org.value)
            record.organization = parts[0] if parts else ""
            record.units = [LabeledValue(u) for u in parts[1:] if u]
            record.alt_organizations = [
                LabeledValue(components(p.value)[0], p.param("LANGUAGE"))
                for p in other_orgs
                if components(p.value)
            ]
        title, other_titles = best_of(self.by_name.get("TITLE", []))
        if title is not None:
            record.title = unescape(title.value)
            record.alt_titles = [
                LabeledValue(unescape(p.value).strip(), p.param("LANGUAGE")) for p in other_titles
            ]

    def _kind(self) -> None:
        record = self.record
        kind = (self.by_name.get("KIND") or [Property("KIND")])[0].value.strip().lower()
        show_as = (self.by_name.get("X-ABSHOWAS") or [Property("X")])[0].value.strip().upper()
        is_list = (self.by_name.get("X-EVOLUTION-LIST") or [Property("X")])[0].value.strip().upper() == "TRUE"
        if kind == "group" or is_list:
            record.kind = GROUP
            return
        no_person = not (record.given_name or record.family_name or self.ours_person)
        company_only = (
            no_person
            and record.organization
            and (not record.name or fold(record.name) == fold(record.organization))
        )
        if kind == "org" or show_as == "COMPANY" or company_only:
            record.kind = ORGANIZATION
            record.name = record.name or record.organization
            record.organization = ""


def read_cards(cards: list[Card]) -> list[ContactRecord]:
    """One record per card, in file order (a damaged card: a record of kind "damaged"; AGENT cards follow)."""
    records: list[ContactRecord] = []
    readers: list[_CardReader] = []
    for number, card in enumerate(cards, start=1):
        where = f"card {number} (line {card.line})"
        if card.problem:
            records.append(
                ContactRecord(where=where, kind=DAMAGED, problem=(card.problem, card.problem_args))
            )
            continue
        reader = _CardReader(card, where)
        record = reader.read()
        record.line, record.fingerprint = card.line, card.digest
        logo = reader.card_logo
        if logo is not None:
            if record.kind == ORGANIZATION and record.photo is None:
                record.photo = logo
            else:
                record.dropped.append("LOGO")
        records.append(record)
        readers.append(reader)
        for agent in card.agents:
            agent_reader = _CardReader(agent, f"{where}, AGENT")
            agent_record = agent_reader.read()
            agent_record.line, agent_record.fingerprint = agent.line, agent.digest
            if agent_record.name:
                record.add("related", LabeledValue(agent_record.name, "agent"))
            records.append(agent_record)
            readers.append(agent_reader)
    names = {r.source_uid.casefold(): r.name for r in records if r.source_uid}
    for reader in readers:
        for label, uid in reader.related_uids:
            name = names.get(uid.casefold())
            reader.record.add("related", LabeledValue(name or f"urn:uuid:{uid}", label))
    for record in records:
        if record.kind != DAMAGED:
            record.finish()
    return records


def read_vcards(data: bytes) -> list[ContactRecord]:
    """Every card in a vCard file's bytes, damaged ones as records of kind "damaged"."""
    cards, _stray = vcard_lines.split_cards(data)
    return read_cards(cards)
