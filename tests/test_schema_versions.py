"""Every past schema version, as a real file made by that version's code, upgrades to exactly
the schema of a new file and keeps every row.

The files are in tests/fixtures/schema/ (``vN.sqlite3``, see the README there); a new schema
version adds its own file, and these tests pick it up without edits.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from journal import db
from journal.db import SCHEMA_VERSION
from tests.helpers.schema import FIXTURES, data_tables, fixture_versions, rows_of, schema_of

VERSIONS = fixture_versions()


def test_every_schema_version_has_a_fixture() -> None:
    assert list(range(1, SCHEMA_VERSION + 1)) == VERSIONS, (
        "tests/fixtures/schema/ needs one file per schema version, made by the code of that "
        "version (see the README there)"
    )


@pytest.fixture
def new_file(tmp_path: Path) -> Path:
    path = tmp_path / "new.sqlite3"
    db.open_database(path)
    db.close_database()
    return path


def _upgraded(version: int, tmp_path: Path) -> tuple[Path, Path]:
    original = FIXTURES / f"v{version}.sqlite3"
    copy = tmp_path / f"upgraded-from-v{version}.sqlite3"
    shutil.copyfile(original, copy)
    db.open_database(copy)
    db.close_database()
    return original, copy


@pytest.mark.parametrize("version", VERSIONS)
def test_fixture_is_of_its_version(version: int) -> None:
    assert schema_of(FIXTURES / f"v{version}.sqlite3")[("pragma", "user_version")] == str(version)


@pytest.mark.parametrize("version", VERSIONS)
def test_upgraded_file_has_the_schema_of_a_new_one(version: int, tmp_path: Path, new_file: Path) -> None:
    _original, upgraded = _upgraded(version, tmp_path)
    got, want = schema_of(upgraded), schema_of(new_file)
    missing = {k: v for k, v in want.items() if got.get(k) != v}
    extra = {k: v for k, v in got.items() if want.get(k) != v}
    assert (missing, extra) == ({}, {}), f"v{version} upgraded differs from a new file"


@pytest.mark.parametrize("version", VERSIONS)
def test_upgrade_keeps_every_row(version: int, tmp_path: Path) -> None:
    original, upgraded = _upgraded(version, tmp_path)
    tables = data_tables(original)
    assert all(rows_of(original, t)[1] for t in tables if t != "meta" or version > 0), "fill every table"
    for table in tables:
        columns, before = rows_of(original, table)
        now_columns, after = rows_of(upgraded, table)
        kept = [now_columns.index(c) for c in columns]
        assert [tuple(row[i] for i in kept) for row in after] == before, table
