"""ContactHeader: who a contact is, how to reach them, and the keep-in-touch status.

Signals:
    contactLinkActivated(int): the "introduced by" link was clicked.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from journal.services.contacts import ContactDetail
from journal.services.networking import relationship_health
from journal.ui import formatting, widgets


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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.name)
        layout.addWidget(self.role)
        layout.addLayout(grid)

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
        self.name.setText(c.name)
        self.name.setAccessibleName(c.name)
        if c.title and c.organization:
            role = self.tr("{title} at {organization}").format(title=c.title, organization=c.organization)
        else:
            role = c.title or c.organization
        if c.location:
            role = f"{role} · {c.location}" if role else c.location
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
        self.reach.setText(" · ".join(reach) if reach else escape(self.tr("No email or phone yet")))

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

    def _link_activated(self, href: str) -> None:
        if href.startswith("contact:"):
            self.contactLinkActivated.emit(int(href.split(":", 1)[1]))
        else:
            QDesktopServices.openUrl(QUrl(href))
