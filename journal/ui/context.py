"""What every part of the window shares: the database location, settings, signals."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings

from journal.ui.signals import ChangeSignals


@dataclass
class AppContext:
    """What every part of the window shares: the journal's path, the settings, the change signal."""

    database_path: Path
    settings: QSettings
    signals: ChangeSignals = field(default_factory=ChangeSignals)
