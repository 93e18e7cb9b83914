"""Deterministic demo data for the sandbox marketplaces.

The same seed and the same anchor time write the same dataset, row for row. Times are laid out
backwards from the anchor (by default: the moment of generation), so the demo always looks
current: incidents a seller marked solved yesterday, a customer who wrote an hour ago.

Rows are built as plain dicts and written with Core ``executemany`` in chunks, which is what
makes a 2,000,000-message dataset a matter of minutes rather than hours.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from babel.numbers import format_currency
from sqlalchemy import Engine, delete, insert

from . import db
from .catalog import (
    INCIDENT_OPEN_KEYS,
    LOCALES,
    MARKETS,
    OPERATOR_CLOSE_KEYS,
    REASONS,
    REASONS_BY_KEY,
    SELLER_RESOLUTION_KEYS,
    MarketDef,
)
from .texts import Corpus

Progress = Callable[[str, int, int], None]

# Share of incidents in each status; the rest of a status's story follows from it.
_INCIDENT_STATUSES = (
    ("RESOLVED", 0.45), ("NEW", 0.08), ("IN_PROGRESS", 0.17), ("DISPUTED", 0.08), ("CLOSED", 0.22),
)
_ORDER_STATES = (
    ("RECEIVED", 0.38), ("SHIPPED", 0.34), ("SHIPPING", 0.10), ("CLOSED", 0.12),
    ("WAITING_ACCEPTANCE", 0.03), ("CANCELED", 0.03),
)
# Seller personas drive reply times and what they write.
_PERSONAS = (("good", 0.6), ("slow", 0.22), ("bad", 0.12), ("silent", 0.06))
_ROLES = ("agent", "reviewer", "supervisor")
_CHUNK = 20_000
_VAT_BASIS_POINTS = {"DE": 1900, "ES": 2100, "NL": 2100, "CH": 810}


@dataclass(frozen=True)
class GenerationSpec:
    """What to generate. Totals are split across markets by their weight."""

    seed: int = 7
    markets: tuple[str, ...] = ("DE", "ES", "NL", "CH")
    shops: int = 120
    orders: int = 3_000
    incident_share: float = 0.25  # share of shipped orders that get an incident
    question_share: float = 0.12  # share of orders with a customer question thread
    history_days: int = 120
    anchor: datetime | None = None  # "now" of the dataset; default: the time of generation
    extra_messages: int = 0  # pad threads with more back-and-forth to reach a message target


@dataclass
class GenerationReport:
    markets: dict[str, dict[str, int]] = field(default_factory=dict)
    anchor: datetime | None = None

    def total(self, entity: str) -> int:
        return sum(counts.get(entity, 0) for counts in self.markets.values())


def _weighted(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    roll = rng.random()
    acc = 0.0
    for value, share in table:
        acc += share
        if roll < acc:
            return value
    return table[-1][0]


def _ascii(text: str) -> str:
    """Accents off, for the local part of made-up e-mail addresses."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded if c.isalnum() or c in ".-_") or "kunde"


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class _Writer:
    """Buffers rows per table and flushes them in chunks inside one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.buffers: dict[str, list[dict[str, Any]]] = {}
        self.counts: dict[str, int] = {}
        self.tables = {t.name: t for t in db.metadata.sorted_tables}

    def add(self, table: str, row: dict[str, Any]) -> None:
        # Whole seconds, as Mirakl's timestamps; keeps seek positions and filters exact.
        for key, value in row.items():
            if isinstance(value, datetime) and value.microsecond:
                row[key] = value.replace(microsecond=0)
        buffer = self.buffers.setdefault(table, [])
        buffer.append(row)
        self.counts[table] = self.counts.get(table, 0) + 1
        if len(buffer) >= _CHUNK:
            self.flush()

    def flush(self) -> None:
        # Parents before children, so foreign keys hold at every flush.
        with self.engine.begin() as connection:
            for table in db.metadata.sorted_tables:
                rows = self.buffers.get(table.name)
                if rows:
                    connection.execute(insert(table), rows)
                    rows.clear()


class _MarketGenerator:
    def __init__(self, market: MarketDef, spec: GenerationSpec, rng: random.Random,
                 writer: _Writer, anchor: datetime) -> None:
        self.m = market
        self.spec = spec
        self.rng = rng
        self.w = writer
        self.anchor = anchor
        self.native = Corpus(market.language, rng)
        self.english = Corpus("en", rng)
        self.shops: list[dict[str, Any]] = []
        self.customers: list[dict[str, Any]] = []
        self.counts: dict[str, int] = {}
        self.operator_agents = [self.native.pick("first_names") for _ in range(6)]

    # -- helpers -----------------------------------------------------------------------------
    def _count(self, entity: str, n: int = 1) -> None:
        self.counts[entity] = self.counts.get(entity, 0) + n

    def _corpus_for(self, locale: str | None) -> Corpus:
        return self.english if (locale or "").startswith("en") else self.native

    def _price(self, low: float, high: float) -> int:
        euros = self.rng.uniform(low, high) * self.m.price_factor
        whole = int(euros)
        cents = self.rng.choice((99, 0, 49, 95, 90))
        return max(whole, 1) * 100 + cents

    # -- shops and customers -----------------------------------------------------------------
    def make_shops(self, count: int) -> None:
        corpus = self.native
        for n in range(count):
            shop_id = str(2000 + n)
            city, _zip = corpus.pick("cities")
            name = corpus.fill(corpus.pick("shop_name_patterns"), {
                "surname": corpus.pick("last_names"), "city": city,
                "word": corpus.pick("shop_words"),
            })
            persona = _weighted(self.rng, _PERSONAS)
            created = self.anchor - timedelta(days=self.rng.randint(200, 2000))
            shop = {
                "market": self.m.code, "shop_id": shop_id, "name": name[:1].upper() + name[1:],
                "state": "OPEN", "suspension_type": None,
                "email": f"shop{shop_id}@sellers.example.com",
                "phone": None, "locale": LOCALES[self.m.language], "city": city,
                "grade": round(self.rng.uniform(3.2 if persona == "good" else 2.0, 5.0), 1),
                "evaluations_count": self.rng.randint(5, 4000),
                "approval_rate": round(self.rng.uniform(0.85, 1.0), 3),
                "approval_delay": self.rng.randint(600, 86_400),
                "order_messages_response_delay": self.rng.randint(*{
                    "good": (3_600, 36_000), "slow": (100_000, 300_000),
                    "bad": (40_000, 200_000), "silent": (200_000, 600_000),
                }[persona]),
                "orders_count": 0, "offers_count": self.rng.randint(10, 20_000),
                "created": created,
                "last_updated": created + timedelta(days=self.rng.randint(1, 150)),
                "behaviour": persona,
                "_staff": corpus.pick("first_names"),  # who signs the shop's messages
            }
            if persona == "bad" and self.rng.random() < 0.15:
                shop["state"] = "SUSPENDED"
                shop["suspension_type"] = "MANUAL"
            self.shops.append(shop)
        self._count("shops", count)

    def make_customers(self, count: int) -> None:
        for n in range(count):
            english = self.rng.random() < self.m.english_share
            corpus = self.english if english else self.native
            first, last = corpus.pick("first_names"), corpus.pick("last_names")
            city, zip_code = self.native.pick("cities")
            local = _ascii(f"{first}.{last}".lower().replace(" ", ""))
            self.customers.append({
                "customer_id": f"C-{self.m.code}-{n:06d}",
                "customer_firstname": first, "customer_lastname": last,
                "customer_email": f"{local}{self.rng.randint(1, 99)}@mail.example.org",
                "customer_locale": "en_GB" if english else LOCALES[self.m.language],
                "street": f"{self.native.pick('streets')} {self.rng.randint(1, 180)}",
                "city": city, "zip_code": zip_code, "country_iso_code": self.m.country_iso3,
            })

    # -- orders ------------------------------------------------------------------------------
    def make_orders(self, count: int, progress: Progress | None) -> None:
        base = 1_000_000 + self.rng.randint(0, 50_000)
        for n in range(count):
            commercial_id = f"{self.m.code}{base + n * 3}"
            order_id = f"{commercial_id}-A"
            shop = self.rng.choice(self.shops)
            customer = self.rng.choice(self.customers)
            # Recent orders are more frequent than old ones, as in a growing marketplace.
            minutes = int(self.spec.history_days * 1440 * self.rng.random() ** 1.8) + 60
            created = self.anchor - timedelta(minutes=minutes)
            state = _weighted(self.rng, _ORDER_STATES)
            age = self.anchor - created
            if age < timedelta(days=2) and state in ("RECEIVED", "CLOSED"):
                state = "SHIPPED"
            shipped = None
            if state in ("SHIPPED", "RECEIVED", "CLOSED"):
                shipped = created + min(timedelta(hours=self.rng.randint(4, 72)), age / 2)
            shipping_minor = self.rng.choice((0, 0, 0, 499, 599, 995, 1490))
            order = {
                "order_id": order_id, "market": self.m.code, "commercial_id": commercial_id,
                "shop_id": shop["shop_id"], **customer, "state": state,
                "currency": self.m.currency, "shipping_minor": shipping_minor,
                "carrier": self.native.pick("carriers") if shipped else None,
                "tracking": (f"{self.rng.randint(10**11, 10**12 - 1)}{self.rng.randint(10, 99)}"
                             if shipped else None),
                "created": created, "shipped": shipped, "last_updated": shipped or created,
            }
            shop["orders_count"] += 1
            lines = self._make_lines(order, shop)
            incident_line = None
            if shipped and self.rng.random() < self.spec.incident_share:
                incident_line = self.rng.choice(lines)
                self._make_incident(order, incident_line, shop, lines)
            elif self.rng.random() < self.spec.question_share:
                self._make_question_thread(order, shop, lines)
            self.w.add("orders", order)
            for line in lines:
                self.w.add("order_lines", line)
            self._count("orders")
            self._count("order_lines", len(lines))
            if progress and n % 2000 == 0:
                progress(f"orders {self.m.code}", n, count)

    def _make_lines(self, order: dict[str, Any], shop: dict[str, Any]) -> list[dict[str, Any]]:
        lines = []
        for index in range(1, self.rng.choice((1, 1, 1, 1, 2, 2, 3)) + 1):
            product = self.native.pick("products")
            low, high = product["price"]
            line_state = order["state"] if order["state"] != "CLOSED" else "RECEIVED"
            if order["state"] == "CLOSED":
                line_state = "CLOSED"
            digest = zlib.crc32(product["title"].encode()) % 10**6
            sku = f"{product['category'][:3].upper()}-{digest:06d}"
            lines.append({
                "order_line_id": f"{order['order_id']}-{index}", "order_id": order["order_id"],
                "market": self.m.code, "line_index": index,
                "offer_sku": f"{shop['shop_id']}-{sku}", "product_sku": sku,
                "product_title": product["title"], "category": product["category"],
                "quantity": self.rng.choice((1, 1, 1, 1, 2, 3)),
                "unit_price_minor": self._price(low, high),
                "shipping_minor": order["shipping_minor"] if index == 1 else 0,
                "tax_rate_bp": _VAT_BASIS_POINTS.get(self.m.code, 2000),
                "state": line_state, "state_before_incident": None, "state_reason_code": None,
                "state_reason_label": None, "shipped": order["shipped"],
                "last_updated": order["last_updated"],
            })
        return lines

    # -- threads and messages ----------------------------------------------------------------
    def _participants(self, order: dict[str, Any], shop: dict[str, Any]) -> list[dict[str, Any]]:
        return [
            {"type": "CUSTOMER", "id": order["customer_id"],
             "display_name": f"{order['customer_firstname']} {order['customer_lastname']}"},
            {"type": "SHOP", "id": shop["shop_id"], "display_name": shop["name"]},
            {"type": "OPERATOR", "display_name": self.m.operator_name},
        ]

    def _new_thread(self, order: dict[str, Any], shop: dict[str, Any], topic_type: str,
                    topic_value: str, created: datetime) -> dict[str, Any]:
        return {
            "thread_id": _uid(self.rng), "market": self.m.code, "topic_type": topic_type,
            "topic_value": topic_value, "entity_type": "MMP_ORDER", "entity_id": order["order_id"],
            "entity_label": order["commercial_id"], "shop_id": shop["shop_id"],
            "customer_id": order["customer_id"], "participants": self._participants(order, shop),
            "created": created, "updated": created, "last_message": None,
            "shop_reply_needed_since": None, "message_count": 0, "_messages": [],
        }

    def _message(self, thread: dict[str, Any], when: datetime, sender: str, body: str,
                 to: list[str], order: dict[str, Any], shop: dict[str, Any],
                 agent: str | None = None) -> None:
        people = {p["type"]: p for p in thread["participants"]}
        if sender == "CUSTOMER":
            from_ = ("CUSTOMER_USER", people["CUSTOMER"]["display_name"], "CUSTOMER",
                     order["customer_id"], people["CUSTOMER"]["display_name"])
        elif sender == "SHOP":
            from_ = ("SHOP_USER", agent or shop["name"], "SHOP", shop["shop_id"], shop["name"])
        else:
            from_ = ("OPERATOR_USER", f"{agent or 'Customer Care'}", "OPERATOR", None,
                     self.m.operator_name)
        seq = len(thread["_messages"]) + 1
        thread["_messages"].append({
            "message_id": _uid(self.rng), "thread_id": thread["thread_id"], "market": self.m.code,
            "seq": seq, "created": when, "from_type": from_[0], "from_display_name": from_[1],
            "from_org_type": from_[2], "from_org_id": from_[3], "from_org_name": from_[4],
            "recipients": [dict(people[t]) for t in to], "body": body,
        })

    def _flush_thread(self, thread: dict[str, Any]) -> None:
        msgs = sorted(thread.pop("_messages"), key=lambda m: m["created"])
        needed_since = None
        for seq, message in enumerate(msgs, start=1):
            message["seq"] = seq
            sender = message["from_org_type"]
            to_shop = any(r["type"] == "SHOP" for r in message["recipients"])
            if sender == "SHOP":
                needed_since = None
            elif to_shop and needed_since is None:
                needed_since = message["created"]
        if msgs:
            thread["last_message"] = msgs[-1]["created"]
            thread["updated"] = msgs[-1]["created"]
        thread["message_count"] = len(msgs)
        thread["shop_reply_needed_since"] = needed_since
        self.w.add("threads", thread)
        for message in msgs:
            self.w.add("messages", message)
        self._count("threads")
        self._count("messages", len(msgs))

    def _values(self, order: dict[str, Any], shop: dict[str, Any], line: dict[str, Any],
                when: datetime) -> dict[str, str]:
        amount = format_currency(Decimal(line["unit_price_minor"] * line["quantity"]) / 100,
                                 self.m.currency, locale=LOCALES[self.m.language])
        return {
            "customer": f"{order['customer_firstname']} {order['customer_lastname']}",
            "customer_first": order["customer_firstname"], "seller": shop["name"],
            "product": line["product_title"], "order": order["commercial_id"],
            "tracking": order["tracking"] or "", "carrier": order["carrier"] or "",
            "date": when.strftime("%d.%m.%Y"), "amount": amount,
            "days": str(self.rng.randint(2, 14)),
            "agent_first": shop["_staff"],  # seller messages; operator ones override it
            "city": shop["city"], "surname": self.native.pick("last_names"),
            "word": self.native.pick("shop_words"),
        }

    def _seller_delay(self, shop: dict[str, Any]) -> timedelta | None:
        persona = shop["behaviour"]
        if persona == "silent" and self.rng.random() < 0.7:
            return None
        hours = {"good": (1, 20), "slow": (30, 110), "bad": (5, 70), "silent": (60, 200)}[persona]
        return timedelta(minutes=self.rng.randint(hours[0] * 60, hours[1] * 60))

    def _seller_text(self, corpus: Corpus, shop: dict[str, Any], default_key: str,
                     sub: str | None, late: bool) -> str:
        if shop["behaviour"] == "bad":
            roll = self.rng.random()
            if roll < 0.35:
                return corpus.message("seller_off_platform")
            if roll < 0.55:
                return corpus.message("seller_marketing")
            if roll < 0.7:
                return corpus.message("seller_non_answer")
        if late and self.rng.random() < 0.5:
            return corpus.message("seller_late_apology") + "\n\n" + corpus.message(default_key, sub)
        return corpus.message(default_key, sub)

    def _make_question_thread(self, order: dict[str, Any], shop: dict[str, Any],
                              lines: list[dict[str, Any]]) -> None:
        corpus = self._corpus_for(order["customer_locale"])
        line = lines[0]
        start = order["created"] + timedelta(hours=self.rng.randint(1, 96))
        if start >= self.anchor:
            return
        topic = REASONS_BY_KEY["order_question"].labels[corpus.language]
        thread = self._new_thread(order, shop, "FREE_TEXT", topic, start)
        values = self._values(order, shop, line, start)
        self._message(thread, start, "CUSTOMER",
                      corpus.compose(corpus.message("customer_question"), "customer", values),
                      ["SHOP"], order, shop)
        delay = self._seller_delay(shop)
        if delay is not None and start + delay < self.anchor:
            late = delay > timedelta(hours=48)
            body = self._seller_text(corpus, shop, "seller_answer", None, late)
            self._message(thread, start + delay, "SHOP", corpus.compose(body, "seller", values),
                          ["CUSTOMER"], order, shop)
        self._pad(thread, corpus, order, shop, values, start + (delay or timedelta(hours=1)))
        self._flush_thread(thread)

    def _pad(self, thread: dict[str, Any], corpus: Corpus, order: dict[str, Any],
             shop: dict[str, Any], values: dict[str, str], after: datetime) -> None:
        """Add back-and-forth to reach a message target for large datasets."""
        extra = self.spec.extra_messages
        if extra <= 0:
            return
        when = after
        for turn in range(self.rng.randint(0, extra * 2)):
            when += timedelta(minutes=self.rng.randint(30, 2000))
            if when >= self.anchor:
                break
            if turn % 2 == 0:
                body = corpus.message("customer_question")
                self._message(thread, when, "CUSTOMER", corpus.compose(body, "customer", values),
                              ["SHOP"], order, shop)
            else:
                body = corpus.message("seller_answer")
                self._message(thread, when, "SHOP", corpus.compose(body, "seller", values),
                              ["CUSTOMER"], order, shop)

    # -- incidents ---------------------------------------------------------------------------
    def _make_incident(self, order: dict[str, Any], line: dict[str, Any], shop: dict[str, Any],
                       lines: list[dict[str, Any]]) -> None:
        assert order["shipped"] is not None
        status = _weighted(self.rng, _INCIDENT_STATUSES)
        if order["state"] == "CLOSED" or (
                self.anchor - order["shipped"] > timedelta(days=40) and status != "DISPUTED"):
            status = "CLOSED"
        span = self.anchor - order["shipped"]
        opened = order["shipped"] + span * self.rng.uniform(0.05, 0.7)
        reason_key = self.rng.choice(INCIDENT_OPEN_KEYS)
        reason = REASONS_BY_KEY[reason_key]
        corpus = self._corpus_for(order["customer_locale"])
        values = self._values(order, shop, line, opened)
        opened_by = "CUSTOMER" if self.rng.random() < 0.85 else "OPERATOR"
        agent = self.rng.choice(self.operator_agents)
        thread = self._new_thread(order, shop, "REASON_CODE", reason.code, opened)
        if opened_by == "CUSTOMER":
            body = corpus.compose(corpus.message("customer_open", reason_key), "customer", values)
            self._message(thread, opened, "CUSTOMER", body, ["SHOP", "OPERATOR"], order, shop)
        else:
            body = corpus.compose(corpus.message("operator_to_seller"), "operator",
                                  {**values, "agent_first": agent})
            self._message(thread, opened, "OPERATOR", body, ["SHOP"], order, shop, agent)

        incident = {
            "incident_id": _uid(self.rng), "market": self.m.code, "order_id": order["order_id"],
            "order_line_id": line["order_line_id"], "status": "NEW", "opened": opened,
            "opening_reason_code": reason.code, "opened_by": opened_by,
            "last_action": opened, "last_action_by": opened_by, "resolved": None,
            "resolution_reason_code": None, "resolution_message": None, "closed": None,
            "closing_reason_code": None, "closed_by": None, "updated": opened,
        }
        now = opened
        delay = self._seller_delay(shop)
        if status != "NEW" and delay is None:
            delay = timedelta(hours=self.rng.randint(50, 120))  # the story needs a seller reply
        if status == "NEW" or delay is None or opened + delay >= self.anchor:
            status = "NEW"
        else:
            now = opened + delay
            late = delay > timedelta(hours=48)
            body = self._seller_text(corpus, shop, "seller_reply", reason_key, late)
            self._message(thread, now, "SHOP", corpus.compose(body, "seller", values),
                          ["CUSTOMER", "OPERATOR"], order, shop)
            incident.update(status="IN_PROGRESS", last_action=now, last_action_by="SHOP")

        if status in ("RESOLVED", "DISPUTED", "CLOSED"):
            resolved = now + timedelta(minutes=self.rng.randint(20, 3 * 1440))
            if resolved >= self.anchor:
                resolved = now + (self.anchor - now) / 2
            if status == "RESOLVED" and self.anchor - resolved > timedelta(days=6):
                # Mirakl closes a resolved incident after 5 business days without activity.
                status = "CLOSED"
            resolution_key = self._resolution_for(reason_key)
            resolution = REASONS_BY_KEY[resolution_key]
            operator_corpus = self.native  # sellers write to the operator in the market language
            text = operator_corpus.fill(
                operator_corpus.message("seller_resolved", resolution_key),
                self._values(order, shop, line, resolved))
            self._message(thread, resolved, "SHOP",
                          operator_corpus.compose(text, "seller", values, greeting_chance=0.4),
                          ["OPERATOR"], order, shop)
            incident.update(status="RESOLVED", resolved=resolved,
                            resolution_reason_code=resolution.code, resolution_message=text,
                            last_action=resolved, last_action_by="SHOP")
            now = resolved
            unhappy = status == "DISPUTED" or self.rng.random() < 0.25
            if self.rng.random() < 0.55 or status == "DISPUTED":
                when = now + timedelta(minutes=self.rng.randint(30, 2 * 1440))
                if when < self.anchor:
                    key = ("customer_after_resolved_unhappy" if unhappy
                           else "customer_after_resolved_happy")
                    self._message(thread, when, "CUSTOMER",
                                  corpus.compose(corpus.message(key), "customer", values),
                                  ["SHOP", "OPERATOR"], order, shop)
                    now = when
            if status == "DISPUTED":
                when = now + timedelta(minutes=self.rng.randint(30, 1440))
                if when < self.anchor:
                    body = corpus.compose(corpus.message("operator_to_seller"), "operator",
                                          {**values, "agent_first": agent})
                    self._message(thread, when, "OPERATOR", body, ["SHOP", "CUSTOMER"],
                                  order, shop, agent)
                    incident.update(status="DISPUTED", last_action=when, last_action_by="OPERATOR")
                    now = when
            elif status == "CLOSED":
                when = now + timedelta(minutes=self.rng.randint(60, 3 * 1440))
                if when < self.anchor:
                    close_key = self.rng.choice(OPERATOR_CLOSE_KEYS)
                    incident.update(status="CLOSED", closed=when,
                                    closing_reason_code=REASONS_BY_KEY[close_key].code,
                                    closed_by="OPERATOR" if self.rng.random() < 0.8 else "CUSTOMER",
                                    last_action=when, last_action_by="OPERATOR")
                    now = when
        incident["updated"] = incident["last_action"]
        self._pad(thread, corpus, order, shop, values, now)
        self._flush_thread(thread)

        if incident["status"] != "CLOSED":
            line["state_before_incident"] = line["state"]
            line["state"] = "INCIDENT_OPEN"
            line["state_reason_code"] = reason.code
            line["state_reason_label"] = reason.labels[self.m.language]
        line["last_updated"] = max(line["last_updated"], incident["updated"])
        order["last_updated"] = max(order["last_updated"], incident["updated"])
        self.w.add("incidents", incident)
        self._count("incidents")
        self._count(f"incidents_{incident['status']}")

    def _resolution_for(self, reason_key: str) -> str:
        likely = {
            "not_delivered": ("reshipped", "refunded", "delivery_confirmed"),
            "damaged": ("replaced", "refunded", "partial_refund", "return_label_sent"),
            "wrong_item": ("replaced", "return_label_sent", "reshipped"),
            "defective": ("repaired", "replaced", "return_label_sent", "refunded"),
            "missing_parts": ("reshipped", "partial_refund"),
            "not_as_described": ("return_label_sent", "partial_refund", "refunded"),
            "return_not_refunded": ("refunded",),
            "invoice_missing": ("invoice_sent",),
        }.get(reason_key, SELLER_RESOLUTION_KEYS)
        return self.rng.choice(likely)

    def finish(self) -> None:
        for shop in self.shops:
            self.w.add("shops", {k: v for k, v in shop.items() if not k.startswith("_")})


def _keys(rng: random.Random, market: MarketDef, shops: list[dict[str, Any]],
          writer: _Writer) -> None:
    people = {"agent": "Alex Agent", "reviewer": "Robin Reviewer", "supervisor": "Sam Supervisor"}
    for role in _ROLES:
        writer.add("api_keys", {
            "key": f"sbx-{market.code.lower()}-{role}-{rng.getrandbits(64):016x}",
            "market": market.code, "role": role, "user_name": f"{role}.{market.code.lower()}",
            "display_name": people[role], "shop_id": None,
        })
    for shop in shops:
        writer.add("api_keys", {
            "key": f"sbx-{market.code.lower()}-shop{shop['shop_id']}-{rng.getrandbits(48):012x}",
            "market": market.code, "role": "seller", "user_name": f"shop{shop['shop_id']}",
            "display_name": shop["name"], "shop_id": shop["shop_id"],
        })


def generate(engine: Engine, spec: GenerationSpec,
             progress: Progress | None = None) -> GenerationReport:
    """Write a fresh dataset into the sandbox store (existing rows are removed first)."""
    db.create_schema(engine)
    with engine.begin() as connection:
        for table in reversed(db.metadata.sorted_tables):
            connection.execute(delete(table))
    anchor = (spec.anchor or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None, microsecond=0)
    rng = random.Random(spec.seed)
    writer = _Writer(engine)
    report = GenerationReport(anchor=anchor.replace(tzinfo=UTC))
    chosen = [MARKETS[code] for code in spec.markets]
    weight_sum = sum(m.weight for m in chosen)
    for market in chosen:
        share = market.weight / weight_sum
        writer.add("markets", {
            "code": market.code, "name": market.name, "language": market.language,
            "currency": market.currency, "timezone": market.timezone,
            "response_rule": market.response_rule,
        })
        for index, reason in enumerate(REASONS):
            writer.add("reasons", {
                "market": market.code, "code": reason.code, "type": reason.type,
                "sort_index": index, "labels": reason.labels,
                "is_operator_right": reason.operator, "is_customer_right": reason.customer,
                "is_shop_right": reason.shop,
            })
        gen = _MarketGenerator(market, spec, random.Random(rng.getrandbits(64)), writer, anchor)
        gen.make_shops(max(3, round(spec.shops * share)))
        order_count = max(10, round(spec.orders * share))
        gen.make_customers(max(5, order_count * 2 // 3))
        gen.make_orders(order_count, progress)
        gen.finish()
        _keys(gen.rng, market, gen.shops, writer)
        report.markets[market.code] = dict(gen.counts)
    writer.flush()
    with engine.begin() as connection:
        connection.execute(insert(db.meta), [
            {"key": "schema_version", "value": str(db.SCHEMA_VERSION)},
            {"key": "seed", "value": str(spec.seed)},
            {"key": "anchor", "value": anchor.isoformat()},
        ])
    return report
