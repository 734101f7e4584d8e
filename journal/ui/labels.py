"""The labels importers and the contact dialog keep on values ("work", "spouse", "anniversary"),
shown in the user's language; a label of the user's own ("Centralita") is shown as written."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from journal.services.errors import QT_TRANSLATE_NOOP
from journal.ui import formatting

WORDS = {
    "work": QT_TRANSLATE_NOOP("Labels", "work"),
    "home": QT_TRANSLATE_NOOP("Labels", "home"),
    "cell": QT_TRANSLATE_NOOP("Labels", "mobile"),
    "main": QT_TRANSLATE_NOOP("Labels", "main"),
    "other": QT_TRANSLATE_NOOP("Labels", "other"),
    "fax": QT_TRANSLATE_NOOP("Labels", "fax"),
    "work fax": QT_TRANSLATE_NOOP("Labels", "work fax"),
    "home fax": QT_TRANSLATE_NOOP("Labels", "home fax"),
    "pager": QT_TRANSLATE_NOOP("Labels", "pager"),
    "postal": QT_TRANSLATE_NOOP("Labels", "postal"),
    "homepage": QT_TRANSLATE_NOOP("Labels", "home page"),
    "blog": QT_TRANSLATE_NOOP("Labels", "blog"),
    "anniversary": QT_TRANSLATE_NOOP("Labels", "anniversary"),
    "spouse": QT_TRANSLATE_NOOP("Labels", "spouse"),
    "partner": QT_TRANSLATE_NOOP("Labels", "partner"),
    "child": QT_TRANSLATE_NOOP("Labels", "child"),
    "mother": QT_TRANSLATE_NOOP("Labels", "mother"),
    "father": QT_TRANSLATE_NOOP("Labels", "father"),
    "parent": QT_TRANSLATE_NOOP("Labels", "parent"),
    "brother": QT_TRANSLATE_NOOP("Labels", "brother"),
    "sister": QT_TRANSLATE_NOOP("Labels", "sister"),
    "friend": QT_TRANSLATE_NOOP("Labels", "friend"),
    "manager": QT_TRANSLATE_NOOP("Labels", "manager"),
    "assistant": QT_TRANSLATE_NOOP("Labels", "assistant"),
    "co-worker": QT_TRANSLATE_NOOP("Labels", "co-worker"),
    "agent": QT_TRANSLATE_NOOP("Labels", "agent"),
    "referred by": QT_TRANSLATE_NOOP("Labels", "referred by"),
}


def label_text(label: str) -> str:
    """A stored label in the user's language (capitalized for a line start)."""
    word = WORDS.get(label.casefold())
    text = QCoreApplication.translate("Labels", word) if word else label
    return text[:1].upper() + text[1:]


def day_text(value: str) -> str:
    """ "YYYY-MM-DD" as a long date; "--MM-DD" (no year) as day and month."""
    if value.startswith("--") and len(value) == 7:
        return QLocale().toString(QDate(2000, int(value[2:4]), int(value[5:7])), "d MMMM")
    try:
        return formatting.long_date(date.fromisoformat(value))
    except ValueError:
        return value
