"""Guard against the PySide6 6.12.0 / Python 3.11 bug that leaks references to None.

Every Qt call returning nothing lost a reference to ``None``; after a few
thousand calls the process died ("Fatal Python error: none_dealloc"). If a
batch of such calls changes ``sys.getrefcount(None)``, the installed PySide6
has the bug: pin ``PySide6-Essentials<6.12`` (see pyproject.toml).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QWidget


def test_void_qt_calls_keep_none_refcount(qtbot: object) -> None:
    label = QLabel()
    holder = QWidget()
    for _ in range(50):  # warm caches so the measurement sees only the calls
        label.setText("x")
    before = sys.getrefcount(None)
    for n in range(5000):
        label.setText(str(n % 3))
        label.setToolTip("tip")
        holder.setEnabled(True)
        label.update()
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"None refcount moved by {after - before} over 20,000 Qt calls"
