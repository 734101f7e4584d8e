"""Preferences ▸ Sync (``syncPage``): the server, the account, the collections, when to sync,
the last result, and the items from the server waiting for a person."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from journal.ui import ask
from journal.ui.dialogs.contact_picker import ContactPicker
from journal.ui.importing.worker import Task
from journal.ui.preferences import PreferencesPage
from journal.ui.settings import AppSettings
from journal.ui.sync.controller import (
    AFTER_CHANGE_KEY,
    INTERVAL_KEY,
    SyncController,
    after_change,
    describe_error,
    interval_minutes,
)

KINDS = ("contacts", "followups", "entries")


def _when(stamp: str) -> str:
    """A stored UTC time, shown in local time in the UI language."""
    moment = QDateTime.fromString(stamp[:19], Qt.DateFormat.ISODate)
    moment.setTimeZone(QTimeZone.utc())
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class SyncPage(PreferencesPage):
    """Preferences ▸ Sync: connect, pick collections, set when to sync, see the last run, assign items."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self.controller = controller
        self.task: Task | None = None
        self.server = self._edit("syncServerEdit", self.tr("Server address"), "https://dav.example.com/")
        self.user = self._edit("syncUserEdit", self.tr("User name"), "")
        self.password = self._edit("syncPasswordEdit", self.tr("Password"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.calendar = self._edit("syncCalendarEdit", self.tr("Calendar address (only if it differs)"), "")
        self.calendar.setPlaceholderText(self.tr("only if calendars live at another address"))
        self.connect_button = self._button("syncConnectButton", self.tr("&Connect"), self._connect)
        self.keyring_note = self._label("syncKeyringNote")
        self.collections: dict[str, QComboBox] = {}
        labels = {
            "contacts": self.tr("Contacts:"),
            "followups": self.tr("Follow-ups:"),
            "entries": self.tr("Interactions, deals, introductions:"),
        }
        self.form.addRow(self.tr("&Server:"), self.server)
        self.form.addRow(self.tr("&User name:"), self.user)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow(self.tr("C&alendars:"), self.calendar)
        self.form.addRow("", self.connect_button)
        self.form.addRow("", self.keyring_note)
        for kind in KINDS:
            combo = QComboBox()
            combo.setObjectName(f"sync{kind.capitalize()}Combo")
            combo.setAccessibleName(labels[kind])
            combo.setEnabled(False)
            self.collections[kind] = combo
            self.form.addRow(labels[kind], combo)
        self.interval = QSpinBox()
        self.interval.setObjectName("syncIntervalSpin")
        self.interval.setAccessibleName(self.tr("Sync automatically every (minutes, 0 = never)"))
        self.interval.setRange(0, 24 * 60)
        self.interval.setSpecialValueText(self.tr("Never"))
        self.interval.setSuffix(self.tr(" min"))
        self.after_change = QCheckBox(self.tr("Sync a few seconds after a change"))
        self.after_change.setObjectName("syncAfterChangeCheck")
        self.after_change.setAccessibleName(self.tr("Sync a few seconds after a change"))
        self.form.addRow(self.tr("Sync &every:"), self.interval)
        self.form.addRow("", self.after_change)
        self.now_button = self._button("syncNowButton", self.tr("Sync &now"), self._sync_now)
        self.forget_button = self._button("syncForgetButton", self.tr("S&top syncing"), self._forget)
        row = QHBoxLayout()
        row.addWidget(self.now_button)
        row.addWidget(self.forget_button)
        row.addStretch(1)
        self.form.addRow("", row)
        self.last_result = self._label("syncLastResult")
        self.form.addRow(self.tr("Last sync:"), self.last_result)
        self.unassigned = QListWidget()
        self.unassigned.setObjectName("syncUnassignedList")
        self.unassigned.setAccessibleName(self.tr("Items from the server waiting for a person"))
        self.unassigned.setMaximumHeight(90)
        self.picker = ContactPicker(self)
        self.assign_button = self._button("syncAssignButton", self.tr("Ass&ign"), self._assign)
        assign_row = QHBoxLayout()
        assign_row.addWidget(self.picker, 1)
        assign_row.addWidget(self.assign_button)
        self.form.addRow(self.tr("Waiting for a person:"), self.unassigned)
        self.form.addRow("", assign_row)
        controller.finished.connect(lambda _outcome: self._show_status())

    def _edit(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def title(self) -> str:
        return self.tr("Sync")

    # -- load / apply ------------------------------------------------------------------------------

    def load(self, settings: AppSettings) -> None:
        from journal.sync import saved

        self.interval.setValue(interval_minutes(settings.qsettings))
        self.after_change.setChecked(after_change(settings.qsettings))
        found = saved.configured()
        if found is not None:
            self.server.setText(found.url)
            self.user.setText(found.user)
            self.calendar.setText(found.calendar_url)
            self.password.setPlaceholderText(self.tr("(kept)"))
        self._show_collections_from_journal()
        self._show_status()

    def apply(self, settings: AppSettings) -> None:
        settings.qsettings.setValue(INTERVAL_KEY, self.interval.value())
        settings.qsettings.setValue(AFTER_CHANGE_KEY, "true" if self.after_change.isChecked() else "false")
        self.controller.apply_settings()

    # -- showing -----------------------------------------------------------------------------------

    def _show_collections_from_journal(self) -> None:
        from journal.sync import store

        for collection in store.collections():
            combo = self.collections[collection.kind]
            combo.clear()
            if collection.state == "ok":
                combo.addItem(collection.display_name or collection.url, collection.url)
            else:
                combo.addItem(self.tr("Stays on this computer (the server keeps no journal entries)"), "")

    def _show_status(self) -> None:
        from journal.sync import saved, unassigned

        configured = saved.configured() is not None
        self.now_button.setEnabled(configured)
        self.forget_button.setEnabled(configured)
        last = saved.last_run()
        if not configured:
            self.last_result.setText(self.tr("Sync is not set up. Nothing leaves this computer."))
        elif last is None:
            self.last_result.setText(self.tr("Not synced yet."))
        elif last.ok:
            r = last.result
            self.last_result.setText(
                self.tr("%1: sent %2, received %3, merged %4, conflicts %5")
                .replace("%1", _when(last.at))
                .replace("%2", str(r.get("pushed", 0)))
                .replace("%3", str(r.get("pulled", 0)))
                .replace("%4", str(r.get("merged", 0)))
                .replace("%5", str(r.get("conflicts", 0)))
            )
        else:
            outcome = self.controller.last
            text = (
                describe_error(outcome.error)
                if outcome is not None and outcome.error is not None
                else last.message
            )
            self.last_result.setText(
                self.tr("%1: did not finish. %2").replace("%1", _when(last.at)).replace("%2", text)
            )
        self.unassigned.clear()
        for item in unassigned.list_unassigned() if configured else []:
            row = QListWidgetItem(item.title)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.unassigned.addItem(row)
        self.assign_button.setEnabled(self.unassigned.count() > 0)

    # -- actions -------------------------------------------------------------------------------------

    def _connect(self) -> None:
        if self.task is not None and self.task.running:
            return
        from journal.sync import account, saved, secrets

        url, user, password = self.server.text().strip(), self.user.text().strip(), self.password.text()
        found = saved.configured()
        if not password and found is not None:
            password = self.controller.password or secrets.load(found.url, found.user) or ""
        if not url or not user or not password:
            ask.show_error(
                self, self.tr("Sync"), self.tr("Give the server address, the user name and the password.")
            )
            return
        choices = {k: str(c.currentData() or "") for k, c in self.collections.items() if c.isEnabled()}
        calendar = self.calendar.text().strip()

        def step(_progress: Any, _cancelled: Any) -> Any:
            found = account.setup(url, user, password, calendar_url=calendar, choices=choices)
            return found, secrets.keyring_available()

        self.connect_button.setEnabled(False)
        self.connect_button.setText(self.tr("Connecting…"))
        self.task = Task(step, self)
        self.task.finished.connect(lambda result: self._connected(result, password))
        self.task.start()

    def _connected(self, result: object, password: str) -> None:
        from journal.sync.errors import SyncError

        self.connect_button.setEnabled(True)
        self.connect_button.setText(self.tr("&Connect"))
        if isinstance(result, SyncError):
            ask.show_error(self, self.tr("Sync"), ask.error_text(result))
            return
        if isinstance(result, Exception):
            ask.show_error(self, self.tr("Sync"), str(result))
            return
        picked, keyring = cast(tuple[list[Any], bool], result)
        self.controller.password = password
        self.keyring_note.setText(
            self.tr("The password is kept in the system keyring.")
            if keyring
            else self.tr(
                "No keyring is available: the password is kept until you quit, and asked at the next start."
            )
        )
        for choice in picked:
            combo = self.collections[choice.kind]
            combo.clear()
            if choice.state != "ok":
                combo.addItem(self.tr("Stays on this computer (the server keeps no journal entries)"), "")
                combo.setEnabled(False)
                continue
            for url, name in choice.alternatives or [(choice.url, choice.display_name)]:
                combo.addItem(name, url)
            combo.setCurrentIndex(max(0, combo.findData(choice.url)))
            combo.setEnabled(combo.count() > 1)
        self.password.clear()
        self.password.setPlaceholderText(self.tr("(kept)"))
        self.controller.start()
        self._show_status()

    def _sync_now(self) -> None:
        self.controller.sync_now()

    def _forget(self) -> None:
        from journal.sync import account

        if not ask.confirm(
            self,
            self.tr("Stop syncing"),
            self.tr("Stop syncing this journal? Its data stays here and the server is not changed."),
        ):
            return
        self.controller.stop()
        account.forget()
        self.controller.password = None
        self.controller.start()
        for combo in self.collections.values():
            combo.clear()
            combo.setEnabled(False)
        self._show_status()

    def _assign(self) -> None:
        from journal.services.errors import JournalError
        from journal.sync import unassigned

        row = self.unassigned.currentItem() or self.unassigned.item(0)
        person = self.picker.contact_id()
        if row is None or person is None:
            ask.show_error(self, self.tr("Sync"), self.tr("Choose an item and the person it belongs to."))
            return
        try:
            unassigned.assign(int(row.data(Qt.ItemDataRole.UserRole)), person)
        except JournalError as exc:
            ask.show_error(self, self.tr("Sync"), ask.error_text(exc))
            return
        self._show_status()
        self.controller.sync_now()
