"""Believable demo data (English and Spanish), from 60 contacts to 100,000.

``generate`` writes with bulk inserts in one transaction, so the benchmark
database of 1,000,000 interactions takes seconds, not minutes.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from journal import clock
from journal.db import database, fts, raw_connection
from journal.db.fields import format_utc
from journal.db.models import CHANNELS, EXTRA_INDEXES, OBJECTION_CATEGORIES, STAGES, new_uuid
from journal.services import derived
from journal.services.events import changes
from journal.services.text import email_key, fold, phone_key

FIRST = [
    "Lucía",
    "Marta",
    "Carmen",
    "Sofía",
    "Elena",
    "Pablo",
    "Javier",
    "Álvaro",
    "Andrés",
    "Nuria",
    "Iñaki",
    "José",
    "Tom",
    "Emma",
    "Olivia",
    "James",
    "Liam",
    "Noah",
    "Ava",
    "Grace",
    "Daniel",
    "Sarah",
    "Michael",
    "Laura",
    "Chloe",
    "Ángel",
    "Begoña",
    "Raúl",
]
LAST = [
    "Fernández",
    "Núñez",
    "García",
    "Martínez",
    "López",
    "Sánchez",
    "Pérez",
    "Gómez",
    "Ruiz",
    "Muñoz",
    "Ibáñez",
    "O'Brien",
    "Smith",
    "Johnson",
    "Brown",
    "Taylor",
    "Wilson",
    "Clarke",
    "Walker",
    "Evans",
    "Castaño",
    "Peña",
    "Ortega",
    "Hughes",
]
ORGS = [
    "Ventas Iberia SL",
    "Acme, Inc.",
    "Nordic Analytics",
    "Grupo Alba",
    "Bright Labs",
    "Consultora Sierra",
    "Blue Harbor Capital",
    "Tecnologías Pardo",
    "Orbit Health",
    "Mediterránea Foods",
    "Lumen Studio",
    "Helix Robotics",
    "Café Central",
    "Atlas Legal",
]
TITLES = [
    "CEO",
    "Directora Comercial",
    "VP Sales",
    "Head of Marketing",
    "CTO",
    "Founder",
    "Consultor Senior",
    "Procurement Manager",
    "Product Lead",
    "Responsable de Compras",
]
TAGS = ["cliente", "mentor", "investor", "conference", "madrid", "london", "partner", "alumni"]
CITIES = ["Madrid", "Barcelona", "Valencia", "London", "Dublin", "Lisbon", "Berlin", "Sevilla"]
HOW_MET = [
    "SaaS Summit 2025",
    "Intro by a former colleague",
    "LinkedIn",
    "Meetup de startups",
    "University alumni dinner",
    "Feria de Valencia",
    "Podcast guest",
]
NETWORKING = [
    ("meeting", "Coffee to catch up", "Café para ponernos al día"),
    ("event", "Met at the conference dinner", "Coincidimos en la cena del congreso"),
    ("message", "Shared an article on pricing", "Le pasé un artículo sobre precios"),
    ("call", "Career advice call", "Llamada para pedir consejo"),
    ("email", "Thank-you note after the intro", "Nota de agradecimiento tras la presentación"),
    ("social", "Congratulated them on the new role", "Le felicité por el nuevo puesto"),
]
SALES = [
    ("meeting", "Discovery meeting", "Reunión de descubrimiento"),
    ("call", "Follow-up call on the proposal", "Llamada de seguimiento de la propuesta"),
    ("email", "Sent the proposal", "Envié la propuesta"),
    ("meeting", "Product demo", "Demo del producto"),
    ("call", "Negotiated the price", "Negociamos el precio"),
    ("email", "Post-sale check-in", "Seguimiento postventa"),
]
VALUE_TYPES = ["introduction", "advice", "content", "referral", "favour"]
DEALS = [
    "Annual licence",
    "Consulting retainer",
    "Pilot project",
    "Formación in-company",
    "Renovación anual",
    "Website redesign",
    "Data audit",
    "Support plan",
]
RESPONSES = [
    "Offered a phased payment plan",
    "Shared a case study with ROI",
    "Ofrecí un piloto de 30 días",
    "Compared total cost of ownership",
    "Brought in the technical lead",
]


@dataclass(frozen=True)
class DemoSize:
    contacts: int = 60
    interactions: int = 900
    followups: int = 120
    deals: int = 40


DEMO = DemoSize()
BENCH = DemoSize(contacts=100_000, interactions=1_000_000, followups=50_000, deals=20_000)


def _insert(sql: str, rows: Sequence[Sequence[object]]) -> None:
    if rows:
        raw_connection().executemany(sql, rows)


def generate(
    size: DemoSize = DEMO,
    *,
    seed: int = 7,
    now: datetime | None = None,
    progress: Callable[[str, float], None] | None = None,
) -> None:
    """Fill the open (empty) database with demo data of ``size``."""
    rng = random.Random(seed)
    now = now or clock.now()
    today = now.astimezone(clock.local_zone()).date()
    stamp = format_utc(now)
    report = progress or (lambda _step, _fraction: None)
    bulk = size.interactions > 100_000
    with database.atomic():
        if bulk:
            _drop_for_bulk()
        _generate(rng, size, now, today, stamp, report)
        if bulk:
            report("indexes", 0.8)
            _restore_after_bulk()
        report("statistics", 0.85)
        derived.refresh_all_contacts()
        report("search index", 0.92)
        derived.rebuild_search()
        fts.rebuild_interactions(database)
    database.execute_sql("ANALYZE")  # statistics let the planner pick the right indexes
    report("done", 1.0)
    changes.emit("database", "imported")


_BULK_INDEXES = (
    "interaction_uuid",
    "interaction_contact_id",
    "interaction_deal_id",
    "interaction_occurred_at",
    "interaction_kind_occurred_at",
    "interaction_channel_occurred_at",
    "interaction_kind_channel_occurred_at",
    "interaction_contact_id_kind_occurred_at",
    "interaction_value_ledger",
)


def _drop_for_bulk() -> None:
    """Loading a million rows is far faster with the per-row FTS trigger and the
    secondary indexes out of the way; both are rebuilt once at the end."""
    database.execute_sql("PRAGMA cache_size = -262144")  # 256 MiB while loading
    database.execute_sql("DROP TRIGGER IF EXISTS interaction_fts_ai")
    for name in _BULK_INDEXES:
        database.execute_sql(f"DROP INDEX IF EXISTS {name}")


def _restore_after_bulk() -> None:
    from journal.db.models import Interaction

    database.create_tables([Interaction], safe=True)  # recreates the dropped indexes
    for sql in EXTRA_INDEXES:
        database.execute_sql(sql)
    fts.create(database)  # recreates the trigger
    database.execute_sql("PRAGMA cache_size = -16000")


def _generate(
    rng: random.Random,
    size: DemoSize,
    now: datetime,
    today: date,
    stamp: str,
    report: Callable[[str, float], None],
) -> None:
    conn = raw_connection()
    report("organizations", 0.0)
    org_rows = [(new_uuid(), stamp, stamp, name, fold(name)) for name in ORGS]
    _insert(
        "INSERT INTO organization (uuid, created_at, updated_at, name, name_key, website, notes)"
        " VALUES (?, ?, ?, ?, ?, '', '')",
        org_rows,
    )
    org_ids = [r[0] for r in conn.execute("SELECT id FROM organization ORDER BY id")]
    tag_ids = []
    for name in TAGS:
        conn.execute("INSERT OR IGNORE INTO tag (name) VALUES (?)", (name,))
        tag_ids.append(conn.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()[0])
    conn.execute("UPDATE tag SET cadence_days = 60 WHERE name = 'mentor'")

    report("contacts", 0.05)
    first_id = (conn.execute("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0]) + 1
    contacts = []
    emails = []
    phones = []
    links = []
    for n in range(size.contacts):
        cid = first_id + n
        given, family = rng.choice(FIRST), rng.choice(LAST)
        if size.contacts > 500:
            family = f"{family} {rng.choice(LAST)}"
        name = f"{given} {family}"
        created = now - timedelta(days=rng.randint(200, 900))
        cadence = rng.choice([None, 14, 30, 30, 60, 90]) if n % 3 else None
        birthday = (
            f"{rng.randint(1960, 1998)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if n % 4 == 0
            else (f"--{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if n % 9 == 0 else "")
        )
        contacts.append(
            (
                cid,
                new_uuid(),
                format_utc(created),
                stamp,
                name,
                fold(name),
                given,
                family,
                rng.choice(org_ids) if n % 7 else None,
                rng.choice(TITLES),
                f"https://www.linkedin.com/in/{fold(given)}-{fold(family).replace(' ', '-')}-{n}".replace(
                    "'", ""
                ),
                rng.choice(CITIES),
                birthday,
                rng.choice(HOW_MET),
                (created.date()).isoformat(),
                cadence,
                rng.choice(["", "", "Prefiere WhatsApp.", "Loves trail running.", "Two kids."]),
            )
        )
        user = fold(given).replace(" ", "") + "." + fold(family).split()[0].replace("'", "")
        address = f"{user}{n}@example.{'es' if n % 2 else 'com'}"
        emails.append((cid, address, email_key(address), "work", 1))
        if n % 3 == 0:
            phone = f"+34 6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
            phones.append((cid, phone, phone_key(phone), "mobile", 1))
        for tag_id in rng.sample(tag_ids, rng.randint(0, 2)):
            links.append((cid, tag_id))
    _insert(
        "INSERT INTO contact (id, uuid, created_at, updated_at, name, sort_key, given_name,"
        " family_name, organization_id, title, linkedin_url, website, location, birthday,"
        " how_met, met_on, cadence_days, cadence_scope, notes, source_uid, networking_count,"
        " sales_count, open_deal_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?,"
        " ?, ?, 'any', ?, '', 0, 0, 0)",
        contacts,
    )
    _insert(
        "INSERT INTO contact_email (contact_id, value, value_key, label, is_primary) VALUES (?, ?, ?, ?, ?)",
        emails,
    )
    _insert(
        "INSERT INTO contact_phone (contact_id, value, value_key, label, is_primary) VALUES (?, ?, ?, ?, ?)",
        phones,
    )
    _insert("INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", links)
    ids = list(range(first_id, first_id + size.contacts))
    del contacts, emails, phones, links

    report("deals", 0.15)
    deal_rows = []
    history: list[tuple[int, str | None, str, str]] = []
    first_deal = (conn.execute("SELECT coalesce(max(id), 0) FROM deal").fetchone()[0]) + 1
    deal_contacts = []
    heavy_people = ids[: max(1, min(5, size.contacts // 20_000))] if size.contacts >= 20_000 else []
    for n in range(size.deals):
        did = first_deal + n
        cid = heavy_people[n] if n < len(heavy_people) else rng.choice(ids)
        stage = STAGES[n % len(STAGES)] if n < 14 else rng.choice(STAGES)
        created = now - timedelta(days=rng.randint(5, 360))
        changed = created
        path = (
            list(STAGES[: STAGES.index(stage) + 1])
            if stage != "lost"
            else [*STAGES[: rng.randint(1, 4)], "lost"]
        )
        if stage == "won":
            path = list(STAGES[:6])
        previous = None
        for step in path:
            history.append((did, previous, step, format_utc(changed)))
            previous = step
            changed = min(now, changed + timedelta(days=rng.randint(2, 20)))
        value = Decimal(rng.randint(8, 400) * 250) + Decimal(rng.choice(["0", "0.50", "0.99"]))
        probability = {
            "prospect": 10,
            "qualified": 25,
            "presentation": 40,
            "proposal": 60,
            "negotiation": 80,
            "won": 100,
            "lost": 0,
        }[stage]
        closed = format_utc(changed) if stage in ("won", "lost") else None
        expected = (today + timedelta(days=rng.randint(-20, 150))).isoformat()
        deal_rows.append(
            (
                did,
                new_uuid(),
                format_utc(created),
                stamp,
                cid,
                rng.choice(DEALS),
                format(value, "f"),
                "EUR",
                stage,
                probability,
                expected,
                rng.choice(["Chose a competitor", "No budget this year", "Se fue con la competencia"])
                if stage == "lost"
                else "",
                format_utc(changed),
                closed,
            )
        )
        deal_contacts.append((did, cid))
    _insert(
        "INSERT INTO deal (id, uuid, created_at, updated_at, contact_id, title, value, currency,"
        " stage, probability, expected_close, lost_reason, stage_changed_at, closed_at, notes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
        deal_rows,
    )
    _insert(
        "INSERT INTO deal_stage_change (deal_id, from_stage, to_stage, changed_at) VALUES (?, ?, ?, ?)",
        history,
    )
    del deal_rows, history

    report("interactions", 0.25)
    first_interaction = (conn.execute("SELECT coalesce(max(id), 0) FROM interaction").fetchone()[0]) + 1
    objection_rows = []
    batch: list[tuple[object, ...]] = []
    deals_of: dict[int, list[int]] = {}
    for did, cid in deal_contacts:
        deals_of.setdefault(cid, []).append(did)
    # A few people get a long history so "open a contact with 2,000 interactions" is real.
    heavy = heavy_people
    span_seconds = 365 * 86400
    sql = (
        "INSERT INTO interaction (id, uuid, created_at, updated_at, contact_id, kind, channel,"
        " occurred_at, summary, notes, value_direction, value_type, deal_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    heavy_quota = 2000
    for n in range(size.interactions):
        iid = first_interaction + n
        if heavy and n < heavy_quota * len(heavy):
            cid = heavy[n // heavy_quota]
        else:
            cid = ids[n % len(ids)] if n < len(ids) else rng.choice(ids)
        is_sales = cid in deals_of and rng.random() < 0.5
        when = now - timedelta(seconds=rng.randint(3600, span_seconds))
        spanish = rng.random() < 0.5
        if is_sales:
            channel, en, es = rng.choice(SALES)
            deal_id = rng.choice(deals_of[cid])
            direction = vtype = None
            kind = "sales"
        else:
            channel, en, es = rng.choice(NETWORKING)
            deal_id = None
            kind = "networking"
            if rng.random() < 0.35:
                direction = "gave" if rng.random() < 0.6 else "received"
                vtype = rng.choice(VALUE_TYPES)
            else:
                direction = vtype = None
        summary = es if spanish else en
        notes = (
            ""
            if n % 5
            else (
                "Hablamos de su equipo y de planes para 2027."
                if spanish
                else "Talked about their team and plans for next year."
            )
        )
        batch.append(
            (
                iid,
                new_uuid(),
                stamp,
                stamp,
                cid,
                kind,
                channel if channel in CHANNELS else "other",
                format_utc(when),
                summary,
                notes,
                direction,
                vtype,
                deal_id,
            )
        )
        if is_sales and n % 6 == 0:
            objection_rows.append(
                (
                    new_uuid(),
                    stamp,
                    stamp,
                    iid,
                    rng.choice(OBJECTION_CATEGORIES),
                    rng.choice(
                        [
                            "Too expensive for now",
                            "Ya trabajan con otro proveedor",
                            "Not this quarter",
                        ]
                    ),
                    rng.choice(RESPONSES),
                    rng.choice(["resolved", "resolved", "unresolved", "pending"]),
                )
            )
        if len(batch) >= 50_000:
            conn.executemany(sql, batch)
            batch.clear()
            report("interactions", 0.25 + 0.5 * n / max(1, size.interactions))
    conn.executemany(sql, batch)
    _insert(
        "INSERT INTO objection (uuid, created_at, updated_at, interaction_id, category, detail,"
        " response, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        objection_rows,
    )

    report("follow-ups", 0.78)
    rows = []
    for n in range(size.followups):
        cid = rng.choice(ids)
        kind = "sales" if cid in deals_of and rng.random() < 0.5 else "networking"
        due = today + timedelta(days=rng.randint(-30, 60))
        status = "open" if due >= today or rng.random() < 0.4 else rng.choice(["done", "done", "cancelled"])
        titles = (
            ["Send the revised proposal", "Llamar para cerrar la propuesta", "Check satisfaction"]
            if kind == "sales"
            else ["Send a thank-you note", "Tomar un café", "Share the article we discussed"]
        )
        due_time = f"{rng.randint(8, 18):02d}:{rng.choice(['00', '30'])}:00" if n % 3 == 0 else None
        rows.append(
            (
                new_uuid(),
                stamp,
                stamp,
                cid,
                kind,
                rng.choice(titles),
                due.isoformat(),
                due_time,
                status,
                format_utc(now) if status == "done" else None,
            )
        )
    _insert(
        "INSERT INTO follow_up (uuid, created_at, updated_at, contact_id, kind, title, notes,"
        " due_date, due_time, status, completed_at) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)",
        rows,
    )

    report("introductions", 0.82)
    intro_rows = []
    for n in range(max(3, size.contacts // 10)):
        a, b = rng.sample(ids, 2)
        intro_rows.append(
            (
                new_uuid(),
                stamp,
                stamp,
                "i_introduced" if n % 2 else "introduced_me",
                a,
                b,
                (today - timedelta(days=rng.randint(1, 300))).isoformat(),
                rng.choice(["Both hiring data engineers", "Buscaban socio en Lisboa", "Same industry"]),
                rng.choice(["pending", "met", "business"]),
            )
        )
    _insert(
        "INSERT INTO introduction (uuid, created_at, updated_at, direction, person_a_id,"
        " person_b_id, occurred_on, context, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        intro_rows,
    )
    quota_rows = []
    month = date(today.year, today.month, 1)
    for back in range(12):
        index = month.year * 12 + month.month - 1 - back
        start = date(index // 12, index % 12 + 1, 1)
        quota_rows.append(
            (
                new_uuid(),
                stamp,
                stamp,
                "month",
                start.isoformat(),
                str(Decimal(30000 + 2500 * (back % 4))),
                "EUR",
            )
        )
    _insert(
        "INSERT INTO quota (uuid, created_at, updated_at, period, period_start, amount, currency)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        quota_rows,
    )
