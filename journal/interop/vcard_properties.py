"""The properties of a vCard other than its names and kind, each read by its handler into the
card's ``ContactRecord`` (``vcard_read`` runs them): e-mails, phones, addresses, web sites and
social profiles, IM, notes, categories, dates, related people, photos and logos, our own
``X-`` fields, Android's custom rows."""

from __future__ import annotations

import re

from journal.interop.dates import parse_day
from journal.interop.records import ContactRecord, linkedin_key
from journal.interop.vcard_lines import Card, Property
from journal.interop.vcard_words import (
    ANDROID_EVENTS,
    ANDROID_RELATIONS,
    SYSTEM_GROUPS,
    TYPE_NOISE,
    X_FIELD,
    X_HOW_MET,
    X_LOCATION,
    X_MET_ON,
    X_STARRED,
    components,
    label_text,
    split_escaped,
    type_label,
    unescape,
)
from journal.services.values import LabeledValue, Photo, PostalAddress


class PropertyReader:
    """One card's reading state and a handler for each property it keeps (``vcard_read._CardReader``
    adds the names and the kind)."""

    def __init__(self, card: Card, where: str) -> None:
        self.card = card
        self.record = ContactRecord(where=where)
        self.labels = {
            p.group: label_text(unescape(p.value))
            for p in card.properties
            if p.name == "X-ABLABEL" and p.group
        }
        self.by_name: dict[str, list[Property]] = {}
        for prop in card.properties:
            self.by_name.setdefault(prop.name, []).append(prop)
        self.related_uids: list[tuple[str, str]] = []  # (label, uid) resolved once every card is read
        self.card_logo: Photo | None = None
        self.prefs: dict[str, list[int]] = {}  # emails / phones: how preferred each one is

    # reachable ---------------------------------------------------------------------------------
    def _email(self, prop: Property) -> None:
        value = unescape(prop.value).strip()
        match = re.search(r"<([^<>\s]+@[^<>\s]+)>\s*$", value)
        if match:
            value = match[1]
        member = prop.param("X-EVOLUTION-DEST-CONTACT-UID")
        if member:
            self.record.members.append(member)
            return
        if "x400" in prop.types():
            self.record.note("not-email")
            return
        self.record.emails.append(LabeledValue(value, type_label(prop, self.labels)))
        self.prefs.setdefault("emails", []).append(prop.pref())

    def _tel(self, prop: Property) -> None:
        text = unescape(prop.value).strip()
        if text.lower().startswith("tel:"):
            text = text[4:]
            text, _sep, ext = text.partition(";ext=")
            text = f"{text} ext. {ext}" if ext else text
        self.record.phones.append(LabeledValue(text, type_label(prop, self.labels)))
        self.prefs.setdefault("phones", []).append(prop.pref())

    def _adr(self, prop: Property) -> None:
        parts = [*components(prop.value), "", "", "", "", "", "", ""][:7]
        address = PostalAddress.of(type_label(prop, self.labels), parts, prop.pref() < 100)
        if not address.is_empty():
            self.record.add("addresses", address)

    def _url(self, prop: Property) -> None:
        url = unescape(prop.value).strip()
        label = type_label(prop, self.labels)
        if linkedin_key(url) and not self.record.linkedin_url:
            self.record.linkedin_url = url
        elif not self.record.website and label.casefold() in (
            "",
            "homepage",
            "work",
            "home",
            "other",
            "x-homepage",
        ):
            self.record.website = url
        elif url:
            self.record.add("urls", LabeledValue(url, "" if label == "homepage" else label))

    def _blog(self, prop: Property) -> None:
        url = unescape(prop.value).strip()
        if url:
            self.record.add("urls", LabeledValue(url, "blog"))

    def _social(self, prop: Property) -> None:
        url = unescape(prop.value).strip()
        service = next((t for t in prop.types() if t not in TYPE_NOISE), "")
        if linkedin_key(url) or service == "linkedin":
            if not self.record.linkedin_url:
                self.record.linkedin_url = url
            return
        if not re.match(r"(?i)https?://", url) and prop.param("X-USER"):
            url = f"https://{service}.com/{prop.param('X-USER')}" if service else url
        self.record.add("social", LabeledValue(url, service))

    def _impp(self, prop: Property) -> None:
        value = unescape(prop.value).strip()
        scheme, _colon, handle = value.partition(":")
        service = prop.param("X-SERVICE-TYPE").lower() or scheme.lower()
        service = {"jabber": "xmpp", "google talk": "gtalk", "googletalk": "gtalk"}.get(service, service)
        self.record.add("im", LabeledValue(handle if _colon else value, service, prop.pref() < 100))

    # notes, tags, ids --------------------------------------------------------------------------
    def _note(self, prop: Property) -> None:
        text = unescape(prop.value).replace("\r\n", "\n").replace("\r", "\n").strip()
        if text:
            self.record.notes = f"{self.record.notes}\n{text}" if self.record.notes else text

    def _categories(self, prop: Property) -> None:
        for tag in split_escaped(prop.value, ","):
            tag = unescape(tag).strip()
            if tag.casefold() in SYSTEM_GROUPS:
                if tag.casefold() in ("starred", "favorites", "favourites"):
                    self.record.starred = True
                self.record.note("system-group")
            elif tag:
                self.record.tags.append(tag)

    def _uid(self, prop: Property) -> None:
        uid = unescape(prop.value).strip()
        self.record.source_uid = uid[9:] if uid.lower().startswith("urn:uuid:") else uid

    def _ours(self, prop: Property) -> None:
        value = unescape(prop.value).strip()
        if prop.name == X_HOW_MET:
            self.record.how_met = value
        elif prop.name == X_MET_ON:
            self.record.met_on = parse_day(value)
        elif prop.name == X_STARRED:
            self.record.starred = value.upper() in ("TRUE", "1", "YES")
        elif prop.name == X_LOCATION:
            self.record.location = value
        elif prop.name == X_FIELD:
            self.record.add("custom_fields", LabeledValue(value, prop.param("X-LABEL")))
        else:
            self.record.cadence_days = int(value) if value.isdigit() and len(value) < 6 else None

    def _member(self, prop: Property) -> None:
        value = unescape(prop.value).strip()
        for prefix in ("urn:uuid:", "mailto:"):
            if value.lower().startswith(prefix):
                value = value[len(prefix) :]
        if value:
            self.record.members.append(value)

    # dates, people ------------------------------------------------------------------------------
    def _bday(self, prop: Property) -> None:
        value = unescape(prop.value).strip()
        if prop.param("VALUE").lower() == "text" or (value and not re.match(r"^(--|\d)", value)):
            self.record.add("custom_fields", LabeledValue(value, "BDAY"))
            return
        self.record.birthday = value

    def _date(self, label: str, prop: Property) -> None:
        value = unescape(prop.value).strip()
        if re.fullmatch(r"--\d{4}", value):
            value = f"--{value[2:4]}-{value[4:6]}"
        day = parse_day(value)
        if day is not None:
            value = f"--{day.month:02d}-{day.day:02d}" if day.year <= 1604 else day.isoformat()
        self.record.add("dates", LabeledValue(value, label))

    def _abdate(self, prop: Property) -> None:
        self._date(self.labels.get(prop.group, ""), prop)

    def _related(self, prop: Property) -> None:
        value = unescape(prop.value).strip()
        label = self.labels.get(prop.group, "") if prop.group else ""
        label = label or next((t for t in prop.types() if t not in TYPE_NOISE), "")
        if value.lower().startswith("urn:uuid:"):
            self.related_uids.append((label, value[9:]))
        elif value:
            self.record.add("related", LabeledValue(value, label))

    def _android(self, prop: Property) -> None:
        parts = components(prop.value)
        mime = parts[0].rsplit("/", 1)[-1] if parts else ""
        if mime == "nickname" and len(parts) > 1:
            self.record.add("nicknames", LabeledValue(parts[1]))
        elif mime == "relation" and len(parts) > 2:
            label = ANDROID_RELATIONS.get(parts[2], parts[3] if len(parts) > 3 else "")
            self.record.add("related", LabeledValue(parts[1], label))
        elif mime == "contact_event" and len(parts) > 2:
            kind = ANDROID_EVENTS.get(parts[2], parts[3] if len(parts) > 3 and parts[3] else "other")
            if kind == "birthday":
                self.record.birthday = self.record.birthday or parts[1]
            else:
                day = parse_day(parts[1])
                self.record.add("dates", LabeledValue(day.isoformat() if day else parts[1], kind))
        elif parts and any(p.strip() for p in parts[1:]):
            self.record.dropped.append(f"X-ANDROID-CUSTOM ({mime})")

    def _nickname(self, prop: Property) -> None:
        for nick in split_escaped(prop.value, ","):
            nick = unescape(nick).strip()
            if nick:
                self.record.add("nicknames", LabeledValue(nick))

    def _role(self, prop: Property) -> None:
        self.record.role = self.record.role or unescape(prop.value).strip()

    def _sound(self, prop: Property) -> None:
        if "X-IRMC-N" in {t.upper() for t in prop.params.get("TYPE", [])} or "x-irmc-n" in prop.types():
            parts = [*components(prop.value), "", ""]
            self.record.phonetic_family_name, self.record.phonetic_given_name = parts[0], parts[1]
        elif prop.value.strip() or prop.data:
            self.record.dropped.append("SOUND")

    def _agent(self, prop: Property) -> None:
        value = unescape(prop.value).strip()
        if value:
            self.record.add("related", LabeledValue(value, "agent"))

    # pictures ------------------------------------------------------------------------------------
    def _picture(self, prop: Property) -> Photo | None:
        mime = prop.param("TYPE").lower() or prop.param("MEDIATYPE").lower()
        if prop.data is not None:
            return Photo(prop.data, mime if "/" in mime else f"image/{mime or 'jpeg'}")
        value = unescape(prop.value).strip()
        if re.match(r"(?i)https?://", value):
            return Photo(url=value)
        if value or prop.param("ENCODING"):
            self.record.note("photo-damaged")
            self.record.dropped.append(f"{prop.name} (damaged, not kept)")
        return None

    def _photo(self, prop: Property) -> None:
        if self.record.photo is None:
            self.record.photo = self._picture(prop)

    def _logo(self, prop: Property) -> None:
        self.card_logo = self.card_logo or self._picture(prop)
