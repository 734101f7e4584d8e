"""ContactDialog: add or edit a contact (every field of the contact page)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from journal.services import contacts
from journal.services.contacts import MAX_CADENCE_DAYS, ContactDetail
from journal.ui.dialogs.contact_picker import ContactPicker
from journal.ui.dialogs.form import FormDialog


def _lines(widget: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in widget.toPlainText().splitlines() if line.strip()]


class ContactDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, contact: ContactDetail | None = None) -> None:
        title = (
            QCoreApplication.translate("ContactDialog", "Edit contact")
            if contact
            else QCoreApplication.translate("ContactDialog", "New contact")
        )
        super().__init__(parent, title, "contactDialog")
        self.contact = contact
        self.name = self._line("contactName", self.tr("Name"))
        self.organization = self._line("contactOrganization", self.tr("Organization"))
        self.title_edit = self._line("contactTitle", self.tr("Job title"))
        self.emails = self._text("contactEmails", self.tr("Email addresses, one per line"), 2)
        self.phones = self._text("contactPhones", self.tr("Phone numbers, one per line"), 2)
        self.tags = self._line("contactTags", self.tr("Tags, separated by commas"))
        self.tags.setPlaceholderText(self.tr("mentor, madrid"))
        self.linkedin = self._line("contactLinkedin", self.tr("LinkedIn profile address"))
        self.linkedin.setPlaceholderText("https://www.linkedin.com/in/…")
        self.website = self._line("contactWebsite", self.tr("Website"))
        self.location = self._line("contactLocation", self.tr("Location"))
        self.birthday = self._line("contactBirthday", self.tr("Birthday"))
        self.birthday.setPlaceholderText(self.tr("YYYY-MM-DD, or --MM-DD without a year"))
        self.how_met = self._line("contactHowMet", self.tr("How we met"))
        self.met_known = QCheckBox(self.tr("Met on"))
        self.met_known.setObjectName("contactMetKnown")
        self.met_known.setAccessibleName(self.tr("The day we met is known"))
        self.met_on = QDateEdit()
        self.met_on.setObjectName("contactMetOn")
        self.met_on.setAccessibleName(self.tr("Day we met"))
        self.met_on.setCalendarPopup(True)
        self.met_on.setDate(QDate.currentDate())
        self.met_on.setEnabled(False)
        self.met_known.toggled.connect(self.met_on.setEnabled)
        met_row = QWidget()
        met_layout = QHBoxLayout(met_row)
        met_layout.setContentsMargins(0, 0, 0, 0)
        met_layout.addWidget(self.met_known)
        met_layout.addWidget(self.met_on, 1)
        self.introduced_by = ContactPicker(exclude_id=contact.id if contact else None)
        self.introduced_by.setObjectName("contactIntroducedBy")
        self.introduced_by.setAccessibleName(self.tr("Introduced by"))
        self.cadence = QSpinBox()
        self.cadence.setObjectName("contactCadence")
        self.cadence.setAccessibleName(self.tr("Keep in touch every (days)"))
        self.cadence.setRange(0, MAX_CADENCE_DAYS)
        self.cadence.setSpecialValueText(self.tr("No cadence"))
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence_scope = QComboBox()
        self.cadence_scope.setObjectName("contactCadenceScope")
        self.cadence_scope.setAccessibleName(self.tr("What resets the keep-in-touch timer"))
        self.cadence_scope.addItem(self.tr("any interaction resets it"), "any")
        self.cadence_scope.addItem(self.tr("only networking resets it"), "networking")
        cadence_row = QWidget()
        cadence_layout = QHBoxLayout(cadence_row)
        cadence_layout.setContentsMargins(0, 0, 0, 0)
        cadence_layout.addWidget(self.cadence)
        cadence_layout.addWidget(self.cadence_scope, 1)
        self.notes = self._text("contactNotes", self.tr("Notes"), 3)

        self.add_row("name", self.tr("&Name"), self.name)
        self.add_row("organization", self.tr("&Organization"), self.organization)
        self.add_row("title", self.tr("Job &title"), self.title_edit)
        self.add_row("emails", self.tr("&Emails"), self.emails)
        self.add_row("phones", self.tr("&Phones"), self.phones)
        self.add_row("tags", self.tr("Ta&gs"), self.tags)
        self.add_row("linkedin_url", self.tr("&LinkedIn"), self.linkedin)
        self.add_row("website", self.tr("&Website"), self.website)
        self.add_row("location", self.tr("Locatio&n"), self.location)
        self.add_row("birthday", self.tr("&Birthday"), self.birthday)
        self.add_row("how_met", self.tr("&How we met"), self.how_met)
        self.add_row("met_on", self.tr("Met"), met_row)
        self.add_row("introduced_by_id", self.tr("&Introduced by"), self.introduced_by)
        self.add_row("cadence_days", self.tr("&Keep in touch"), cadence_row, "cadence_scope")
        self.add_row("notes", self.tr("No&tes"), self.notes)
        if contact is not None:
            self._fill(contact)
        self.name.setFocus()
        self.resize(520, self.sizeHint().height())

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _text(self, name: str, accessible: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        return edit

    def _fill(self, c: ContactDetail) -> None:
        self.name.setText(c.name)
        self.organization.setText(c.organization)
        self.title_edit.setText(c.title)
        self.emails.setPlainText("\n".join(e.value for e in c.emails))
        self.phones.setPlainText("\n".join(p.value for p in c.phones))
        self.tags.setText(", ".join(c.tags))
        self.linkedin.setText(c.linkedin_url)
        self.website.setText(c.website)
        self.location.setText(c.location)
        self.birthday.setText(c.birthday)
        self.how_met.setText(c.how_met)
        if c.met_on:
            self.met_known.setChecked(True)
            self.met_on.setDate(QDate(c.met_on.year, c.met_on.month, c.met_on.day))
        if c.introduced_by_id:
            self.introduced_by.set_contact(c.introduced_by_id, c.introduced_by_name)
        self.cadence.setValue(c.cadence_days or 0)
        self.cadence_scope.setCurrentIndex(max(self.cadence_scope.findData(c.cadence_scope), 0))
        self.notes.setPlainText(c.notes)

    def values(self) -> dict[str, Any]:
        """The form as keyword arguments for ``contacts.create_contact`` / ``update_contact``."""
        met: date | None = None
        if self.met_known.isChecked():
            qd = self.met_on.date()
            met = date(qd.year(), qd.month(), qd.day())
        return {
            "name": self.name.text(),
            "organization": self.organization.text(),
            "title": self.title_edit.text(),
            "emails": _lines(self.emails),
            "phones": _lines(self.phones),
            "tags": [t.strip() for t in self.tags.text().split(",") if t.strip()],
            "linkedin_url": self.linkedin.text(),
            "website": self.website.text(),
            "location": self.location.text(),
            "birthday": self.birthday.text(),
            "how_met": self.how_met.text(),
            "met_on": met,
            "introduced_by_id": self.introduced_by.contact_id(),
            "cadence_days": self.cadence.value() or None,
            "cadence_scope": self.cadence_scope.currentData(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> int:
        values = self.values()
        if self.contact is None:
            return contacts.create_contact(**values).id
        return contacts.update_contact(self.contact.id, **values).id

    # entry points ----------------------------------------------------------------
    @classmethod
    def add(cls, parent: QWidget | None) -> int | None:
        """Ask for a new contact; its id, or None if cancelled."""
        dialog = cls(parent)
        return dialog.saved_id if dialog.exec() else None

    @classmethod
    def edit(cls, parent: QWidget | None, contact_id: int) -> int | None:
        dialog = cls(parent, contacts.get_contact(contact_id))
        return dialog.saved_id if dialog.exec() else None
