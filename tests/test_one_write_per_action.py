"""No widget chains writing service calls (issue 14, point 6): what one click saves is saved by
one service call, in one transaction, so a refused second part never leaves the first behind.

The check reads the UI's code: along any path through a function, at most one call to a
service that writes. Alternatives (``if editing: return update(...)`` then ``create(...)``)
count once; a write in a loop counts as a chain."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "journal" / "ui"
SERVICES = {
    "contacts", "interactions", "followups", "deals", "quotas", "introductions", "duplicates", "trash",
    "together", "reminder_queries", "consistency",
}  # fmt: skip
WRITES = re.compile(
    r"^(create|update|edit|log|trash|restore|delete|set|move|merge|undo|dismiss|snooze|complete|cancel|"
    r"reopen|reschedule|record|purge|empty|mark|save|introduce|repair)(_|$)"
)


def _writes(node: ast.AST) -> int:
    return sum(
        1
        for n in ast.walk(node)
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and isinstance(n.func.value, ast.Name)
        and n.func.value.id in SERVICES
        and WRITES.match(n.func.attr)
    )


def _ends(stmts: list[ast.stmt]) -> bool:
    return bool(stmts) and isinstance(stmts[-1], ast.Return | ast.Raise | ast.Continue | ast.Break)


def _most(stmts: list[ast.stmt]) -> int:
    """The most writing calls along one path through ``stmts``."""
    total = 0
    for i, stmt in enumerate(stmts):
        if isinstance(stmt, ast.If):
            if _ends(stmt.body):
                return total + _writes(stmt.test) + max(_most(stmt.body), _most(stmt.orelse + stmts[i + 1 :]))
            total += _writes(stmt.test) + max(_most(stmt.body), _most(stmt.orelse))
        elif isinstance(stmt, ast.For | ast.While):
            total += 2 * _most(stmt.body)
        elif isinstance(stmt, ast.Try):
            total += (
                _most(stmt.body) + max([_most(h.body) for h in stmt.handlers] + [0]) + _most(stmt.finalbody)
            )
        elif isinstance(stmt, ast.With):
            total += _most(stmt.body)
        elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue  # judged on its own
        else:
            total += _writes(stmt)
        if isinstance(stmt, ast.Return | ast.Raise):
            return total
    return total


def chains(source: str) -> list[tuple[int, str, int]]:
    """(line, function, writes) of the functions that write more than once along a path."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and (count := _most(node.body)) > 1:
            found.append((node.lineno, node.name, count))
    return found


def test_no_widget_chains_writing_service_calls() -> None:
    found = [
        f"{path.relative_to(ROOT.parent.parent)}:{line} {name} writes {count} times"
        for path in sorted(ROOT.rglob("*.py"))
        for line, name, count in chains(path.read_text(encoding="utf-8"))
    ]
    assert not found, "move the chain into one service call (journal/services/together.py):\n" + "\n".join(
        found
    )


def test_the_check_sees_a_chain_and_not_alternatives() -> None:
    chained = "def save(self):\n    a = interactions.log_interaction()\n    followups.create_followup()\n"
    looped = "def save(self):\n    for x in y:\n        followups.create_followup()\n"
    either = (
        "def save(self):\n    if self.id:\n        return deals.update_deal(self.id)\n"
        "    return deals.create_deal()\n"
    )
    assert [c[1:] for c in chains(chained)] == [("save", 2)]
    assert [c[1:] for c in chains(looped)] == [("save", 2)]
    assert chains(either) == []
