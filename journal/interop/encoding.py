"""Reading a file's text whatever encoding the exporting program chose.

UTF-8 with or without a byte-order mark, UTF-16 (with a BOM, or without one
when the NUL bytes give it away), else Windows-1252 as old Outlook writes.
Binary files are refused with a clear message.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from journal.interop.errors import QT_TRANSLATE_NOOP, ImportFileError

MAX_FILE_BYTES = 512 * 1024 * 1024
# Bytes Windows-1252 leaves undefined; Latin-1 gives them a harmless meaning.
_CP1252_HOLES = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def read_bytes(path: Path | str) -> bytes:
    """The file's bytes; ``ImportFileError`` for a missing, unreadable or too large file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Import", "{file} is larger than 512 MB; split it into smaller files."),
                file=path.name,
            )
        return path.read_bytes()
    except IsADirectoryError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{file} is a folder, not a file. Choose the exported file inside it."
            ),
            file=str(path),
        ) from exc
    except FileNotFoundError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{file} does not exist. Check the name and the folder."),
            file=str(path),
        ) from exc
    except OSError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{file} cannot be read ({reason})."),
            file=str(path),
            reason=exc.strerror or str(exc),
        ) from exc


def _utf16_without_bom(sample: bytes) -> str | None:
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _cp1252(data: bytes) -> str:
    if any(b in _CP1252_HOLES for b in data):
        return "".join(
            chr(b) if b in _CP1252_HOLES else bytes([b]).decode("cp1252") for b in data
        )  # rare: only files with those bytes take the slow path
    return data.decode("cp1252")


def _not_text(name: str) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Import",
            "{file} is not a text file (it holds binary data). Choose a vCard (.vcf), CSV or JSON export.",
        ),
        file=name,
    )


def decode(data: bytes, name: str = "The file") -> tuple[str, str]:
    """The file's text and the encoding it was read with."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{file} is empty. Export your contacts again and choose the new file."
            ),
            file=name,
        )
    encoding = ""
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[3:], "utf-8"
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        encoding = "utf-32"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = _utf16_without_bom(data[:4096]) or ""
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{file} looks like {encoding} text but byte {offset} is damaged. Export it again.",
                ),
                file=name,
                encoding=encoding.upper(),
                offset=exc.start,
            ) from exc
    else:
        if b"\x00" in data:
            raise _not_text(name)
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _cp1252(data), "windows-1252"
    if text.startswith("\ufeff"):
        text = text[1:]
    _check_text(text, name)
    return text, encoding


def _check_text(text: str, name: str) -> None:
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n\f")
    if "\x00" in sample or controls > max(8, len(sample) // 50):
        raise _not_text(name)


def read_text(path: Path | str) -> tuple[str, str]:
    """The file's text and the encoding it was found to be in."""
    path = Path(path)
    return decode(read_bytes(path), path.name)
