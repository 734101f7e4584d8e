"""The journal's answer to "who could @fragment be?" (the parser's ``PeopleResolver``).

Live contacts whose name or organization has words starting like the fragment's
(the contact search index, accents ignored), with their open deals. When nothing
starts like that, contacts sharing the first three letters of a word are returned
too, so the parser can suggest a close spelling ("@Ana Nunes" -> Ana Núñez).
"""

from __future__ import annotations

from collections.abc import Sequence

from journal.capture.model import OpenDeal, Person
from journal.capture.text import name_words
from journal.db import database

LIMIT = 200

_SEARCH = """
    SELECT c.id, c.name, coalesce(o.name, '')
    FROM contact c LEFT JOIN organization o ON o.id = c.organization_id
    WHERE c.deleted_at IS NULL
      AND c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT ?)
    ORDER BY c.sort_key, c.id"""

_OPEN_DEALS = """
    SELECT id, contact_id, title, stage FROM deal
    WHERE deleted_at IS NULL AND stage NOT IN ('won', 'lost') AND contact_id IN ({marks})
    ORDER BY id"""


def _query(terms: list[str], *, joiner: str, prefix: bool = True) -> str:
    star = "*" if prefix else ""
    return "{name organization} : (" + f" {joiner} ".join(f'"{t}"{star}' for t in terms) + ")"


class JournalPeople:
    """Answers from the open journal (``journal.db.database``); one instance per parse
    or per window is fine.

    A window reads its line again at every key, asking the same fragment each time once
    the name is typed (seven milliseconds a question on 100,000 contacts, up to three
    questions a key), so the last answers are kept while the journal is unchanged: any
    write, by this connection (``total_changes``) or another (``data_version``), forgets them.
    """

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self._answers: dict[str, Sequence[Person]] = {}
        self._version: tuple[int, int] | None = None

    def __call__(self, fragment: str) -> Sequence[Person]:
        conn = database.connection()
        version = (conn.total_changes, int(conn.execute("PRAGMA data_version").fetchone()[0]))
        if version != self._version:
            self._answers.clear()
            self._version = version
        found = self._answers.get(fragment)
        if found is None:
            found = self._answers[fragment] = self._lookup(fragment)
            if len(self._answers) > 64:
                self._answers.pop(next(iter(self._answers)))
        return found

    def _lookup(self, fragment: str) -> Sequence[Person]:
        # the index splits words the way name_words does (O'Brien -> o, brien)
        terms = name_words(fragment.replace("'", " ").replace("’", " "))
        if not terms:
            return []
        found = self._people(_query(terms, joiner="AND", prefix=False))
        found += self._people(_query(terms, joiner="AND"))
        if not found:
            stems = sorted({t[:3] for t in terms if len(t) >= 3})
            if stems:
                found = self._people(_query(stems, joiner="OR"))
        return self._with_deals(found[: self.limit])

    def _people(self, match: str) -> list[tuple[int, str, str]]:
        rows = database.execute_sql(_SEARCH, (match, self.limit)).fetchall()
        return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    @staticmethod
    def _with_deals(rows: list[tuple[int, str, str]]) -> list[Person]:
        seen: dict[int, tuple[str, str]] = {}
        for contact_id, name, organization in rows:
            seen.setdefault(contact_id, (name, organization))
        if not seen:
            return []
        deals: dict[int, list[OpenDeal]] = {}
        ids = list(seen)
        cursor = database.execute_sql(_OPEN_DEALS.format(marks=",".join("?" * len(ids))), ids)
        for deal_id, contact_id, title, stage in cursor.fetchall():
            deals.setdefault(int(contact_id), []).append(OpenDeal(int(deal_id), str(title), str(stage)))
        return [Person(cid, name, org, tuple(deals.get(cid, ()))) for cid, (name, org) in seen.items()]
