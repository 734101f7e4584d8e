"""Three-way merge of field dictionaries. Pure functions, no I/O.

For each field: changed on one side only -> that side; changed on both to the
same value -> that value; changed on both differently -> the newer edit wins
(ties: the greater value, so every journal picks the same) and the loser is
reported as a ``Conflict``. List fields that are sets (emails, phones, tags,
stage history) merge additions and removals from both sides instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from journal.sync.mapping.common import Fields

SET_FIELDS = frozenset({"emails", "phones", "tags", "history"})


@dataclass(frozen=True)
class Conflict:
    field: str
    kept: Any
    lost: Any
    local_lost: bool  # the value this journal had was replaced


def _key(item: Any) -> str:
    if (
        isinstance(item, list)
        and item
        and isinstance(item[0], str)
        and len(item) == 3
        and isinstance(item[2], bool)
    ):
        return item[0].casefold()  # [value, label, primary]: one entry per address or number
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


def _merge_set(base: list[Any], local: list[Any], remote: list[Any]) -> list[Any]:
    base_keys = {_key(i): i for i in base}
    local_keys = {_key(i): i for i in local}
    remote_keys = {_key(i): i for i in remote}
    result: dict[str, Any] = {}
    for key, item in remote_keys.items():
        if key in local_keys or key not in base_keys:  # kept by both, or added there
            result[key] = local_keys.get(key, item) if local_keys.get(key) != base_keys.get(key) else item
    for key, item in local_keys.items():
        if key not in base_keys and key not in result:  # added here
            result[key] = item
    merged = list(result.values())
    if merged and isinstance(merged[0], list) and len(merged[0]) == 3 and isinstance(merged[0][2], bool):
        from journal.sync.mapping.common import labeled_list

        merged = labeled_list((v, label, primary) for v, label, primary in merged)
    elif merged and all(isinstance(i, str) for i in merged):
        from journal.sync.mapping.common import tag_list

        merged = tag_list(merged)
    elif merged and all(isinstance(i, list) and len(i) == 3 for i in merged):
        merged.sort(key=lambda i: (i[2], i[0], i[1]))  # stage history: by time
    return merged


def _greater(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True, default=str) > json.dumps(b, sort_keys=True, default=str)


def merge(
    base: Fields | None, local: Fields, remote: Fields, *, local_newer: bool | None
) -> tuple[Fields, list[Conflict]]:
    """Merge ``local`` and ``remote`` edits of ``base``.

    ``local_newer``: whose edit is more recent (None when the times are equal).
    Without a base (the same record met for the first time on both sides)
    every difference is a conflict.
    """
    base = base or {}
    merged: Fields = {}
    conflicts: list[Conflict] = []
    for name in remote.keys() | local.keys():
        b, lo, re_ = base.get(name), local.get(name), remote.get(name)
        if lo == re_:
            merged[name] = lo
        elif name in base and lo == b:
            merged[name] = re_
        elif name in base and re_ == b:
            merged[name] = lo
        elif name in SET_FIELDS and isinstance(lo, list) and isinstance(re_, list):
            merged[name] = _merge_set(b if isinstance(b, list) else [], lo, re_)
        else:
            local_wins = local_newer if local_newer is not None else _greater(lo, re_)
            kept, lost = (lo, re_) if local_wins else (re_, lo)
            merged[name] = kept
            conflicts.append(Conflict(name, kept, lost, local_lost=not local_wins))
    return merged, conflicts
