"""The demo rows, table by table, written with bulk inserts on the raw connection."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from journal.db import raw_connection
from journal.db.fields import format_utc
from journal.db.models import CHANNELS, OBJECTION_CATEGORIES, STAGES, new_uuid
from journal.services.deals import DEFAULT_PROBABILITY
from journal.services.demo_words import (
    CITIES,
    DEALS,
    FIRST,
    HOW_MET,
    LAST,
    NETWORKING,
    ORGS,
    RESPONSES,
    SALES,
    TAGS,
    TITLES,
    VALUE_TYPES,
)
from journal.services.local_months import add_months, month_of
from journal.services.text import email_key, fold, phone_key


@dataclass(frozen=True)
class DemoSize:
    """How many rows of each kind the demo writes."""

    contacts: int = 60
    interactions: int = 900
    followups: int = 120
    deals: int = 40


def _insert(sql: str, rows: Sequence[Sequence[object]]) -> None:
    if rows:
        raw_connection().executemany(sql, rows)


class DemoRows:
    """Writes the demo rows table by table; one ``random.Random`` keeps them repeatable."""

    def __init__(
        self,
        rng: random.Random,
        size: DemoSize,
        now: datetime,
        today: date,
        stamp: str,
        report: Callable[[str, float], None],
    ) -> None:
        self.rng, self.size, self.now, self.today, self.stamp = rng, size, now, today, stamp
        self.report = report
        self.conn = raw_connection()
        self.ids: list[int] = []
        self.deals_of: dict[int, list[int]] = {}  # contact -> their deals
        self.heavy: list[int] = []  # people with thousands of interactions (big sizes only)

    def _next_id(self, table: str) -> int:
        return int(self.conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]) + 1

    def run(self) -> None:
        """Every table in turn, reporting progress between them."""
        self.report("organizations", 0.0)
        org_ids, tag_ids = self.organizations_and_tags()
        self.report("contacts", 0.05)
        self.contacts(org_ids, tag_ids)
        self.report("deals", 0.15)
        self.deals()
        self.report("interactions", 0.25)
        self.interactions()
        self.report("follow-ups", 0.78)
        self.followups()
        self.report("introductions", 0.82)
        self.introductions()
        self.quotas()

    def organizations_and_tags(self) -> tuple[list[int], list[int]]:
        """The organizations and tags; their ids."""
        stamp = self.stamp
        _insert(
            "INSERT INTO organization (uuid, created_at, updated_at, name, name_key, website, notes)"
            " VALUES (?, ?, ?, ?, ?, '', '')",
            [(new_uuid(), stamp, stamp, name, fold(name)) for name in ORGS],
        )
        org_ids = [r[0] for r in self.conn.execute("SELECT id FROM organization ORDER BY id")]
        tag_ids = []
        for name in TAGS:
            self.conn.execute("INSERT OR IGNORE INTO tag (name) VALUES (?)", (name,))
            tag_ids.append(self.conn.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()[0])
        self.conn.execute("UPDATE tag SET cadence_days = 60 WHERE name = 'mentor'")
        return org_ids, tag_ids

    def contacts(self, org_ids: list[int], tag_ids: list[int]) -> None:
        """The contacts with their e-mail addresses, phones and tags."""
        rng = self.rng
        first_id = self._next_id("contact")
        contacts, emails, phones, links = [], [], [], []
        for n in range(self.size.contacts):
            cid = first_id + n
            given, family, row = self._contact_row(n, cid, org_ids)
            contacts.append(row)
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
            "INSERT INTO contact_email (contact_id, value, value_key, label, is_primary)"
            " VALUES (?, ?, ?, ?, ?)",
            emails,
        )
        _insert(
            "INSERT INTO contact_phone (contact_id, value, value_key, label, is_primary)"
            " VALUES (?, ?, ?, ?, ?)",
            phones,
        )
        _insert("INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", links)
        self.ids = list(range(first_id, first_id + self.size.contacts))

    def _contact_row(self, n: int, cid: int, org_ids: list[int]) -> tuple[str, str, tuple[object, ...]]:
        """Given name, family name and the contact row of the ``n``-th demo contact."""
        rng = self.rng
        given, family = rng.choice(FIRST), rng.choice(LAST)
        if self.size.contacts > 500:
            family = f"{family} {rng.choice(LAST)}"
        name = f"{given} {family}"
        created = self.now - timedelta(days=rng.randint(200, 900))
        cadence = rng.choice([None, 14, 30, 30, 60, 90]) if n % 3 else None
        birthday = (
            f"{rng.randint(1960, 1998)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if n % 4 == 0
            else (f"--{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if n % 9 == 0 else "")
        )
        linkedin = f"https://www.linkedin.com/in/{fold(given)}-{fold(family).replace(' ', '-')}-{n}"
        return given, family, (
            cid, new_uuid(), format_utc(created), self.stamp, name, fold(name), given, family,
            rng.choice(org_ids) if n % 7 else None,
            rng.choice(TITLES),
            linkedin.replace("'", ""),
            rng.choice(CITIES),
            birthday,
            rng.choice(HOW_MET),
            created.date().isoformat(),
            cadence,
            rng.choice(["", "", "Prefiere WhatsApp.", "Loves trail running.", "Two kids."]),
        )  # fmt: skip

    def deals(self) -> None:
        """The deals with the stage changes that brought each to its stage."""
        size, ids = self.size, self.ids
        deal_rows, history = [], []
        first_deal = self._next_id("deal")
        self.heavy = ids[: max(1, min(5, size.contacts // 20_000))] if size.contacts >= 20_000 else []
        for n in range(size.deals):
            did = first_deal + n
            cid = self.heavy[n] if n < len(self.heavy) else self.rng.choice(ids)
            stage = STAGES[n % len(STAGES)] if n < 14 else self.rng.choice(STAGES)
            row, steps = self._deal(did, cid, stage)
            deal_rows.append(row)
            history.extend(steps)
            self.deals_of.setdefault(cid, []).append(did)
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

    def _deal(self, did: int, cid: int, stage: str) -> tuple[tuple[object, ...], list[tuple[object, ...]]]:
        """One deal at ``stage`` and the stage changes that brought it there."""
        rng, now = self.rng, self.now
        created = now - timedelta(days=rng.randint(5, 360))
        changed = created
        path = (
            list(STAGES[: STAGES.index(stage) + 1])
            if stage != "lost"
            else [*STAGES[: rng.randint(1, 4)], "lost"]
        )
        if stage == "won":
            path = list(STAGES[:6])
        steps: list[tuple[object, ...]] = []
        previous = None
        for step in path:
            steps.append((did, previous, step, format_utc(changed)))
            previous = step
            changed = min(now, changed + timedelta(days=rng.randint(2, 20)))
        value = Decimal(rng.randint(8, 400) * 250) + Decimal(rng.choice(["0", "0.50", "0.99"]))
        closed = format_utc(changed) if stage in ("won", "lost") else None
        expected = (self.today + timedelta(days=rng.randint(-20, 150))).isoformat()
        title = rng.choice(DEALS)
        lost_reason = (
            rng.choice(["Chose a competitor", "No budget this year", "Se fue con la competencia"])
            if stage == "lost"
            else ""
        )
        row = (
            did, new_uuid(), format_utc(created), self.stamp, cid, title, format(value, "f"), "EUR",
            stage, DEFAULT_PROBABILITY[stage], expected, lost_reason, format_utc(changed), closed,
        )  # fmt: skip
        return row, steps

    def interactions(self) -> None:
        """The entries (in batches of 50,000 for the big sizes) and the objections raised in them."""
        size, ids, heavy = self.size, self.ids, self.heavy
        first_interaction = self._next_id("interaction")
        objections: list[tuple[object, ...]] = []
        batch: list[tuple[object, ...]] = []
        sql = (
            "INSERT INTO interaction (id, uuid, created_at, updated_at, contact_id, kind, channel,"
            " occurred_at, summary, notes, value_direction, value_type, deal_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        heavy_quota = 2000  # "open a contact with 2,000 interactions" is real for the heavy few
        for n in range(size.interactions):
            iid = first_interaction + n
            if heavy and n < heavy_quota * len(heavy):
                cid = heavy[n // heavy_quota]
            else:
                cid = ids[n % len(ids)] if n < len(ids) else self.rng.choice(ids)
            row = self._interaction_row(n, iid, cid)
            batch.append(row)
            if row[5] == "sales" and n % 6 == 0:
                objections.append(self._objection_row(iid))
            if len(batch) >= 50_000:
                self.conn.executemany(sql, batch)
                batch.clear()
                self.report("interactions", 0.25 + 0.5 * n / max(1, size.interactions))
        self.conn.executemany(sql, batch)
        _insert(
            "INSERT INTO objection (uuid, created_at, updated_at, interaction_id, category, detail,"
            " response, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            objections,
        )

    def _interaction_row(self, n: int, iid: int, cid: int) -> tuple[object, ...]:
        rng = self.rng
        is_sales = cid in self.deals_of and rng.random() < 0.5
        when = self.now - timedelta(seconds=rng.randint(3600, 365 * 86400))
        spanish = rng.random() < 0.5
        direction = vtype = deal_id = None
        if is_sales:
            channel, en, es = rng.choice(SALES)
            deal_id = rng.choice(self.deals_of[cid])
            kind = "sales"
        else:
            channel, en, es = rng.choice(NETWORKING)
            kind = "networking"
            if rng.random() < 0.35:
                direction = "gave" if rng.random() < 0.6 else "received"
                vtype = rng.choice(VALUE_TYPES)
        notes = ""
        if n % 5 == 0:
            notes = (
                "Hablamos de su equipo y de planes para 2027."
                if spanish
                else "Talked about their team and plans for next year."
            )
        channel = channel if channel in CHANNELS else "other"
        summary = es if spanish else en
        return (
            iid, new_uuid(), self.stamp, self.stamp, cid, kind, channel, format_utc(when), summary, notes,
            direction, vtype, deal_id,
        )  # fmt: skip

    def _objection_row(self, iid: int) -> tuple[object, ...]:
        rng = self.rng
        return (
            new_uuid(), self.stamp, self.stamp, iid,
            rng.choice(OBJECTION_CATEGORIES),
            rng.choice(["Too expensive for now", "Ya trabajan con otro proveedor", "Not this quarter"]),
            rng.choice(RESPONSES),
            rng.choice(["resolved", "resolved", "unresolved", "pending"]),
        )  # fmt: skip

    def followups(self) -> None:
        """The follow-ups, open ones around today, the older ones mostly done."""
        rng, today, stamp = self.rng, self.today, self.stamp
        rows = []
        for n in range(self.size.followups):
            cid = rng.choice(self.ids)
            kind = "sales" if cid in self.deals_of and rng.random() < 0.5 else "networking"
            due = today + timedelta(days=rng.randint(-30, 60))
            status = (
                "open" if due >= today or rng.random() < 0.4 else rng.choice(["done", "done", "cancelled"])
            )
            titles = (
                ["Send the revised proposal", "Llamar para cerrar la propuesta", "Check satisfaction"]
                if kind == "sales"
                else ["Send a thank-you note", "Tomar un café", "Share the article we discussed"]
            )
            due_time = f"{rng.randint(8, 18):02d}:{rng.choice(['00', '30'])}:00" if n % 3 == 0 else None
            completed = format_utc(self.now) if status == "done" else None
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
                    completed,
                )
            )
        _insert(
            "INSERT INTO follow_up (uuid, created_at, updated_at, contact_id, kind, title, notes,"
            " due_date, due_time, status, completed_at) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)",
            rows,
        )

    def introductions(self) -> None:
        """Introductions between the contacts, both ways."""
        rng, stamp = self.rng, self.stamp
        rows = []
        for n in range(max(3, self.size.contacts // 10)):
            a, b = rng.sample(self.ids, 2)
            rows.append(
                (
                    new_uuid(), stamp, stamp, "i_introduced" if n % 2 else "introduced_me", a, b,
                    (self.today - timedelta(days=rng.randint(1, 300))).isoformat(),
                    rng.choice(["Both hiring data engineers", "Buscaban socio en Lisboa", "Same industry"]),
                    rng.choice(["pending", "met", "business"]),
                )
            )  # fmt: skip
        _insert(
            "INSERT INTO introduction (uuid, created_at, updated_at, direction, person_a_id,"
            " person_b_id, occurred_on, context, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def quotas(self) -> None:
        """A monthly quota for each of the last twelve months."""
        rows = []
        month = month_of(self.today)
        for back in range(12):
            start = add_months(month, -back)
            amount = str(Decimal(30000 + 2500 * (back % 4)))
            rows.append((new_uuid(), self.stamp, self.stamp, "month", start.isoformat(), amount, "EUR"))
        _insert(
            "INSERT INTO quota (uuid, created_at, updated_at, period, period_start, amount, currency)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
