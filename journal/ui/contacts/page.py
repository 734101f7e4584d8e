"""ContactPage: a contact's header and their two separate ledgers (Networking / Sales).

Signals:
    contactLinkActivated(int): open another contact (introduced by, introductions).
    editRequested(int): the Edit button.
    logRequested(str): log an entry of that kind for the shown contact.
    followUpRequested(str): add a follow-up of that kind.
    dealRequested(): add a deal.
    interactionActivated(int): open an entry.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal import clock
from journal.services import contacts
from journal.services.contacts import ContactDetail
from journal.services.errors import NotFoundError
from journal.ui import theme
from journal.ui.contacts.about import ContactAbout
from journal.ui.contacts.header import ContactHeader
from journal.ui.contacts.tabs import NetworkingTab, SalesTab


class ContactPage(QWidget):
    """A contact's header above their two separate ledgers (Networking / Sales tabs).

    Signals:
        contactLinkActivated(int): open another contact (introduced by, introductions).
        editRequested(int): the Edit button was pressed for this contact.
        logRequested(str): log an entry of that kind for the shown contact.
        followUpRequested(str): add a follow-up of that kind.
        dealRequested(): add a deal.
        interactionActivated(int): an entry was opened (double-click / Enter).
    """

    contactLinkActivated = Signal(int)
    editRequested = Signal(int)
    logRequested = Signal(str)
    followUpRequested = Signal(str)
    dealRequested = Signal()
    interactionActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactPage")
        self.contact: ContactDetail | None = None
        self.header = ContactHeader()
        self.header.contactLinkActivated.connect(self.contactLinkActivated)
        self.about = ContactAbout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editContactButton")
        self.edit_button.setAccessibleName(self.tr("Edit contact"))
        self.edit_button.clicked.connect(self._edit)
        self.networking = NetworkingTab()
        self.sales = SalesTab()
        for tab in (self.networking, self.sales):
            tab.logRequested.connect(self.logRequested)
            tab.followUpRequested.connect(self.followUpRequested)
            tab.interactionActivated.connect(self.interactionActivated)
            tab.contactLinkActivated.connect(self.contactLinkActivated)
        self.sales.dealRequested.connect(self.dealRequested)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("contactTabs")
        self.tabs.setAccessibleName(self.tr("Networking and sales"))
        self.tabs.addTab(self.networking, self.tr("&Networking"))
        self.tabs.addTab(self.sales, self.tr("&Sales"))

        head = QHBoxLayout()
        head.addWidget(self.header, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(12, 8, 8, 8)
        page_layout.addLayout(head)
        page_layout.addWidget(self.about)
        page_layout.addWidget(self.tabs, 1)

        self.empty = QLabel(self.tr("Pick a contact on the left to see their networking and sales."))
        self.empty.setObjectName("contactPageEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        # The keep-in-touch warning and overdue follow-ups are coloured when they are shown: a
        # switch of theme shows the contact again (once, however many events it sends; the
        # header parses its links again itself).
        self._recolour = QTimer(self)
        self._recolour.setSingleShot(True)
        self._recolour.setInterval(0)
        self._recolour.timeout.connect(self.reload)
        theme.watch_palette(self, self._recolour.start)

    @property
    def contact_id(self) -> int | None:
        return self.contact.id if self.contact else None

    def show_contact(self, contact_id: int | None, *, keep_loaded: bool = False) -> bool:
        """Show this contact (None: the empty page). False if it no longer exists."""
        if contact_id is None:
            self.contact = None
            self.stack.setCurrentIndex(0)
            return True
        try:
            detail = contacts.get_contact(contact_id)
        except NotFoundError:
            self.contact = None
            self.stack.setCurrentIndex(0)
            return False
        same = self.contact is not None and self.contact.id == contact_id
        self.contact = detail
        today = clock.today()
        self.header.show_contact(detail, today)
        self.about.show_contact(detail, today)
        self.networking.show_contact(contact_id, today, keep_loaded=keep_loaded and same)
        self.sales.show_contact(contact_id, today, keep_loaded=keep_loaded and same)
        self.stack.setCurrentIndex(1)
        return True

    def reload(self) -> None:
        """Show the same contact again, as it is now (keeping the ledgers' loaded rows)."""
        if self.contact is not None:
            self.show_contact(self.contact.id, keep_loaded=True)

    def current_tab(self) -> NetworkingTab | SalesTab:
        return self.sales if self.tabs.currentWidget() is self.sales else self.networking

    def _edit(self) -> None:
        if self.contact is not None:
            self.editRequested.emit(self.contact.id)
