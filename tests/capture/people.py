"""The people the parser tests know (an in-memory resolver answering like the journal's)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from journal.capture.model import OpenDeal, Person

MADRID = ZoneInfo("Europe/Madrid")
TODAY = date(2026, 3, 10)  # a Tuesday
NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)  # 11:00 in Madrid

ANA_NUNEZ = Person(1, "Ana Núñez", "Acme")
ANA_LOPEZ = Person(2, "Ana López", "Initech")
PEDRO = Person(3, "Pedro Gómez", "Soylent", (OpenDeal(30, "Renovación 2026", "proposal"),))
JOHN = Person(
    4, "John Smith", "Globex", (OpenDeal(40, "Annual licence", "negotiation"), OpenDeal(41, "Support plan"))
)
LUIS = Person(5, "Luis Martín")
MARIA_JOSE = Person(6, "María José Fernández", "Umbrella")
LAURA_INITECH = Person(7, "Laura Pérez", "Initech", (OpenDeal(70, "Pilot", "qualified"),))
LAURA_HOOLI = Person(8, "Laura Pérez", "Hooli")
GAVIN = Person(9, "Gavin Belson", "Hooli")
ZOE = Person(10, "Zoë Ångström", "Nordic AB")
JOSE_ANGEL = Person(11, "José Ángel Ruiz")
JOSEFINA = Person(12, "Josefina Ortega")
SEAN = Person(13, "Seán O'Brien", "Dublin Labs")

EVERYONE: tuple[Person, ...] = (
    ANA_NUNEZ,
    ANA_LOPEZ,
    PEDRO,
    JOHN,
    LUIS,
    MARIA_JOSE,
    LAURA_INITECH,
    LAURA_HOOLI,
    GAVIN,
    ZOE,
    JOSE_ANGEL,
    JOSEFINA,
    SEAN,
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class ListPeople:
    """Contacts one of whose name or organization words starts like the fragment's first
    word's first three letters (a broad net, like the journal's typo fallback)."""

    def __init__(self, people: Sequence[Person] = EVERYONE) -> None:
        self.people = tuple(people)
        self.asked: list[str] = []

    def __call__(self, fragment: str) -> Sequence[Person]:
        self.asked.append(fragment)
        words = _fold(fragment).split()
        if not words:
            return ()
        stem = words[0][:3]
        return [
            p
            for p in self.people
            if any(w.startswith(stem) for w in _fold(f"{p.name} {p.organization}").replace("'", "").split())
        ]
