"""Errors the services raise for bad input ("the user can fix this").

Messages are English templates marked for translation: the UI shows
``QCoreApplication.translate("Validation", error.template).format(**error.args)``.
"""

from __future__ import annotations

from typing import Any

from journal.errors import ExplainedError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction by pyside6-lupdate without translating it here."""
    return text


class JournalError(ExplainedError):
    """Base of the errors a user may see; ``str()`` is the English message."""

    context = "Validation"

    def __init__(self, template: str, **args: Any) -> None:
        self.template = template
        self.args_map = args
        super().__init__(template.format(**args) if args else template)


class ValidationError(JournalError):
    """Input that cannot be saved; ``field`` names the offending field."""

    def __init__(self, field: str, template: str, **args: Any) -> None:
        self.field = field
        super().__init__(template, **args)


class NotFoundError(JournalError):
    """The record does not exist (or is in the trash)."""
