"""Reading our own JSON (written by ``json_export``; its shape is ``json_tables``).

Into an empty journal the file is loaded as it is (same ids, uuids, timestamps
and values), so export -> import gives the same database. Into a journal that
already has data, records whose uuid is already there are skipped and the rest
are added with their references re-pointed.

Every row passes the model's rules (``services.row_rules``, the services' own checks)
when the file is read: a file with one row the window could not show is refused,
naming the record, before anything is written. Instants are written with their offset
("2026-03-10T08:00:00.000000+00:00", format 2); reading converts any offset to UTC and
refuses text without one (format 1 files, which wrote the stored UTC form, excepted).

The table list comes from the database itself (``json_tables``), so tables added by
later schema versions are exported and read without touching this module.
"""

from __future__ import annotations

import base64
import binascii
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NoReturn

from journal.db import SCHEMA_VERSION, database, fts, raw_connection
from journal.interop.errors import QT_TRANSLATE_NOOP, ImportCancelled, ImportFileError
from journal.interop.json_tables import (
    FORMAT,
    FORMAT_VERSION,
    data_tables,
    foreign_keys,
    parents_first,
    table_columns,
)
from journal.interop.plan import ImportPlan, PlanEntry
from journal.services import derived, row_rules

_SCALAR = (str, int, Decimal, bool, type(None))


@dataclass
class Document:
    schema: int
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    version: int = FORMAT_VERSION


# reading ---------------------------------------------------------------------


def _from_json(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"base64"} and isinstance(value["base64"], str):
        try:
            return base64.b64decode(value["base64"], validate=True)
        except (binascii.Error, ValueError) as exc:
            raise _bad(QT_TRANSLATE_NOOP("Import", "A picture in the export is damaged.")) from exc
    return value


def _bad(template: str, **args: Any) -> ImportFileError:
    return ImportFileError(template, **args)


def _no_constants(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number a journal holds")


def parse(text: str) -> Document:
    """Check the file's shape and every row's values (``check_rows``). Raises ``ImportFileError``
    saying what is wrong and where; nothing has been written then."""
    try:
        data = json.loads(text, parse_float=Decimal, parse_constant=_no_constants)
    except ValueError as exc:  # JSONDecodeError (with a line), or NaN / Infinity
        line = f"line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "this is not valid JSON ({reason}). The file is damaged or cut short."
            ),
            where=line,
            reason=exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc),
        ) from exc
    except RecursionError as exc:
        raise _bad(
            QT_TRANSLATE_NOOP("Import", "The JSON is nested too deeply to be a journal export.")
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("tables"), dict):
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Import",
                "This JSON file is not a Networking Journal export. Only files made with "
                "File > Export > JSON can be imported.",
            )
        )
    schema = data.get("schema")
    if not isinstance(schema, int) or schema < 1:
        raise _bad(QT_TRANSLATE_NOOP("Import", "The export does not say which schema version it has."))
    if schema > SCHEMA_VERSION:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Import",
                "The export was made by a newer version of Networking Journal (schema {found}; this "
                "version understands up to {known}). Update the app to import it.",
            ),
            found=schema,
            known=SCHEMA_VERSION,
        )
    version = data.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        version = 1
    if version > FORMAT_VERSION:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Import",
                "The export was made by a newer version of Networking Journal (format {found}; this "
                "version reads up to {known}). Update the app to import it.",
            ),
            found=version,
            known=FORMAT_VERSION,
        )
    document = Document(schema, version=version)
    for table, rows in data["tables"].items():
        if not isinstance(rows, list):
            raise _bad(QT_TRANSLATE_NOOP("Import", "Table {table} in the export is not a list."), table=table)
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, dict) or not all(isinstance(v, (*_SCALAR, dict)) for v in row.values()):
                raise _bad(
                    QT_TRANSLATE_NOOP("Import", "Record {number} of table {table} is damaged."),
                    table=table,
                    number=number,
                )
            for key, value in row.items():
                if isinstance(value, dict):
                    row[key] = _from_json(value)
                    if isinstance(row[key], dict):
                        raise _bad(
                            QT_TRANSLATE_NOOP("Import", "Record {number} of table {table} is damaged."),
                            table=table,
                            number=number,
                        )
        document.tables[str(table)] = rows
    for number, row in enumerate(document.tables.get("contact", []), start=1):
        if (
            not isinstance(row.get("uuid"), str)
            or not isinstance(row.get("name"), str)
            or not row["name"].strip()
        ):
            raise _bad(
                QT_TRANSLATE_NOOP("Import", "Contact {number} in the export has no name or no uuid."),
                number=number,
            )
    check_rows(document)
    return document


def check_rows(document: Document) -> None:
    """Put every row through the model's rules, in place; ``ImportFileError`` naming the first bad one."""
    naive_is_utc = document.version < 2
    for table, rows in document.tables.items():
        if not row_rules.columns(table):
            continue  # a table this version does not describe: its own constraints apply
        for number, row in enumerate(rows, start=1):
            try:
                rows[number - 1] = row_rules.check_row(table, row, stored_form_is_utc=naive_is_utc)
            except row_rules.RowError as exc:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "record {number} of table {table}, column {column}, cannot be imported: {problem} "
                        "Nothing was imported.",
                    ),
                    where=f"{table} {number}",
                    number=number,
                    table=table,
                    column=exc.column,
                    problem=exc.error,
                ) from exc


def _is_empty(tables: list[str]) -> bool:
    conn = raw_connection()
    return all(conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() is None for t in tables if t != "meta")


def _existing_uuids(table: str, uuids: list[str]) -> dict[str, int]:
    conn = raw_connection()
    found: dict[str, int] = {}
    for start in range(0, len(uuids), 500):
        chunk = uuids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            conn.execute(f'SELECT uuid, id FROM "{table}" WHERE uuid IN ({marks})', chunk).fetchall()
        )
    return found


def plan(document: Document) -> ImportPlan:
    """What loading ``document`` would add and skip (same uuid), per contact."""
    result = ImportPlan("json")
    tables = [t for t in data_tables() if t in document.tables]
    contacts = document.tables.get("contact", [])
    empty = _is_empty(data_tables())
    known = {} if empty else _existing_uuids("contact", [str(r["uuid"]) for r in contacts])
    for number, row in enumerate(contacts, start=1):
        where = f"contact {number}"
        if row["uuid"] in known:
            result.entries.append(
                PlanEntry(
                    "skip",
                    where,
                    row["name"],
                    QT_TRANSLATE_NOOP("Import", "already in the journal (same uuid)"),
                    target_id=known[row["uuid"]],
                )
            )
        else:
            result.entries.append(PlanEntry("add", where, row["name"]))
    for table in tables:
        result.extra[table] = len(document.tables[table])
    return result


class _Loader:
    def __init__(
        self, document: Document, progress: Callable[[float, str], None], cancelled: Callable[[], bool]
    ) -> None:
        self.document = document
        self.progress = progress
        self.cancelled = cancelled
        self.conn = raw_connection()
        self.tables = parents_first([t for t in data_tables() if t in document.tables])
        self.total = max(1, sum(len(document.tables[t]) for t in self.tables))
        self.done = 0

    def _tick(self, count: int) -> None:
        self.done += count
        if self.cancelled():
            raise ImportCancelled
        self.progress(min(0.9, 0.9 * self.done / self.total), "writing")

    def _insert(self, table: str, number: int, row: dict[str, Any], *, replace: bool = False) -> int:
        names = list(row)
        quoted = ", ".join(f'"{n}"' for n in names)
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        sql = f'{verb} INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(names))})'
        try:
            return int(self.conn.execute(sql, [row[n] for n in names]).lastrowid or 0)
        except (sqlite3.Error, OverflowError) as exc:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "record {number} of table {table} cannot be stored ({reason}). Nothing was imported.",
                ),
                where=f"{table} {number}",
                number=number,
                table=table,
                reason=str(exc),
            ) from exc

    def load_as_is(self) -> None:
        """Into an empty journal: the same rows with the same ids."""
        self.conn.execute("PRAGMA defer_foreign_keys = ON")
        for table in self.tables:
            columns = {name for name, _ in table_columns(table)}
            for number, row in enumerate(self.document.tables[table], start=1):
                self._insert(
                    table, number, {k: v for k, v in row.items() if k in columns}, replace=table == "meta"
                )
                if number % 5000 == 0:
                    self._tick(5000)
            self._tick(len(self.document.tables[table]) % 5000)
        try:
            bad = self.conn.execute("PRAGMA foreign_key_check").fetchone()
        except sqlite3.Error:
            bad = None
        if bad:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The export is inconsistent: a record of {table} refers to a {parent} that is not in "
                    "the file. Nothing was imported.",
                ),
                table=bad[0],
                parent=bad[2],
            )
        derived.refresh_live_contacts()  # the file's figures are not trusted: they are recomputed
        derived.rebuild_search()
        fts.rebuild_interactions(database)

    def load_merging(self) -> list[int]:
        """Into a journal with data: skip what is there (same uuid), re-point references."""
        ids: dict[str, dict[Any, int]] = {}
        fresh: dict[str, set[int]] = {}
        for table in self.tables:
            if table == "meta":
                continue
            columns = dict(table_columns(table))
            fks = {c: p for c, p in foreign_keys(table).items() if c in columns}
            rows = self.document.tables[table]
            mapping = ids.setdefault(table, {})
            new = fresh.setdefault(table, set())
            existing: dict[Any, int] = {}
            if "uuid" in columns:
                existing = _existing_uuids(table, [str(r.get("uuid")) for r in rows])
            elif table == "tag":
                existing = dict(self.conn.execute("SELECT name, id FROM tag").fetchall())
            self_refs: list[tuple[int, str, Any]] = []
            for number, row in enumerate(rows, start=1):
                old_id = row.get("id")
                key = row.get("uuid") if "uuid" in columns else row.get("name") if table == "tag" else None
                if key is not None and key in existing:
                    mapping[old_id] = existing[key]
                    continue
                if "uuid" not in columns and table != "tag":
                    parents = [p for c, p in fks.items() if row.get(c) is not None and p != "tag"]
                    if not any(
                        ids.get(p, {}).get(row[c]) in fresh.get(p, ()) for c, p in fks.items() if p in parents
                    ):
                        continue  # belongs to records already in the journal
                values = {k: v for k, v in row.items() if k in columns and k != "id"}
                skip = False
                for column, parent in fks.items():
                    ref = row.get(column)
                    if ref is None:
                        continue
                    if parent == table:
                        values[column] = None
                        self_refs.append((number, column, ref))
                        continue
                    target = ids.get(parent, {}).get(ref)
                    if target is None:
                        if columns[column]:
                            skip = True  # refers to a record not in the file (per-contact exports)
                            break
                        values[column] = None
                    else:
                        values[column] = target
                if skip:
                    continue
                new_id = self._insert(table, number, values)
                mapping[old_id] = new_id
                new.add(new_id)
                if number % 5000 == 0:
                    self._tick(5000)
            for number, column, ref in self_refs:
                row = rows[number - 1]
                target = mapping.get(ref)
                if target is not None and mapping.get(row.get("id")) in new:
                    self.conn.execute(
                        f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (target, mapping[row.get("id")])
                    )
            self._tick(len(rows) % 5000)
        touched = set(fresh.get("contact", set()))
        for table in ("interaction", "follow_up", "deal"):
            new_ids = sorted(fresh.get(table, set()))
            for start in range(0, len(new_ids), 500):
                chunk = new_ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                touched.update(
                    r[0]
                    for r in self.conn.execute(
                        f'SELECT contact_id FROM "{table}" WHERE id IN ({marks})', chunk
                    )
                )
        return sorted(touched)


def apply(
    document: Document, *, progress: Callable[[float, str], None], cancelled: Callable[[], bool]
) -> ImportPlan:
    """Load the document (the caller holds the write transaction)."""
    result = plan(document)
    loader = _Loader(document, progress, cancelled)
    if _is_empty(data_tables()):
        loader.load_as_is()
        result.contact_ids = [
            int(r["id"]) for r in document.tables.get("contact", []) if isinstance(r.get("id"), int)
        ]
    else:
        new_contacts = loader.load_merging()
        derived.refresh_contact_stats(new_contacts)
        result.contact_ids = new_contacts
    progress(1.0, "done")
    return result


def iter_rows(document: Document, table: str) -> Iterator[dict[str, Any]]:
    """The rows of one table of the document (none if it has no such table)."""
    yield from document.tables.get(table, [])
