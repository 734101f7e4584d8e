"""The quick capture window (File ▸ Quick Capture…, Ctrl+Shift+L, the tray menu, and
``networking-journal --capture`` for a desktop-wide shortcut): one line, read as it is typed.

    café con @Ana gave intro to @Luis, seguimiento el viernes      ⏎

Under the line it shows what will be saved: the line with its parts marked, then who, which
ledger, the channel, when, value or objection, deal, follow-up and summary in words. When the
@name fits several contacts it asks which (↓ moves into the list); when it fits nobody it
offers to add them; an introduction told in the line is recorded too unless unticked. Enter
saves it all in one transaction and shows an Undo; the window stays for the next line.
Escape closes it, keeping what was typed (also across a restart: a draft in the journal).

``dateparser`` (which reads the dates) loads on a worker thread when the window first opens:
never at start-up, and never freezing the window.

Signals (QuickCaptureWindow):
    saved(object): a ``SavedCapture`` was written.
    undone(object): that ``SavedCapture`` was taken back.
    ready(): the date reader is loaded; lines are read as they are typed.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFormLayout, QListWidget, QWidget

from journal import clock
from journal.capture import dates
from journal.capture.directory import JournalPeople
from journal.capture.model import Capture, Person
from journal.capture.parser import parse
from journal.capture.save import SavedCapture
from journal.services import drafts
from journal.ui import formatting, theme, widgets
from journal.ui.capture.saving import DRAFT_KEY, SavingCapture
from journal.ui.capture.understood import ShowsUnderstanding
from journal.ui.importing.worker import Task
from journal.ui.refresh import coalescing_timer

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 500


def _warm_up(_progress: Any, _cancelled: Any) -> None:
    dates.warm_up()


def _warning_style() -> str:
    return f"color: {formatting.health_color('overdue').name()};"


class QuickCaptureWindow(SavingCapture, ShowsUnderstanding, QWidget):
    """One line of text into an entry, its follow-up and its introduction, with a live preview.

    Signals:
        saved(object): a ``SavedCapture`` was written.
        undone(object): that ``SavedCapture`` was taken back.
        ready(): the date reader is loaded; lines are read as they are typed.
    """

    saved = Signal(object)
    undone = Signal(object)
    ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        widgets.named(self, "quickCapture", self.tr("Quick capture"))
        self.setWindowTitle(self.tr("Quick capture — Networking Journal"))
        self.people = JournalPeople()
        self.capture: Capture | None = None
        self.chosen: Person | None = None
        self._chosen_for = ""
        self._choices: list[Person] = []
        self.last_saved: SavedCapture | None = None
        self.is_ready = False
        self._placed = False
        self._warming: Task | None = None
        self._build()
        self._parse_timer = coalescing_timer(self, self.reparse)
        self._draft_timer = coalescing_timer(self, self._keep_draft, DRAFT_DELAY_MS)
        self.text.textChanged.connect(self._typed)
        self.resize(680, 380)

    # building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.text = widgets.line_edit(
            "captureText",
            self.tr("What happened, with whom"),
            placeholder=self.tr("coffee with @Ana, gave advice, follow up in 2 weeks"),
        )
        font = QFont(self.text.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.text.setFont(font)
        self.text.installEventFilter(self)
        self.marked = widgets.text_label("captureMarked")
        self.marked.setTextFormat(Qt.TextFormat.RichText)
        self.marked.setAccessibleName(self.tr("What was understood, marked in the line"))
        self.details = QFormLayout()
        self.details.setObjectName("captureDetails")
        self.problems = widgets.text_label("captureProblems")
        self.problems.setStyleSheet(_warning_style())
        self.candidates_label = widgets.text_label("captureCandidatesLabel")
        self.candidates = widgets.named(QListWidget(), "captureCandidates", self.tr("Contacts it could be"))
        self.candidates.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        self.candidates.currentItemChanged.connect(lambda item, _prev: self._candidate_chosen(item))
        self.candidates.itemActivated.connect(lambda _item: self.save())
        self.add_person = widgets.check_box("captureCreatePerson", "", self.tr("Add them as a new contact"))
        self.add_person.toggled.connect(lambda _on: self._show(self.capture))
        self.introduction = widgets.check_box(
            "captureRecordIntroduction", "", self.tr("Also record the introduction"), checked=True
        )
        self.others = widgets.text_label("captureOthers")
        self.others.setEnabled(False)
        self.status = widgets.text_label("captureStatus")
        self.undo_button = widgets.push_button(
            "captureUndoButton", self.tr("&Undo"), self.tr("Take back what was just saved"), self.undo
        )
        self.undo_button.setAutoDefault(False)
        self.save_button = widgets.push_button(
            "captureSaveButton", self.tr("Save (Enter)"), self.tr("Save what you typed"), self.save
        )
        self.close_button = widgets.push_button(
            "captureCloseButton", self.tr("Close (Esc)"), self.tr("Close quick capture"), self.close
        )
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self._undo_key)
        bottom = widgets.hbox((self.status, 1), self.undo_button, self.save_button, self.close_button)
        widgets.vbox(
            self.text,
            self.marked,
            self.details,
            self.problems,
            self.candidates_label,
            self.candidates,
            self.add_person,
            self.introduction,
            self.others,
            None,
            bottom,
            parent=self,
            margins=12,
            spacing=6,
        )
        self._clear_status()
        self._show(None)
        theme.watch_palette(self, self._recolour)

    def _recolour(self) -> None:
        """The theme switched: the problems and the marked line in the new palette's colours."""
        self.problems.setStyleSheet(_warning_style())
        self._show(self.capture)

    # opening -------------------------------------------------------------------------------
    def open(self) -> None:
        """Show (or bring back) the window, with the cursor in the line."""
        if not self.text.text():
            draft = drafts.load_draft(DRAFT_KEY)
            if draft is not None and isinstance(draft.values.get("text"), str):
                self.text.setText(draft.values["text"])
        if not self.isVisible() and not self._placed:
            self._place()
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()
        self.text.setFocus()

    def _place(self) -> None:
        """The first time: centred, a little above the middle of the screen (where the eyes are)."""
        self._placed = True
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        self.move(
            free.x() + (free.width() - self.width()) // 2, free.y() + (free.height() - self.height()) // 3
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.is_ready and self._warming is None:
            self._warming = Task(_warm_up, self)  # dateparser: loaded now, off the UI thread
            self._warming.finished.connect(self._warmed)
            self._warming.start()

    def _warmed(self, result: object) -> None:
        if isinstance(result, BaseException):
            log.warning("the date reader could not be loaded in advance: %r", result)
        self.is_ready = True
        self.ready.emit()
        self.reparse()

    # reading -------------------------------------------------------------------------------
    def _typed(self) -> None:
        self._parse_timer.start()
        self._draft_timer.start()

    def reparse(self) -> None:
        """Read the line again (once the date reader is loaded) and show what it says."""
        text = self.text.text()
        if not text.strip():
            self.capture = None
            self._show(None)
            return
        if not self.is_ready:
            self.marked.setText(self.tr("Getting ready to read dates…"))
            return
        choose = self.chosen if self.chosen is not None and self._still_chosen(text) else None
        if choose is None:
            self.chosen = None
        self.capture = parse(text, today=clock.today(), now=clock.now(), people=self.people, choose=choose)
        self._show(self.capture)

    def _still_chosen(self, text: str) -> bool:
        """The choice holds while the @name it was made for is still the one typed."""
        return f"@{self._chosen_for}" in text

    # keys and closing -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        undo_capture_key = (
            watched is self.text
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.text.text()  # the line's own undo has nothing to do
            and self.last_saved is not None
        )
        if undo_capture_key:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
            elif event.type() == QEvent.Type.KeyPress:
                self.undo()
            return True
        if watched is self.text and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.save()
                return True
            if key == Qt.Key.Key_Down and self.candidates.isVisible():
                self.candidates.setFocus()
                if self.candidates.currentRow() < 0:
                    self.candidates.setCurrentRow(0)
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _keep_draft(self) -> None:
        text = self.text.text()
        if text.strip():
            drafts.save_draft(DRAFT_KEY, {"text": text})
        else:
            drafts.discard_draft(DRAFT_KEY)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing keeps the typed line (here and as a draft) for the next time."""
        self._draft_timer.stop()
        self._keep_draft()
        self._clear_status()
        super().closeEvent(event)
