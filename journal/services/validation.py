"""Checks shared by several services."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError

#: The field names the messages below may show as ``{name}`` (the UI translates
#: them in context "Validation" too; see ``journal.ui.ask.error_text``).
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Validation", "period"),
    QT_TRANSLATE_NOOP("Validation", "stage"),
    QT_TRANSLATE_NOOP("Validation", "title"),
    QT_TRANSLATE_NOOP("Validation", "direction"),
    QT_TRANSLATE_NOOP("Validation", "outcome"),
    QT_TRANSLATE_NOOP("Validation", "kind"),
    QT_TRANSLATE_NOOP("Validation", "recurrence unit"),
    QT_TRANSLATE_NOOP("Validation", "channel"),
    QT_TRANSLATE_NOOP("Validation", "summary"),
    QT_TRANSLATE_NOOP("Validation", "value direction"),
    QT_TRANSLATE_NOOP("Validation", "value type"),
    QT_TRANSLATE_NOOP("Validation", "objection"),
)


def choice(field: str, value: str | None, allowed: Iterable[str], *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    allowed = tuple(allowed)
    if value not in allowed:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "Unknown {name}: {value}. Choose one of: {allowed}."),
            name=field.replace("_", " "),
            value=value,
            allowed=", ".join(allowed),
        )
    return value


def required_text(field: str, value: str | None) -> str:
    text = " ".join((value or "").split()) if field in {"summary", "title"} else (value or "").strip()
    if not text:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "The {name} cannot be empty."),
            name=field.replace("_", " "),
        )
    return text


def aware(field: str, value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "The time must include a time zone."))
    return value
