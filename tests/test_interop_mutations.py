"""Hypothesis: random damage to every file of the interop corpus only ever raises our import
error (never anything else), and a refused import leaves the journal exactly as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.interop import engine
from journal.interop.errors import ImportFileError
from tests.fixtures.interop import expectations

CORPUS = Path(__file__).resolve().parent / "fixtures" / "interop"
FILES = sorted(expectations.FILES)
DATA = {rel: (CORPUS / rel).read_bytes() for rel in FILES}
_NOISE = [
    b"\r",
    b"\n",
    b"\r\n",
    b":",
    b";",
    b"=",
    b"\\",
    b",",
    b'"',
    b" ",
    b"\x00",
    b"\xc3",
    b"\xff",
    b"BEGIN:VCARD",
    b"END:VCARD",
    b"=C3=",
    b"\t",
    b"item1.",
    b"PHOTO;ENCODING=b:",
    b":::",
]


@st.composite
def damaged(draw: st.DrawFn) -> tuple[str, bytes]:
    rel = draw(st.sampled_from(FILES))
    data = bytearray(DATA[rel])
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["flip", "cut", "insert", "delete", "repeat", "noise"]))
        if kind == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=40))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 200))]
        elif kind == "repeat":
            data[at:at] = data[max(0, at - 300) : at]
        else:
            data[at:at] = draw(st.sampled_from(_NOISE))
    return rel, bytes(data)


def _state(path: Path) -> dict[str, int]:
    """Every table's rows, as one hash per table (the journal as it is on disk and in the WAL)."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        return {t: hash(tuple(sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))))) for t in tables}
    finally:
        conn.close()


@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=damaged())
def test_damaged_files_only_raise_our_error_and_a_refusal_changes_nothing(
    case: tuple[str, bytes], db_path: Path
) -> None:
    rel, data = case
    try:
        parsed = engine.parse_bytes(data, name=Path(rel).name)
    except ImportFileError as exc:
        assert str(exc)  # it says why
        return
    before = _state(db_path)
    try:
        engine.plan_import(parsed)
        engine.apply_import(parsed)
    except ImportFileError as exc:
        assert str(exc)
        assert _state(db_path) == before, "a refused import changed the journal"
