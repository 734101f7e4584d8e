"""Reading import files: text in, ``ContactRecord`` objects (or our JSON document) out.

No database is involved: ``read_file`` can run before the journal is opened,
and raises only ``ImportFileError`` with a message saying what is wrong.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from journal.interop import csvformats, jsonformat, vcard
from journal.interop.encoding import read_text
from journal.interop.errors import QT_TRANSLATE_NOOP, ImportFileError
from journal.interop.records import ContactRecord

log = logging.getLogger(__name__)

FORMATS = ("auto", "vcard", "linkedin", "google", "outlook", "csv", "json")


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


def detect_format(text: str) -> str:
    """ "vcard", "json", "linkedin", "google", "outlook" or "csv" from the text."""
    head = text.lstrip()[:200].upper()
    if head.startswith("BEGIN:VCARD"):
        return "vcard"
    if head.startswith("{"):
        return "json"
    found = csvformats.detect(text)
    return "csv" if found == "journal" else found


def parse_text(
    text: str, fmt: str = "auto", mapping: dict[int, str] | None = None, *, name: str = ""
) -> ParsedFile:
    """Parse already-decoded text. Raises only ``ImportFileError``."""
    if fmt not in FORMATS:
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "Unknown format {format}."), format=fmt)
    if not text.strip():
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "The file is empty."))
    if fmt == "auto":
        fmt = detect_format(text)
    parsed = ParsedFile(format=fmt, name=name)
    if fmt == "vcard":
        parsed.records = vcard.read_vcards(text)
    elif fmt == "json":
        parsed.document = jsonformat.parse(text)
    elif fmt == "linkedin":
        parsed.records = csvformats.read_linkedin(text)
    elif fmt == "google":
        parsed.records = csvformats.read_google(text)
    elif fmt == "outlook":
        parsed.records = csvformats.read_outlook(text)
    else:
        journal = mapping is None and csvformats.detect(text) == "journal"
        parsed.text = text
        parsed.header = csvformats.read_table(text, csvformats.is_journal_header if journal else None).header
        parsed.records = csvformats.read_mapped(text, mapping, journal=journal)
    return parsed


def read_file(path: Path | str, fmt: str = "auto", mapping: dict[int, str] | None = None) -> ParsedFile:
    """Read and parse a file. Raises only ``ImportFileError`` (with a message saying why)."""
    path = Path(path)
    text, encoding = read_text(path)
    try:
        parsed = parse_text(text, fmt, mapping, name=path.name)
    except ImportFileError:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, KeyError, IndexError) as exc:
        # A reader bug must not look like a crash to the user; the log keeps the details.
        log.exception("reading %s failed", path)
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{file} could not be read ({reason})."), file=path.name, reason=exc
        ) from exc
    parsed.encoding = encoding
    return parsed
