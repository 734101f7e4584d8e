"""Before the window starts on Linux: does Qt's X11 (xcb) plugin find every system library it needs?

PySide6 brings Qt but not the few X11 libraries Debian and Ubuntu leave out of a minimal
desktop (``libxcb-cursor0``, ``libxcb-icccm4``, ``libxcb-keysyms1``…). Without them Qt aborts
with "Could not load the Qt platform plugin "xcb"… no Qt platform plugin could be
initialized", which says nothing about what to install. ``make run`` runs this first: it asks
``ldd`` which libraries the plugin cannot find and prints the one ``apt-get install`` line
that fixes it (exit code 1), or says nothing (exit code 0).

Run by hand: ``.venv/bin/python packaging/check_qt_libs.py``. Standard library only.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# sonames whose Debian package does not follow the usual rule (libfoo.so.N -> libfooN)
PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
}
_MISSING = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_SONAME = re.compile(r"^lib(?P<name>.+)\.so\.(?P<version>\d+)")


def plugin_files(site: Path) -> list[Path]:
    """The xcb platform plugin and the Qt library behind it, inside an installed PySide6."""
    qt = site / "Qt"
    candidates = [qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob("libQt6XcbQpa.so*"))]
    return [path for path in candidates if path.is_file()]


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` could not find, in the order it listed them, each once."""
    found: list[str] = []
    for soname in _MISSING.findall(ldd_output):
        if soname not in found:
            found.append(soname)
    return found


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package holding ``soname`` ("libxcb-cursor.so.0" -> "libxcb-cursor0")."""
    if soname in PACKAGES:
        return PACKAGES[soname]
    match = _SONAME.match(soname)
    if match is None:
        return soname
    name, version = match.group("name").lower(), match.group("version")
    joiner = "-" if name[-1].isdigit() else ""
    return f"lib{name}{joiner}{version}"


def install_line(sonames: list[str]) -> str:
    """The one command that installs what is missing."""
    packages = sorted({debian_package(soname) for soname in sonames})
    return "sudo apt-get update && sudo apt-get install " + " ".join(packages)


def wants_xcb(environ: dict[str, str]) -> bool:
    """Whether Qt will try the xcb plugin here (not when told to use another platform)."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    return not platform or platform.startswith("xcb") or "xcb" in platform.split(";")


def check(site: Path, environ: dict[str, str], ldd: str | None) -> tuple[int, str]:
    """(exit code, message) for the PySide6 installed at ``site``."""
    if not sys.platform.startswith("linux") or not wants_xcb(environ) or ldd is None:
        return 0, ""
    files = plugin_files(site)
    if not files:
        return 0, ""
    output = ""
    for path in files:
        result = subprocess.run([ldd, str(path)], capture_output=True, text=True, check=False)
        output += result.stdout
    missing = missing_libraries(output)
    if not missing:
        return 0, ""
    message = (
        "Networking Journal cannot open its window yet: Qt's X11 plugin needs system libraries that "
        f"are not installed ({', '.join(missing)}).\n"
        "On Debian or Ubuntu, install them with:\n\n"
        f"    {install_line(missing)}\n\n"
        "then run `make run` again. (Other distributions: install the packages that provide "
        "those files.)"
    )
    return 1, message


def main() -> int:
    """Check the PySide6 this Python imports; print the fix and return 1 when something is missing."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return 0
    code, message = check(Path(spec.origin).parent, dict(os.environ), shutil.which("ldd"))
    if message:
        print(message, file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
