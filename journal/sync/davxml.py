"""WebDAV XML: request bodies (PROPFIND, sync-collection, multiget, MKCOL) and multistatus answers.

The parser is the standard library's ElementTree (expat refuses external
entities and entity expansion bombs). A cut or damaged answer raises
``ServerError`` / ``OfflineError``; hrefs are canonical paths.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urlsplit

from journal.sync.errors import QT_TRANSLATE_NOOP, OfflineError

DAV = "DAV:"
CARDDAV = "urn:ietf:params:xml:ns:carddav"
CALDAV = "urn:ietf:params:xml:ns:caldav"
CS = "http://calendarserver.org/ns/"
_PREFIX = {DAV: "D", CARDDAV: "CR", CALDAV: "C", CS: "CS"}
_HREF_SAFE = "/:@!$&'()*+,;=~"


def tag(ns: str, name: str) -> str:
    """The ElementTree name (``{ns}name``) of element ``name`` in namespace ``ns``."""
    return f"{{{ns}}}{name}"


def canonical_href(href: str) -> str:
    """The path of ``href``, with one way of percent-encoding (servers differ)."""
    return quote(unquote(urlsplit(href.strip()).path), safe=_HREF_SAFE)


def _xml(root: str, inner: str) -> bytes:
    ns = " ".join(f'xmlns:{p}="{n}"' for n, p in _PREFIX.items())
    return f'<?xml version="1.0" encoding="utf-8"?>\n<{root} {ns}>{inner}</{root}>'.encode()


def _props(props: Iterable[tuple[str, str]]) -> str:
    return "<D:prop>" + "".join(f"<{_PREFIX[ns]}:{name}/>" for ns, name in props) + "</D:prop>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def propfind_body(props: Iterable[tuple[str, str]]) -> bytes:
    """A PROPFIND request body asking for the given (namespace, name) properties."""
    return _xml("D:propfind", _props(props))


def sync_collection_body(token: str) -> bytes:
    """An RFC 6578 sync-collection request body: the changes since ``token``, with their etags."""
    inner = f"<D:sync-token>{_escape(token)}</D:sync-token><D:sync-level>1</D:sync-level>"
    return _xml("D:sync-collection", inner + _props([(DAV, "getetag")]))


def multiget_body(kind: str, hrefs: Iterable[str]) -> bytes:
    """addressbook-multiget (``kind`` "contacts") or calendar-multiget, asking etag and data."""
    if kind == "contacts":
        root, data = "CR:addressbook-multiget", "<CR:address-data/>"
    else:
        root, data = "C:calendar-multiget", "<C:calendar-data/>"
    inner = f"<D:prop><D:getetag/>{data}</D:prop>" + "".join(f"<D:href>{_escape(h)}</D:href>" for h in hrefs)
    return _xml(root, inner)


def mkcol_addressbook_body(display_name: str) -> bytes:
    """An extended MKCOL request body that creates an address book named ``display_name``."""
    inner = (
        "<D:set><D:prop><D:resourcetype><D:collection/><CR:addressbook/></D:resourcetype>"
        f"<D:displayname>{_escape(display_name)}</D:displayname></D:prop></D:set>"
    )
    return _xml("D:mkcol", inner)


def mkcalendar_body(display_name: str, component: str) -> bytes:
    """A MKCALENDAR request body for a calendar named ``display_name`` that holds only ``component``."""
    inner = (
        f"<D:set><D:prop><D:displayname>{_escape(display_name)}</D:displayname>"
        f'<C:supported-calendar-component-set><C:comp name="{component}"/>'
        "</C:supported-calendar-component-set></D:prop></D:set>"
    )
    return _xml("C:mkcalendar", inner)


# -- answers -------------------------------------------------------------------------------------


@dataclass
class DavResponse:
    href: str
    status: int = 200  # the response-level status (404 for a removed member in sync-collection)
    props: dict[str, ET.Element] = field(default_factory=dict)  # only props with a 2xx propstat

    def text(self, ns: str, name: str) -> str | None:
        """The text of a property the server returned with a 2xx status, or None if it did not."""
        element = self.props.get(tag(ns, name))
        if element is None:
            return None
        return "".join(element.itertext())

    def hrefs(self, ns: str, name: str) -> list[str]:
        """The canonical hrefs inside a returned property (a principal, a home set); empty if absent."""
        element = self.props.get(tag(ns, name))
        if element is None:
            return []
        return [canonical_href(h.text or "") for h in element.iter(tag(DAV, "href")) if h.text]

    @property
    def etag(self) -> str | None:
        """The item's ETag with surrounding whitespace removed, or None if the server sent none."""
        value = self.text(DAV, "getetag")
        return value.strip() if value else None


@dataclass
class Multistatus:
    responses: list[DavResponse]
    sync_token: str | None = None
    truncated: bool = False  # RFC 6578 3.6: more changes follow; ask again with the new token


def _status_code(text: str | None) -> int:
    parts = (text or "").split()
    if len(parts) >= 2 and parts[1].isdigit():
        return int(parts[1])
    return 200


def parse_error(body: bytes) -> set[str]:
    """The precondition names in a DAV error body (``valid-sync-token``, ``no-uid-conflict`` ...)."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return set()
    return {child.tag.rsplit("}", 1)[-1] for child in root}


def parse_multistatus(body: bytes, request_href: str = "") -> Multistatus:
    """Parse a 207 answer. A cut or malformed body raises ``OfflineError`` (try again later)."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise OfflineError(
            QT_TRANSLATE_NOOP(
                "Sync", "The server's answer was cut off or damaged; the next sync tries again."
            )
        ) from exc
    if root.tag != tag(DAV, "multistatus"):
        raise OfflineError(
            QT_TRANSLATE_NOOP(
                "Sync", "The server's answer was cut off or damaged; the next sync tries again."
            )
        )
    responses: list[DavResponse] = []
    truncated = False
    token_element = root.find(tag(DAV, "sync-token"))
    for element in root.findall(tag(DAV, "response")):
        href_element = element.find(tag(DAV, "href"))
        if href_element is None or not (href_element.text or "").strip():
            continue
        href = canonical_href(href_element.text or "")
        status = _status_code(element.findtext(tag(DAV, "status")))
        if status == 507 and token_element is not None and element.find(tag(DAV, "propstat")) is None:
            truncated = True
            continue
        response = DavResponse(href, status)
        for propstat in element.findall(tag(DAV, "propstat")):
            if not 200 <= _status_code(propstat.findtext(tag(DAV, "status"))) < 300:
                continue
            prop = propstat.find(tag(DAV, "prop"))
            if prop is not None:
                for child in prop:
                    response.props[child.tag] = child
        responses.append(response)
    token = (token_element.text or "").strip() if token_element is not None else None
    return Multistatus(responses, token or None, truncated)
