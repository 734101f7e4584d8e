"""The words for the journal's fixed choices, in one place for every view.

Each table maps a key stored by the services (``journal.db.models``: kinds, channels,
stages, objections…) to its English text, marked for translation under the context
"Vocabulary"; ``word(table, key)`` shows it in the user's language (an unknown key is
shown as it is). The contact page, the timeline, the calendar, the pipeline, the charts
and the reminders all use these, so a stage or a channel reads the same everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.services.errors import QT_TRANSLATE_NOOP

KIND_TEXT = {
    "networking": QT_TRANSLATE_NOOP("Vocabulary", "Networking"),
    "sales": QT_TRANSLATE_NOOP("Vocabulary", "Sales"),
}
CHANNEL_TEXT = {
    "meeting": QT_TRANSLATE_NOOP("Vocabulary", "Meeting"),
    "call": QT_TRANSLATE_NOOP("Vocabulary", "Call"),
    "email": QT_TRANSLATE_NOOP("Vocabulary", "Email"),
    "message": QT_TRANSLATE_NOOP("Vocabulary", "Message"),
    "event": QT_TRANSLATE_NOOP("Vocabulary", "Event"),
    "social": QT_TRANSLATE_NOOP("Vocabulary", "Social"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
VALUE_TYPE_TEXT = {
    "introduction": QT_TRANSLATE_NOOP("Vocabulary", "Introduction"),
    "advice": QT_TRANSLATE_NOOP("Vocabulary", "Advice"),
    "content": QT_TRANSLATE_NOOP("Vocabulary", "Content"),
    "referral": QT_TRANSLATE_NOOP("Vocabulary", "Referral"),
    "favour": QT_TRANSLATE_NOOP("Vocabulary", "Favour"),
}
DIRECTION_TEXT = {
    "gave": QT_TRANSLATE_NOOP("Vocabulary", "Gave"),
    "received": QT_TRANSLATE_NOOP("Vocabulary", "Received"),
}
STAGE_TEXT = {
    "prospect": QT_TRANSLATE_NOOP("Vocabulary", "Prospect"),
    "qualified": QT_TRANSLATE_NOOP("Vocabulary", "Qualified"),
    "presentation": QT_TRANSLATE_NOOP("Vocabulary", "Presentation"),
    "proposal": QT_TRANSLATE_NOOP("Vocabulary", "Proposal"),
    "negotiation": QT_TRANSLATE_NOOP("Vocabulary", "Negotiation"),
    "won": QT_TRANSLATE_NOOP("Vocabulary", "Won"),
    "lost": QT_TRANSLATE_NOOP("Vocabulary", "Lost"),
}
OBJECTION_TEXT = {
    "price": QT_TRANSLATE_NOOP("Vocabulary", "Price"),
    "timing": QT_TRANSLATE_NOOP("Vocabulary", "Timing"),
    "competitor": QT_TRANSLATE_NOOP("Vocabulary", "Competitor"),
    "need": QT_TRANSLATE_NOOP("Vocabulary", "Need"),
    "authority": QT_TRANSLATE_NOOP("Vocabulary", "Authority"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
OUTCOME_TEXT = {
    "resolved": QT_TRANSLATE_NOOP("Vocabulary", "Resolved"),
    "unresolved": QT_TRANSLATE_NOOP("Vocabulary", "Unresolved"),
    "pending": QT_TRANSLATE_NOOP("Vocabulary", "Pending"),
}
INTRO_OUTCOME_TEXT = {
    "pending": QT_TRANSLATE_NOOP("Vocabulary", "Pending"),
    "met": QT_TRANSLATE_NOOP("Vocabulary", "They met"),
    "business": QT_TRANSLATE_NOOP("Vocabulary", "Did business"),
}
RECURRENCE_TEXT = {
    "day": QT_TRANSLATE_NOOP("Vocabulary", "days"),
    "week": QT_TRANSLATE_NOOP("Vocabulary", "weeks"),
    "month": QT_TRANSLATE_NOOP("Vocabulary", "months"),
}


def word(table: dict[str, str], key: str | None) -> str:
    """The translated word for ``key`` in ``table`` ("" for no key)."""
    if not key:
        return ""
    return QCoreApplication.translate("Vocabulary", table.get(key, key))


def kind(key: str | None) -> str:
    """ "Networking" or "Sales"."""
    return word(KIND_TEXT, key)


def channel(key: str | None) -> str:
    """How an interaction happened: "Meeting", "Call"…"""
    return word(CHANNEL_TEXT, key)


def stage(key: str | None) -> str:
    """A deal's stage: "Prospect" … "Won", "Lost"."""
    return word(STAGE_TEXT, key)


def objection(key: str | None) -> str:
    """An objection's category: "Price", "Timing"…"""
    return word(OBJECTION_TEXT, key)


def value_type(key: str | None) -> str:
    """What was given or received in networking: "Introduction", "Advice"…"""
    return word(VALUE_TYPE_TEXT, key)
