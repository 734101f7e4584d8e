"""Checks shared by several services."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError


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
            field, QT_TRANSLATE_NOOP("Validation", "The {name} cannot be empty."), name=field
        )
    return text


def aware(field: str, value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "The time must include a time zone."))
    return value
