"""What an import will do (the plan the preview, the dry run and the summary show) and what the
user chose in the preview; ``planning`` makes the plan, ``writing`` carries it out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from journal.interop.records import DAMAGED, PERSON


@dataclass
class ImportChoices:
    """What the user decided in the preview (or on the command line)."""

    date_order: str | None = None  # "dmy" / "mdy" for a file that cannot tell
    allow_merge_many: bool = False
    accept_matches: bool = False  # merge every record that agrees with a contact by name and organization
    accepted: frozenset[str] = frozenset()  # ... or only these (by ``where``)


@dataclass(slots=True)
class PlanEntry:
    """One line of the preview: what happens to one record and why."""

    action: str  # "add" | "merge" | "skip"
    where: str
    name: str
    reason: str = ""  # English template, translated in the UI (context "Import")
    args: dict[str, Any] = field(default_factory=dict)
    target_id: int | None = None
    kind: str = PERSON
    offer_id: int | None = None  # a contact that agrees by name and organization: merge offered

    @property
    def message(self) -> str:
        """The reason with its values filled in (English; the UI translates the template)."""
        return self.reason.format(**self.args) if self.args else self.reason


@dataclass(frozen=True)
class MergeMany:
    """Many rows of the file would fall into one contact."""

    name: str
    rows: int
    key: str


@dataclass
class FieldReport:
    """What the file holds, per field: kept, not kept (by the file's own name), changed."""

    kept: Counter[str] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)
    changed: Counter[str] = field(default_factory=Counter)


@dataclass
class ImportPlan:
    """Every record's fate (``entries``), what the file holds per field, and the questions to ask."""

    format: str
    entries: list[PlanEntry] = field(default_factory=list)
    contact_ids: list[int] = field(default_factory=list)  # filled by apply
    extra: dict[str, int] = field(default_factory=dict)  # JSON: rows added per table
    report: FieldReport = field(default_factory=FieldReport)
    merge_many: list[MergeMany] = field(default_factory=list)
    date_question: bool = False  # the file cannot tell D/M from M/D and no order was chosen

    def count(self, action: str) -> int:
        """How many entries have ``action``."""
        return sum(1 for e in self.entries if e.action == action)

    @property
    def added(self) -> int:
        """Records that become new contacts (or organizations, or tags)."""
        return self.count("add")

    @property
    def merged(self) -> int:
        """Records that add to a contact."""
        return self.count("merge")

    @property
    def skipped(self) -> int:
        """Records that change nothing."""
        return self.count("skip")

    def skips(self) -> list[PlanEntry]:
        """The skipped entries, in file order."""
        return [e for e in self.entries if e.action == "skip"]

    def damaged(self) -> list[PlanEntry]:
        """The cards that could not be read."""
        return [e for e in self.entries if e.kind == DAMAGED]

    def duplicates(self) -> list[PlanEntry]:
        """New contacts that may be someone already in the journal (to review)."""
        return [e for e in self.entries if e.action == "add" and e.reason and e.kind == PERSON]

    def offers(self) -> list[PlanEntry]:
        """New contacts that agree with a contact by name and organization: the merge is offered."""
        return [e for e in self.entries if e.offer_id is not None and e.action == "add"]
