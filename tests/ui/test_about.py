"""Help > About: version, database, backup folder, licence, log folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from journal import __version__, paths
from journal.app import build_main_window
from journal.ui import about


@pytest.fixture
def window(db_path: Path, qtbot):
    main = build_main_window(db_path)
    qtbot.addWidget(main)
    return main


def test_help_menu_has_about_with_the_about_role(window) -> None:
    action = window.findChild(QAction, "aboutAction")
    assert action is not None
    assert action in window.help_menu.actions()
    assert action.menuRole() == QAction.MenuRole.AboutRole
    about_qt = window.findChild(QAction, "aboutQtAction")
    assert about_qt is not None and about_qt.menuRole() == QAction.MenuRole.AboutQtRole


def test_about_shows_version_paths_and_licence(window, db_path: Path, qtbot) -> None:
    window.findChild(QAction, "aboutAction").trigger()
    dialog = window.findChild(about.AboutDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.version_label.text() == __version__
    assert dialog.database_label.text() == str(db_path)
    assert dialog.backup_label.text() == str(paths.backup_dir())
    assert dialog.log_label.text() == str(paths.log_dir())
    assert "GPL-3.0-or-later" in dialog.licence_label.text()


def test_open_log_folder_opens_the_log_dir(window, qtbot, monkeypatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(about, "open_folder", lambda path: opened.append(path) or True)
    dialog = about.show_about(window)
    qtbot.addWidget(dialog)
    dialog.open_logs_button.click()
    dialog.open_backups_button.click()
    assert opened == [paths.log_dir(), paths.backup_dir()]
    assert paths.log_dir().is_dir()
