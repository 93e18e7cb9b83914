"""Retention in the cache: personal data older than the retention period is wiped.

What counts as personal data in the cache (``cache_schema``): message bodies, sender names,
recipient and participant names, attachment names, free-text thread topics, customer names
and e-mail addresses and parcel tracking numbers on orders, the seller's resolution message
on closed incidents, and the raw records kept with sync problems. Ids, states, dates and
amounts stay, so queues, statistics and the audit trail (which refers to ids) keep working.

Records that belong to an order with an open incident are kept whole: someone is working on
that case. Wiped content is overwritten on disk, not just unlinked (``secure_delete``), and
the write-ahead log is truncated afterwards, so the text is really gone from the files.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import CursorResult, delete, not_, or_, select, text, tuple_, update
from sqlalchemy.orm import Session

from operator_desk.domain.models import IncidentStatus

from . import cache_schema as t
from .database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PurgeCounts:
    """How many records had personal data wiped, by table."""

    messages: int = 0
    threads: int = 0
    orders: int = 0
    incidents: int = 0
    problems: int = 0

    @property
    def total(self) -> int:
        return self.messages + self.threads + self.orders + self.incidents + self.problems


# A message whose recipients or attachments still carry names.
_NAMES_LEFT = text(
    "EXISTS (SELECT 1 FROM json_each(messages.recipients) "
    "        WHERE json_extract(value, '$.display_name') != '') "
    "OR EXISTS (SELECT 1 FROM json_each(messages.attachments) "
    "           WHERE json_extract(value, '$.name') != '')")


def _open_orders() -> Any:
    """(market, order_id) of orders with an open incident: their data stays."""
    return select(t.incidents.c.market, t.incidents.c.order_id).where(
        t.incidents.c.status.in_(IncidentStatus.open_values()))


def _anonymous(participants: Any) -> list[dict[str, Any]]:
    if isinstance(participants, str):
        participants = orjson.loads(participants)
    if not isinstance(participants, list):
        return []
    return [{"type": p.get("type", ""), "display_name": "", "id": p.get("id")}
            for p in participants if isinstance(p, dict)]


def _attachment_ids(attachments: Any) -> list[dict[str, Any]]:
    if isinstance(attachments, str):
        attachments = orjson.loads(attachments)
    if not isinstance(attachments, list):
        return []
    return [{"id": a.get("id"), "name": "", "size": a.get("size", 0)}
            for a in attachments if isinstance(a, dict)]


def _count(result: Any) -> int:
    """Rows an UPDATE or DELETE touched."""
    return int(result.rowcount) if isinstance(result, CursorResult) else 0


def purge_personal_data(session: Session, cutoff: datetime) -> PurgeCounts:
    """Wipe personal data last touched before ``cutoff`` (tz-aware UTC), within ``session``."""
    if cutoff.tzinfo is None:
        raise ValueError("cutoff must be timezone-aware")
    session.execute(text("PRAGMA secure_delete=ON"))
    open_orders = _open_orders()

    thread_keys = select(t.threads.c.market, t.threads.c.thread_id).where(
        tuple_(t.threads.c.market, t.threads.c.entity_id).in_(open_orders))
    message_rows = session.execute(select(
        t.messages.c.market, t.messages.c.message_id, t.messages.c.recipients,
        t.messages.c.attachments).where(
        t.messages.c.created < cutoff,
        or_(t.messages.c.body != "", t.messages.c.sender_name != "", _NAMES_LEFT),
        not_(tuple_(t.messages.c.market, t.messages.c.thread_id).in_(thread_keys)),
    )).all()
    for row in message_rows:
        session.execute(update(t.messages).where(
            t.messages.c.market == row.market, t.messages.c.message_id == row.message_id
        ).values(body="", sender_name="", recipients=_anonymous(row.recipients),
                 attachments=_attachment_ids(row.attachments)))

    thread_rows = session.execute(select(
        t.threads.c.market, t.threads.c.thread_id, t.threads.c.topic,
        t.threads.c.participants).where(
        t.threads.c.updated < cutoff,
        not_(tuple_(t.threads.c.market, t.threads.c.entity_id).in_(open_orders)),
    )).all()
    threads = 0
    for row in thread_rows:
        participants = _anonymous(row.participants)
        # Reason-code topics are the platform's words; free text is the sender's.
        topic = row.topic if row.topic.startswith("REASON_CODE:") else ""
        original = row.participants if not isinstance(row.participants, str) \
            else orjson.loads(row.participants)
        if topic == row.topic and participants == original:
            continue
        session.execute(update(t.threads).where(
            t.threads.c.market == row.market, t.threads.c.thread_id == row.thread_id
        ).values(topic=topic, participants=participants))
        threads += 1

    orders = _count(session.execute(update(t.orders).where(
        t.orders.c.last_updated < cutoff,
        or_(t.orders.c.customer_firstname.is_not(None), t.orders.c.customer_lastname.is_not(None),
            t.orders.c.customer_email.is_not(None), t.orders.c.tracking.is_not(None)),
        not_(tuple_(t.orders.c.market, t.orders.c.order_id).in_(open_orders)),
    ).values(customer_firstname=None, customer_lastname=None, customer_email=None,
             tracking=None)))

    incidents = _count(session.execute(update(t.incidents).where(
        t.incidents.c.last_action < cutoff,
        t.incidents.c.resolution_message.is_not(None),
        not_(t.incidents.c.status.in_(IncidentStatus.open_values())),
    ).values(resolution_message=None)))

    problems = _count(session.execute(delete(t.problems).where(t.problems.c.seen < cutoff)))
    session.execute(text("PRAGMA secure_delete=OFF"))
    return PurgeCounts(len(message_rows), threads, orders, incidents, problems)


def purge_cache(cache: Database, cutoff: datetime) -> PurgeCounts:
    """Purge in one write transaction, then truncate the write-ahead log."""
    with cache.write() as session:
        counts = purge_personal_data(session, cutoff)
    with cache.engine.connect() as connection:
        busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
    if busy is not None and busy[0]:
        log.warning("cache checkpoint after the purge was incomplete (readers active)")
    log.info("retention purge before %s: %s", cutoff.isoformat(), counts)
    return counts
