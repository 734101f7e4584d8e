"""Every public class of journal/ui says what it is (and lists its signals), and every public
module-level function says what it does: the UI reads as its own map."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "journal" / "ui"


def _signals(node: ast.ClassDef) -> list[str]:
    names = []
    for statement in node.body:
        if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call):
            func = statement.value.func
            if getattr(func, "id", getattr(func, "attr", "")) == "Signal":
                names += [t.id for t in statement.targets if isinstance(t, ast.Name)]
    return names


def _public(tree: ast.Module) -> list[ast.ClassDef | ast.FunctionDef]:
    return [
        node
        for node in tree.body
        if isinstance(node, ast.ClassDef | ast.FunctionDef) and not node.name.startswith("_")
    ]


def test_public_ui_classes_and_functions_have_docstrings() -> None:
    missing = []
    for path in sorted(UI.rglob("*.py")):
        for node in _public(ast.parse(path.read_text(encoding="utf-8"))):
            doc = ast.get_docstring(node) or ""
            where = f"{path.relative_to(UI)}:{node.lineno} {node.name}"
            if not doc.strip():
                missing.append(f"{where}: no docstring")
            elif isinstance(node, ast.ClassDef) and (signals := _signals(node)):
                listed = doc.split("Signals:", 1)[1] if "Signals:" in doc else ""
                unlisted = [name for name in signals if f"{name}(" not in listed]
                if unlisted:
                    missing.append(f"{where}: Signals: section lacks {', '.join(unlisted)}")
    assert not missing, "\n".join(missing)
