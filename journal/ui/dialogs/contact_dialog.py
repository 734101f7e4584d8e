"""ContactDialog: add or edit a contact (every field of the contact page)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QFormLayout, QFrame, QLineEdit, QPlainTextEdit, QScrollArea, QWidget

from journal.services import contacts, new_introducer
from journal.services.contacts import MAX_CADENCE_DAYS, ContactDetail
from journal.services.validation import required_text
from journal.ui import ask, widgets
from journal.ui.dates import pydate, qdate
from journal.ui.dialogs.contact_details import ContactDetailsEditor, toggle
from journal.ui.dialogs.contact_picker import ContactPicker
from journal.ui.dialogs.form import FormDialog, StayOpen, error_label


def _details_count(c: ContactDetail) -> int:
    """How many of the fields under "More details" the contact has."""
    details = (
        c.photo,
        c.addresses,
        c.nicknames,
        c.urls,
        c.im,
        c.social,
        c.dates,
        c.related,
        c.custom_fields,
        c.middle_name,
        c.name_prefix,
        c.name_suffix,
        c.role,
        c.units,
        c.phonetic_given_name,
    )
    return sum(bool(v) for v in details)


def _lines(widget: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in widget.toPlainText().splitlines() if line.strip()]


class ContactDialog(FormDialog):
    """Add or edit a contact: every field of the contact page, checked by the contact service."""

    def __init__(self, parent: QWidget | None = None, contact: ContactDetail | None = None) -> None:
        title = (
            QCoreApplication.translate("ContactDialog", "Edit contact — {name}").format(name=contact.name)
            if contact
            else QCoreApplication.translate("ContactDialog", "New contact")
        )
        super().__init__(parent, title, "contactDialog")
        self.keep_drafts(f"contact.{contact.id}" if contact else "contact.new")
        self.contact = contact
        self.name = widgets.line_edit("contactName", self.tr("Name"))
        self.organization = widgets.line_edit("contactOrganization", self.tr("Organization"))
        self.title_edit = widgets.line_edit("contactTitle", self.tr("Job title"))
        self.emails = widgets.text_edit("contactEmails", self.tr("Email addresses, one per line"), 2)
        self.phones = widgets.text_edit("contactPhones", self.tr("Phone numbers, one per line"), 2)
        self.tags = widgets.line_edit(
            "contactTags", self.tr("Tags, separated by commas"), placeholder=self.tr("mentor, madrid")
        )
        self.linkedin = widgets.line_edit(
            "contactLinkedin",
            self.tr("LinkedIn profile address"),
            placeholder="https://www.linkedin.com/in/…",
        )
        self.website = widgets.line_edit("contactWebsite", self.tr("Website"))
        self.location = widgets.line_edit("contactLocation", self.tr("Location"))
        self.birthday = widgets.line_edit(
            "contactBirthday",
            self.tr("Birthday"),
            placeholder=self.tr("YYYY-MM-DD, or --MM-DD without a year"),
        )
        self.how_met = widgets.line_edit("contactHowMet", self.tr("How we met"))
        self._origin_fields(contact)
        self._cadence_fields()
        self.notes = widgets.text_edit("contactNotes", self.tr("Notes"), 3)
        self._add_rows()
        self._details_rows(contact)
        if contact is not None:
            self._fill(contact)
            self.remember_loaded(self.values())
        self.name.setFocus()
        self.resize(520, self.sizeHint().height())

    def _origin_fields(self, contact: ContactDetail | None) -> None:
        """When we met (if known) and who introduced us."""
        self.met_known = widgets.check_box(
            "contactMetKnown", self.tr("Met on"), self.tr("The day we met is known")
        )
        self.met_on = widgets.date_edit("contactMetOn", self.tr("Day we met"), QDate.currentDate())
        widgets.enabled_by(self.met_known, self.met_on)
        self.introduced_by = widgets.named(
            ContactPicker(exclude_id=contact.id if contact else None),
            "contactIntroducedBy",
            self.tr("Introduced by"),
        )

    def _cadence_fields(self) -> None:
        """Keep in touch every N days, and what resets the timer."""
        self.cadence = widgets.spin_box(
            "contactCadence",
            self.tr("Keep in touch every (days)"),
            0,
            MAX_CADENCE_DAYS,
            suffix=self.tr(" days"),
            special=self.tr("No cadence"),
        )
        self.cadence_scope = widgets.combo_box(
            "contactCadenceScope",
            self.tr("What resets the keep-in-touch timer"),
            [
                (self.tr("any interaction resets it"), "any"),
                (self.tr("only networking resets it"), "networking"),
            ],
        )

    def _add_rows(self) -> None:
        fields: list[tuple[str, str, QLineEdit | QPlainTextEdit]] = [
            ("name", self.tr("&Name"), self.name),
            ("organization", self.tr("&Organization"), self.organization),
            ("title", self.tr("Job &title"), self.title_edit),
            ("emails", self.tr("&Emails"), self.emails),
            ("phones", self.tr("&Phones"), self.phones),
            ("tags", self.tr("Ta&gs"), self.tags),
            ("linkedin_url", self.tr("&LinkedIn"), self.linkedin),
            ("website", self.tr("&Website"), self.website),
            ("location", self.tr("Locatio&n"), self.location),
            ("birthday", self.tr("&Birthday"), self.birthday),
            ("how_met", self.tr("&How we met"), self.how_met),
        ]
        for field, label, widget in fields:
            self.add_row(field, label, widget)
        self.add_row("met_on", self.tr("Met"), widgets.side_by_side(self.met_known, (self.met_on, 1)))
        self.add_row("introduced_by_id", self.tr("&Introduced by"), self.introduced_by)
        self.add_row(
            "cadence_days",
            self.tr("&Keep in touch"),
            widgets.side_by_side(self.cadence, (self.cadence_scope, 1)),
            "cadence_scope",
        )
        self.add_row("notes", self.tr("No&tes"), self.notes)
        self.set_check("name", lambda: required_text("name", self.name.text()))
        self.set_check("birthday", lambda: contacts.validate_birthday(self.birthday.text()))

    def _details_rows(self, contact: ContactDetail | None) -> None:
        """Photo, name parts, addresses, dates, related people…: under a "More details" switch."""
        self.details = ContactDetailsEditor()
        container = QWidget()
        form = QFormLayout(container)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, label, widget in self.details.rows():
            error = error_label(field)
            self._errors[field] = error
            form.addRow(label, widgets.pane(widget, error))
        self._aliases["phonetic_family_name"] = "phonetic_given_name"
        self.details_area = widgets.named(QScrollArea(), "contactDetailsArea", self.tr("More details"))
        self.details_area.setWidget(container)
        self.details_area.setWidgetResizable(True)
        self.details_area.setFrameShape(QFrame.Shape.NoFrame)
        self.details_area.setMinimumHeight(200)
        self.more = widgets.check_box(
            "contactMoreDetails", self.tr("More details"), self.tr("Show photo, addresses, dates and more")
        )
        toggle(self.more, self.details_area)
        self.form.addRow("", self.more)
        self.form.addRow(self.details_area)
        self.more.setChecked(False)  # the header shows them; the form stays short enough for 768 px screens
        count = _details_count(contact) if contact is not None else 0
        self.more.setText(
            self.tr("More details ({count})").format(count=count) if count else self.tr("More details")
        )

    def show_error(self, error: Any) -> None:
        field = getattr(error, "field", "")
        if (
            field in self._errors
            and field not in ("name", "notes")
            and self._errors[field].parent() is not None
        ):
            self.more.setChecked(True)
        super().show_error(error)

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
            self.met_on.setDate(qdate(c.met_on))
        if c.introduced_by_id:
            self.introduced_by.set_contact(c.introduced_by_id, c.introduced_by_name)
        self.cadence.setValue(c.cadence_days or 0)
        widgets.select_data(self.cadence_scope, c.cadence_scope)
        self.notes.setPlainText(c.notes)
        self.details.fill(c)

    def values(self) -> dict[str, Any]:
        """The form as keyword arguments for ``contacts.create_contact`` / ``update_contact``."""
        met: date | None = pydate(self.met_on.date()) if self.met_known.isChecked() else None
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
            **self.details.values(),
        }

    def save(self) -> int:
        values = self.values()
        introducer = self.introduced_by.typed_name()
        if introducer and values["introduced_by_id"] is None:
            # A name that is nobody's yet: add them too, never drop it in silence.
            if not ask.confirm(
                self,
                self.tr("Add {name}?").format(name=introducer),
                self.tr(
                    "No contact is called “{name}”. Add them as a new contact, who introduced you?"
                ).format(name=introducer),
            ):
                self.show_message(
                    self.tr("Choose someone from the list, or clear “Introduced by”."), "introduced_by_id"
                )
                raise StayOpen
            contact_id = self.contact.id if self.contact else None
            changed = self.edited(values) if self.contact else values
            return new_introducer.save_with_new_introducer(contact_id, changed, introducer).id
        if self.contact is None:
            return contacts.create_contact(**values).id
        return contacts.update_contact(self.contact.id, **self.edited(values)).id

    # entry points ----------------------------------------------------------------
    @classmethod
    def add(cls, parent: QWidget | None) -> int | None:
        """Ask for a new contact; its id, or None if cancelled."""
        return cls(parent).run()

    @classmethod
    def edit(cls, parent: QWidget | None, contact_id: int) -> int | None:
        """Edit a contact; its id, or None if cancelled."""
        return cls(parent, contacts.get_contact(contact_id)).run()
