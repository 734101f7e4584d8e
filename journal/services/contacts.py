"""Creating, editing, trashing and restoring contacts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from journal import clock
from journal.db.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Deal,
    FollowUp,
    Interaction,
    Introduction,
    Organization,
    Tag,
)
from journal.services import contact_fields, contact_values, validation
from journal.services.contact_fields import LabeledValue
from journal.services.derived import effective_cadence, refresh_contact_stats
from journal.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from journal.services.events import Action, Entity, changes, write
from journal.services.rows import live_row, trashed_row
from journal.services.text import clean, email_key, fold, phone_key
from journal.services.values import Photo, PostalAddress

__all__ = ["ContactDetail", "LabeledValue", "Photo", "PostalAddress"]

MAX_CADENCE_DAYS = validation.MAX_CADENCE_DAYS


@dataclass(frozen=True, kw_only=True)
class ContactDetail:
    """One contact as ``get_contact`` reads it: every field of ``contact_fields`` (none left to a
    default: a field the reading misses fails at once), the figures ``derived`` keeps, the timestamps."""

    id: int
    uuid: str
    name: str
    given_name: str
    family_name: str
    organization: str
    title: str
    emails: list[LabeledValue]
    phones: list[LabeledValue]
    tags: list[str]
    linkedin_url: str
    website: str
    location: str
    birthday: str
    how_met: str
    met_on: date | None
    introduced_by_id: int | None
    introduced_by_name: str
    notes: str
    cadence_days: int | None
    cadence_scope: str
    effective_cadence_days: int | None
    reconnect_snoozed_until: date | None
    last_interaction_at: datetime | None
    last_networking_at: datetime | None
    next_followup_on: date | None
    reconnect_due_on: date | None
    networking_count: int
    sales_count: int
    open_deal_count: int
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    source_uid: str
    extra: dict[str, Any] = field(default_factory=dict)
    # schema 3 (issue 13)
    name_prefix: str
    middle_name: str
    name_suffix: str
    phonetic_given_name: str
    phonetic_family_name: str
    role: str
    starred: bool
    nicknames: list[LabeledValue]
    alt_names: list[LabeledValue]
    units: list[LabeledValue]
    alt_organizations: list[LabeledValue]
    alt_titles: list[LabeledValue]
    addresses: list[PostalAddress]
    urls: list[LabeledValue]
    im: list[LabeledValue]
    social: list[LabeledValue]
    dates: list[LabeledValue]
    related: list[LabeledValue]
    custom_fields: list[LabeledValue]
    photo: Photo | None


# The shared rules, under the names other modules already import from here.
validate_birthday = validation.birthday
_labeled = validation.labeled_values


def organization_for(name: str) -> Organization | None:
    """The live organization called ``name`` (folded), created if new; None for an empty name."""
    name = clean(name)
    if not name:
        return None
    key = fold(name)
    found = Organization.get_or_none((Organization.name_key == key) & (Organization.deleted_at.is_null()))
    return found or Organization.create(name=name, name_key=key)


def get_or_create_tag(name: str) -> Tag:
    """The tag called ``name`` (spaces collapsed), created if new."""
    name = " ".join(clean(name).split())
    tag = Tag.get_or_none(Tag.name == name)
    return tag or Tag.create(name=name)


def _set_tags(contact: Contact, tags: Iterable[str]) -> None:
    ContactTag.delete().where(ContactTag.contact == contact).execute()
    for name in validation.tag_names(tags):
        ContactTag.create(contact=contact, tag=get_or_create_tag(name))


# The labeled multi-value fields: their table and the key they are matched on.
_LABELED_TABLES: dict[str, tuple[Any, Callable[[str], str]]] = {
    "emails": (ContactEmail, email_key),
    "phones": (ContactPhone, phone_key),
}


def _set_labeled(contact: Contact, name: str, items: Iterable[str | LabeledValue]) -> None:
    """Replace the contact's ``name`` ("emails" or "phones") with ``items`` (already checked)."""
    model, key = _LABELED_TABLES[name]
    model.delete().where(model.contact == contact).execute()
    for item in validation.labeled_values(name, items):
        model.create(
            contact=contact,
            value=item.value,
            value_key=key(item.value),
            label=item.label,
            is_primary=item.is_primary,
        )


def with_two_names(model: Any, first: Any, second: Any) -> tuple[Any, Any, Any]:
    """``model`` rows with the names of the two contacts its fields ``first`` and ``second`` point
    at (as ``a_name`` and ``b_name``), and the two aliases of ``Contact`` to filter on."""
    a, b = Contact.alias(), Contact.alias()
    query = (
        model.select(model, a.name.alias("a_name"), b.name.alias("b_name"))
        .join(a, on=(first == a.id))
        .switch(model)
        .join(b, on=(second == b.id))
    )
    return query, a, b


def live_contact(contact_id: int) -> Contact:
    """The contact (not in the trash) with this id; ``NotFoundError`` when there is none."""
    return live_row(Contact, contact_id, QT_TRANSLATE_NOOP("Validation", "That contact no longer exists."))


_OTHER_TABLES = (
    contact_fields.LABELED,
    contact_fields.TAGS,
    contact_fields.ADDRESSES,
    contact_fields.PICTURE,
)


def apply_fields(contact: Contact, values: dict[str, Any]) -> None:
    """Validate ``values`` (field name -> value) and set them on ``contact`` (not saved).

    Emails, phones and tags are validated here but written by the caller (other tables)."""
    clean_values = validation.validate_contact_values(values)
    for name, value in clean_values.items():
        kind = contact_fields.kind(name)
        if kind in _OTHER_TABLES:
            continue  # written by the caller (``_set_labeled``, ``_set_tags``, ``contact_values.store``)
        if name == "name":
            contact.name = value
            contact.sort_key = fold(value)
        elif name == "organization":
            contact.organization = organization_for(value)
        elif name == "introduced_by_id":
            if value is not None:
                if contact.id is not None and value == contact.id:
                    raise ValidationError(
                        "introduced_by_id",
                        QT_TRANSLATE_NOOP("Validation", "A contact cannot have introduced themselves."),
                    )
                live_contact(value)
            contact.introduced_by = value
        else:
            setattr(contact, name, value)


def _check_fields(values: dict[str, Any]) -> None:
    unknown = set(values) - contact_fields.NAMES
    if unknown:
        raise TypeError(f"unknown contact fields: {', '.join(sorted(unknown))}")


def create_contact(
    *,
    name: str,
    emails: Sequence[str | LabeledValue] = (),
    phones: Sequence[str | LabeledValue] = (),
    tags: Sequence[str] = (),
    **values: Any,
) -> ContactDetail:
    """Add a contact. Raises ``ValidationError`` for an empty name, a bad birthday..."""
    _check_fields(values)
    emails = contact_values.clean_labeled("emails", emails)
    phones = contact_values.clean_labeled("phones", phones)
    further = contact_values.clean_values(values)
    with write():
        contact = Contact(name="", sort_key="")
        apply_fields(contact, {"name": name, **{k: v for k, v in values.items() if k not in further}})
        contact.save()
        _set_labeled(contact, "emails", emails)
        _set_labeled(contact, "phones", phones)
        _set_tags(contact, tags)
        contact_values.store(contact.id, further)
        refresh_contact_stats([contact.id])
        changes.emit(Entity.CONTACT, Action.CREATED, [contact.id])
    return get_contact(contact.id)


def update_contact(contact_id: int, **values: Any) -> ContactDetail:
    """Change some fields of a live contact (names from ``contact_fields``) in one write."""
    _check_fields(values)
    for name in _LABELED_TABLES:
        if name in values:
            values[name] = contact_values.clean_labeled(name, values[name])
    further = contact_values.clean_values(values)
    with write():
        contact = live_contact(contact_id)
        apply_fields(contact, {k: v for k, v in values.items() if k not in further})
        contact.updated_at = clock.now()
        contact.save()
        for name in _LABELED_TABLES:
            if name in values:
                _set_labeled(contact, name, values[name])
        contact_values.store(contact_id, further)
        if "tags" in values:
            _set_tags(contact, values["tags"])
        refresh_contact_stats([contact.id])
        changes.emit(Entity.CONTACT, Action.UPDATED, [contact.id])
    return get_contact(contact_id)


def trash_contact(contact_id: int) -> None:
    """Move a contact and everything that is only theirs to the trash."""
    with write():
        contact = live_contact(contact_id)
        stamp = clock.now()
        for model in (Interaction, FollowUp, Deal):
            model.update(deleted_at=stamp).where(
                (model.contact == contact) & (model.deleted_at.is_null())
            ).execute()
        Introduction.update(deleted_at=stamp).where(
            ((Introduction.person_a == contact) | (Introduction.person_b == contact))
            & (Introduction.deleted_at.is_null())
        ).execute()
        contact.deleted_at = stamp
        contact.save()
        changes.emit(Entity.CONTACT, Action.TRASHED, [contact_id])


def restore_contact(contact_id: int) -> None:
    """Bring a contact back from the trash with what was trashed together with it."""
    with write():
        contact = trashed_row(
            Contact, contact_id, QT_TRANSLATE_NOOP("Validation", "That contact is not in the trash.")
        )
        stamp = contact.deleted_at
        for model in (Interaction, FollowUp, Deal):
            model.update(deleted_at=None).where(
                (model.contact == contact) & (model.deleted_at == stamp)
            ).execute()
        Introduction.update(deleted_at=None).where(
            ((Introduction.person_a == contact) | (Introduction.person_b == contact))
            & (Introduction.deleted_at == stamp)
        ).execute()
        contact.deleted_at = None
        contact.updated_at = clock.now()
        contact.save()
        refresh_contact_stats([contact_id])
        changes.emit(Entity.CONTACT, Action.RESTORED, [contact_id])


def set_tag_cadence(tag: str, days: int | None) -> None:
    """Give every contact with ``tag`` (and no cadence of their own) this cadence."""
    with write():
        found = get_or_create_tag(tag)
        found.cadence_days = validation.cadence_days(days)
        found.save()
        ids = [ct.contact_id for ct in ContactTag.select(ContactTag.contact).where(ContactTag.tag == found)]
        refresh_contact_stats(ids)
        changes.emit(Entity.CONTACT, Action.UPDATED, ids)


def snooze_reconnect(contact_id: int, *, until: date) -> None:
    """Push the contact's reconnect reminder to ``until``."""
    with write():
        contact = live_contact(contact_id)
        contact.reconnect_snoozed_until = validation.day("reconnect_snoozed_until", until)
        contact.save()
        refresh_contact_stats([contact_id])
        changes.emit(Entity.CONTACT, Action.UPDATED, [contact_id])


def list_tags() -> list[str]:
    """Every tag name, in alphabetical order."""
    return [t.name for t in Tag.select(Tag.name).order_by(Tag.name)]


# Fields the detail copies from the contact row as they are (the rest are looked up).
_STORED_AS_IS = tuple(
    f.name for f in contact_fields.FIELDS if f.table == contact_fields.COLUMN and f.name != "organization"
)
# The figures ``derived`` keeps on the row, and its timestamps.
_ROW_EXTRAS = (
    "id", "uuid", "last_interaction_at", "last_networking_at", "next_followup_on", "reconnect_due_on",
    "networking_count", "sales_count", "open_deal_count", "created_at", "updated_at", "deleted_at",
)  # fmt: skip


def _as_detail(contact: Contact) -> ContactDetail:
    labeled: dict[str, Any] = {
        name: [
            LabeledValue(row.value, row.label, row.is_primary)
            for row in model.select()
            .where(model.contact == contact)
            .order_by(model.is_primary.desc(), model.id)
        ]
        for name, (model, _key) in _LABELED_TABLES.items()
    }
    tags = [
        t.name
        for t in Tag.select(Tag.name).join(ContactTag).where(ContactTag.contact == contact).order_by(Tag.name)
    ]
    introducer = (
        Contact.get_or_none(Contact.id == contact.introduced_by_id) if contact.introduced_by_id else None
    )
    org = (
        Organization.get_or_none(Organization.id == contact.organization_id)
        if contact.organization_id
        else None
    )
    return ContactDetail(
        **{name: getattr(contact, name) for name in (*_STORED_AS_IS, *_ROW_EXTRAS)},
        **labeled,
        tags=tags,
        organization=org.name if org else "",
        introduced_by_name=introducer.name if introducer else "",
        effective_cadence_days=effective_cadence(contact.id),
        **contact_values.load(contact.id),
    )


def get_contact(contact_id: int, *, include_trashed: bool = False) -> ContactDetail:
    """Everything about one contact; ``NotFoundError`` if gone (or trashed, unless asked)."""
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None or (contact.deleted_at is not None and not include_trashed):
        raise NotFoundError(QT_TRANSLATE_NOOP("Validation", "That contact no longer exists."))
    return _as_detail(contact)


def contact_exists(contact_id: int) -> bool:
    """True while the contact exists and is not in the trash."""
    return Contact.select().where((Contact.id == contact_id) & (Contact.deleted_at.is_null())).exists()
