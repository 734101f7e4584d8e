"""The offer bar: a one-click follow-up after a won deal or a networking meeting, and recording
the introduction after an introduction was logged. Never forced.

A thin bar at the top of the main window (object name ``offerBar``) with Add (or Record…) and
Dismiss.
Offers queue up; each is made once per session. What to offer is decided by the Qt-free
``journal.reminders.offers``.

Signals:
    offerShown(object): an ``Offer`` is now on the bar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QWidget

from journal.reminders.offers import Offer, accept, offers_for_change
from journal.services.errors import JournalError
from journal.services.events import Action, Change, Entity
from journal.ui import ask, formatting, widgets
from journal.ui.settings import AppSettings


def translate_offer(text: str) -> str:
    """Translate an offer's text (context "Offers")."""
    return QCoreApplication.translate("Offers", text)


class OfferBar(QToolBar):
    """The thin bar that offers a one-click follow-up after a won deal or a meeting.

    Signals:
        offerShown(object): an ``Offer`` is now on the bar.
    """

    offerShown = Signal(object)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offerBar")
        self.setWindowTitle(self.tr("Suggested follow-up"))
        self.setAccessibleName(self.tr("Suggested follow-up"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.settings = settings
        self.queue: list[Offer] = []
        self.seen: set[str] = set()
        self.current: Offer | None = None
        self.label = widgets.named(QLabel(), "offerLabel")
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.add_button = widgets.push_button(
            "offerAddButton",
            self.tr("Add follow-up"),
            self.tr("Add the suggested follow-up"),
            self.add_current,
        )
        self.dismiss_button = widgets.push_button(
            "offerDismissButton", self.tr("Dismiss"), self.tr("Dismiss the suggestion"), self.dismiss
        )
        self.addWidget(self.label)
        self.addWidget(self.add_button)
        self.addWidget(self.dismiss_button)
        self.hide()
        self.offer_source: Callable[[Change], list[Offer]] = lambda change: offers_for_change(
            change, post_sale_days=self.settings.post_sale_days
        )

    def on_changed(self, change: Change) -> None:
        if not self.settings.offer_followups:
            return
        if (change.entity, change.action) not in (
            (Entity.DEAL, Action.UPDATED),
            (Entity.DEAL, Action.CREATED),
            (Entity.INTERACTION, Action.CREATED),
        ):
            return
        # Decide once the work that made the change is done (an entry and its follow-up are
        # saved by one click): a follow-up made with the entry means no thank-you to offer.
        QTimer.singleShot(0, self, lambda: self._consider(change))

    def _consider(self, change: Change) -> None:
        try:
            offers = self.offer_source(change)
        except JournalError:
            return
        for offer in offers:
            if offer.key not in self.seen:
                self.seen.add(offer.key)
                self.queue.append(offer)
        if self.current is None:
            self._next()

    def _title(self, offer: Offer) -> str:
        return offer.title(translate_offer)

    def _next(self) -> None:
        self.current = self.queue.pop(0) if self.queue else None
        if self.current is None:
            self.hide()
            return
        day = formatting.short_date(self.current.due_date)
        if self.current.reason == "introduction":
            text = (
                self.tr("You introduced {name} to someone. Record who, to follow how it goes?")
                if self.current.direction == "i_introduced"
                else self.tr("{name} introduced you to someone. Record who?")
            )
            self.label.setText(text.format(name=self.current.contact_name))
            self.add_button.setText(self.tr("Record introduction…"))
        else:
            if self.current.reason == "post_sale":
                text = self.tr("Deal won! Add a follow-up “{title}” on {day}?")
            else:
                text = self.tr("Add a follow-up “{title}” on {day}?")
            self.label.setText(text.format(title=self._title(self.current), day=day))
            self.add_button.setText(self.tr("Add follow-up"))
        self.show()
        self.offerShown.emit(self.current)

    def add_current(self) -> None:
        if self.current is None:
            return
        if self.current.reason == "introduction":
            offer = self.current
            self._next()
            self.record_introduction(offer)
            return
        try:
            accept(self.current, self._title(self.current))
        except JournalError as error:
            ask.show_error(self, self.tr("Cannot add the follow-up"), ask.error_text(error))
        self._next()

    def dismiss(self) -> None:
        self._next()

    def record_introduction(self, offer: Offer) -> None:
        """The introduction form with the person filled in and the direction chosen."""
        from journal.ui.dialogs_intro import IntroductionDialog

        dialog = IntroductionDialog(self.window(), person_a_id=offer.contact_id, direction=offer.direction)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.person_b.setFocus()
