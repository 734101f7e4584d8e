"""Full-text search tables (SQLite FTS5) and how they stay in sync.

``interaction_fts`` is an external-content index kept in sync by triggers.
``contact_fts`` gathers text from several tables (organization, emails, tags),
so it is written by ``journal.services.derived`` after every change to a contact.
The tokenizer drops accents, so "nunez" finds "Núñez".
"""

from __future__ import annotations

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


def create(db: peewee.Database) -> None:
    """Create the search tables and the interaction index's triggers (if missing)."""
    for sql in CREATE_SQL:
        db.execute_sql(sql)


def rebuild_interactions(db: peewee.Database) -> None:
    """Rebuild the interaction index from the table (after bulk loads)."""
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


def matches_up_to(db: peewee.Database, table: str, match: str, limit: int) -> int:
    """How many rows of ``table``'s index match ``match``, counted up to ``limit`` + 1: callers only
    ask "none, at most ``limit``, or more?", and counting every match of a short prefix read the
    index's whole entry for it (13 ms for "ca" among a million entries; 0.3 ms this way)."""
    sql = f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? LIMIT ?"
    return len(db.execute_sql(sql, (match, limit + 1)).fetchall())
