"""Finding organizations and deals by a few typed letters (the command palette, Ctrl+K).

People are found by ``services.search.search_contacts``. Organizations are found through the
contact search index (its ``organization`` column, accents ignored, word prefixes); deals by
their title or by their contact's name or organization ("glob" finds the Globex deal). Only
live rows; a handful at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from journal.db import database, fts
from journal.db.models import OPEN_STAGES
from journal.services.text import fold


@dataclass(frozen=True)
class FoundOrganization:
    """An organization and how many live contacts belong to it."""

    id: int
    name: str
    people: int


@dataclass(frozen=True)
class FoundDeal:
    """A deal, with whose it is."""

    id: int
    title: str
    stage: str
    value: Decimal
    currency: str
    contact_id: int
    contact_name: str
    organization: str

    @property
    def is_open(self) -> bool:
        """Not won or lost yet."""
        return self.stage in OPEN_STAGES


def find_organizations(text: str, *, limit: int = 5) -> list[FoundOrganization]:
    """Organizations a word of whose name starts like each typed word."""
    match = fts.match_expression(text)
    if not match:
        return []
    rows = database.execute_sql(
        """SELECT o.id, o.name, count(*) FROM contact c JOIN organization o ON o.id = c.organization_id
           WHERE c.deleted_at IS NULL AND c.id IN (
               SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)
           GROUP BY o.id ORDER BY count(*) DESC, o.name LIMIT ?""",
        (f"organization : ({match})", limit),
    ).fetchall()
    return [FoundOrganization(int(r[0]), str(r[1]), int(r[2])) for r in rows]


_DEALS = """
    SELECT d.id, d.title, d.stage, d.value, d.currency, c.id, c.name, coalesce(o.name, '')
    FROM deal d JOIN contact c ON c.id = d.contact_id
    LEFT JOIN organization o ON o.id = c.organization_id
    WHERE d.deleted_at IS NULL AND c.deleted_at IS NULL AND ({where})
    ORDER BY d.stage IN ({open_stages}) DESC, d.updated_at DESC LIMIT ?"""


def _sql_fold(value: object) -> str:
    return fold(value) if isinstance(value, str) else ""


def find_deals(text: str, *, limit: int = 5) -> list[FoundDeal]:
    """Deals whose title holds every typed word (accents and case ignored), or whose contact's
    name or organization starts like them; open deals first, the latest touched first."""
    if "fold" not in database._functions:  # registered on first use, for every connection
        database.register_function(_sql_fold, "fold", 1, deterministic=True)
    words = fold(text).split()
    match = fts.match_expression(text)
    if not words or not match:
        return []
    open_stages = ", ".join(f"'{s}'" for s in OPEN_STAGES)
    by_person = "c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)"
    by_title = " AND ".join("fold(d.title) LIKE ?" for _ in words)
    sql = _DEALS.format(where=f"({by_title}) OR {by_person}", open_stages=open_stages)
    params = [*(f"%{w}%" for w in words), f"{{name organization}} : ({match})", limit * 4]
    rows = database.execute_sql(sql, params).fetchall()
    found = [
        FoundDeal(
            int(r[0]), str(r[1]), str(r[2]), Decimal(str(r[3])), str(r[4]), int(r[5]), str(r[6]), str(r[7])
        )
        for r in rows
    ]
    # A title that matches beats a person that does: "licence" finds the licence deals first.
    found.sort(key=lambda d: (not all(w in fold(d.title) for w in words), not d.is_open))
    return found[:limit]
