"""Helpers for outbox and reliability tests: what a customer does on the sandbox, cases to act
on, and counting on the server how often an action was applied."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, func, select

from operator_desk.connectors.mirakl import ConnectionSettings, MiraklConnector
from operator_desk.connectors.retry import RetryPolicy
from operator_desk.domain.actions import CloseIncident, Seen
from operator_desk.sandbox import db
from operator_desk.sandbox.operations.messages import customer_sender, order_thread, post_message

FAST_RETRY = RetryPolicy(attempts=4, base_delay=0.001, max_delay=0.01, jitter=0.0)


def connector(keys: dict[str, Any], market: str, role: str = "agent", *,
              timeout: float = 5.0, retry: RetryPolicy = FAST_RETRY) -> MiraklConnector:
    entry = keys[market]
    return MiraklConnector(ConnectionSettings(market, entry["base_url"], connect_timeout=timeout,
                                              read_timeout=timeout, retry=retry),
                           entry["keys"][role])


def customer_writes(server: Any, market: str, order_id: str, body: str) -> str:
    """The order's customer writes in the order's thread (as the simulator's customers do)."""
    context = server.api.context
    with context.write() as connection:
        order = connection.execute(select(db.orders).where(
            db.orders.c.order_id == order_id)).mappings().one()
        thread = order_thread(connection, market, order_id, with_party="CUSTOMER")
        assert thread is not None, f"order {order_id} has no thread with its customer"
        return post_message(connection, thread, customer_sender(order), body, ["OPERATOR"],
                            context.clock.now(), lambda: f"X{uuid.uuid4().hex[:12]}")


@dataclass(frozen=True)
class Case:
    market: str
    incident_id: str
    order_id: str
    order_line_id: str
    thread_id: str
    last_message_ids: tuple[str, ...]

    def close(self, reason: str | None = None) -> CloseIncident:
        return CloseIncident(self.market, self.incident_id, self.order_id, self.order_line_id,
                             reason, Seen(self.last_message_ids, "RESOLVED"))


def resolved_cases(engine: Engine, market: str, count: int, skip: int = 0) -> list[Case]:
    """RESOLVED incidents (one per order) with the newest message of every thread of their
    order, as an agent who read the case would have seen them."""
    cases: list[Case] = []
    with engine.connect() as connection:
        rows = connection.execute(
            select(db.incidents).where(db.incidents.c.market == market,
                                       db.incidents.c.status == "RESOLVED")
            .order_by(db.incidents.c.incident_id)).mappings().all()
        used: set[str] = set()
        for row in rows:
            if row["order_id"] in used:
                continue
            threads = connection.execute(select(db.threads.c.thread_id).where(
                db.threads.c.entity_type == "MMP_ORDER",
                db.threads.c.entity_id == row["order_id"]).order_by(
                db.threads.c.created)).scalars().all()
            if not threads:
                continue
            newest = []
            for thread_id in threads:
                last = connection.execute(select(db.messages.c.message_id).where(
                    db.messages.c.thread_id == thread_id).order_by(
                    db.messages.c.seq.desc()).limit(1)).scalar()
                if last:
                    newest.append(last)
            customer_thread = connection.execute(select(db.threads).where(
                db.threads.c.thread_id.in_(threads))).mappings().all()
            with_customer = [t["thread_id"] for t in customer_thread
                             if any(p["type"] == "CUSTOMER" for p in t["participants"])]
            if not with_customer:
                continue
            used.add(row["order_id"])
            cases.append(Case(market, row["incident_id"], row["order_id"],
                              row["order_line_id"], with_customer[0], tuple(newest)))
    return cases[skip:skip + count]


def refundable_lines(engine: Engine, market: str, count: int,
                     skip_orders: set[str] | frozenset[str] = frozenset()
                     ) -> list[tuple[str, str, str]]:
    """(order id, line id, currency) of shipped lines with at least 5.00 left to refund, on
    open orders."""
    found: list[tuple[str, str, str]] = []
    with engine.connect() as connection:
        rows = connection.execute(
            select(db.order_lines, db.orders.c.currency, db.orders.c.state.label("order_state"))
            .join(db.orders, db.orders.c.order_id == db.order_lines.c.order_id)
            .where(db.order_lines.c.market == market, db.order_lines.c.shipped.is_not(None),
                   db.order_lines.c.state.in_(("SHIPPED", "RECEIVED", "INCIDENT_OPEN")),
                   db.orders.c.state.not_in(("CLOSED", "CANCELED")))
            .order_by(db.order_lines.c.order_line_id)).mappings().all()
        for row in rows:
            if row["order_id"] in skip_orders:
                continue
            refunded = connection.execute(select(func.coalesce(func.sum(
                db.refunds.c.amount_minor), 0)).where(
                db.refunds.c.order_line_id == row["order_line_id"])).scalar_one()
            if row["unit_price_minor"] * row["quantity"] - refunded >= 500:
                found.append((row["order_id"], row["order_line_id"], row["currency"]))
            if len(found) >= count:
                break
    return found


def refund_reason(engine: Engine, market: str) -> str:
    with engine.connect() as connection:
        code: str = connection.execute(select(db.reasons.c.code).where(
            db.reasons.c.market == market, db.reasons.c.type == "REFUND",
            db.reasons.c.is_operator_right.is_(True)).order_by(db.reasons.c.code)).scalars().first()
    return code


def messages_with_body(engine: Engine, thread_id: str, body: str) -> int:
    with engine.connect() as connection:
        count: int = connection.execute(select(func.count()).select_from(db.messages).where(
            db.messages.c.thread_id == thread_id, db.messages.c.body == body)).scalar_one()
    return count


def refunds_on_line(engine: Engine, line_id: str, amount: Decimal,
                    after: datetime | None = None) -> int:
    with engine.connect() as connection:
        query = select(func.count()).select_from(db.refunds).where(
            db.refunds.c.order_line_id == line_id,
            db.refunds.c.amount_minor == int(amount * 100))
        count: int = connection.execute(query).scalar_one()
    return count


def threads_with_topic(engine: Engine, entity_id: str, topic: str) -> int:
    with engine.connect() as connection:
        count: int = connection.execute(select(func.count()).select_from(db.threads).where(
            db.threads.c.entity_id == entity_id, db.threads.c.topic_value == topic)).scalar_one()
    return count


def incident_status(engine: Engine, incident_id: str) -> str:
    with engine.connect() as connection:
        status: str = connection.execute(select(db.incidents.c.status).where(
            db.incidents.c.incident_id == incident_id)).scalar_one()
    return status


def shop_in_state(engine: Engine, market: str, state: str) -> str:
    with engine.connect() as connection:
        shop_id: str = connection.execute(select(db.shops.c.shop_id).where(
            db.shops.c.market == market, db.shops.c.state == state)
            .order_by(db.shops.c.shop_id)).scalars().first()
    return shop_id


def shop_state(engine: Engine, market: str,
               shop_id: str) -> tuple[str, datetime | None, datetime | None]:
    """The shop's stored state and closing window (naive UTC, as the sandbox keeps it)."""
    with engine.connect() as connection:
        row = connection.execute(select(db.shops.c.state, db.shops.c.closed_from,
                                        db.shops.c.closed_to).where(
            db.shops.c.market == market, db.shops.c.shop_id == shop_id)).one()
    return str(row.state), row.closed_from, row.closed_to
