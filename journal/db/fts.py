"""Full-text search tables (SQLite FTS5) and how they stay in sync.

``interaction_fts`` is an external-content index kept in sync by triggers.
``contact_fts`` gathers text from several tables (organization, emails, tags),
so the services re-index a contact on every write (``reindex_contacts``).
The tokenizer drops accents, so "nunez" finds "Núñez".
"""

from __future__ import annotations

from collections.abc import Iterable

import peewee

TOKENIZE = "unicode61 remove_diacritics 2"

CREATE_SQL = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS contact_fts USING fts5(
        name, organization, emails, tags, notes,
        tokenize='{TOKENIZE}', prefix='1 2 3')""",
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS interaction_fts USING fts5(
        summary, notes, content='interaction', content_rowid='id',
        tokenize='{TOKENIZE}', prefix='2 3')""",
    """CREATE TRIGGER IF NOT EXISTS interaction_fts_ai AFTER INSERT ON interaction BEGIN
        INSERT INTO interaction_fts(rowid, summary, notes)
        VALUES (new.id, new.summary, new.notes);
    END""",
    """CREATE TRIGGER IF NOT EXISTS interaction_fts_ad AFTER DELETE ON interaction BEGIN
        INSERT INTO interaction_fts(interaction_fts, rowid, summary, notes)
        VALUES ('delete', old.id, old.summary, old.notes);
    END""",
    """CREATE TRIGGER IF NOT EXISTS interaction_fts_au AFTER UPDATE OF summary, notes
        ON interaction BEGIN
        INSERT INTO interaction_fts(interaction_fts, rowid, summary, notes)
        VALUES ('delete', old.id, old.summary, old.notes);
        INSERT INTO interaction_fts(rowid, summary, notes)
        VALUES (new.id, new.summary, new.notes);
    END""",
]

_CONTACT_ROWS = """
    SELECT c.id, c.name, coalesce(o.name, ''),
        coalesce((SELECT group_concat(e.value, ' ') FROM contact_email e
                  WHERE e.contact_id = c.id), ''),
        coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct
                  JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id), ''),
        c.title || ' ' || c.location || ' ' || c.how_met || ' ' || c.notes
    FROM contact c LEFT JOIN organization o ON o.id = c.organization_id
"""


def create(db: peewee.Database) -> None:
    for sql in CREATE_SQL:
        db.execute_sql(sql)


def reindex_contacts(db: peewee.Database, contact_ids: Iterable[int]) -> None:
    """Refresh the search text of these contacts (call inside the write's transaction)."""
    ids = sorted(set(contact_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        db.execute_sql(f"DELETE FROM contact_fts WHERE rowid IN ({marks})", chunk)
        db.execute_sql(
            f"INSERT INTO contact_fts(rowid, name, organization, emails, tags, notes) "
            f"{_CONTACT_ROWS} WHERE c.id IN ({marks})",
            chunk,
        )


def rebuild(db: peewee.Database) -> None:
    """Rebuild both indexes from scratch (after bulk loads)."""
    db.execute_sql("DELETE FROM contact_fts")
    db.execute_sql(f"INSERT INTO contact_fts(rowid, name, organization, emails, tags, notes) {_CONTACT_ROWS}")
    db.execute_sql("INSERT INTO interaction_fts(interaction_fts) VALUES ('rebuild')")


def match_expression(text: str) -> str:
    """Turn what the user typed into a safe FTS5 prefix query ("" if nothing to match).

    Every word must match the start of some word: ``ana gar`` -> ``"ana"* "gar"*``.
    """
    words = []
    for raw in text.split():
        word = "".join(ch for ch in raw if ch.isalnum() or ch in "@.-_'")
        word = word.replace('"', "")
        if word.strip("@.-_'"):
            words.append(f'"{word}"*')
    return " ".join(words)
