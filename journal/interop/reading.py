"""Reading import files: bytes in, ``ContactRecord`` objects (or our JSON document) out.

No database is involved: ``read_file`` can run before the journal is opened,
and raises only ``ImportFileError`` with a message saying what is wrong. A vCard
is recognized by its content (``BEGIN:VCARD`` anywhere in the first lines, with
or without a group prefix), whatever the file is called; a web page saved under
a contacts name is said to be one.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from journal.interop import csvformats, jsonformat, vcard_lines, vcard_read
from journal.interop.encoding import decode, read_bytes
from journal.interop.errors import QT_TRANSLATE_NOOP, ImportFileError
from journal.interop.records import DAMAGED, ContactRecord

log = logging.getLogger(__name__)

FORMATS = ("auto", "vcard", "linkedin", "google", "outlook", "csv", "json")
_HEAD = 64 * 1024
_HTML = re.compile(r"^\s*(<!doctype\s+html|<html|<\?xml[^>]*>\s*<html|<head|<body)", re.I)


@dataclass
class ParsedFile:
    """A file read into records (or, for our JSON, table rows). No database involved."""

    format: str
    encoding: str = "utf-8"
    records: list[ContactRecord] = field(default_factory=list)
    document: jsonformat.Document | None = None
    header: list[str] = field(default_factory=list)
    text: str = ""  # kept for generic CSV so the mapping can be changed and re-read
    name: str = ""
    date_order: str | None = None  # "dmy" / "mdy" as the file settles it; None: it cannot tell
    date_question: bool = False  # True: some dates need the order and the file cannot tell (ask)
    dropped_columns: dict[str, int] = field(default_factory=dict)  # CSV columns with values not kept


def _wide_to_utf8(data: bytes, name: str) -> tuple[bytes, str]:
    """UTF-16/32 files (by BOM or by their NUL bytes) as UTF-8 bytes; others as they are."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:], "utf-8"
    head = data[:4096]
    if head.startswith(
        (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
    ) or (b"\x00" in head and head.count(b"\x00") > len(head) // 4):
        text, encoding = decode(data, name)
        return text.encode("utf-8"), encoding
    return data, ""


def is_vcard(data: bytes) -> bool:
    """True when ``BEGIN:VCARD`` (any case, with or without a group) starts a line near the top."""
    return vcard_lines.SIGNATURE.search(data[:_HEAD]) is not None


def detect_format(text: str) -> str:
    """ "vcard", "json", "linkedin", "google", "outlook" or "csv" from the text."""
    if is_vcard(text[:_HEAD].encode("utf-8", errors="replace")):
        return "vcard"
    if text.lstrip()[:1] == "{":
        return "json"
    found = csvformats.detect(text)
    return "csv" if found == "journal" else found


def _not_a_web_page(text: str) -> None:
    if _HTML.match(text[:2048]):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "This file is a web page (HTML), not a vCard or CSV export: the program or web site "
                "probably showed an error page instead of the file. Export your contacts again.",
            )
        )


def _read_vcard(data: bytes, parsed: ParsedFile) -> ParsedFile:
    parsed.records = vcard_read.read_vcards(data)
    if not parsed.records:
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "The file holds no vCard (no BEGIN:VCARD)."))
    damaged = [r for r in parsed.records if r.kind == DAMAGED]
    if len(damaged) == len(parsed.records):
        reasons = "; ".join(
            f"{r.where}: {r.problem[0].format(**r.problem[1])}" for r in damaged[:20] if r.problem
        )
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "No card in the file can be read ({reasons}). The file is damaged; export it again."
            ),
            reasons=reasons,
        )
    return parsed


def _known(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "Unknown format {format}."), format=fmt)


def parse_bytes(
    data: bytes, fmt: str = "auto", mapping: dict[int, str] | None = None, *, name: str = "The file"
) -> ParsedFile:
    """Parse a file's bytes. Raises only ``ImportFileError``."""
    _known(fmt)
    data, wide = _wide_to_utf8(data, name)
    if fmt in ("auto", "vcard") and b"\x00" not in data[:4096] and is_vcard(data):
        return _read_vcard(data, ParsedFile(format="vcard", encoding=wide or "utf-8", name=name))
    text, encoding = decode(data, name)
    parsed = parse_text(text, fmt, mapping, name=name)
    parsed.encoding = wide or encoding
    return parsed


def parse_text(
    text: str, fmt: str = "auto", mapping: dict[int, str] | None = None, *, name: str = ""
) -> ParsedFile:
    """Parse already-decoded text. Raises only ``ImportFileError``."""
    _known(fmt)
    if not text.strip():
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "The file is empty."))
    if fmt == "auto":
        _not_a_web_page(text)
        fmt = detect_format(text)
    parsed = ParsedFile(format=fmt, name=name)
    if fmt == "vcard":
        return _read_vcard(text.lstrip("\ufeff").encode("utf-8"), parsed)
    if fmt == "json":
        parsed.document = jsonformat.parse(text)
        return parsed
    table = csvformats.read_csv(text, fmt, mapping)
    parsed.records, parsed.header, parsed.text = table.records, table.header, table.text
    parsed.date_order, parsed.date_question = table.date_order, table.date_question
    parsed.dropped_columns = table.dropped_columns
    return parsed


def read_file(path: Path | str, fmt: str = "auto", mapping: dict[int, str] | None = None) -> ParsedFile:
    """Read and parse a file. Raises only ``ImportFileError`` (with a message saying why)."""
    path = Path(path)
    data = read_bytes(path)
    try:
        return parse_bytes(data, fmt, mapping, name=path.name)
    except ImportFileError:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        # A reader bug must not look like a crash to the user; the log keeps the details.
        log.exception("reading %s failed", path)
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{file} could not be read ({reason})."), file=path.name, reason=exc
        ) from exc
