"""Start at login: off by default, an XDG autostart entry / LaunchAgent that starts minimized."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from journal import APP_ID
from journal.platform import autostart


def test_linux_autostart_desktop_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    path = tmp_path / "cfg" / "autostart" / f"{APP_ID}.desktop"
    assert autostart.desktop_file_path() == path
    assert not autostart.is_enabled("linux")  # off by default
    autostart.set_enabled(True, system="linux", command=["/opt/my apps/networking-journal", "--minimized"])
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    assert 'Exec="/opt/my apps/networking-journal" --minimized\n' in text
    assert "Type=Application" in text
    assert autostart.is_enabled("linux")
    autostart.set_enabled(False, system="linux")
    assert not path.exists() and not autostart.is_enabled("linux")
    autostart.set_enabled(False, system="linux")  # turning it off twice is fine


def test_default_command_starts_minimized() -> None:
    command = autostart.launch_command()
    assert command[-1] == "--minimized"


def test_macos_launch_agent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    autostart.set_enabled(
        True, system="darwin", command=["/Applications/NJ.app/Contents/MacOS/nj", "--minimized"]
    )
    agent = plistlib.loads((tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist").read_bytes())
    assert agent["Label"] == APP_ID and agent["RunAtLoad"] is True
    assert agent["ProgramArguments"][-1] == "--minimized"
    assert autostart.is_enabled("darwin")
    autostart.set_enabled(False, system="darwin")
    assert not autostart.is_enabled("darwin")


def test_windows_command_line_quoting() -> None:
    line = autostart.subprocess_line([r"C:\Program Files\NJ\nj.exe", "--minimized"])
    assert line == r'"C:\Program Files\NJ\nj.exe" --minimized'
