"""Start at login (off by default), minimized to the tray. No Qt.

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/<app id>.desktop``.
- macOS: ``~/Library/LaunchAgents/<app id>.plist`` (a LaunchAgent with RunAtLoad).
- Windows: the ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` value.

Every entry runs the app with ``--minimized``. ``system`` defaults to ``sys.platform``;
tests pass it explicitly and point ``XDG_CONFIG_HOME`` / ``HOME`` at a temporary folder.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

from journal import APP_ID, APP_NAME

MINIMIZED_FLAG = "--minimized"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "NetworkingJournal"


def launch_command() -> list[str]:
    """How to start this app again: the frozen executable, the installed script, or ``python -m journal``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, MINIMIZED_FLAG]
    script = shutil.which("networking-journal")
    if script:
        return [script, MINIMIZED_FLAG]
    return [sys.executable, "-m", "journal", MINIMIZED_FLAG]


def _system(system: str | None) -> str:
    name = system or sys.platform
    if name.startswith("win"):
        return "windows"
    if name == "darwin":
        return "macos"
    return "xdg"


def desktop_file_path() -> Path:
    """Where the XDG autostart entry goes (``$XDG_CONFIG_HOME/autostart``)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / f"{APP_ID}.desktop"


def launch_agent_path() -> Path:
    """Where the macOS LaunchAgent goes (``~/Library/LaunchAgents``)."""
    return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def _desktop_exec(command: list[str]) -> str:
    # The Exec key quotes arguments with double quotes and escapes ", `, $ and \ inside them.
    def quote(arg: str) -> str:
        if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`="):
            return arg
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{escaped}"'

    return " ".join(quote(a).replace("%", "%%") for a in command)


def desktop_entry(command: list[str]) -> str:
    """The text of the XDG autostart entry that runs ``command``."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders for your networking and sales follow-ups\n"
        f"Exec={_desktop_exec(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "NoDisplay=false\n"
    )


def launch_agent(command: list[str]) -> bytes:
    """The plist of the macOS LaunchAgent that runs ``command`` at login."""
    return plistlib.dumps(
        {"Label": APP_ID, "ProgramArguments": command, "RunAtLoad": True, "ProcessType": "Interactive"}
    )


def is_enabled(system: str | None = None) -> bool:
    """True when the app is set to start at login on this system."""
    kind = _system(system)
    if kind == "xdg":
        path = desktop_file_path()
        if not path.exists():
            return False
        text = path.read_text(encoding="utf-8", errors="replace")
        return "Hidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text
    if kind == "macos":
        return launch_agent_path().exists()
    return _windows_get() is not None


def set_enabled(enabled: bool, *, system: str | None = None, command: list[str] | None = None) -> None:
    """Turn start at login on or off. Raises ``OSError`` when the system refuses."""
    kind = _system(system)
    command = command or launch_command()
    if kind == "xdg":
        path = desktop_file_path()
        if enabled:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(desktop_entry(command), encoding="utf-8")
        else:
            path.unlink(missing_ok=True)
    elif kind == "macos":
        path = launch_agent_path()
        if enabled:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(launch_agent(command))
        else:
            path.unlink(missing_ok=True)
    elif enabled:
        _windows_set(subprocess_line(command))
    else:
        _windows_delete()


def subprocess_line(command: list[str]) -> str:
    """A Windows command line (each argument quoted the way the C runtime parses it)."""
    return subprocess.list2cmdline(command)


def _windows_get() -> str | None:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, RUN_VALUE)
            return str(value)
    except OSError:
        return None


def _windows_set(line: str) -> None:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        raise OSError("the Windows registry is only available on Windows")
    import winreg

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, line)


def _windows_delete() -> None:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.DeleteValue(key, RUN_VALUE)
    except FileNotFoundError:
        pass
