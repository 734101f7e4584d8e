"""Finding the user's address books and calendars, and creating ours when missing.

CardDAV: RFC 6764 ``/.well-known/carddav``, ``current-user-principal``,
``addressbook-home-set``, then a Depth 1 PROPFIND of the home (no maintained
Python CardDAV client exists). CalDAV: the same first steps, then the
``caldav`` library lists the calendars with their component sets and makes
new ones (MKCALENDAR), over our guarded HTTP session.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from journal.sync import davxml
from journal.sync.davxml import CALDAV, CARDDAV, DAV
from journal.sync.errors import QT_TRANSLATE_NOOP, AuthError, OfflineError, ServerError, SyncError
from journal.sync.policy import check_url
from journal.sync.transport import Reply, Transport

if TYPE_CHECKING:
    from journal.db.sync_models import SyncCollection

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
SERVICES = {"carddav": (CARDDAV, "addressbook-home-set"), "caldav": (CALDAV, "calendar-home-set")}
# Where the app creates its collections under a home set, and what they are called.
OUR_COLLECTIONS = {
    "contacts": ("networking-journal/", "Networking Journal"),
    "followups": ("networking-journal-followups/", "Networking Journal follow-ups"),
    "entries": ("networking-journal-entries/", "Networking Journal entries"),
}
KIND_COMPONENT = {"followups": "VTODO", "entries": "VJOURNAL"}


@dataclass
class FoundCollection:
    url: str
    display_name: str
    is_addressbook: bool
    components: set[str] = field(default_factory=set)
    vcard_versions: set[str] = field(default_factory=set)

    def fits(self, kind: str) -> bool:
        """Whether it can hold ``kind``: an address book for contacts, else a VTODO/VJOURNAL calendar."""
        if kind == "contacts":
            return self.is_addressbook
        return not self.is_addressbook and KIND_COMPONENT[kind] in self.components


@dataclass
class ServerLayout:
    principal_url: str
    addressbook_home: str | None
    calendar_home: str | None
    collections: list[FoundCollection]

    def ours(self, kind: str) -> FoundCollection | None:
        """The collection this app made (or one with its name), reused rather than made twice."""
        home = self.addressbook_home if kind == "contacts" else self.calendar_home
        path, name = OUR_COLLECTIONS[kind]
        for found in self.collections:
            if home and davxml.canonical_href(found.url) == davxml.canonical_href(urljoin(home, path)):
                return found
        for found in self.collections:
            if found.display_name == name and found.fits(kind):
                return found
        return None


def _redirected(transport: Transport, method: str, url: str, body: bytes, depth: str) -> tuple[Reply, str]:
    for _hop in range(MAX_REDIRECTS + 1):
        reply = transport.request(
            method, url, body=body, headers={"Depth": depth, "Content-Type": "application/xml; charset=utf-8"}
        )
        location = reply.header("location")
        if reply.status in (301, 302, 303, 307, 308) and location:
            url = check_url(urljoin(url, location))
            continue
        return reply, url
    raise ServerError(
        QT_TRANSLATE_NOOP("Sync", "The server sent the app round in circles (too many redirects).")
    )


def propfind(
    transport: Transport, url: str, props: list[tuple[str, str]], depth: str = "0"
) -> tuple[list[davxml.DavResponse], str]:
    """PROPFIND ``props`` at ``url`` (redirects followed): the 207 responses and the URL that gave them."""
    reply, final = _redirected(transport, "PROPFIND", url, davxml.propfind_body(props), depth)
    if reply.status != 207:
        raise ServerError(
            QT_TRANSLATE_NOOP("Sync", "The server refused to list {url} (HTTP {status})."),
            status=reply.status,
            url=final,
        )
    return davxml.parse_multistatus(reply.body).responses, final


def _principal(transport: Transport, base: str, service: str) -> tuple[str, str | None]:
    """(principal URL, home set URL if the context path already told it)."""
    ns, home_prop = SERVICES[service]
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(base))
    candidates = [base] if urlsplit(base).path not in ("", "/") else []
    candidates += [f"{origin}/.well-known/{service}", base]
    last_error: SyncError | None = None
    for candidate in dict.fromkeys(candidates):
        try:
            responses, final = propfind(
                transport, candidate, [(DAV, "current-user-principal"), (ns, home_prop)]
            )
        except (ServerError, OfflineError) as exc:
            if isinstance(exc, OfflineError) and "cut off" not in str(exc):
                raise
            last_error = exc
            continue
        for response in responses:
            homes = response.hrefs(ns, home_prop)
            principals = response.hrefs(DAV, "current-user-principal")
            if principals or homes:
                principal = urljoin(final, principals[0]) if principals else final
                return principal, (urljoin(final, homes[0]) if homes else None)
    raise last_error or ServerError(
        QT_TRANSLATE_NOOP("Sync", "No CardDAV/CalDAV account was found at {url}."), url=base
    )


def _home(transport: Transport, principal: str, service: str) -> str | None:
    ns, home_prop = SERVICES[service]
    responses, final = propfind(transport, principal, [(ns, home_prop)])
    for response in responses:
        homes = response.hrefs(ns, home_prop)
        if homes:
            return urljoin(final, homes[0])
    return None


def _addressbooks(transport: Transport, home: str) -> list[FoundCollection]:
    props = [(DAV, "resourcetype"), (DAV, "displayname"), (CARDDAV, "supported-address-data")]
    responses, final = propfind(transport, home, props, depth="1")
    found = []
    for response in responses:
        kinds = response.props.get(davxml.tag(DAV, "resourcetype"))
        if kinds is None or kinds.find(davxml.tag(CARDDAV, "addressbook")) is None:
            continue
        versions = set()
        data = response.props.get(davxml.tag(CARDDAV, "supported-address-data"))
        if data is not None:
            versions = {
                e.get("version", "") for e in data if e.get("content-type", "text/vcard") == "text/vcard"
            }
        found.append(
            FoundCollection(
                urljoin(final, response.href),
                response.text(DAV, "displayname") or "",
                True,
                vcard_versions=versions - {""},
            )
        )
    return found


@contextmanager
def caldav_errors() -> Iterator[None]:
    """caldav's and niquests' exceptions as ours."""
    import niquests
    from caldav.lib import error as caldav_error

    try:
        yield
    except SyncError:
        raise
    except caldav_error.AuthorizationError as exc:
        raise AuthError(
            QT_TRANSLATE_NOOP("Sync", "The server did not accept the user name or password.")
        ) from exc
    except caldav_error.DAVError as exc:
        raise ServerError(
            QT_TRANSLATE_NOOP("Sync", "The calendar server refused: {reason}."), reason=str(exc)[:200]
        ) from exc
    except niquests.exceptions.RequestException as exc:
        raise OfflineError(QT_TRANSLATE_NOOP("Sync", "The server cannot be reached.")) from exc


def caldav_client(transport: Transport, url: str) -> object:
    """A caldav DAVClient that sends everything through ``transport``'s guarded session."""
    import caldav

    client = caldav.DAVClient(
        url=url,
        username=transport.username,
        ssl_verify_cert=True,
        enable_rfc6764=False,
        timeout=int(transport.timeout),
        rate_limit_handle=False,
    )
    client.session = transport.session()
    client.auth = transport.auth()
    return client


def _calendars(transport: Transport, principal: str, home: str) -> list[FoundCollection]:
    import caldav

    with caldav_errors():
        client = caldav_client(transport, principal)
        home_set = caldav.CalendarSet(client=client, url=home)
        found = []
        for calendar in home_set.calendars():
            components = {str(c).upper() for c in calendar.get_supported_components()}
            found.append(
                FoundCollection(str(calendar.url), calendar.get_display_name() or "", False, components)
            )
    return found


def discover(transport: Transport, url: str, calendar_url: str | None = None) -> ServerLayout:
    """Everything the set-up needs to know about the account at ``url``."""
    check_url(url)
    principal, book_home = _principal(transport, url, "carddav")
    book_home = book_home or _home(transport, principal, "carddav")
    cal_principal = principal
    cal_home: str | None = None
    if calendar_url:
        cal_principal, cal_home = _principal(transport, check_url(calendar_url), "caldav")
    cal_home = cal_home or _home(transport, cal_principal, "caldav")
    if cal_home is None and not calendar_url:
        try:
            cal_principal, cal_home = _principal(transport, url, "caldav")
            cal_home = cal_home or _home(transport, cal_principal, "caldav")
        except ServerError:
            cal_home = None
    collections = _addressbooks(transport, book_home) if book_home else []
    if cal_home:
        collections += _calendars(transport, cal_principal, cal_home)
    log.info("discovered %d collections", len(collections))
    return ServerLayout(principal, book_home, cal_home, collections)


def create_collection(transport: Transport, layout: ServerLayout, kind: str) -> FoundCollection:
    """Make this app's collection for ``kind``; raises ``ServerError`` if the server refuses."""
    path, name = OUR_COLLECTIONS[kind]
    if kind == "contacts":
        if not layout.addressbook_home:
            raise ServerError(QT_TRANSLATE_NOOP("Sync", "This server has no address books."))
        url = urljoin(layout.addressbook_home, path)
        reply = transport.request(
            "MKCOL",
            url,
            body=davxml.mkcol_addressbook_body(name),
            headers={"Content-Type": "application/xml; charset=utf-8"},
        )
        if reply.status not in (200, 201, 405):  # 405: it exists already
            raise ServerError(
                QT_TRANSLATE_NOOP("Sync", "The server refused to create the address book (HTTP {status})."),
                status=reply.status,
            )
        found = FoundCollection(url, name, True, vcard_versions=set())
        for book in _addressbooks(transport, layout.addressbook_home):
            if davxml.canonical_href(book.url) == davxml.canonical_href(url):
                found = book
        layout.collections.append(found)
        return found
    if not layout.calendar_home:
        raise ServerError(QT_TRANSLATE_NOOP("Sync", "This server has no calendars."))
    component = KIND_COMPONENT[kind]
    import caldav

    with caldav_errors():
        client = caldav_client(transport, layout.principal_url)
        home_set = caldav.CalendarSet(client=client, url=layout.calendar_home)
        calendar = home_set.make_calendar(
            name=name, cal_id=path.rstrip("/"), supported_calendar_component_set=[component]
        )
        components = {str(c).upper() for c in calendar.get_supported_components()}
    found = FoundCollection(str(calendar.url), name, False, components)
    layout.collections.append(found)
    return found


def recreate_collection(transport: Transport, collection: SyncCollection) -> None:
    """Create our collection again on a server that lost it (the user chose to upload everything)."""
    if collection.kind == "contacts":
        body = davxml.mkcol_addressbook_body(collection.display_name or OUR_COLLECTIONS["contacts"][1])
        reply = transport.request(
            "MKCOL", collection.url, body=body, headers={"Content-Type": "application/xml; charset=utf-8"}
        )
    else:
        body = davxml.mkcalendar_body(
            collection.display_name or OUR_COLLECTIONS[collection.kind][1],
            KIND_COMPONENT[collection.kind],
        )
        reply = transport.request(
            "MKCALENDAR",
            collection.url,
            body=body,
            headers={"Content-Type": "application/xml; charset=utf-8"},
        )
    if reply.status not in (200, 201, 405):
        raise ServerError(
            QT_TRANSLATE_NOOP("Sync", "The server refused to create the collection again (HTTP {status})."),
            status=reply.status,
        )
