"""ContactAbout: a contact's birthday and notes, under the header of their page.

The notes show their first lines; "Show all" unfolds them (and folds them again), so a long
note never pushes the two ledgers off a laptop screen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from journal.reminders import due
from journal.services.contacts import ContactDetail
from journal.ui import formatting, widgets

FOLDED_LINES = 2


def birthday_text(text: str, today: date) -> str:
    """ "Birthday: 12 March 1985 · turns 41 in 2 days", or "" when there is none."""
    parsed = due.parse_birthday(text)
    upcoming = due.next_birthday(text, today)
    if parsed is None or upcoming is None:
        return ""
    year, month, day = parsed
    locale_day = formatting.day_month(month, day)
    shown = f"{locale_day} {year}" if year else locale_day
    days = (upcoming - today).days
    if days == 0:
        when = QCoreApplication.translate("ContactAbout", "today")
    elif days == 1:
        when = QCoreApplication.translate("ContactAbout", "tomorrow")
    else:
        when = QCoreApplication.translate("ContactAbout", "in %n days", None, days)
    if year:
        age = upcoming.year - year
        return QCoreApplication.translate("ContactAbout", "Birthday: {day} · turns {age} {when}").format(
            day=shown, age=age, when=when
        )
    return QCoreApplication.translate("ContactAbout", "Birthday: {day} · {when}").format(day=shown, when=when)


class ContactAbout(QWidget):
    """The birthday line and the notes (folded to their first lines, "Show all" unfolds)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactAbout")
        self.birthday = widgets.text_label("contactBirthday")
        self.notes = widgets.text_label("contactNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = widgets.push_button(
            "contactNotesMore", self.tr("Show all"), self.tr("Show all the notes")
        )
        self.more.setCheckable(True)
        self.more.setFlat(True)
        self.more.toggled.connect(self._fold)
        self._text = ""
        notes_row = widgets.hbox((self.notes, 1), (self.more, 0, Qt.AlignmentFlag.AlignTop), margins=0)
        widgets.vbox(self.birthday, notes_row, parent=self, margins=0, spacing=2)

    def show_contact(self, contact: ContactDetail, today: date) -> None:
        birthday = birthday_text(contact.birthday, today)
        self.birthday.setText(birthday)
        self.birthday.setVisible(bool(birthday))
        self._text = contact.notes.strip()
        self.more.setChecked(False)
        self._fold(False)
        self.setVisible(bool(birthday or self._text))

    def _fold(self, unfolded: bool) -> None:
        lines = self._text.splitlines()
        long = len(lines) > FOLDED_LINES or len(self._text) > 240
        self.more.setVisible(long)
        self.more.setText(self.tr("Show less") if unfolded else self.tr("Show all"))
        if unfolded or not long:
            self.notes.setText(self._text)
        else:
            first = "\n".join(lines[:FOLDED_LINES])
            self.notes.setText((first[:240].rstrip() + " …") if first else "")
        self.notes.setToolTip(self._text if long and not unfolded else "")
        self.notes.setVisible(bool(self._text))
