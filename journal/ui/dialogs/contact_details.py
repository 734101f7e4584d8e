"""The contact dialog's further fields: name parts, nicknames, role and department, postal
addresses, more web sites, IM and social handles, dates, related people, the other programs'
own fields, the star and the photo. ``ContactDetailsEditor`` lays them out in a form of their
own (shown under "More details"); the dialog asks it for ``rows()``, ``fill`` and ``values``.

Labelled values are typed one per line as "label: value" ("spouse: Ana Ruiz"); a line without
a label is just the value.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from journal.services.contacts import ContactDetail
from journal.services.values import ADDRESS_PARTS, LabeledValue, Photo, PostalAddress
from journal.ui import ask, photos, widgets

#: Labelled fields typed as "label: value" lines, with the label of their row and its accessible text.
LABELED_FIELDS = ("urls", "im", "social", "dates", "related", "custom_fields", "alt_names")


def parse_lines(text: str) -> list[LabeledValue]:
    """ "label: value" lines (a line without ": " is a value without a label); the first is primary."""
    items: list[LabeledValue] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        label, sep, value = line.partition(": ")
        if not sep or "://" in label or not value.strip():
            label, value = "", line
        items.append(LabeledValue(value.strip(), label.strip(), not items))
    return items


def format_lines(items: list[LabeledValue]) -> str:
    """The values as "label: value" lines."""
    return "\n".join(f"{v.label}: {v.value}" if v.label else v.value for v in items)


class AddressesEditor(QWidget):
    """Several postal addresses: a list to pick one, its parts to edit, Add and Remove."""

    PARTS = ("label", "street", "extended", "po_box", "postal_code", "city", "region", "country")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactAddresses")
        self._items: list[dict[str, str]] = []
        self._current = -1
        self.list = widgets.named(QListWidget(), "contactAddressList", self.tr("Postal addresses"))
        self.list.setMaximumHeight(64)
        self.list.currentRowChanged.connect(self._show)
        names = {
            "label": self.tr("Label (work, home…)"),
            "street": self.tr("Street"),
            "extended": self.tr("Building, floor"),
            "po_box": self.tr("PO box"),
            "postal_code": self.tr("Postal code"),
            "city": self.tr("City"),
            "region": self.tr("Region or state"),
            "country": self.tr("Country"),
        }
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for part in self.PARTS:
            if part == "street":
                edit: QLineEdit | QPlainTextEdit = widgets.text_edit(f"contactAddress_{part}", names[part], 2)
                edit.textChanged.connect(self._store)
            else:
                edit = widgets.line_edit(f"contactAddress_{part}", names[part])
                edit.textChanged.connect(self._store)
            self.fields[part] = edit
            form.addRow(names[part], edit)
        self.add_button = widgets.push_button(
            "contactAddressAdd", self.tr("Add address"), self.tr("Add an address"), self.add
        )
        self.remove_button = widgets.push_button(
            "contactAddressRemove", self.tr("Remove address"), self.tr("Remove this address"), self.remove
        )
        buttons = widgets.hbox(self.add_button, self.remove_button, None)
        box = widgets.pane(self.list, buttons)
        fields = QWidget()
        fields.setLayout(form)
        widgets.vbox(box, fields, parent=self, margins=0)
        self._enable()

    def _enable(self) -> None:
        has = self._current >= 0
        for edit in self.fields.values():
            edit.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _title(self, item: dict[str, str]) -> str:
        address = PostalAddress.of(item.get("label", ""), [item.get(p, "") for p in ADDRESS_PARTS])
        text = address.one_line() or self.tr("(empty address)")
        return f"{item['label']}: {text}" if item.get("label") else text

    def set_addresses(self, addresses: list[PostalAddress]) -> None:
        """Show these addresses."""
        self._items = [{p: getattr(a, p) for p in self.PARTS} for a in addresses]
        self.list.clear()
        self.list.addItems([self._title(i) for i in self._items])
        self._current = -1
        self.list.setCurrentRow(0 if self._items else -1)
        self._enable()

    def addresses(self) -> list[PostalAddress]:
        """The addresses as typed (the service checks and cleans them)."""
        return [
            PostalAddress.of(i["label"], [i[p] for p in ADDRESS_PARTS], n == 0)
            for n, i in enumerate(self._items)
        ]

    def add(self) -> None:
        self._items.append({p: "" for p in self.PARTS})
        self.list.addItem(self._title(self._items[-1]))
        self.list.setCurrentRow(len(self._items) - 1)
        self.fields["street"].setFocus()

    def remove(self) -> None:
        row = self._current
        if row < 0:
            return
        del self._items[row]
        self.list.takeItem(row)
        self._current = -1
        self.list.setCurrentRow(min(row, len(self._items) - 1))
        self._enable()

    def _show(self, row: int) -> None:
        self._current = -1  # no storing while the fields are filled
        item = self._items[row] if 0 <= row < len(self._items) else {p: "" for p in self.PARTS}
        for part, edit in self.fields.items():
            edit.setPlainText(item[part]) if isinstance(edit, QPlainTextEdit) else edit.setText(item[part])
        self._current = row if 0 <= row < len(self._items) else -1
        self._enable()

    def _store(self, *_args: object) -> None:
        if self._current < 0:
            return
        item = self._items[self._current]
        for part, edit in self.fields.items():
            item[part] = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        self.list.item(self._current).setText(self._title(item))


class PhotoField(QWidget):
    """The contact's photo: a round preview, Choose… and Remove."""

    SIZE = 56

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactPhoto")
        self.photo: Photo | bytes | None = None
        self.preview = QLabel()
        self.preview.setObjectName("contactPhotoPreview")
        self.preview.setFixedSize(self.SIZE, self.SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = widgets.push_button(
            "contactPhotoChoose", self.tr("Choose…"), self.tr("Choose a photo"), self.choose
        )
        self.remove_button = widgets.push_button(
            "contactPhotoRemove", self.tr("Remove"), self.tr("Remove the photo"), self.clear
        )
        widgets.hbox(self.preview, self.choose_button, self.remove_button, None, parent=self, margins=0)
        self._refresh()

    def set_photo(self, photo: Photo | bytes | None) -> None:
        """Show ``photo`` (a stored one, or the bytes of a chosen file)."""
        self.photo = photo
        self._refresh()

    def _refresh(self) -> None:
        data = self.photo.data if isinstance(self.photo, Photo) else self.photo
        picture = photos.round_photo(data, self.SIZE)
        if picture is not None:
            self.preview.setPixmap(picture)
        else:
            self.preview.clear()
            url = self.photo.url if isinstance(self.photo, Photo) else ""
            self.preview.setText(self.tr("web photo") if url else self.tr("no photo"))
        self.remove_button.setEnabled(self.photo is not None)

    def choose(self) -> None:
        path = ask.open_file(
            self, self.tr("Choose a photo"), self.tr("Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)")
        )
        if path:
            try:
                self.set_photo(Path(path).read_bytes())
            except OSError as exc:
                ask.show_error(
                    self,
                    self.tr("Photo"),
                    self.tr("The photo cannot be read ({reason}).").format(reason=exc.strerror or exc),
                )

    def clear(self) -> None:
        self.set_photo(None)


class ContactDetailsEditor(QWidget):
    """The further fields of a contact, in a form of their own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDetails")
        self.name_prefix = widgets.line_edit(
            "contactNamePrefix", self.tr("Name prefix"), placeholder=self.tr("Dr.")
        )
        self.middle_name = widgets.line_edit("contactMiddleName", self.tr("Middle name"))
        self.name_suffix = widgets.line_edit(
            "contactNameSuffix", self.tr("Name suffix"), placeholder=self.tr("Jr.")
        )
        self.given_name = widgets.line_edit("contactGivenName", self.tr("First name"))
        self.family_name = widgets.line_edit("contactFamilyName", self.tr("Last name"))
        self.phonetic = widgets.line_edit(
            "contactPhonetic", self.tr("How the name is read"), placeholder=self.tr("first name; last name")
        )
        self.nicknames = widgets.line_edit("contactNicknames", self.tr("Nicknames, separated by commas"))
        self.role = widgets.line_edit("contactRole", self.tr("Role"), placeholder=self.tr("decision maker"))
        self.units = widgets.line_edit(
            "contactUnits",
            self.tr("Department"),
            placeholder=self.tr("Sales; Iberia (levels separated by ;)"),
        )
        self.addresses = AddressesEditor()
        hint = self.tr("one per line, as “label: value”")
        self.lists: dict[str, QPlainTextEdit] = {
            "urls": widgets.text_edit("contactUrls", self.tr("More web sites, {hint}").format(hint=hint), 2),
            "im": widgets.text_edit("contactIm", self.tr("Instant messaging, {hint}").format(hint=hint), 2),
            "social": widgets.text_edit(
                "contactSocial", self.tr("Social profiles, {hint}").format(hint=hint), 2
            ),
            "dates": widgets.text_edit(
                "contactDates", self.tr("Anniversaries and other dates, {hint}").format(hint=hint), 2
            ),
            "related": widgets.text_edit(
                "contactRelated", self.tr("Related people, {hint}").format(hint=hint), 2
            ),
            "custom_fields": widgets.text_edit(
                "contactCustomFields", self.tr("Other fields, {hint}").format(hint=hint), 2
            ),
            "alt_names": widgets.text_edit(
                "contactAltNames", self.tr("Name in other languages, {hint}").format(hint=hint), 1
            ),
        }
        self.lists["dates"].setPlaceholderText(self.tr("anniversary: 2015-06-20"))
        self.lists["related"].setPlaceholderText(self.tr("spouse: Ana Ruiz"))
        self.lists["im"].setPlaceholderText(self.tr("skype: ana.ruiz"))
        self.starred = widgets.check_box("contactStarred", self.tr("Starred"), self.tr("Starred contact"))
        self.photo = PhotoField()
        self._extra: dict[str, list[LabeledValue]] = {}

    def rows(self) -> list[tuple[str, str, QWidget]]:
        """(field, label, widget) of each row, in order, for the dialog's form."""
        return [
            ("photo", self.tr("P&hoto"), self.photo),
            ("given_name", self.tr("First name"), self.given_name),
            ("middle_name", self.tr("Middle name"), self.middle_name),
            ("family_name", self.tr("Last name"), self.family_name),
            ("name_prefix", self.tr("Prefix"), self.name_prefix),
            ("name_suffix", self.tr("Suffix"), self.name_suffix),
            ("nicknames", self.tr("Nicknames"), self.nicknames),
            ("phonetic_given_name", self.tr("Reading"), self.phonetic),
            ("alt_names", self.tr("Other languages"), self.lists["alt_names"]),
            ("role", self.tr("Role"), self.role),
            ("units", self.tr("Department"), self.units),
            ("addresses", self.tr("Addresses"), self.addresses),
            ("urls", self.tr("More web sites"), self.lists["urls"]),
            ("im", self.tr("Messaging"), self.lists["im"]),
            ("social", self.tr("Social"), self.lists["social"]),
            ("dates", self.tr("Dates"), self.lists["dates"]),
            ("related", self.tr("Related people"), self.lists["related"]),
            ("custom_fields", self.tr("Other fields"), self.lists["custom_fields"]),
            ("starred", self.tr("Star"), self.starred),
        ]

    def fill(self, c: ContactDetail) -> None:
        """Show the contact's values."""
        for name in ("name_prefix", "middle_name", "name_suffix", "given_name", "family_name", "role"):
            getattr(self, name).setText(getattr(c, name))
        reading = "; ".join(p for p in (c.phonetic_given_name, c.phonetic_family_name) if p)
        self.phonetic.setText(reading if c.phonetic_family_name else c.phonetic_given_name)
        self.nicknames.setText(", ".join(v.value for v in c.nicknames))
        self.units.setText("; ".join(v.value for v in c.units))
        self.addresses.set_addresses(c.addresses)
        for name, edit in self.lists.items():
            edit.setPlainText(format_lines(getattr(c, name)))
        self.starred.setChecked(c.starred)
        self.photo.set_photo(c.photo)
        self._extra = {"alt_organizations": c.alt_organizations, "alt_titles": c.alt_titles}

    def values(self) -> dict[str, Any]:
        """The fields as keyword arguments for the contact service (which checks them)."""
        given, _sep, family = self.phonetic.text().partition(";")
        values: dict[str, Any] = {
            name: getattr(self, name).text()
            for name in ("name_prefix", "middle_name", "name_suffix", "given_name", "family_name", "role")
        }
        values.update(
            phonetic_given_name=given.strip(),
            phonetic_family_name=family.strip(),
            nicknames=[LabeledValue(n.strip()) for n in self.nicknames.text().split(",") if n.strip()],
            units=[LabeledValue(u.strip()) for u in self.units.text().split(";") if u.strip()],
            addresses=self.addresses.addresses(),
            starred=self.starred.isChecked(),
            photo=self.photo.photo,
            **{name: parse_lines(edit.toPlainText()) for name, edit in self.lists.items()},
        )
        return values


def toggle(button: QPushButton | QCheckBox, target: QWidget) -> None:
    """Show ``target`` while ``button`` is checked."""
    target.setVisible(button.isChecked())
    button.toggled.connect(target.setVisible)
