"""Finding one stored row by id — a live one, or one in the trash — and turning a model row
into a service's plain data. Every service that reads or changes one record uses these."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from journal.db.models import BaseModel
from journal.services.errors import NotFoundError

Row = TypeVar("Row", bound=BaseModel)
Data = TypeVar("Data")


def live_row(model: type[Row], row_id: int, gone: str) -> Row:
    """The ``model`` row ``row_id`` that is not in the trash; ``NotFoundError(gone)`` when there is none.

    ``gone`` is the message, marked with ``QT_TRANSLATE_NOOP("Validation", ...)`` at the call."""
    row = model.get_or_none((model.id == row_id) & model.deleted_at.is_null())
    if row is None:
        raise NotFoundError(gone)
    return row


def trashed_row(model: type[Row], row_id: int, not_in_trash: str) -> Row:
    """The ``model`` row ``row_id`` that is in the trash; ``NotFoundError(not_in_trash)`` when it is not."""
    row = model.get_or_none(model.id == row_id)
    if row is None or row.deleted_at is None:
        raise NotFoundError(not_in_trash)
    return row


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def data_of(cls: type[Data], row: Any, **given: Any) -> Data:
    """The dataclass ``cls`` filled from ``row``'s attributes of the same names (``given`` ones as given)."""
    taken = {name: getattr(row, name) for name in _field_names(cls) if name not in given}
    return cls(**taken, **given)
