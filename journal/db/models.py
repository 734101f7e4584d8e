"""The journal's tables (Peewee models). No Qt here.

Every user-facing record carries a stable ``uuid``, ``created_at`` /
``updated_at`` (aware UTC) and ``deleted_at`` (set when moved to the trash).
Counters and dates on ``Contact`` marked *denormalized* are maintained by the
services so the contact list can sort 100,000 rows without touching the
interactions table.
"""

from __future__ import annotations

import os

import peewee

from journal import clock
from journal.db.connection import database
from journal.db.fields import MoneyField, UTCDateTimeField

KINDS = ("networking", "sales")
CHANNELS = ("meeting", "call", "email", "message", "event", "social", "other")
VALUE_DIRECTIONS = ("gave", "received")
VALUE_TYPES = ("introduction", "advice", "content", "referral", "favour")
STAGES = ("prospect", "qualified", "presentation", "proposal", "negotiation", "won", "lost")
OPEN_STAGES = STAGES[:5]
FOLLOWUP_STATUSES = ("open", "done", "cancelled")
RECURRENCE_UNITS = ("day", "week", "month")
OBJECTION_CATEGORIES = ("price", "timing", "competitor", "need", "authority", "other")
OBJECTION_OUTCOMES = ("resolved", "unresolved", "pending")
INTRODUCTION_DIRECTIONS = ("i_introduced", "introduced_me")
INTRODUCTION_OUTCOMES = ("pending", "met", "business")
CADENCE_SCOPES = ("any", "networking")
QUOTA_PERIODS = ("month", "quarter")


_EMPTY = peewee.SQL("DEFAULT ''")


_VARIANT = {f"{n:x}": "89ab"[n & 3] for n in range(16)}


def uuid_text(digits: str, version: int) -> str:
    """The RFC 4122 uuid of ``version`` made of 32 hex ``digits``, as ``str(uuid.UUID(...))`` writes
    it (four times faster: an import makes two a contact)."""
    d = digits
    return f"{d[:8]}-{d[8:12]}-{version}{d[13:16]}-{_VARIANT[d[16]]}{d[17:20]}-{d[20:32]}"


def new_uuid() -> str:
    """A new random uuid (version 4), as text."""
    return uuid_text(os.urandom(16).hex(), 4)


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


class Record(BaseModel):
    """A user-facing record: uuid, timestamps, soft deletion."""

    uuid = peewee.CharField(max_length=64, unique=True, default=new_uuid)
    created_at = UTCDateTimeField(default=clock.now)
    updated_at = UTCDateTimeField(default=clock.now)
    deleted_at = UTCDateTimeField(null=True)


class Organization(Record):
    name = peewee.TextField()
    name_key = peewee.TextField(index=True)
    website = peewee.TextField(default="")
    notes = peewee.TextField(default="")


class Contact(Record):
    name = peewee.TextField()
    sort_key = peewee.TextField()  # casefolded, accent-free name for ordering
    given_name = peewee.TextField(default="")
    family_name = peewee.TextField(default="")
    organization = peewee.ForeignKeyField(Organization, null=True, on_delete="SET NULL")
    title = peewee.TextField(default="")
    linkedin_url = peewee.TextField(default="")
    website = peewee.TextField(default="")
    location = peewee.TextField(default="")
    birthday = peewee.TextField(default="")  # "YYYY-MM-DD" or "--MM-DD" (no year)
    how_met = peewee.TextField(default="")
    met_on = peewee.DateField(null=True)
    introduced_by = peewee.ForeignKeyField("self", null=True, on_delete="SET NULL")
    notes = peewee.TextField(default="")
    cadence_days = peewee.IntegerField(null=True)
    cadence_scope = peewee.CharField(max_length=16, default="any")
    reconnect_snoozed_until = peewee.DateField(null=True)
    source_uid = peewee.TextField(default="", index=True)  # UID from an imported file
    # denormalized, maintained by services.derived.refresh_contact_stats
    last_interaction_at = UTCDateTimeField(null=True)
    last_networking_at = UTCDateTimeField(null=True)
    networking_count = peewee.IntegerField(default=0)
    sales_count = peewee.IntegerField(default=0)
    open_deal_count = peewee.IntegerField(default=0)
    next_followup_on = peewee.DateField(null=True)
    reconnect_due_on = peewee.DateField(null=True)  # last talk + cadence (or snooze)
    # schema 3 (issue 13): the rest of what phones and mail programs keep about a person
    # (with SQL defaults, as ALTER TABLE ADD COLUMN needs them: a new file is the same as an upgraded one)
    middle_name = peewee.TextField(default="", constraints=[_EMPTY])
    name_prefix = peewee.TextField(default="", constraints=[_EMPTY])
    name_suffix = peewee.TextField(default="", constraints=[_EMPTY])
    phonetic_given_name = peewee.TextField(default="", constraints=[_EMPTY])
    phonetic_family_name = peewee.TextField(default="", constraints=[_EMPTY])
    role = peewee.TextField(default="", constraints=[_EMPTY])
    starred = peewee.BooleanField(default=False, constraints=[peewee.SQL("DEFAULT 0")])

    class Meta:
        indexes = (
            (("deleted_at", "sort_key"), False),
            (("deleted_at", "last_interaction_at"), False),
            (("deleted_at", "next_followup_on"), False),
            (("deleted_at", "reconnect_due_on"), False),
        )


class ContactEmail(BaseModel):
    contact = peewee.ForeignKeyField(Contact, backref="emails", on_delete="CASCADE")
    value = peewee.TextField()
    value_key = peewee.TextField(index=True)  # lowercased, for matching on import
    label = peewee.TextField(default="")
    is_primary = peewee.BooleanField(default=False)


class ContactPhone(BaseModel):
    contact = peewee.ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    value = peewee.TextField()
    value_key = peewee.TextField(index=True)  # digits only, for matching on import
    label = peewee.TextField(default="")
    is_primary = peewee.BooleanField(default=False)


class LabeledValueRow(BaseModel):
    """What a contact's and an organization's labelled values share (no table of its own:
    ``ContactValue`` and ``OrganizationValue`` add the owner)."""

    kind = peewee.CharField(max_length=32)
    value = peewee.TextField()
    label = peewee.TextField(default="")
    is_primary = peewee.BooleanField(default=False)
    position = peewee.IntegerField(default=0)


class ContactValue(LabeledValueRow):
    """One of a contact's further values: ``kind`` is the field (``contact_fields``), e.g.
    "urls", "nicknames", "im", "social", "dates", "related", "units", "custom_fields"."""

    contact = peewee.ForeignKeyField(Contact, backref="values", on_delete="CASCADE")

    class Meta:
        indexes = ((("contact", "kind", "position"), False),)


class Address(BaseModel):
    """A postal address of a contact or of an organization (exactly one of the two)."""

    contact = peewee.ForeignKeyField(Contact, null=True, backref="addresses", on_delete="CASCADE")
    organization = peewee.ForeignKeyField(Organization, null=True, backref="addresses", on_delete="CASCADE")
    label = peewee.TextField(default="")
    po_box = peewee.TextField(default="")
    extended = peewee.TextField(default="")
    street = peewee.TextField(default="")
    city = peewee.TextField(default="")
    region = peewee.TextField(default="")
    postal_code = peewee.TextField(default="")
    country = peewee.TextField(default="")
    is_primary = peewee.BooleanField(default=False)
    position = peewee.IntegerField(default=0)


class OrganizationValue(LabeledValueRow):
    """An organization's phone, e-mail or web site (``kind``: "phones", "emails", "urls")."""

    organization = peewee.ForeignKeyField(Organization, backref="values", on_delete="CASCADE")

    class Meta:
        indexes = ((("organization", "kind", "position"), False),)


class Picture(BaseModel):
    """A contact's photo or an organization's logo: the image (downscaled) and/or its web address."""

    contact = peewee.ForeignKeyField(Contact, null=True, unique=True, on_delete="CASCADE")
    organization = peewee.ForeignKeyField(Organization, null=True, unique=True, on_delete="CASCADE")
    data = peewee.BlobField(null=True)
    mime = peewee.TextField(default="")
    url = peewee.TextField(default="")
    width = peewee.IntegerField(default=0)
    height = peewee.IntegerField(default=0)


class ImportFingerprint(BaseModel):
    """A card or row already imported (a digest of its content) and what it became."""

    # An ordinary rowid table (not WITHOUT ROWID): an import undone by ``services.batches``
    # (a cancel, a refusal in a later slice, a crash) takes its fingerprints back by rowid range.
    fingerprint = peewee.BlobField(unique=True)  # 16 bytes (blake2b of the card or row)
    contact = peewee.ForeignKeyField(Contact, null=True, on_delete="CASCADE")
    organization = peewee.ForeignKeyField(Organization, null=True, on_delete="CASCADE")
    created_at = UTCDateTimeField(default=clock.now)


class Tag(BaseModel):
    name = peewee.TextField(unique=True)
    cadence_days = peewee.IntegerField(null=True)  # default cadence for tagged contacts


class ContactTag(BaseModel):
    contact = peewee.ForeignKeyField(Contact, backref="contact_tags", on_delete="CASCADE")
    tag = peewee.ForeignKeyField(Tag, backref="contact_tags", on_delete="CASCADE")

    class Meta:
        indexes = ((("contact", "tag"), True), (("tag", "contact"), False))


class Deal(Record):
    contact = peewee.ForeignKeyField(Contact, backref="deals", on_delete="CASCADE")
    title = peewee.TextField()
    value = MoneyField()
    currency = peewee.CharField(max_length=3, default="EUR")
    stage = peewee.CharField(max_length=16, default="prospect")
    probability = peewee.IntegerField(default=10)  # percent, 0..100
    expected_close = peewee.DateField(null=True)
    lost_reason = peewee.TextField(default="")
    stage_changed_at = UTCDateTimeField(default=clock.now)
    closed_at = UTCDateTimeField(null=True)
    notes = peewee.TextField(default="")

    class Meta:
        indexes = (
            (("deleted_at", "stage"), False),
            (("contact", "deleted_at"), False),
        )


class DealStageChange(BaseModel):
    deal = peewee.ForeignKeyField(Deal, backref="stage_changes", on_delete="CASCADE")
    from_stage = peewee.CharField(max_length=16, null=True)
    to_stage = peewee.CharField(max_length=16)
    changed_at = UTCDateTimeField(default=clock.now)

    class Meta:
        indexes = ((("deal", "changed_at"), False),)


class Interaction(Record):
    contact = peewee.ForeignKeyField(Contact, backref="interactions", on_delete="CASCADE")
    kind = peewee.CharField(max_length=16)
    channel = peewee.CharField(max_length=16, default="other")
    occurred_at = UTCDateTimeField()
    summary = peewee.TextField()
    notes = peewee.TextField(default="")
    value_direction = peewee.CharField(max_length=16, null=True)  # networking: gave/received
    value_type = peewee.CharField(max_length=16, null=True)
    deal = peewee.ForeignKeyField(Deal, null=True, backref="interactions", on_delete="SET NULL")

    class Meta:
        indexes = (
            (("contact", "kind", "occurred_at"), False),
            (("occurred_at",), False),
            (("kind", "occurred_at"), False),
            (("channel", "occurred_at"), False),
            (("kind", "channel", "occurred_at"), False),
        )


class Objection(Record):
    interaction = peewee.ForeignKeyField(Interaction, backref="objections", on_delete="CASCADE")
    category = peewee.CharField(max_length=16)
    detail = peewee.TextField(default="")
    response = peewee.TextField(default="")
    outcome = peewee.CharField(max_length=16, default="pending")


class Introduction(Record):
    direction = peewee.CharField(max_length=16)  # i_introduced | introduced_me
    # i_introduced: I introduced person_a to person_b.
    # introduced_me: person_a introduced me to person_b.
    person_a = peewee.ForeignKeyField(Contact, backref="introductions_a", on_delete="CASCADE")
    person_b = peewee.ForeignKeyField(Contact, backref="introductions_b", on_delete="CASCADE")
    occurred_on = peewee.DateField()
    context = peewee.TextField(default="")
    outcome = peewee.CharField(max_length=16, default="pending")


class FollowUp(Record):
    contact = peewee.ForeignKeyField(Contact, backref="followups", on_delete="CASCADE")
    kind = peewee.CharField(max_length=16)
    title = peewee.TextField()
    notes = peewee.TextField(default="")
    due_date = peewee.DateField()  # local calendar date
    due_time = peewee.TimeField(null=True)  # local wall time; None = default reminder time
    status = peewee.CharField(max_length=16, default="open")
    snoozed_until = UTCDateTimeField(null=True)
    recurrence_unit = peewee.CharField(max_length=8, null=True)
    recurrence_interval = peewee.IntegerField(null=True)
    interaction = peewee.ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
    deal = peewee.ForeignKeyField(Deal, null=True, on_delete="SET NULL")
    completed_at = UTCDateTimeField(null=True)
    reminded_at = UTCDateTimeField(null=True)  # when the reminder for the current due time fired
    reminded_for = UTCDateTimeField(null=True)  # which due instant that reminder was for

    class Meta:
        indexes = (
            (("deleted_at", "status", "due_date"), False),
            (("deleted_at", "due_date", "status"), False),  # covers the calendar's day counts
            (("contact", "status", "due_date"), False),
        )


class Quota(Record):
    period = peewee.CharField(max_length=8, default="month")
    period_start = peewee.DateField()  # first day of the month or quarter
    amount = MoneyField()
    currency = peewee.CharField(max_length=3, default="EUR")

    class Meta:
        indexes = ((("period", "period_start"), False),)


class Meta(BaseModel):
    """Small key/value facts about this file (last backup, reminder state...)."""

    key = peewee.CharField(max_length=64, primary_key=True)
    value = peewee.TextField()


class DuplicateDismissal(BaseModel):
    """A pair of contacts the user said are not the same person."""

    contact_a = peewee.ForeignKeyField(Contact, on_delete="CASCADE")
    contact_b = peewee.ForeignKeyField(Contact, on_delete="CASCADE")
    created_at = UTCDateTimeField(default=clock.now)

    class Meta:
        indexes = ((("contact_a", "contact_b"), True),)


class MergeRecord(BaseModel):
    """What a merge changed, kept as JSON so the merge can be undone."""

    survivor = peewee.ForeignKeyField(Contact, on_delete="CASCADE")
    merged = peewee.ForeignKeyField(Contact, on_delete="CASCADE")
    snapshot = peewee.TextField()
    created_at = UTCDateTimeField(default=clock.now)
    undone_at = UTCDateTimeField(null=True)


# The trash and the counts that leave trashed entries out read only the few trashed rows:
# partial indexes hold just those (without them, listing the trash read a million entries).
# Schema step 4 (migrations._to_v4_indexes) adds these, SNOOZE_INDEX and BOARD_INDEX to older files.
TRASH_INDEXES = [
    "CREATE INDEX IF NOT EXISTS interaction_trashed ON interaction (deleted_at, kind, occurred_at) "
    "WHERE deleted_at IS NOT NULL",
    *(
        f"CREATE INDEX IF NOT EXISTS {table}_trashed ON {table} (deleted_at) WHERE deleted_at IS NOT NULL"
        for table in ("contact", "follow_up", "deal", "introduction", "objection", "quota")
    ),
]
# The pipeline board: a stage's live deals, most recently moved first (and its totals).
BOARD_INDEX = (
    "CREATE INDEX IF NOT EXISTS deal_board ON deal (stage, stage_changed_at, id, currency, value) "
    "WHERE deleted_at IS NULL"
)
# Reminders look at every snoozed open follow-up on each check: the few snoozed ones.
SNOOZE_INDEX = (
    "CREATE INDEX IF NOT EXISTS follow_up_snoozed ON follow_up (snoozed_until) "
    "WHERE snoozed_until IS NOT NULL"
)

# Indexes Peewee's Meta cannot express (partial indexes), created with the schema.
EXTRA_INDEXES = [
    # The reciprocity ledger reads only networking entries where value moved.
    """CREATE INDEX IF NOT EXISTS interaction_value_ledger
       ON interaction (kind, occurred_at, value_direction, value_type, contact_id)
       WHERE kind = 'networking' AND value_direction IS NOT NULL AND deleted_at IS NULL""",
    *TRASH_INDEXES,
    SNOOZE_INDEX,
    BOARD_INDEX,
]

ALL_MODELS: list[type[BaseModel]] = [
    Organization,
    Contact,
    ContactEmail,
    ContactPhone,
    ContactValue,
    Address,
    OrganizationValue,
    Picture,
    ImportFingerprint,
    Tag,
    ContactTag,
    Deal,
    DealStageChange,
    Interaction,
    Objection,
    Introduction,
    FollowUp,
    Quota,
    Meta,
    DuplicateDismissal,
    MergeRecord,
]
