"""Writing our own JSON: every table, trash and history included, row by row (or one
contact's part of the journal), instants with their offset (format 2)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import IO, Any

from journal import clock
from journal.db import SCHEMA_VERSION, raw_connection
from journal.db.fields import is_stored_form
from journal.files import atomic_write
from journal.interop.json_tables import FORMAT, FORMAT_VERSION, data_tables, table_columns
from journal.services import row_rules

Filter = tuple[str, tuple[Any, ...]]


def _contact_filters(contact_id: int, tables: list[str]) -> dict[str, Filter]:
    one = (contact_id,)
    filters: dict[str, Filter] = {
        "contact": ("id = ?", one),
        "organization": ("id = (SELECT organization_id FROM contact WHERE id = ?)", one),
        "tag": ("id IN (SELECT tag_id FROM contact_tag WHERE contact_id = ?)", one),
        "objection": ("interaction_id IN (SELECT id FROM interaction WHERE contact_id = ?)", one),
        "deal_stage_change": ("deal_id IN (SELECT id FROM deal WHERE contact_id = ?)", one),
        "introduction": ("person_a_id = ? OR person_b_id = ?", (contact_id, contact_id)),
    }
    skip = {"meta", "merge_record", "duplicate_dismissal", "quota"}
    for table in tables:
        if table not in filters and table not in skip and "contact_id" in dict(table_columns(table)):
            filters[table] = ("contact_id = ?", one)
    return filters


def write_document(out: IO[str], *, contact_id: int | None = None) -> dict[str, int]:
    """Stream the journal (or one contact's part of it) as JSON; returns rows per table."""
    tables = data_tables()
    filters = _contact_filters(contact_id, tables) if contact_id is not None else None
    conn = raw_connection()
    keyed = {
        name
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        if "WITHOUT ROWID" in (sql or "").upper()
    }
    counts: dict[str, int] = {}
    out.write(
        "{\n"
        f'"format": "{FORMAT}",\n"version": {FORMAT_VERSION},\n"schema": {SCHEMA_VERSION},\n'
        f'"exported_at": {json.dumps(clock.now().isoformat())},\n'
        f'"scope": {json.dumps("contact" if contact_id is not None else "all")},\n'
        '"tables": {'
    )
    first_table = True
    for table in tables:
        if filters is not None and table not in filters:
            continue
        where, params = filters[table] if filters is not None else ("1", ())
        if table == "meta":
            where = f"({where}) AND key NOT LIKE 'sync.%'"
        order = "1" if table in keyed else "rowid"  # WITHOUT ROWID tables: by their primary key
        cursor = conn.execute(f'SELECT * FROM "{table}" WHERE {where} ORDER BY {order}', params)
        names = [d[0] for d in cursor.description]
        instants = [i for i, n in enumerate(names) if n in row_rules.timestamp_columns(table)]
        out.write(("\n" if first_table else ",\n") + json.dumps(table) + ": [")
        first_table = False
        count = 0
        for row in cursor:
            values = list(row)
            for i in instants:
                values[i] = _with_offset(values[i])
            out.write(
                ("\n" if count == 0 else ",\n")
                + json.dumps(dict(zip(names, map(_to_json, values), strict=True)), ensure_ascii=False)
            )
            count += 1
        out.write("\n]" if count else "]")
        counts[table] = count
    out.write("\n}\n}\n")
    return counts


def _to_json(value: Any) -> Any:
    """A column value as JSON: bytes (photos) as {"base64": "…"}."""
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return value


def _with_offset(value: Any) -> Any:
    """A stored UTC instant as ISO text that says it is UTC (anything else as it is)."""
    if isinstance(value, str) and is_stored_form(value):
        return f"{value[:10]}T{value[11:]}+00:00"
    return value


def export_json(path: Path | str, *, contact_id: int | None = None) -> dict[str, int]:
    """Write the journal (or one contact's part) as our JSON to ``path``; rows per table."""
    with atomic_write(path, encoding="utf-8", newline="\n") as out:  # whole or nothing, 0600
        return write_document(out, contact_id=contact_id)
