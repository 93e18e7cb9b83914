"""The stories behind generated orders: incident threads, customer questions, refunds,
attachments and the back-and-forth that makes a large dataset's threads long.

A :class:`StoryTeller` works for one market of one generation run. Seller messages fall in the
market's working hours (time zone, weekends, public holidays), as real sellers' do.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Protocol

from babel.numbers import format_currency

from ..domain.sla import MarketCalendar
from . import attachments, phrases
from .catalog import (
    INCIDENT_OPEN_KEYS,
    LOCALES,
    OPERATOR_CLOSE_KEYS,
    REASONS_BY_KEY,
    SELLER_RESOLUTION_KEYS,
    MarketDef,
)
from .operations.messages import MAX_MESSAGES_PER_THREAD
from .operations.refunds import NOTICE, TO_PAYMENT, TO_REFUNDED, transaction_number
from .texts import Corpus

Row = dict[str, Any]

# Share of incidents in each status; the rest of a status's story follows from it.
_INCIDENT_STATUSES = (
    ("RESOLVED", 0.45), ("NEW", 0.08), ("IN_PROGRESS", 0.17), ("DISPUTED", 0.08), ("CLOSED", 0.22),
)
_PHOTO_REASONS = ("damaged", "defective", "wrong_item", "missing_parts", "not_as_described")
_DOCUMENT_FOR = {"invoice_sent": ("invoice", 0.8), "return_label_sent": ("label", 0.7),
                 "delivery_confirmed": ("receipt", 0.5)}
_REFUND_REASON = {"not_delivered": "40", "damaged": "41", "defective": "41",
                  "wrong_item": "41", "missing_parts": "41", "not_as_described": "42"}
_SELLER_DAY = (time(8, 0), time(19, 0))
HOSTILE_EVERY = 4  # every 4th attachment of a market is hostile until all names were used


class Sink(Protocol):
    def add(self, table: str, row: dict[str, Any]) -> None: ...


def weighted(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    roll = rng.random()
    acc = 0.0
    for value, share in table:
        acc += share
        if roll < acc:
            return value
    return table[-1][0]


def uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


@dataclass
class MessagePlan:
    """How many messages to aim for, steered as the run goes (``--messages``)."""

    target: int  # 0: no target, threads keep their natural length
    orders: int
    produced: int = 0
    threads: int = 0
    orders_done: int = 0
    natural: list[int] = field(default_factory=list)  # message counts before padding

    def padding(self, rng: random.Random, natural: int) -> int:
        """Extra messages for the next thread, so the total lands near the target."""
        if self.target <= 0:
            return 0
        threads_left = max(1.0, (self.orders - self.orders_done) * 0.3 + 1)
        wanted = (self.target - self.produced) / threads_left - natural
        if wanted <= 0:
            return 0
        return min(rng.randint(round(0.5 * wanted), round(1.5 * wanted)),
                   MAX_MESSAGES_PER_THREAD - natural)


class StoryTeller:
    def __init__(self, market: MarketDef, rng: random.Random, sink: Sink, anchor: datetime,
                 plan: MessagePlan, incident_share: float, question_share: float) -> None:
        self.m = market
        self.rng = rng
        self.w = sink
        self.anchor = anchor
        self.plan = plan
        self.incident_share = incident_share
        self.question_share = question_share
        self.native = Corpus(market.language, rng)
        self.english = Corpus("en", rng)
        self.calendar = MarketCalendar(market.code, market.timezone)
        self.operator_agents = [self.native.pick("first_names") for _ in range(6)]
        self.counts: dict[str, int] = {}
        self.attachment_count = 0
        self.refunds: list[Row] = []  # written after their order lines (foreign key)

    def count(self, entity: str, n: int = 1) -> None:
        self.counts[entity] = self.counts.get(entity, 0) + n

    def corpus_for(self, locale: str | None) -> Corpus:
        return self.english if (locale or "").startswith("en") else self.native

    # -- entry point ------------------------------------------------------------------------
    def tell(self, order: Row, shop: Row, lines: list[Row]) -> None:
        """Maybe an incident (shipped orders), else maybe a customer question."""
        if order["shipped"] and self.rng.random() < self.incident_share:
            self._incident(order, self.rng.choice(lines), shop)
        elif self.rng.random() < self.question_share:
            self._question(order, shop, lines)
        self.plan.orders_done += 1

    # -- time -------------------------------------------------------------------------------
    def seller_time(self, when: datetime) -> datetime:
        """``when`` if it falls in the seller's working hours, else the next working morning."""
        zone = self.calendar.zone
        local = when.replace(tzinfo=UTC).astimezone(zone)
        if self.calendar.is_working_day(local.date()) and \
                _SELLER_DAY[0] <= local.time() < _SELLER_DAY[1]:
            return when
        day = local.date()
        if local.time() >= _SELLER_DAY[0] or not self.calendar.is_working_day(day):
            day += timedelta(days=1)
        while not self.calendar.is_working_day(day):
            day += timedelta(days=1)
        morning = datetime.combine(day, _SELLER_DAY[0], tzinfo=zone) + timedelta(
            minutes=self.rng.randint(0, 240))
        return morning.astimezone(UTC).replace(tzinfo=None)

    def seller_delay(self, shop: Row) -> timedelta | None:
        persona = shop["behaviour"]
        if persona == "silent" and self.rng.random() < 0.7:
            return None
        hours = {"good": (1, 20), "slow": (30, 110), "bad": (5, 70), "silent": (60, 200)}[persona]
        return timedelta(minutes=self.rng.randint(hours[0] * 60, hours[1] * 60))

    # -- threads and messages ---------------------------------------------------------------
    def participants(self, order: Row, shop: Row) -> list[dict[str, Any]]:
        return [
            {"type": "CUSTOMER", "id": order["customer_id"],
             "display_name": f"{order['customer_firstname']} {order['customer_lastname']}"},
            {"type": "SHOP", "id": shop["shop_id"], "display_name": shop["name"]},
            {"type": "OPERATOR", "display_name": self.m.operator_name},
        ]

    def new_thread(self, order: Row, shop: Row, topic_type: str, topic_value: str,
                   created: datetime) -> Row:
        return {
            "thread_id": uid(self.rng), "market": self.m.code, "topic_type": topic_type,
            "topic_value": topic_value, "entity_type": "MMP_ORDER",
            "entity_id": order["order_id"], "entity_label": order["commercial_id"],
            "shop_id": shop["shop_id"], "customer_id": order["customer_id"],
            "participants": self.participants(order, shop), "created": created,
            "updated": created, "last_message": None, "shop_reply_needed_since": None,
            "message_count": 0, "_messages": [],
        }

    def message(self, thread: Row, when: datetime, sender: str, body: str, to: list[str],
                order: Row, shop: Row, agent: str | None = None,
                files: list[attachments.GeneratedFile] | None = None) -> None:
        people = {p["type"]: p for p in thread["participants"]}
        if sender == "CUSTOMER":
            name = people["CUSTOMER"]["display_name"]
            from_ = ("CUSTOMER_USER", name, "CUSTOMER", order["customer_id"], name)
        elif sender == "SHOP":
            from_ = ("SHOP_USER", agent or shop["name"], "SHOP", shop["shop_id"], shop["name"])
        else:
            from_ = ("OPERATOR_USER", agent or "Customer Care", "OPERATOR", None,
                     self.m.operator_name)
        thread["_messages"].append({
            "message_id": uid(self.rng), "thread_id": thread["thread_id"], "market": self.m.code,
            "seq": 0, "created": when, "from_type": from_[0], "from_display_name": from_[1],
            "from_org_type": from_[2], "from_org_id": from_[3], "from_org_name": from_[4],
            "recipients": [dict(people[t]) for t in to], "body": body,
            "_files": files or [],
        })

    def flush_thread(self, thread: Row) -> None:
        msgs = sorted(thread.pop("_messages"), key=lambda m: m["created"])
        needed_since = None
        for seq, message in enumerate(msgs, start=1):
            message["seq"] = seq
            to_shop = any(r["type"] == "SHOP" for r in message["recipients"])
            if message["from_org_type"] == "SHOP":
                needed_since = None
            elif to_shop and needed_since is None:
                needed_since = message["created"]
        if msgs:
            thread["last_message"] = thread["updated"] = msgs[-1]["created"]
        thread["message_count"] = len(msgs)
        thread["shop_reply_needed_since"] = needed_since
        self.w.add("threads", thread)
        for message in msgs:
            files = message.pop("_files")
            self.w.add("messages", message)
            for made in files:
                self.w.add("attachments", {
                    "attachment_id": uid(self.rng), "message_id": message["message_id"],
                    "thread_id": thread["thread_id"], "market": self.m.code,
                    "entity_type": thread["entity_type"], "entity_id": thread["entity_id"],
                    "name": made.name, "content_type": made.content_type,
                    "size": len(made.content), "content": made.content,
                })
                self.count("attachments")
        self.count("threads")
        self.count("messages", len(msgs))
        self.plan.produced += len(msgs)
        self.plan.threads += 1

    def attachment(self, made: attachments.GeneratedFile) -> attachments.GeneratedFile:
        """Every few attachments one gets a hostile name, until all of them were used."""
        index = self.attachment_count
        self.attachment_count += 1
        hostile_index, remainder = divmod(index, HOSTILE_EVERY)
        if remainder == 1 and hostile_index < len(attachments.HOSTILE_NAMES):
            return attachments.hostile(hostile_index, index)
        return made

    def values(self, order: Row, shop: Row, line: Row, when: datetime) -> dict[str, str]:
        locale = "de_CH" if self.m.code == "CH" else LOCALES[self.m.language]
        amount = format_currency(Decimal(line["unit_price_minor"] * line["quantity"]) / 100,
                                 self.m.currency, locale=locale)
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

    def seller_text(self, corpus: Corpus, shop: Row, default_key: str, sub: str | None,
                    late: bool) -> str:
        if shop["behaviour"] == "bad":
            roll = self.rng.random()
            if roll < 0.35:
                return corpus.message("seller_off_platform")
            if roll < 0.55:
                return corpus.message("seller_marketing")
            if roll < 0.7:
                return corpus.message("seller_non_answer")
        if late and self.rng.random() < 0.5:
            return corpus.message("seller_late_apology") + "\n\n" + corpus.message(default_key,
                                                                                    sub)
        return corpus.message(default_key, sub)

    def pad(self, thread: Row, corpus: Corpus, order: Row, shop: Row,
            values: dict[str, str], after: datetime) -> None:
        """Back-and-forth between customer and seller, to reach a message target."""
        extra = self.plan.padding(self.rng, len(thread["_messages"]))
        window = self.anchor - after
        if extra <= 0 or window <= timedelta(minutes=2):
            return
        gap = min(timedelta(hours=20), window / (extra + 1))
        when = after
        for turn in range(extra):
            when += gap * self.rng.uniform(0.5, 1.0)
            if when >= self.anchor:
                break
            if turn % 2 == 0:
                key = "customer_question" if self.rng.random() < 0.7 else None
                body = (corpus.message(key) if key else
                        self.rng.choice(phrases.CUSTOMER_FOLLOWUP[corpus.language]))
                self.message(thread, when, "CUSTOMER", corpus.compose(body, "customer", values),
                             ["SHOP"], order, shop)
            else:
                body = self.seller_text(corpus, shop, "seller_answer", None, False)
                self.message(thread, when, "SHOP", corpus.compose(body, "seller", values),
                             ["CUSTOMER"], order, shop)

    # -- questions --------------------------------------------------------------------------
    def _question(self, order: Row, shop: Row, lines: list[Row]) -> None:
        corpus = self.corpus_for(order["customer_locale"])
        line = lines[0]
        start = order["created"] + timedelta(hours=self.rng.randint(1, 96))
        if start >= self.anchor:
            return
        topic = REASONS_BY_KEY["order_question"].labels[corpus.language]
        thread = self.new_thread(order, shop, "FREE_TEXT", topic, start)
        values = self.values(order, shop, line, start)
        self.message(thread, start, "CUSTOMER",
                     corpus.compose(corpus.message("customer_question"), "customer", values),
                     ["SHOP"], order, shop)
        delay = self.seller_delay(shop)
        after = start + timedelta(hours=1)
        if delay is not None:
            when = self.seller_time(start + delay)
            if when < self.anchor:
                late = when - start > timedelta(hours=48)
                body = self.seller_text(corpus, shop, "seller_answer", None, late)
                self.message(thread, when, "SHOP", corpus.compose(body, "seller", values),
                             ["CUSTOMER"], order, shop)
                after = when
        self.pad(thread, corpus, order, shop, values, after)
        self.flush_thread(thread)

    # -- incidents --------------------------------------------------------------------------
    def _incident(self, order: Row, line: Row, shop: Row) -> None:
        assert order["shipped"] is not None
        status = weighted(self.rng, _INCIDENT_STATUSES)
        if order["state"] == "CLOSED" or (
                self.anchor - order["shipped"] > timedelta(days=40) and status != "DISPUTED"):
            status = "CLOSED"
        span = self.anchor - order["shipped"]
        opened = order["shipped"] + span * self.rng.uniform(0.05, 0.7)
        reason_key = self.rng.choice(INCIDENT_OPEN_KEYS)
        reason = REASONS_BY_KEY[reason_key]
        corpus = self.corpus_for(order["customer_locale"])
        values = self.values(order, shop, line, opened)
        opened_by = "CUSTOMER" if self.rng.random() < 0.85 else "OPERATOR"
        agent = self.rng.choice(self.operator_agents)
        thread = self.new_thread(order, shop, "REASON_CODE", reason.code, opened)
        if opened_by == "CUSTOMER":
            body = corpus.compose(corpus.message("customer_open", reason_key), "customer", values)
            files = []
            if reason_key in _PHOTO_REASONS and self.rng.random() < 0.4:
                for _ in range(self.rng.choice((1, 1, 2))):
                    files.append(self.attachment(attachments.photo(
                        corpus.language, self.rng.randrange(10**6))))
            self.message(thread, opened, "CUSTOMER", body, ["SHOP", "OPERATOR"], order, shop,
                         files=files)
        else:
            body = corpus.compose(corpus.message("operator_to_seller"), "operator",
                                  {**values, "agent_first": agent})
            self.message(thread, opened, "OPERATOR", body, ["SHOP"], order, shop, agent)

        incident = {
            "incident_id": uid(self.rng), "market": self.m.code, "order_id": order["order_id"],
            "order_line_id": line["order_line_id"], "status": "NEW", "opened": opened,
            "opening_reason_code": reason.code, "opened_by": opened_by,
            "last_action": opened, "last_action_by": opened_by, "resolved": None,
            "resolution_reason_code": None, "resolution_message": None, "closed": None,
            "closing_reason_code": None, "closed_by": None, "updated": opened,
        }
        now = opened
        delay = self.seller_delay(shop)
        if status != "NEW" and delay is None:
            delay = timedelta(hours=self.rng.randint(50, 120))  # the story needs a seller reply
        reply_at = self.seller_time(opened + delay) if delay is not None else None
        if status == "NEW" or reply_at is None or reply_at >= self.anchor:
            status = "NEW"
        else:
            now = reply_at
            late = reply_at - opened > timedelta(hours=48)
            body = self.seller_text(corpus, shop, "seller_reply", reason_key, late)
            self.message(thread, now, "SHOP", corpus.compose(body, "seller", values),
                         ["CUSTOMER", "OPERATOR"], order, shop)
            incident.update(status="IN_PROGRESS", last_action=now, last_action_by="SHOP")

        if status in ("RESOLVED", "DISPUTED", "CLOSED"):
            now = self._resolution(thread, incident, status, order, line, shop, corpus, values,
                                   reason_key, agent, now)
        incident["updated"] = incident["last_action"]
        self.pad(thread, corpus, order, shop, values, now)
        self.flush_thread(thread)

        if incident["status"] != "CLOSED":
            line["state_before_incident"] = line["state"]
            line["state"] = "INCIDENT_OPEN"
            line["state_reason_code"] = reason.code
            line["state_reason_label"] = reason.labels[self.m.language]
        self._settle_line_state(line)
        line["last_updated"] = max(line["last_updated"], incident["updated"])
        order["last_updated"] = max(order["last_updated"], line["last_updated"])
        self.w.add("incidents", incident)
        self.count("incidents")
        self.count(f"incidents_{incident['status']}")

    def _resolution(self, thread: Row, incident: Row, status: str, order: Row, line: Row,
                    shop: Row, corpus: Corpus, values: dict[str, str], reason_key: str,
                    agent: str, now: datetime) -> datetime:
        resolved = self.seller_time(now + timedelta(minutes=self.rng.randint(20, 3 * 1440)))
        if resolved >= self.anchor:
            resolved = now + (self.anchor - now) / 2
        if status == "RESOLVED" and self.anchor - resolved > timedelta(days=6):
            status = "CLOSED"  # Mirakl closes a resolved incident after 5 business days
        resolution_key = self._resolution_for(reason_key)
        resolution = REASONS_BY_KEY[resolution_key]
        operator_corpus = self.native  # sellers write to the operator in the market language
        text = operator_corpus.fill(operator_corpus.message("seller_resolved", resolution_key),
                                    self.values(order, shop, line, resolved))
        files = []
        document = _DOCUMENT_FOR.get(resolution_key)
        if document and self.rng.random() < document[1]:
            files.append(self.attachment(attachments.document(
                document[0], self.m.language, order["commercial_id"],
                [shop["name"], line["product_title"], values["amount"]])))
        self.message(thread, resolved, "SHOP",
                     operator_corpus.compose(text, "seller", values, greeting_chance=0.4),
                     ["OPERATOR"], order, shop, files=files)
        incident.update(status="RESOLVED", resolved=resolved,
                        resolution_reason_code=resolution.code, resolution_message=text,
                        last_action=resolved, last_action_by="SHOP")
        if resolution_key in ("refunded", "partial_refund"):
            share = 1.0 if resolution_key == "refunded" else self.rng.choice((0.2, 0.3, 0.5))
            self.refund(thread, order, line, shop, resolved, share,
                        _REFUND_REASON.get(reason_key, "42"))
        now = resolved
        unhappy = status == "DISPUTED" or self.rng.random() < 0.25
        if self.rng.random() < 0.55 or status == "DISPUTED":
            when = now + timedelta(minutes=self.rng.randint(30, 2 * 1440))
            if when < self.anchor:
                key = ("customer_after_resolved_unhappy" if unhappy
                       else "customer_after_resolved_happy")
                self.message(thread, when, "CUSTOMER",
                             corpus.compose(corpus.message(key), "customer", values),
                             ["SHOP", "OPERATOR"], order, shop)
                now = when
        if status == "DISPUTED":
            when = now + timedelta(minutes=self.rng.randint(30, 1440))
            if when < self.anchor:
                body = corpus.compose(corpus.message("operator_to_seller"), "operator",
                                      {**values, "agent_first": agent})
                self.message(thread, when, "OPERATOR", body, ["SHOP", "CUSTOMER"], order, shop,
                             agent)
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
                if close_key == "refund_issued":
                    self.refund(thread, order, line, shop, when, 1.0,
                                _REFUND_REASON.get(reason_key, "42"))
                now = when
        return now

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

    # -- refunds ----------------------------------------------------------------------------
    def refund(self, thread: Row, order: Row, line: Row, shop: Row, when: datetime,
               share: float, reason_code: str) -> None:
        """A refund of ``share`` of the line, in the state its age gives it, and the
        customer's automatic notice in the thread."""
        if order["state"] in ("CLOSED", "CANCELED"):
            return
        price = line["unit_price_minor"] * line["quantity"]
        already, already_shipping = line.get("_refunded_minor", (0, 0))
        if share >= 1:
            amount, shipping = price - already, line["shipping_minor"] - already_shipping
        else:
            amount, shipping = min(round(price * share), price - already), 0
        if amount + shipping <= 0:
            return
        line["_refunded_minor"] = (already + amount, already_shipping + shipping)
        age = self.anchor - when
        if age >= TO_PAYMENT + TO_REFUNDED:
            state, due = "REFUNDED", None
        elif age >= TO_PAYMENT:
            state, due = "WAITING_REFUND_PAYMENT", when + TO_PAYMENT + TO_REFUNDED
        else:
            state, due = "WAITING_REFUND", when + TO_PAYMENT
        refund_id = uid(self.rng)
        self.refunds.append({
            "refund_id": refund_id, "order_refund_id": uid(self.rng), "market": self.m.code,
            "order_id": order["order_id"], "order_line_id": line["order_line_id"],
            "amount_minor": amount, "shipping_minor": shipping, "quantity": 0,
            "reason_code": reason_code, "state": state, "created": when,
            "next_state_due": due,
            "transaction_date": when + TO_PAYMENT + TO_REFUNDED if state == "REFUNDED" else None,
            "transaction_number": transaction_number(refund_id) if state == "REFUNDED" else None,
        })
        self.count("refunds")
        locale = order["customer_locale"] or LOCALES[self.m.language]
        language = locale[:2] if locale[:2] in NOTICE else self.m.language
        money_locale = "de_CH" if self.m.code == "CH" and language == "de" else locale
        _topic, template = NOTICE[language]
        notice = template.format(
            customer=f"{order['customer_firstname']} {order['customer_lastname']}",
            amount=format_currency(Decimal(amount + shipping) / 100, self.m.currency,
                                   locale=money_locale),
            product=line["product_title"], order=order["commercial_id"],
            operator=self.m.operator_name)
        self.message(thread, when, "OPERATOR", notice, ["CUSTOMER"], order, shop,
                     self.m.operator_name)
        line["last_updated"] = max(line["last_updated"], when)

    @staticmethod
    def _settle_line_state(line: Row) -> None:
        done = line.pop("_refunded_minor", None)
        price = line["unit_price_minor"] * line["quantity"]
        if done is not None and done[0] >= price and done[1] >= line["shipping_minor"]:
            if line["state"] == "INCIDENT_OPEN":
                line["state_before_incident"] = "REFUNDED"
            elif line["state"] in ("SHIPPED", "RECEIVED"):
                line["state"] = "REFUNDED"
