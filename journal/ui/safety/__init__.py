"""Backups, restore and checks in the window, and the damaged-file flow at start-up.

- ``startup``: ``prepare_database(path)``, before the window exists: checks the file, offers
  the damaged-file choices, opens it (backing it up before a migration).
- ``controller``: ``SafetyController`` behind File > Back up now, File > Restore from
  backup… and Help > Check database (``install(window)``), plus the background start-up
  check and the daily backup (``start_automatic(window)``).
- ``restore_dialog``: ``RestoreDialog``, the list of backups with a preview.
- ``texts``: how errors, problems and times are worded.
"""

from journal.ui.safety.controller import SafetyController, install, start_automatic
from journal.ui.safety.startup import prepare_database

__all__ = ["SafetyController", "install", "prepare_database", "start_automatic"]
