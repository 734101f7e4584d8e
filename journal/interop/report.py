"""Words for what an import keeps, drops and changes (the preview and the dry run list them with counts)."""

from __future__ import annotations

from journal.interop.errors import QT_TRANSLATE_NOOP
from journal.interop.plan import FieldReport
from journal.interop.records import NOTICES

#: The contact fields as the report names them (English; the UI translates them, context "Import").
FIELD_WORDS: dict[str, str] = {
    "name_prefix": QT_TRANSLATE_NOOP("Import", "name prefixes"),
    "given_name": QT_TRANSLATE_NOOP("Import", "first names"),
    "middle_name": QT_TRANSLATE_NOOP("Import", "middle names"),
    "family_name": QT_TRANSLATE_NOOP("Import", "last names"),
    "name_suffix": QT_TRANSLATE_NOOP("Import", "name suffixes"),
    "nicknames": QT_TRANSLATE_NOOP("Import", "nicknames"),
    "phonetic_given_name": QT_TRANSLATE_NOOP("Import", "phonetic first names"),
    "phonetic_family_name": QT_TRANSLATE_NOOP("Import", "phonetic last names"),
    "alt_names": QT_TRANSLATE_NOOP("Import", "names in other languages"),
    "organization": QT_TRANSLATE_NOOP("Import", "organizations"),
    "units": QT_TRANSLATE_NOOP("Import", "departments"),
    "title": QT_TRANSLATE_NOOP("Import", "job titles"),
    "role": QT_TRANSLATE_NOOP("Import", "roles"),
    "alt_organizations": QT_TRANSLATE_NOOP("Import", "organizations in other languages"),
    "alt_titles": QT_TRANSLATE_NOOP("Import", "job titles in other languages"),
    "emails": QT_TRANSLATE_NOOP("Import", "e-mail addresses"),
    "phones": QT_TRANSLATE_NOOP("Import", "phone numbers"),
    "addresses": QT_TRANSLATE_NOOP("Import", "postal addresses"),
    "tags": QT_TRANSLATE_NOOP("Import", "tags"),
    "linkedin_url": QT_TRANSLATE_NOOP("Import", "LinkedIn profiles"),
    "website": QT_TRANSLATE_NOOP("Import", "web sites"),
    "urls": QT_TRANSLATE_NOOP("Import", "more web sites"),
    "im": QT_TRANSLATE_NOOP("Import", "instant messaging handles"),
    "social": QT_TRANSLATE_NOOP("Import", "social profiles"),
    "birthday": QT_TRANSLATE_NOOP("Import", "birthdays"),
    "dates": QT_TRANSLATE_NOOP("Import", "anniversaries and other dates"),
    "related": QT_TRANSLATE_NOOP("Import", "related people"),
    "location": QT_TRANSLATE_NOOP("Import", "locations"),
    "how_met": QT_TRANSLATE_NOOP("Import", "how we met"),
    "met_on": QT_TRANSLATE_NOOP("Import", "days we met"),
    "notes": QT_TRANSLATE_NOOP("Import", "notes"),
    "custom_fields": QT_TRANSLATE_NOOP("Import", "custom fields"),
    "photo": QT_TRANSLATE_NOOP("Import", "photos"),
    "starred": QT_TRANSLATE_NOOP("Import", "stars"),
    "cadence_days": QT_TRANSLATE_NOOP("Import", "keep-in-touch cadences"),
}
KEPT = QT_TRANSLATE_NOOP("Import", "Kept: {items}.")
NOT_KEPT = QT_TRANSLATE_NOOP("Import", "Not kept (the journal has no place for them): {items}.")
CHANGED = QT_TRANSLATE_NOOP("Import", "Changed on the way in: {items}.")
DATE_ORDER = QT_TRANSLATE_NOOP(
    "Import",
    "The file's dates could be day/month or month/day (date order unknown): choose the order, or those "
    "dates are left out.",
)


def items(
    report: FieldReport, translate: object = None
) -> tuple[list[tuple[str, int]], list[tuple[str, int]], list[tuple[str, int]]]:
    """(kept, not kept, changed) as (English word or the file's own name, count), most frequent first."""
    kept = [(FIELD_WORDS[f], n) for f, n in report.kept.most_common() if f in FIELD_WORDS]
    dropped = list(report.dropped.most_common())
    changed = [(NOTICES[k], n) for k, n in report.changed.most_common() if k in NOTICES]
    return kept, dropped, changed


def lines(report: FieldReport) -> list[str]:
    """The report as English lines (the command line's dry run and summary)."""
    kept, dropped, changed = items(report)
    out = []
    for template, pairs in ((KEPT, kept), (NOT_KEPT, dropped), (CHANGED, changed)):
        if pairs:
            out.append(template.format(items=", ".join(f"{word} {count}" for word, count in pairs)))
    return out
