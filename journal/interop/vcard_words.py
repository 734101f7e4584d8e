"""What vCard producers write, in words this journal reads: our own ``X-NETWORKING-JOURNAL-*``
properties, the properties read for their place or saying nothing, TYPE words that are not
labels, Apple's and Android's label and relation codes, IM and related-person properties,
and the value syntax (backslash escapes, structured values). ``vcard_read`` reads cards
with them and ``vcard`` writes our own.
"""

from __future__ import annotations

import re

from journal.interop.vcard_lines import Property

X_HOW_MET = "X-NETWORKING-JOURNAL-HOW-MET"
X_MET_ON = "X-NETWORKING-JOURNAL-MET-ON"
X_CADENCE = "X-NETWORKING-JOURNAL-CADENCE-DAYS"
X_STARRED = "X-NETWORKING-JOURNAL-STARRED"
X_LOCATION = "X-NETWORKING-JOURNAL-LOCATION"
X_ALT = {
    "X-NETWORKING-JOURNAL-ALT-NAME": "alt_names",
    "X-NETWORKING-JOURNAL-ALT-ORG": "alt_organizations",
    "X-NETWORKING-JOURNAL-ALT-TITLE": "alt_titles",
}
X_FIELD = "X-NETWORKING-JOURNAL-FIELD"
X_FROM_FN = "X-NETWORKING-JOURNAL-FROM-FN"

# Properties read for their place in the card, or that say nothing worth keeping.
QUIET = {
    "BEGIN",
    "END",
    "VERSION",
    "PRODID",
    "REV",
    "X-ABLABEL",
    "X-ABUID",
    "X-ABADR",
    "CLASS",
    "KIND",
    "X-ABSHOWAS",
    "X-EVOLUTION-LIST",
    "X-EVOLUTION-LIST-SHOW-ADDRESSES",
    "MEMBER",
    "SORT-STRING",
    "NAME",
    "SOURCE",
    "CLIENTPIDMAP",
    "X-APPLE-SUBLOCALITY",
    "X-IMAGETYPE",
    "X-IMAGEHASH",
    "X-SHARED-PHOTO-DISPLAY-PREF",
    "X-ANDROID-CUSTOM",
}
TYPE_NOISE = {
    "internet",
    "pref",
    "voice",
    "msg",
    "x-internet",
    "text",
    "uri",
    "smtp",
    "dom",
    "intl",
    "parcel",
}
_APPLE_LABEL = re.compile(r"^_\$!<(.+)>!\$_$")
_APPLE_WORDS = {
    "homepage": "homepage",
    "mobile": "cell",
    "iphone": "cell",
    "main": "main",
    "homefax": "home fax",
    "workfax": "work fax",
    "otherfax": "fax",
    "pager": "pager",
    "other": "other",
    "home": "home",
    "work": "work",
    "school": "school",
    "anniversary": "anniversary",
}
IM_PROPERTIES = {
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-GTALK": "gtalk",
    "X-GOOGLE-TALK": "gtalk",
    "X-JABBER": "xmpp",
    "X-MSN": "msn",
    "X-AIM": "aim",
    "X-ICQ": "icq",
    "X-YAHOO": "yahoo",
    "X-QQ": "qq",
    "X-GADUGADU": "gadugadu",
    "X-TWITTER": "twitter",
}
RELATED_PROPERTIES = {
    "X-EVOLUTION-SPOUSE": "spouse",
    "X-EVOLUTION-MANAGER": "manager",
    "X-EVOLUTION-ASSISTANT": "assistant",
    "X-SPOUSE": "spouse",
    "X-MANAGER": "manager",
    "X-ASSISTANT": "assistant",
    "X-MS-SPOUSE": "spouse",
    "X-MS-MANAGER": "manager",
    "X-MS-ASSISTANT": "assistant",
}
ANNIVERSARIES = {"ANNIVERSARY", "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-MS-ANNIVERSARY"}
PHONETIC = {
    "X-PHONETIC-FIRST-NAME": "phonetic_given_name",
    "X-PHONETIC-LAST-NAME": "phonetic_family_name",
    "X-PHONETIC-GIVEN-NAME": "phonetic_given_name",
    "X-PHONETIC-FAMILY-NAME": "phonetic_family_name",
}
# Android's X-ANDROID-CUSTOM relation and event type codes (ContactsContract).
ANDROID_RELATIONS = {
    "1": "assistant",
    "2": "brother",
    "3": "child",
    "4": "partner",
    "5": "father",
    "6": "friend",
    "7": "manager",
    "8": "mother",
    "9": "parent",
    "10": "partner",
    "11": "referred by",
    "12": "relative",
    "13": "sister",
    "14": "spouse",
}
ANDROID_EVENTS = {"1": "anniversary", "2": "other", "3": "birthday"}
SYSTEM_GROUPS = {"mycontacts", "my contacts", "starred", "favorites", "favourites"}


def unescape(text: str) -> str:
    """A vCard value with its backslash escapes resolved."""
    if "\\" not in text:
        return text
    out: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            out.append("\n" if nxt in ("n", "N") else nxt)
        else:
            out.append(ch)
    return "".join(out)


def split_escaped(text: str, sep: str) -> list[str]:
    """``text`` split at unescaped ``sep`` (the escapes kept)."""
    if "\\" not in text:
        return text.split(sep)
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            current.append(ch + next(chars, ""))
        elif ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def components(text: str) -> list[str]:
    """The parts of a structured value (N, ADR, ORG), each unescaped (its own commas joined by ", ")."""
    return [
        ", ".join(unescape(v).strip() for v in split_escaped(p, ",") if v.strip())
        for p in split_escaped(text, ";")
    ]


def label_text(text: str) -> str:
    """A label as a person would write it: Apple's ``_$!<Mobile>!$_`` becomes "cell"."""
    match = _APPLE_LABEL.match(text.strip())
    if match:
        word = match[1].strip()
        return _APPLE_WORDS.get(word.casefold(), word.lower())
    return text.strip()


def type_label(prop: Property, labels: dict[str, str]) -> str:
    """The label of a property: its item group's X-ABLabel, else its meaningful TYPE words."""
    if prop.group and prop.group in labels:
        return labels[prop.group]
    words = [t for t in prop.types() if t not in TYPE_NOISE]
    custom = [w for w in prop.params.get("TYPE", []) if w.upper().startswith("X-") and "," not in w]
    if custom:
        return custom[0][2:].strip()
    words = ["cell" if w in ("mobile", "iphone", "cell") else w for w in words]
    if "fax" in words:
        where = next((w for w in words if w in ("work", "home")), "")
        return f"{where} fax".strip()
    for preferred in ("cell", "pager", "work", "home", "main", "other", "postal", "school"):
        if preferred in words:
            return preferred
    return words[0] if words else ""


def best_of(props: list[Property]) -> tuple[Property | None, list[Property]]:
    """The winning property (lowest PREF, else without a LANGUAGE, else the first) and the others."""
    if not props:
        return None, []
    ranked = sorted(range(len(props)), key=lambda i: (props[i].pref(), i))
    if all(p.pref() == 100 for p in props):
        altid = [i for i, p in enumerate(props) if p.param("ALTID")]
        plain = [i for i in altid if not props[i].param("LANGUAGE")]
        ranked = [*plain, *(i for i in range(len(props)) if i not in plain)]
    best = props[ranked[0]]
    return best, [props[i] for i in ranked[1:]]
