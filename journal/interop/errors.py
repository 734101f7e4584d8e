"""The one error type readers raise: a file we cannot import, and why."""

from __future__ import annotations

from typing import Any

from journal.services.errors import QT_TRANSLATE_NOOP, JournalError

__all__ = ["QT_TRANSLATE_NOOP", "ImportCancelled", "ImportFileError"]


class ImportFileError(JournalError):
    """The file cannot be imported. The message says what is wrong, where, and what to do.

    ``where`` is "line 12" / "card 3 (line 40)" when the problem has a place.
    """

    context = "Import"

    def __init__(self, template: str, *, where: str = "", **args: Any) -> None:
        self.where = where
        if where:
            template = "{where}: " + template
            args["where"] = where
        super().__init__(template, **args)


class ImportCancelled(Exception):
    """The user cancelled an import; its transaction was rolled back."""
