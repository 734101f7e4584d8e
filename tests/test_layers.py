"""The data, service, interop and reminder layers import no Qt (at run time; the import
contract in pyproject.toml, checked by ``lint-imports`` in ``make test``, says the same
of every import statement)."""

import ast
import subprocess
import sys
from pathlib import Path

QT_FREE = [
    "journal.db",
    "journal.services.contacts",
    "journal.services.interactions",
    "journal.services.followups",
    "journal.services.deals",
    "journal.services.introductions",
    "journal.services.quotas",
    "journal.services.trash",
    "journal.services.search",
    "journal.services.demo",
    "journal.services.derived",
    "journal.cli",
    "journal.clock",
    "journal.paths",
    "journal.resources",
]


def test_data_and_service_layers_import_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {QT_FREE!r}: importlib.import_module(name)\n"
        "import pkgutil\n"
        "packages = ('services', 'interop', 'reminders', 'safety', 'platform', 'sync')\n"
        "for pkg in (importlib.import_module('journal.' + p) for p in packages):\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if not info.name.endswith(('_qt', '.scheduler', '.notifier')):\n"
        "            importlib.import_module(info.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_widgets_hold_no_sql() -> None:
    """journal/ui asks the services; it never queries the database itself."""
    ui = Path(__file__).resolve().parent.parent / "journal" / "ui"
    forbidden = ("execute_sql(", ".select(", "import peewee", "from peewee", ".where(", "SELECT ")
    offenders = [
        f"{path.relative_to(ui)}:{number}: {line.strip()}"
        for path in sorted(ui.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(token in line for token in forbidden)
    ]
    assert not offenders, "\n".join(offenders)


def _private_uses(path: Path, root: Path) -> list[str]:
    """``from journal.x import _name`` and ``module._name`` on an imported journal module."""

    def is_module(dotted: str) -> bool:
        file = root.parent / dotted.replace(".", "/")
        return file.with_suffix(".py").is_file() or (file / "__init__.py").is_file()

    def private(name: str) -> bool:
        return name.startswith("_") and not name.startswith("__")

    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules: set[str] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("journal"):
            for alias in node.names:
                if private(alias.name):
                    where = f"{path.relative_to(root)}:{node.lineno}"
                    found.append(f"{where}: imports {node.module}.{alias.name}")
                elif is_module(f"{node.module}.{alias.name}"):
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            modules.update(a.asname for a in node.names if a.name.startswith("journal") and a.asname)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
            and private(node.attr)
        ):
            found.append(f"{path.relative_to(root)}:{node.lineno}: uses {node.value.id}.{node.attr}")
    return found


def test_no_private_name_crosses_a_module() -> None:
    """A leading underscore means "this module only": other modules use public names."""
    root = Path(__file__).resolve().parent.parent / "journal"
    offenders = [line for path in sorted(root.rglob("*.py")) for line in _private_uses(path, root)]
    assert not offenders, "\n".join(offenders)
