"""Reading any CSV into a table: the separator sniffed, the header found, damage reported.

Raises only ``ImportFileError``, saying on which line and what to do.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass

from journal.interop.errors import QT_TRANSLATE_NOOP, ImportFileError

DELIMITERS = (",", ";", "\t", "|")


@dataclass
class Table:
    """A CSV file read into rows; ``lines[i]`` is the line where ``rows[i]`` starts."""

    header: list[str]
    header_line: int
    rows: list[list[str]]
    lines: list[int]
    delimiter: str


def sniff_delimiter(first_line: str) -> str:
    """The separator (comma, semicolon, tab or bar) used most on ``first_line``."""
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _rows(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    result: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for row in reader:
            result.append((start, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "a field is longer than {size} KB, which no contact export has. The file is "
                    "probably damaged or is not a contact list.",
                ),
                where=f"line {start}",
                size=csv.field_size_limit() // 1024,
            ) from exc
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "this is not valid CSV ({reason})."),
            where=f"line {start}",
            reason=str(exc),
        ) from exc
    return result


def read_table(text: str, is_header: Callable[[list[str]], bool] | None = None, delimiter: str = "") -> Table:
    """Rows after the header (the first row ``is_header`` accepts, else the first non-empty row)."""
    if not delimiter:
        sample = [ln for ln in text[:65536].splitlines()[:40] if ln.strip()]
        header_guess = next((ln for ln in sample if is_header and is_header(split_simple(ln))), "")
        delimiter = sniff_delimiter(header_guess or (sample[0] if sample else ""))
    all_rows = _rows(text, delimiter)
    header_at = None
    for index, (_line, row) in enumerate(all_rows[:60]):
        if not any(cell.strip() for cell in row):
            continue
        if is_header is None or is_header([c.strip() for c in row]):
            header_at = index
            break
    if header_at is None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file has no header row with the expected columns. Check the format you chose, "
                "or that the file uses commas (or semicolons) between fields.",
            )
        )
    header_line, header = all_rows[header_at]
    header = [h.strip().lstrip("\ufeff") for h in header]
    rows: list[list[str]] = []
    lines: list[int] = []
    width = len(header)
    body = all_rows[header_at + 1 :]
    del all_rows  # keep one copy of the rows in memory, not two
    for line, row in body:
        if not "".join(row).strip():
            continue
        if len(row) != width:
            _check_width(row, width, line, delimiter)
            row = (row + [""] * width)[:width]
        rows.append(row)
        lines.append(line)
    if not rows:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file has a header row but no contacts under it. Export your contacts again.",
            )
        )
    return Table(header, header_line, rows, lines, delimiter)


def split_simple(line: str) -> list[str]:
    """A line split at any separator, cells trimmed and unquoted (good enough to spot a header)."""
    return [c.strip().strip('"') for c in re.split(r"[,;\t|]", line)]


def _check_width(row: list[str], width: int, line: int, delimiter: str) -> None:
    if len(row) == 1 and width > 1:
        other = next((d for d in DELIMITERS if d != delimiter and d in row[0]), "")
        if other:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "this row is separated by {found!r} but the header by {expected!r}. Save the "
                    "file again with one separator throughout.",
                ),
                where=f"line {line}",
                found=other,
                expected=delimiter,
            )
    if len(row) > width and any(cell.strip() for cell in row[width:]):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "this row has {count} fields but the header has {width}. A value probably holds an "
                "unquoted separator; fix the row or export the file again.",
            ),
            where=f"line {line}",
            count=len(row),
            width=width,
        )


def column_index(header: list[str]) -> dict[str, int]:
    """Header name -> column number."""
    return {name: i for i, name in enumerate(header)}


def cell(row: list[str], col: dict[str, int], name: str) -> str:
    """The trimmed cell under header ``name`` ("" when the file has no such column)."""
    i = col.get(name)
    return row[i].strip() if i is not None else ""


def row_digest(layout: str, header: Sequence[str], row: Sequence[str]) -> bytes:
    """The fingerprint of one CSV row: its layout, the file's header and the row's cells."""
    text = "\x1f".join((layout, "\x1e".join(header), *row))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class RowDigest:
    """``row_digest`` of one table's rows, the layout and the header hashed once for all of them."""

    def __init__(self, layout: str, header: Sequence[str]) -> None:
        start = "\x1f".join((layout, "\x1e".join(header)))
        self.start = hashlib.blake2b(start.encode("utf-8", "surrogatepass"), digest_size=16)

    def __call__(self, row: Sequence[str]) -> bytes:
        """The fingerprint of ``row`` (the same bytes as ``row_digest``)."""
        digest = self.start.copy()
        if row:
            digest.update(("\x1f" + "\x1f".join(row)).encode("utf-8", "surrogatepass"))
        return digest.digest()


class RowReader:
    """The cells of a table's rows by column name; remembers which columns were read."""

    def __init__(self, header: list[str], names: list[str] | None = None) -> None:
        self.header = header
        self.names = names or header  # what each column is called for the reader (canonical names)
        self.index: dict[str, int] = {}
        for i, name in enumerate(self.names):
            if name:
                self.index.setdefault(name, i)
        self.read: set[int] = set()
        self.row: list[str] = []

    def __call__(self, name: str) -> str:
        """The trimmed cell of column ``name`` in the current row ("" when there is none)."""
        i = self.index.get(name)
        if i is None:
            return ""
        self.read.add(i)
        return self.row[i].strip() if i < len(self.row) else ""

    def has(self, name: str) -> bool:
        """True when the table has a column ``name``."""
        return name in self.index

    def unread(self, ignore: Set[str] = frozenset(), empty: Set[str] = frozenset()) -> list[str]:
        """Header names of the columns with a value in this row that no reader asked for."""
        if len(self.read) >= len(self.row):
            return []
        out = []
        for i, cell in enumerate(self.row):
            value = cell.strip()
            if (
                i in self.read
                or not value
                or value in empty
                or (i < len(self.names) and self.names[i] in ignore)
            ):
                continue
            out.append(self.header[i] if i < len(self.header) else f"#{i + 1}")
        return out
