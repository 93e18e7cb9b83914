"""Deterministic demo data for the sandbox marketplaces.

The same seed and the same anchor time write the same dataset, row for row. Times are laid out
backwards from the anchor (by default: the moment of generation), so the demo always looks
current: incidents a seller marked solved yesterday, a customer who wrote an hour ago.

Rows are built as plain dicts and written with Core ``executemany`` in chunks, which is what
makes a 2,000,000-message dataset a matter of minutes rather than hours. The stories behind the
orders (threads, incidents, refunds, attachments) are told in ``stories.py``.
"""

from __future__ import annotations

import random
import unicodedata
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete, insert, text

from . import db
from .catalog import LOCALES, MARKETS, REASONS, MarketDef
from .stories import MessagePlan, StoryTeller, weighted
from .texts import Corpus

Progress = Callable[[str, int, int], None]

_ORDER_STATES = (
    ("RECEIVED", 0.38), ("SHIPPED", 0.34), ("SHIPPING", 0.10), ("CLOSED", 0.12),
    ("WAITING_ACCEPTANCE", 0.03), ("CANCELED", 0.03),
)
# Seller personas drive reply times and what they write.
_PERSONAS = (("good", 0.6), ("slow", 0.22), ("bad", 0.12), ("silent", 0.06))
# Operator users per market: (user name, display name, role). Two agents, so that "someone
# else" (four-eyes rules, assignment) can be tried out.
_USERS = (("agent", "Alex Agent", "agent"), ("agent2", "Andrea Agent", "agent"),
          ("reviewer", "Robin Reviewer", "reviewer"),
          ("supervisor", "Sam Supervisor", "supervisor"))
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
    messages: int = 0  # aim for about this many messages in all (0: threads' natural length)


@dataclass
class GenerationReport:
    markets: dict[str, dict[str, int]] = field(default_factory=dict)
    anchor: datetime | None = None

    def total(self, entity: str) -> int:
        return sum(counts.get(entity, 0) for counts in self.markets.values())


def _ascii(text: str) -> str:
    """Accents off, for the local part of made-up e-mail addresses."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded if c.isalnum() or c in ".-_") or "kunde"


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
            if self.engine.dialect.name == "sqlite":
                # A generation that dies halfway is started again, so losing the last chunk
                # to a power cut costs nothing; not waiting for the disk saves a lot.
                connection.execute(text("PRAGMA synchronous=OFF"))
            for table in db.metadata.sorted_tables:
                rows = self.buffers.get(table.name)
                if rows:
                    connection.execute(insert(table), rows)
                    rows.clear()


class _MarketGenerator:
    def __init__(self, market: MarketDef, spec: GenerationSpec, rng: random.Random,
                 writer: _Writer, anchor: datetime, plan: MessagePlan) -> None:
        self.m = market
        self.spec = spec
        self.rng = rng
        self.w = writer
        self.anchor = anchor
        self.native = Corpus(market.language, rng)
        self.english = Corpus("en", rng)
        self.shops: list[dict[str, Any]] = []
        self.customers: list[dict[str, Any]] = []
        self.stories = StoryTeller(market, rng, writer, anchor, plan, spec.incident_share,
                                   spec.question_share)
        self.counts = self.stories.counts

    # -- helpers -----------------------------------------------------------------------------
    def _count(self, entity: str, n: int = 1) -> None:
        self.counts[entity] = self.counts.get(entity, 0) + n

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
            city, zip_code = corpus.pick("cities")
            name = corpus.fill(corpus.pick("shop_name_patterns"), {
                "surname": corpus.pick("last_names"), "city": city,
                "word": corpus.pick("shop_words"),
            })
            persona = weighted(self.rng, _PERSONAS)
            created = self.anchor - timedelta(days=self.rng.randint(200, 2000))
            shop = {
                "market": self.m.code, "shop_id": shop_id, "name": name[:1].upper() + name[1:],
                "state": "OPEN", "suspension_type": None,
                "email": f"shop{shop_id}@sellers.example.com",
                "phone": None, "locale": LOCALES[self.m.language], "city": city,
                "zip_code": zip_code,
                "street": f"{corpus.pick('streets')} {self.rng.randint(1, 120)}",
                "contact_firstname": corpus.pick("first_names"),
                "contact_lastname": corpus.pick("last_names"),
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
            state = weighted(self.rng, _ORDER_STATES)
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
            self.stories.tell(order, shop, lines)
            self.w.add("orders", order)
            for line in lines:
                self.w.add("order_lines", line)
            for refund in self.stories.refunds:  # after their lines: foreign key
                self.w.add("refunds", refund)
            self.stories.refunds.clear()
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

    def finish(self) -> None:
        for shop in self.shops:
            self.w.add("shops", {k: v for k, v in shop.items() if not k.startswith("_")})


def _keys(rng: random.Random, market: MarketDef, shops: list[dict[str, Any]],
          writer: _Writer) -> None:
    for user, display_name, role in _USERS:
        writer.add("api_keys", {
            "key": f"sbx-{market.code.lower()}-{user}-{rng.getrandbits(64):016x}",
            "market": market.code, "role": role, "user_name": f"{user}.{market.code.lower()}",
            "display_name": display_name, "shop_id": None,
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
    with _bulk_mode(engine):
        report = _generate(engine, spec, progress)
    return report


@contextmanager
def _bulk_mode(engine: Engine) -> Iterator[None]:
    """SQLite without a journal while the dataset is written (its meta row comes last, so an
    interrupted generation is recognised and started again), then back to WAL."""
    if engine.dialect.name != "sqlite":
        yield
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode=OFF")
    try:
        yield
    finally:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")


def _generate(engine: Engine, spec: GenerationSpec, progress: Progress | None
              ) -> GenerationReport:
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
        order_count = max(10, round(spec.orders * share))
        plan = MessagePlan(round(spec.messages * share), order_count)
        gen = _MarketGenerator(market, spec, random.Random(rng.getrandbits(64)), writer, anchor,
                               plan)
        gen.make_shops(max(3, round(spec.shops * share)))
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
