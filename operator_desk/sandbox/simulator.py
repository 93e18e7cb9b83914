"""The marketplace lives on: customers complain and write, sellers answer (or not), mark
incidents resolved, try to take customers off the platform; customers dispute.

A step stands for :data:`STEP_MINUTES` of marketplace life at the sandbox clock's current
time. Each step draws from its own ``Random`` seeded with the dataset's seed and the step
number, and acts through the same operations as the API handlers, in one transaction. Whether
and when a seller answers a given thread is a pure function of the seed, the thread and the
seller's persona, so the same dataset, seed and clock give the same marketplace, step by step.
Sellers act only in their market's working hours (time zone, weekends and public holidays).
"""

from __future__ import annotations

import logging
import random
import threading
import uuid
import zlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from babel.numbers import format_currency
from sqlalchemy import Engine, and_, exists, func, select, update
from sqlalchemy.engine import Connection

from ..domain.sla import MarketCalendar
from . import attachments, db, phrases
from .catalog import LOCALES, MARKETS, REASONS, SELLER_RESOLUTION_KEYS
from .operations import Refused, incidents
from .operations.messages import (
    Upload,
    create_thread,
    customer_sender,
    order_participants,
    order_thread,
    post_message,
    shop_sender,
)
from .operations.refunds import settle_refunds
from .texts import Corpus

log = logging.getLogger(__name__)

STEP_MINUTES = 10
WORKING_HOURS = (time(8, 0), time(19, 0))  # local time in which sellers act
AUTO_CLOSE_WORKING_DAYS = 5  # Mirakl closes a resolved incident after 5 business days
# Hours between a customer's message and the seller's answer, per persona.
_REPLY_HOURS = {"good": (1, 20), "slow": (30, 110), "bad": (5, 70), "silent": (60, 200)}
_NEVER_REPLIES = {"good": 0.02, "slow": 0.1, "bad": 0.2, "silent": 0.7}
# Hours between a seller's first answer and its "mark as resolved", per persona.
_RESOLVE_HOURS = {"good": (4, 48), "slow": (48, 160), "bad": (1, 12), "silent": (100, 300)}
_UNHAPPY = {"good": 0.1, "slow": 0.3, "bad": 0.6, "silent": 0.5}  # customers who dispute
_REASON_KEYS = {r.code: r.key for r in REASONS}
_PHOTO_REASONS = ("damaged", "defective", "wrong_item", "missing_parts", "not_as_described")
_BATCH = 300  # most candidates one step looks at per kind and market

Events = dict[str, int]
WriteFactory = Callable[[], AbstractContextManager[Connection]]


def _unit(*parts: object) -> float:
    """A number in [0, 1) that depends only on ``parts`` (not on any random state)."""
    return zlib.crc32("|".join(str(p) for p in parts).encode()) / 2**32


class Simulator:
    """Advances the sandbox marketplace; ``run`` for tests, ``start`` for ``serve --simulate``."""

    def __init__(self, engine: Engine, clock: Any, write: WriteFactory) -> None:
        self.engine = engine
        self.clock = clock
        self.write = write
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        with engine.connect() as connection:
            meta = dict(connection.execute(select(db.meta.c.key, db.meta.c.value)).all())
            self.markets = sorted(connection.execute(select(db.markets.c.code)).scalars())
        self.seed = int(meta.get("seed", "7"))
        self.step_number = int(meta.get("sim_step", "0"))
        self.calendars = {code: MarketCalendar(code, MARKETS[code].timezone)
                          for code in self.markets}
        self._rates: dict[str, float] = {}

    # -- driving ----------------------------------------------------------------------------
    def run(self, steps: int) -> Events:
        """Run ``steps`` steps now; returns how many events of each kind happened."""
        total: Events = {}
        for _ in range(steps):
            for kind, count in self.step().items():
                total[kind] = total.get(kind, 0) + count
        return total

    def step(self) -> Events:
        with self._lock:
            number = self.step_number + 1
            rng = random.Random(f"{self.seed}:{number}")
            events: Events = {}
            with self.write() as connection:
                now = self.clock.now()
                moved = settle_refunds(connection, now)
                if moved:
                    events["refund_state_moved"] = moved
                for market in self.markets:
                    _MarketStep(self, connection, market, rng, now, events).run()
                self._save_step(connection, number)
            self.step_number = number
            return events

    def _save_step(self, connection: Connection, number: int) -> None:
        updated = connection.execute(update(db.meta).where(db.meta.c.key == "sim_step")
                                     .values(value=str(number))).rowcount
        if not updated:
            connection.execute(db.meta.insert().values(key="sim_step", value=str(number)))

    def start(self) -> None:
        """Run in the background: one step per STEP_MINUTES of sandbox time."""
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="sandbox-simulator",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def _loop(self) -> None:
        last = self.clock.now()
        step = timedelta(minutes=STEP_MINUTES)
        while not self._stop.wait(0.5):
            now = self.clock.now()
            due = int((now - last) / step)
            if due <= 0:
                continue
            # A simulator that falls behind (a huge --speed) skips ahead instead of piling up.
            for _ in range(min(due, 20)):
                try:
                    self.step()
                except Exception:
                    log.exception("simulator step failed")
            last = now if due > 20 else last + step * due

    def rate(self, connection: Connection, market: str, now: datetime) -> float:
        """Orders shipped per day in the market over the last 30 days (sets event rates)."""
        if market not in self._rates:
            shipped = connection.execute(select(func.count()).select_from(db.orders).where(
                db.orders.c.market == market,
                db.orders.c.shipped >= now - timedelta(days=30))).scalar_one()
            self._rates[market] = max(shipped / 30, 20.0)
        return self._rates[market]


class _MarketStep:
    """One step in one market."""

    def __init__(self, simulator: Simulator, connection: Connection, market: str,
                 rng: random.Random, now: datetime, events: Events) -> None:
        self.sim = simulator
        self.c = connection
        self.market = market
        self.definition = MARKETS[market]
        self.rng = rng
        self.now = now
        self.events = events
        self.calendar = simulator.calendars[market]
        self.shops: dict[str, Any] = {}

    def run(self) -> None:
        working = self._working_time()
        if working:
            self._seller_replies()
            self._seller_resolutions()
        self._customer_reactions()
        self._auto_close()
        per_step = self.sim.rate(self.c, self.market, self.now) * STEP_MINUTES / 1440
        for _ in range(self._count(per_step * 0.25)):
            self._new_incident()
        for _ in range(self._count(per_step * 0.12)):
            self._new_question()
        self._customer_followups()

    # -- helpers ----------------------------------------------------------------------------
    def _note(self, kind: str) -> None:
        self.events[kind] = self.events.get(kind, 0) + 1

    def _count(self, expected: float) -> int:
        whole = int(expected)
        return whole + (1 if self.rng.random() < expected - whole else 0)

    def _new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _working_time(self) -> bool:
        local = self.now.replace(tzinfo=UTC).astimezone(self.calendar.zone)
        return (self.calendar.is_working_day(local.date())
                and WORKING_HOURS[0] <= local.time() < WORKING_HOURS[1])

    def _working_days_since(self, start: datetime) -> int:
        zone = self.calendar.zone
        day = start.replace(tzinfo=UTC).astimezone(zone).date()
        end = self.now.replace(tzinfo=UTC).astimezone(zone).date()
        count = 0
        while day < end and count <= AUTO_CLOSE_WORKING_DAYS:
            day += timedelta(days=1)
            if self.calendar.is_working_day(day):
                count += 1
        return count

    def _shop(self, shop_id: str) -> Any:
        if shop_id not in self.shops:
            self.shops[shop_id] = self.c.execute(select(db.shops).where(
                db.shops.c.market == self.market, db.shops.c.shop_id == shop_id)
            ).mappings().one()
        return self.shops[shop_id]

    def _corpus(self, locale: str | None) -> Corpus:
        language = "en" if (locale or "").startswith("en") else self.definition.language
        return Corpus(language, self.rng)

    def _values(self, order: Any, line: Any, shop: Any, staff: str) -> dict[str, str]:
        locale = "de_CH" if self.market == "CH" else LOCALES[self.definition.language]
        amount = format_currency(Decimal(line["unit_price_minor"] * line["quantity"]) / 100,
                                 order["currency"], locale=locale)
        return {
            "customer": f"{order['customer_firstname']} {order['customer_lastname']}",
            "customer_first": order["customer_firstname"], "seller": shop["name"],
            "product": line["product_title"], "order": order["commercial_id"],
            "tracking": order["tracking"] or "", "carrier": order["carrier"] or "",
            "date": self.now.strftime("%d.%m.%Y"), "amount": amount,
            "days": str(self.rng.randint(2, 10)), "agent_first": staff,
            "city": shop["city"] or "", "surname": "", "word": "",
        }

    def _order_and_line(self, order_id: str, line_id: str | None = None) -> tuple[Any, Any]:
        order = self.c.execute(select(db.orders).where(db.orders.c.order_id == order_id)
                               ).mappings().one()
        query = select(db.order_lines).where(db.order_lines.c.order_id == order_id)
        if line_id is not None:
            query = query.where(db.order_lines.c.order_line_id == line_id)
        line = self.c.execute(query.order_by(db.order_lines.c.line_index)).mappings().first()
        return order, line

    # -- sellers ----------------------------------------------------------------------------
    def _seller_replies(self) -> None:
        t = db.threads.c
        threads = self.c.execute(select(db.threads).where(
            t.market == self.market, t.shop_reply_needed_since.is_not(None),
            t.shop_reply_needed_since >= self.now - timedelta(days=14),
            t.shop_reply_needed_since <= self.now - timedelta(minutes=30),
            t.shop_id.is_not(None)).order_by(t.shop_reply_needed_since, t.thread_id)
            .limit(_BATCH)).mappings().all()
        for thread in threads:
            shop = self._shop(thread["shop_id"])
            persona = shop["behaviour"]
            key = (self.sim.seed, thread["thread_id"], thread["shop_reply_needed_since"])
            if _unit("never", *key) < _NEVER_REPLIES.get(persona, 0.1):
                continue
            low, high = _REPLY_HOURS.get(persona, (1, 48))
            delay = timedelta(hours=low + (high - low) * _unit("delay", *key))
            if self.now < thread["shop_reply_needed_since"] + delay:
                continue
            self._seller_reply(thread, shop, late=delay > timedelta(hours=48))

    def _seller_reply(self, thread: Any, shop: Any, late: bool) -> None:
        if thread["entity_type"] != "MMP_ORDER":
            return  # operator <-> seller threads are the desk's business
        order, line = self._order_and_line(thread["entity_id"])
        corpus = self._corpus(order["customer_locale"])
        staff = corpus.pick("first_names")
        values = self._values(order, line, shop, staff)
        reason_key = _REASON_KEYS.get(thread["topic_value"]) if \
            thread["topic_type"] == "REASON_CODE" else None
        kind = "seller_reply"
        body = (corpus.message("seller_reply", reason_key) if reason_key is not None
                else corpus.message("seller_answer"))
        if shop["behaviour"] == "bad":
            roll = self.rng.random()
            if roll < 0.35:
                body, kind = corpus.message("seller_off_platform"), "seller_off_platform"
            elif roll < 0.55:
                body, kind = corpus.message("seller_marketing"), "seller_marketing"
            elif roll < 0.7:
                body, kind = corpus.message("seller_non_answer"), "seller_non_answer"
        if late and self.rng.random() < 0.5:
            body = corpus.message("seller_late_apology") + "\n\n" + body
        last_from = self.c.execute(select(db.messages.c.from_org_type).where(
            db.messages.c.thread_id == thread["thread_id"]).order_by(
            db.messages.c.seq.desc()).limit(1)).scalar()
        parties = {p["type"] for p in thread["participants"]}
        to = [party for party in ("CUSTOMER", "OPERATOR")
              if party in parties and (party == last_from or party == "CUSTOMER")]
        to = to or [p for p in ("CUSTOMER", "OPERATOR") if p in parties]
        text = corpus.compose(body, "seller", values)
        post_message(self.c, thread, shop_sender(shop["shop_id"], shop["name"], staff), text,
                     to, self.now, self._new_id)
        incidents.after_shop_message(self.c, thread, self.now)
        self._note(kind)

    def _seller_resolutions(self) -> None:
        i = db.incidents.c
        rows = self.c.execute(select(db.incidents).where(
            i.market == self.market, i.status == "IN_PROGRESS", i.last_action_by == "SHOP",
            i.last_action <= self.now - timedelta(hours=1),
            i.last_action >= self.now - timedelta(days=20)).order_by(i.last_action,
                                                                     i.incident_id)
            .limit(_BATCH)).mappings().all()
        for incident in rows:
            order, line = self._order_and_line(incident["order_id"], incident["order_line_id"])
            shop = self._shop(order["shop_id"])
            persona = shop["behaviour"]
            key = (self.sim.seed, incident["incident_id"])
            if _unit("keeps-open", *key) < 0.25:
                continue
            low, high = _RESOLVE_HOURS.get(persona, (4, 48))
            if self.now < incident["last_action"] + timedelta(
                    hours=low + (high - low) * _unit("resolve", *key)):
                continue
            reason_key = _REASON_KEYS.get(incident["opening_reason_code"], "")
            resolution = self._resolution_for(reason_key)
            corpus = Corpus(self.definition.language, self.rng)  # sellers write the operator
            staff = corpus.pick("first_names")
            text = corpus.fill(corpus.message("seller_resolved", resolution),
                               self._values(order, line, shop, staff))
            code = next(r.code for r in REASONS if r.key == resolution)
            try:
                incidents.resolve_incident(self.c, self.market, order["order_id"],
                                           line["order_line_id"], shop["shop_id"], code, text,
                                           self.now, self._new_id, staff=staff)
            except Refused as exc:
                log.debug("simulated resolution refused: %s", exc.message)
                continue
            self._note("seller_resolved")

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

    # -- customers --------------------------------------------------------------------------
    def _customer_reactions(self) -> None:
        """A customer answers a seller's "resolved": thanks, or a dispute."""
        i, m = db.incidents.c, db.messages.c
        rows = self.c.execute(select(db.incidents).where(
            i.market == self.market, i.status == "RESOLVED",
            i.resolved <= self.now - timedelta(hours=2),
            i.resolved >= self.now - timedelta(days=10)).order_by(i.resolved, i.incident_id)
            .limit(_BATCH)).mappings().all()
        for incident in rows:
            key = (self.sim.seed, incident["incident_id"])
            if _unit("reacts", *key) < 0.4:
                continue  # many customers never answer
            if self.now < incident["resolved"] + timedelta(hours=2 + 46 * _unit("when", *key)):
                continue
            thread = order_thread(self.c, self.market, incident["order_id"], "CUSTOMER")
            if thread is None:
                continue
            answered = self.c.execute(select(exists().where(and_(
                m.thread_id == thread["thread_id"], m.from_org_type == "CUSTOMER",
                m.created >= incident["resolved"])))).scalar()
            if answered:
                continue
            order, line = self._order_and_line(incident["order_id"], incident["order_line_id"])
            shop = self._shop(order["shop_id"])
            corpus = self._corpus(order["customer_locale"])
            unhappy = _unit("unhappy", *key) < _UNHAPPY.get(shop["behaviour"], 0.3)
            body = corpus.message("customer_after_resolved_unhappy" if unhappy
                                  else "customer_after_resolved_happy")
            text = corpus.compose(body, "customer", self._values(order, line, shop, ""))
            to = [p for p in ("SHOP", "OPERATOR")
                  if p in {x["type"] for x in thread["participants"]}]
            post_message(self.c, thread, customer_sender(order), text, to, self.now,
                         self._new_id)
            if unhappy:
                incidents.dispute_incident(self.c, self.market, incident["incident_id"],
                                           self.now, by="CUSTOMER")
                self._note("customer_disputed")
            else:
                self._note("customer_thanked")

    def _customer_followups(self) -> None:
        """Customers chase sellers that have not answered for two days (once)."""
        t = db.threads.c
        threads = self.c.execute(select(db.threads).where(
            t.market == self.market, t.shop_reply_needed_since.is_not(None),
            t.last_message <= self.now - timedelta(hours=48),
            t.last_message >= self.now - timedelta(days=7),
            t.customer_id.is_not(None)).order_by(t.last_message, t.thread_id)
            .limit(_BATCH)).mappings().all()
        for thread in threads:
            if _unit("chases", self.sim.seed, thread["thread_id"]) < 0.5:
                continue
            last = self.c.execute(select(db.messages.c.from_org_type, db.messages.c.body).where(
                db.messages.c.thread_id == thread["thread_id"]).order_by(
                db.messages.c.seq.desc()).limit(1)).first()
            if last is None or last.from_org_type != "CUSTOMER":
                continue
            previous = self.c.execute(select(func.count()).select_from(db.messages).where(
                db.messages.c.thread_id == thread["thread_id"],
                db.messages.c.from_org_type == "CUSTOMER",
                db.messages.c.created >= thread["shop_reply_needed_since"])).scalar_one()
            if previous >= 2:
                continue  # one reminder is enough; the rest is the operator's job
            order, line = self._order_and_line(thread["entity_id"])
            corpus = self._corpus(order["customer_locale"])
            template = self.rng.choice(phrases.CUSTOMER_FOLLOWUP[corpus.language])
            text = corpus.compose(template, "customer",
                                  self._values(order, line, self._shop(order["shop_id"]), ""))
            to = [p for p in ("SHOP", "OPERATOR")
                  if p in {x["type"] for x in thread["participants"]}]
            post_message(self.c, thread, customer_sender(order), text, to, self.now,
                         self._new_id)
            self._note("customer_followup")

    def _pick_line(self) -> tuple[Any, Any] | None:
        o, ln = db.orders.c, db.order_lines.c
        candidates = select(ln.order_line_id, ln.order_id).join(
            db.orders, o.order_id == ln.order_id).where(
            o.market == self.market, o.shipped >= self.now - timedelta(days=30),
            o.shipped <= self.now, o.state.in_(("SHIPPED", "RECEIVED")),
            ln.state.in_(("SHIPPED", "RECEIVED")))
        count = self.c.execute(select(func.count()).select_from(candidates.subquery())
                               ).scalar_one()
        if not count:
            return None
        row = self.c.execute(candidates.order_by(ln.order_line_id)
                             .offset(self.rng.randrange(count)).limit(1)).first()
        if row is None:
            return None
        return self._order_and_line(row.order_id, row.order_line_id)

    def _new_incident(self) -> None:
        picked = self._pick_line()
        if picked is None:
            return
        order, line = picked
        shop = self._shop(order["shop_id"])
        reason = self.rng.choice([r for r in REASONS if r.type == "INCIDENT_OPEN"])
        try:
            incidents.open_incident(self.c, self.market, order["order_id"],
                                    line["order_line_id"], reason.code, self.now, self._new_id,
                                    by="CUSTOMER")
        except Refused as exc:
            log.debug("simulated incident refused: %s", exc.message)
            return
        corpus = self._corpus(order["customer_locale"])
        thread = create_thread(
            self.c, market=self.market, entity_type="MMP_ORDER", entity_id=order["order_id"],
            entity_label=order["commercial_id"], topic_type="REASON_CODE",
            topic_value=reason.code,
            participants=order_participants(order, shop["name"], self.definition.operator_name),
            shop_id=shop["shop_id"], customer_id=order["customer_id"], now=self.now,
            new_id=self._new_id)
        text = corpus.compose(corpus.message("customer_open", reason.key), "customer",
                              self._values(order, line, shop, ""))
        files = []
        if reason.key in _PHOTO_REASONS and self.rng.random() < 0.5:
            made = attachments.photo(corpus.language, self.rng.randrange(10**6))
            files.append(Upload(made.name, made.content, made.content_type))
        post_message(self.c, thread, customer_sender(order), text, ["SHOP", "OPERATOR"],
                     self.now, self._new_id, files)
        self._note("incident_opened")

    def _new_question(self) -> None:
        picked = self._pick_line()
        if picked is None:
            return
        order, line = picked
        shop = self._shop(order["shop_id"])
        corpus = self._corpus(order["customer_locale"])
        thread = create_thread(
            self.c, market=self.market, entity_type="MMP_ORDER", entity_id=order["order_id"],
            entity_label=order["commercial_id"], topic_type="FREE_TEXT",
            topic_value=next(r for r in REASONS if r.key == "order_question")
            .labels[corpus.language],
            participants=order_participants(order, shop["name"], self.definition.operator_name),
            shop_id=shop["shop_id"], customer_id=order["customer_id"], now=self.now,
            new_id=self._new_id)
        text = corpus.compose(corpus.message("customer_question"), "customer",
                              self._values(order, line, shop, ""))
        post_message(self.c, thread, customer_sender(order), text, ["SHOP"], self.now,
                     self._new_id)
        self._note("customer_question")

    def _auto_close(self) -> None:
        i = db.incidents.c
        rows = self.c.execute(select(db.incidents).where(
            i.market == self.market, i.status == "RESOLVED",
            i.last_action <= self.now - timedelta(days=AUTO_CLOSE_WORKING_DAYS))
            .order_by(i.last_action, i.incident_id).limit(_BATCH)).mappings().all()
        for incident in rows:
            if self._working_days_since(incident["last_action"]) < AUTO_CLOSE_WORKING_DAYS:
                continue
            incidents.close_incident(self.c, self.market, incident["order_id"],
                                     incident["order_line_id"], None, self.now)
            self._note("incident_auto_closed")
