"""Contacts ▸ Delete permanently: the question (with the option to clean the backups too), the
deletion, and the backups rewritten on a worker (``safety.backup_purge``).

The question says plainly what goes and what stays. The journal is purged at once; the
backups, which can be many and large, are rewritten in the background, and the result is
told when they are done (a backup that cannot be rewritten is named and left as it was).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journal.safety import backup_purge
from journal.services import contacts, trash
from journal.ui import ask
from journal.ui.importing.worker import Task


def ask_and_purge(window: QWidget, database_path: Path, contact_id: int) -> tuple[bool, Task | None]:
    """Ask, delete the contact for good, and start cleaning the backups if the user chose to.
    Returns (deleted?, the backup task, running, or None). Raises ``JournalError`` when the
    contact is gone already."""
    person = contacts.get_contact(contact_id)
    holding = backup_purge.backups_holding(Path(database_path), person.uuid)
    title = QCoreApplication.translate("PurgeContact", "Delete permanently?")
    question = QCoreApplication.translate(
        "PurgeContact",
        "Delete {name} and everything about them for good? Their entries, follow-ups, deals and "
        "introductions are erased from the journal file and cannot be restored.",
    ).format(name=person.name)
    not_removed = QCoreApplication.translate(
        "PurgeContact",
        "Not removed: what you wrote about them in other people's entries or notes, exports you "
        "made, and copies of the journal or of backups kept elsewhere.",
    )
    include = False
    if holding:
        details = (
            QCoreApplication.translate(
                "PurgeContact",
                "With the option below, each backup is rewritten without them and checked; one that "
                "cannot be is left as it was and named. Without it, the backups keep them until they "
                "are thinned out (up to 12 months).",
            )
            + "\n\n"
            + not_removed
        )
        count = len(holding)  # a plain name: lupdate does not read calls among the arguments
        option = QCoreApplication.translate(
            "PurgeContact", "Also remove them from the %n backups that hold them", None, count
        )
        yes, include = ask.confirm_with_option(window, title, question, option, details=details, checked=True)
    else:
        yes = ask.confirm(window, title, question + "\n\n" + not_removed)
    if not yes:
        return False, None
    trash.purge_contact(contact_id)
    if not include:
        return True, None
    uuid, path = person.uuid, Path(database_path)
    task = Task(
        lambda progress, _cancelled: backup_purge.purge_from_backups(path, uuid, progress=progress), window
    )
    task.finished.connect(lambda result: _backups_done(window, person.name, result))
    task.start()
    return True, task


def _backups_done(window: QWidget, name: str, result: Any) -> None:
    title = QCoreApplication.translate("PurgeContact", "Backups cleaned")
    cleaned = len(result.cleaned) if isinstance(result, backup_purge.BackupPurgeResult) else 0
    if isinstance(result, backup_purge.BackupPurgeResult) and result.ok:
        ask.inform(
            window,
            title,
            QCoreApplication.translate(
                "PurgeContact", "{name} was removed from %n backups.", None, cleaned
            ).format(name=name),
        )
        return
    if isinstance(result, backup_purge.BackupPurgeResult):
        lines = "\n".join(f"{path.name}: {reason}" for path, reason in result.failed)
        text = QCoreApplication.translate(
            "PurgeContact",
            "{name} was removed from %n backups, but these could not be rewritten and still hold them "
            "(they were left as they were):\n\n{files}",
            None,
            cleaned,
        ).format(name=name, files=lines)
    else:
        text = QCoreApplication.translate(
            "PurgeContact", "The backups could not be cleaned ({error}); they were left as they were."
        ).format(error=result)
    ask.show_error(window, QCoreApplication.translate("PurgeContact", "Some backups still hold them"), text)
