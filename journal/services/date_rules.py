"""Dates that cannot be right, one rule each, for every way in (dialogs, quick capture, files).

- An interaction is something that happened: more than a day in the future it is refused
  (the day of slack covers time zones and a meeting logged a little early). What is planned
  is a follow-up.
- A birthday is never in the future.
- An open deal whose expected close has passed is allowed (imports of stale pipelines are
  real), but a form asks before saving one: ``close_date_passed`` says when.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from journal import clock
from journal.db.models import OPEN_STAGES
from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError

FUTURE_SLACK = timedelta(days=1)


def check_occurred_at(moment: datetime, now: datetime | None = None) -> None:
    """``ValidationError`` on "occurred_at" when ``moment`` is more than a day ahead of ``now``."""
    now = now or clock.now()
    if moment > now + FUTURE_SLACK:
        raise ValidationError(
            "occurred_at",
            QT_TRANSLATE_NOOP(
                "Validation",
                "That is more than a day from now: log what has happened, and add a follow-up "
                "for what is planned.",
            ),
        )


def check_birthday(day: date, today: date | None = None) -> None:
    """``ValidationError`` on "birthday" when ``day`` is after ``today``."""
    if day > (today or clock.today()):
        raise ValidationError(
            "birthday", QT_TRANSLATE_NOOP("Validation", "A birthday cannot be in the future.")
        )


def close_date_passed(expected_close: date | None, stage: str, today: date | None = None) -> bool:
    """Whether an open deal's expected close is already behind us (a form asks about it)."""
    return expected_close is not None and stage in OPEN_STAGES and expected_close < (today or clock.today())
