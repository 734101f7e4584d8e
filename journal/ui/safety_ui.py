"""The names ``journal.app`` uses from the safety feature, now in ``journal.ui.safety``.

Kept so the entry point keeps working while it moves to ``journal.ui.safety``; new code
imports that package (``startup``, ``controller``, ``restore_dialog``) directly.
"""

from journal.ui.safety import SafetyController, install, prepare_database, start_automatic

__all__ = ["SafetyController", "install", "prepare_database", "start_automatic"]
