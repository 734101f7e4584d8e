"""ContactHeader: who a contact is, how to reach them, and the keep-in-touch status.

Signals:
    contactLinkActivated(int): the "introduced by" link was clicked.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from journal.services.contacts import ContactDetail
from journal.services.networking import relationship_health
from journal.ui import formatting, photos, theme, widgets
from journal.ui.labels import day_text, label_text

PHOTO_SIZE = 64


def keep_in_touch_text(contact: ContactDetail, today: date) -> str:
    """ "Last talked 47 days ago, cadence 30 days: overdue"."""
    last = (
        contact.last_networking_at if contact.cadence_scope == "networking" else contact.last_interaction_at
    )
    if last is None:
        talked = QCoreApplication.translate("ContactHeader", "Never talked yet")
    else:
        days = (today - formatting.local_date(last)).days
        if days <= 0:
            talked = QCoreApplication.translate("ContactHeader", "Last talked today")
        elif days == 1:
            talked = QCoreApplication.translate("ContactHeader", "Last talked yesterday")
        else:
            talked = QCoreApplication.translate("ContactHeader", "Last talked %n days ago", None, days)
    cadence = contact.effective_cadence_days
    if not cadence:
        return QCoreApplication.translate("ContactHeader", "{talked}, no keep-in-touch cadence").format(
            talked=talked
        )
    state = relationship_health(contact.reconnect_due_on, today)
    return QCoreApplication.translate(
        "ContactHeader", "{talked}, cadence %n days: {state}", None, cadence
    ).format(talked=talked, state=formatting.health_text(state).lower())


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href, quote=True)}">{escape(text)}</a>'


class ContactHeader(QWidget):
    """Who the contact is, how to reach them, how we met, and the keep-in-touch status.

    Signals:
        contactLinkActivated(int): the "introduced by" contact's link was clicked.
    """

    contactLinkActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactHeader")
        self.name = QLabel()
        self.name.setObjectName("contactHeaderName")
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.role = self._label("contactHeaderRole")
        self.reach = self._label("contactHeaderReach", links=True)
        self.reach.setAccessibleName(self.tr("How to reach them"))
        self.tags = self._label("contactHeaderTags")
        self.origin = self._label("contactHeaderOrigin", links=True)
        self.origin.setAccessibleName(self.tr("How we met"))
        self.keep_in_touch = self._label("contactKeepInTouch")
        self.keep_in_touch.setAccessibleName(self.tr("Keep-in-touch status"))
        self.details = self._label("contactHeaderDetails", links=True)
        self.details.setAccessibleName(self.tr("More about them"))
        self.photo = QLabel()
        self.photo.setObjectName("contactHeaderPhoto")
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        # Addresses and links get a whole row: an e-mail address cannot wrap.
        grid.addWidget(self.reach, 0, 0, 1, 2)
        grid.addWidget(self.tags, 1, 0)
        grid.addWidget(self.keep_in_touch, 1, 1)
        grid.addWidget(self.origin, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(4)
        text.addWidget(self.name)
        text.addWidget(self.role)
        text.addLayout(grid)
        text.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        theme.watch_palette(self, self._relink)

    def _relink(self) -> None:
        """The theme switched: the links are parsed again, in the new palette's link colour (a
        rich-text label keeps the colour it was given, and ignores the same text set again)."""
        for label in (self.reach, self.origin, self.details):
            text = label.text()
            if "<a " in text:
                label.clear()
                label.setText(text)

    def _label(self, name: str, *, links: bool = False) -> QLabel:
        label = widgets.text_label(name)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if links:
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.linkActivated.connect(self._link_activated)
        else:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_contact(self, c: ContactDetail, today: date) -> None:
        picture = photos.round_photo(c.photo.data if c.photo else None, PHOTO_SIZE)
        self.photo.setPixmap(picture) if picture is not None else self.photo.clear()
        self.photo.setVisible(picture is not None)
        self.photo.setAccessibleName(self.tr("Photo of {name}").format(name=c.name) if picture else "")
        self.name.setText(f"★ {c.name}" if c.starred else c.name)
        self.name.setAccessibleName(c.name)
        title = " · ".join(p for p in (c.title, c.role) if p)
        organization = " · ".join([c.organization, *(u.value for u in c.units)]) if c.organization else ""
        if title and organization:
            role = self.tr("{title} at {organization}").format(title=title, organization=organization)
        else:
            role = title or organization
        place = c.location or (c.addresses[0].city if c.addresses else "")
        if place:
            role = f"{role} · {place}" if role else place
        self.role.setText(role)
        self.role.setVisible(bool(role))

        # A long address may break after its "@" (a zero-width space) rather than be cut.
        reach = [_link(f"mailto:{e.value}", e.value.replace("@", "@\u200b")) for e in c.emails]
        reach += [_link(f"tel:{p.value}", p.value).replace(" ", "&nbsp;") for p in c.phones]
        if c.linkedin_url:
            url = c.linkedin_url if "://" in c.linkedin_url else f"https://{c.linkedin_url}"
            reach.append(_link(url, self.tr("LinkedIn")))
        if c.website:
            url = c.website if "://" in c.website else f"https://{c.website}"
            reach.append(_link(url, self.tr("Website")))
        reach += [_link(u.value, label_text(u.label) if u.label else self.tr("Web site")) for u in c.urls]
        reach += [_link(v.value, v.label.capitalize() or self.tr("Profile")) for v in c.social]
        reach += [escape(f"{v.label.capitalize()}: {v.value}" if v.label else v.value) for v in c.im]
        self.reach.setText(" · ".join(reach) if reach else escape(self.tr("No email or phone yet")))
        self.details.setText(self._details(c))
        self.details.setVisible(bool(self.details.text()))

        tags = self.tr("Tags: {tags}").format(tags=", ".join(c.tags)) if c.tags else self.tr("No tags")
        if c.effective_cadence_days:
            every = self.tr("keep in touch every %n days", "", c.effective_cadence_days)
            if c.cadence_scope == "networking":
                every += self.tr(" (networking only)")
            tags = f"{tags} · {every}"
        self.tags.setText(tags)

        origin: list[str] = []
        if c.how_met:
            origin.append(escape(self.tr("Met: {how}").format(how=c.how_met)))
        if c.met_on:
            origin.append(escape(self.tr("on {day}").format(day=formatting.long_date(c.met_on))))
        if c.introduced_by_id:
            origin.append(
                escape(self.tr("introduced by"))
                + " "
                + _link(f"contact:{c.introduced_by_id}", c.introduced_by_name)
            )
        self.origin.setText(" · ".join(origin))
        self.origin.setVisible(bool(origin))

        state = relationship_health(c.reconnect_due_on, today)
        self.keep_in_touch.setText(keep_in_touch_text(c, today))
        if state in ("overdue", "due_soon"):
            color = formatting.health_color(state).name()
            self.keep_in_touch.setStyleSheet(f"color: {color}; font-weight: 600;")
        else:
            self.keep_in_touch.setStyleSheet("")

    def _details(self, c: ContactDetail) -> str:
        """Nicknames, addresses, dates, related people and the other programs' fields, on a few lines."""
        lines: list[str] = []
        if c.nicknames:
            lines.append(self.tr("Also called {names}").format(names=", ".join(v.value for v in c.nicknames)))
        for address in c.addresses:
            text = address.one_line()
            lines.append(f"{label_text(address.label)}: {text}" if address.label else text)
        for item in c.dates:
            lines.append(
                f"{label_text(item.label) if item.label else self.tr('Date')}: {day_text(item.value)}"
            )
        for item in c.related:
            lines.append(f"{label_text(item.label) if item.label else self.tr('Related')}: {item.value}")
        for item in c.custom_fields:
            lines.append(f"{item.label}: {item.value}" if item.label else item.value)
        return "<br>".join(escape(line) for line in lines)

    def _link_activated(self, href: str) -> None:
        if href.startswith("contact:"):
            self.contactLinkActivated.emit(int(href.split(":", 1)[1]))
        else:
            QDesktopServices.openUrl(QUrl(href))
