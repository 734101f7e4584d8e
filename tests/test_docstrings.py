"""Every public function and method outside the UI says in its docstring what it does.

(The UI's widgets are checked by their own rules; this covers the layers below them
and the entry points.)"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "journal"


def _undocumented(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(ROOT.parent)
    found = []
    for node in tree.body:
        members = [(node, "")] if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) else []
        if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            members = [(sub, f"{node.name}.") for sub in node.body if isinstance(sub, ast.FunctionDef)]
        for function, owner in members:
            if not function.name.startswith("_") and not ast.get_docstring(function):
                found.append(f"{where}:{function.lineno}: {owner}{function.name}")
    return found


def test_public_functions_below_the_ui_have_docstrings() -> None:
    files = [p for p in sorted(ROOT.rglob("*.py")) if "ui" not in p.relative_to(ROOT).parts]
    assert len(files) > 50
    missing = [line for path in files for line in _undocumented(path)]
    assert not missing, "\n".join(missing)
