"""The sales pipeline board (section "pipeline")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from journal.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the Pipeline section to the window."""
    from PySide6.QtCore import QCoreApplication

    def build() -> QWidget:
        from journal.ui.pipeline.view import PipelineView  # heavy: loaded when first shown

        return PipelineView(window.context)

    title = QCoreApplication.translate("MainWindow", "Pipeline")
    window.add_section("pipeline", title, build)
