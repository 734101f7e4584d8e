"""What the command palette can find: people, organizations, deals, sections and every menu action.

``find(window, text)`` returns ``PaletteItem`` rows, best first. People, organizations and deals
come from the services (SQLite does the searching); sections and actions are matched here
(``matching.score``). Each item knows what Enter does (``run``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from journal import clock
from journal.services import lookup, search
from journal.services.search import ContactFilter
from journal.ui import formatting, vocabulary
from journal.ui.main_window import MainWindow
from journal.ui.palette.matching import score

PERSON, DEAL, ORGANIZATION, SECTION, ACTION = "person", "deal", "organization", "section", "action"
# On equal fit, what comes first: a deal is what a salesperson opens ("glob" -> the Globex deal).
KIND_ORDER = {DEAL: 0, PERSON: 1, ORGANIZATION: 2, SECTION: 3, ACTION: 4}
SERVICE_LIMIT = 6
SHOWN = 12


def kind_label(kind: str) -> str:
    """What a row is, in words ("Person", "Deal"…)."""
    return {
        PERSON: QCoreApplication.translate("Palette", "Person"),
        DEAL: QCoreApplication.translate("Palette", "Deal"),
        ORGANIZATION: QCoreApplication.translate("Palette", "Organization"),
        SECTION: QCoreApplication.translate("Palette", "Section"),
        ACTION: QCoreApplication.translate("Palette", "Command"),
    }[kind]


@dataclass(frozen=True)
class PaletteItem:
    """One row: what it is, its name, a detail, the shortcut that does the same, and what Enter does."""

    kind: str
    title: str
    detail: str
    shortcut: str
    run: Callable[[], object]
    fit: int = 0
    key: str = ""  # identifies the row (tests, keeping the selection while typing)

    def rank(self) -> tuple[int, int, str]:
        return (-self.fit, KIND_ORDER[self.kind], self.title.casefold())


def menu_actions(window: MainWindow) -> Iterator[tuple[QAction, str]]:
    """Every action of the menu bar (with submenus), with the path of menus it is in."""

    def walk(menu: QMenu, path: str) -> Iterator[tuple[QAction, str]]:
        for action in menu.actions():
            if action.isSeparator() or not action.text():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                yield from walk(sub, f"{path} ▸ {plain(action.text())}")
            else:
                yield action, path

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            yield from walk(menu, plain(top.text()))


def plain(text: str) -> str:
    """A menu text as read: no mnemonic ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_of(action: QAction) -> str:
    """An action's shortcut as the platform writes it ("" when it has none)."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def _people(window: MainWindow, text: str) -> list[PaletteItem]:
    """People by name, organization or title (the search also reads notes and e-mails: a person
    found only there is not what one goes to by typing a few letters)."""
    rows = search.search_contacts(ContactFilter(text=text), today=clock.today(), limit=SERVICE_LIMIT * 2)
    items = []
    for row in rows:
        fit = max(score(text, row.name), score(text, row.organization) - 1, score(text, row.title) - 2)
        if fit > 0:
            items.append(
                PaletteItem(
                    PERSON,
                    row.name,
                    " · ".join(p for p in (row.title, row.organization) if p),
                    "",
                    partial(window.open_contact, row.id),
                    fit,
                    f"person:{row.id}",
                )
            )
    return items[:SERVICE_LIMIT]


def _organizations(window: MainWindow, text: str) -> list[PaletteItem]:
    return [
        PaletteItem(
            ORGANIZATION,
            org.name,
            QCoreApplication.translate("Palette", "%n contact(s)", None, org.people),
            "",
            partial(show_organization, window, org.name),
            max(score(text, org.name), 1),
            f"organization:{org.id}",
        )
        for org in lookup.find_organizations(text, limit=SERVICE_LIMIT // 2)
    ]


def _deals(window: MainWindow, text: str) -> list[PaletteItem]:
    items = []
    for deal in lookup.find_deals(text, limit=SERVICE_LIMIT):
        whose = " · ".join(p for p in (deal.contact_name, deal.organization) if p)
        detail = f"{whose} — {vocabulary.stage(deal.stage)}, {formatting.money(deal.value, deal.currency)}"
        fit = max(score(text, deal.title), score(text, deal.organization), score(text, deal.contact_name), 1)
        if not deal.is_open:
            fit -= 1  # closed deals after open ones of the same fit
        items.append(
            PaletteItem(
                DEAL, deal.title, detail, "", partial(open_deal, window, deal.id), fit, f"deal:{deal.id}"
            )
        )
    return items


def _sections(window: MainWindow, text: str) -> list[PaletteItem]:
    items = []
    for index, key in enumerate(window.section_keys()):
        title = window.section_title(key)
        fit = score(text, title)
        if fit:
            shortcut = QKeySequence(f"Ctrl+{index + 1}").toString(QKeySequence.SequenceFormat.NativeText)
            items.append(
                PaletteItem(
                    SECTION,
                    title,
                    QCoreApplication.translate("Palette", "Go to section"),
                    shortcut if index < 9 else "",
                    partial(window.show_section, key),
                    fit,
                    f"section:{key}",
                )
            )
    return items


def _actions(window: MainWindow, text: str, skip: set[str]) -> list[PaletteItem]:
    items = []
    seen: set[str] = set()
    for action, path in menu_actions(window):
        title = plain(action.text())
        if action.objectName() in skip or title in seen or not action.isEnabled():
            continue
        if action in window.section_actions():
            continue  # the sections are listed as sections
        fit = score(text, title)
        if fit > 0:
            seen.add(title)
            items.append(
                PaletteItem(
                    ACTION,
                    title,
                    path,
                    shortcut_of(action),
                    action.trigger,
                    fit,
                    f"action:{action.objectName()}",
                )
            )
    return items


def find(window: MainWindow, text: str, *, people_only: bool = False) -> list[PaletteItem]:
    """The rows for ``text``, best first (``people_only``: only people, for "whom?")."""
    if people_only:
        return sorted(_people(window, text), key=PaletteItem.rank)[:SHOWN] if text.strip() else []
    found: list[PaletteItem] = []
    if text.strip():
        found += _people(window, text) + _organizations(window, text) + _deals(window, text)
    found += _sections(window, text) + _actions(window, text, {"commandPaletteAction"})
    return sorted(found, key=PaletteItem.rank)[:SHOWN] if text.strip() else found


def show_organization(window: MainWindow, name: str) -> None:
    """The contacts of an organization: the contact list searched for its name."""
    section = window.show_section("contacts")
    show = getattr(section, "show_search", None)
    if callable(show):
        show(name)


def open_deal(window: MainWindow, deal_id: int) -> None:
    """A deal on its contact's Sales tab, selected (Ctrl+L then logs about it)."""
    section = window.show_section("contacts")
    opener = getattr(section, "open_deal", None)
    if callable(opener):
        opener(deal_id)
