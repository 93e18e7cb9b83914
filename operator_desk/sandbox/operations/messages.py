"""Threads and messages: posting, creating threads, attachments, Mirakl's limits."""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection

from .. import db
from . import IdFactory, Refused, Row

# Mirakl's limits (M12: "a thread holds at most 1000 messages"; M12/OR43: "maximum 50
# attachments across all threads of the same entity"; OR43: "30 MB per message").
MAX_MESSAGES_PER_THREAD = 1000
MAX_ATTACHMENTS_PER_ENTITY = 50
MAX_MESSAGE_BYTES = 30 * 1024 * 1024
# Mirakl documents no body limit; a generous cap keeps one request from filling the store.
MAX_BODY_CHARS = 100_000
PARTY_TYPES = ("CUSTOMER", "SHOP", "OPERATOR")


@dataclass(frozen=True, slots=True)
class Sender:
    """Who writes a message: a customer, someone at a shop, or an operator user."""

    party: str  # CUSTOMER | SHOP | OPERATOR
    display_name: str
    org_id: str | None
    org_name: str

    @property
    def user_type(self) -> str:
        return f"{self.party}_USER"


@dataclass(frozen=True, slots=True)
class Upload:
    """An attachment as received (multipart part) or generated (simulator)."""

    name: str
    content: bytes
    content_type: str | None = None

    def guessed_type(self) -> str:
        if self.content_type and self.content_type != "application/octet-stream":
            return self.content_type
        guessed, _ = mimetypes.guess_type(self.name.replace("\\", "/").rsplit("/", 1)[-1])
        return guessed or "application/octet-stream"


def check_body(body: Any) -> str:
    if not isinstance(body, str) or not body.strip():
        raise Refused(400, "body is required and must be a non-empty string")
    if len(body) > MAX_BODY_CHARS:
        raise Refused(400, f"body is longer than {MAX_BODY_CHARS} characters")
    return body


def operator_sender(market_operator_name: str, display_name: str) -> Sender:
    return Sender("OPERATOR", display_name, None, market_operator_name)


def thread_row(connection: Connection, market: str, thread_id: str) -> Row:
    row = connection.execute(select(db.threads).where(
        db.threads.c.market == market, db.threads.c.thread_id == thread_id)).mappings().first()
    if row is None:
        raise Refused(404, f"thread {thread_id} not found")
    return row


def recipients(thread: Row, sender: Sender,
               to: Sequence[str]) -> list[dict[str, Any]]:
    """The participants a message goes to; each must take part in the thread."""
    people = {p["type"]: p for p in thread["participants"]}
    chosen: list[dict[str, Any]] = []
    for party in to:
        if party not in PARTY_TYPES:
            raise Refused(400, f"to: unknown recipient type {party!r}; "
                               f"expected one of {', '.join(PARTY_TYPES)}")
        if party == sender.party:
            raise Refused(400, f"to: a {sender.party.lower()} cannot write to itself")
        if party not in people:
            raise Refused(400, f"to: {party} does not take part in thread {thread['thread_id']}")
        if people[party] not in chosen:
            chosen.append(dict(people[party]))
    if not chosen:
        raise Refused(400, "to: at least one recipient is required")
    return chosen


def post_message(connection: Connection, thread: Row, sender: Sender, body: Any,
                 to: Sequence[str], now: datetime, new_id: IdFactory,
                 files: Sequence[Upload] = ()) -> str:
    """Append a message to a thread; returns the new message's id."""
    body = check_body(body)
    if sender.party not in {p["type"] for p in thread["participants"]}:
        raise Refused(403, "Forbidden: the sender does not take part in this thread")
    count = thread["message_count"]
    if count >= MAX_MESSAGES_PER_THREAD:
        raise Refused(400, f"thread {thread['thread_id']} already holds "
                           f"{MAX_MESSAGES_PER_THREAD} messages, Mirakl's maximum; "
                           "start a new thread")
    to_rows = recipients(thread, sender, to)
    _check_files(connection, thread, body, files)
    message_id = new_id()
    seq = count + 1
    connection.execute(db.messages.insert().values(
        message_id=message_id, thread_id=thread["thread_id"], market=thread["market"], seq=seq,
        created=now, from_type=sender.user_type, from_display_name=sender.display_name,
        from_org_type=sender.party, from_org_id=sender.org_id, from_org_name=sender.org_name,
        recipients=to_rows, body=body))
    if files:
        connection.execute(db.attachments.insert(), [
            {"attachment_id": new_id(), "message_id": message_id,
             "thread_id": thread["thread_id"], "market": thread["market"],
             "entity_type": thread["entity_type"], "entity_id": thread["entity_id"],
             "name": upload.name[:255], "content_type": upload.guessed_type(),
             "size": len(upload.content), "content": upload.content}
            for upload in files])
    needed_since = thread["shop_reply_needed_since"]
    if sender.party == "SHOP":
        needed_since = None
    elif needed_since is None and any(r["type"] == "SHOP" for r in to_rows):
        needed_since = now
    connection.execute(update(db.threads).where(
        db.threads.c.thread_id == thread["thread_id"]).values(
        updated=now, last_message=now, message_count=seq, shop_reply_needed_since=needed_since))
    return message_id


def _check_files(connection: Connection, thread: Row, body: str,
                 files: Sequence[Upload]) -> None:
    if not files:
        return
    size = len(body.encode()) + sum(len(f.content) for f in files)
    if size > MAX_MESSAGE_BYTES:
        raise Refused(400, "a message with its attachments may be at most 30 MB")
    for upload in files:
        if not upload.name or "\x00" in upload.name:
            raise Refused(400, "every attachment needs a file name")
    existing = connection.execute(select(func.count()).select_from(db.attachments).where(
        db.attachments.c.market == thread["market"],
        db.attachments.c.entity_type == thread["entity_type"],
        db.attachments.c.entity_id == thread["entity_id"])).scalar_one()
    if existing + len(files) > MAX_ATTACHMENTS_PER_ENTITY:
        raise Refused(400, f"{thread['entity_type']} {thread['entity_id']} already has "
                           f"{existing} attachments; Mirakl allows at most "
                           f"{MAX_ATTACHMENTS_PER_ENTITY} across all its threads")


def create_thread(connection: Connection, *, market: str, entity_type: str, entity_id: str,
                  entity_label: str | None, topic_type: str, topic_value: str,
                  participants: list[dict[str, Any]], shop_id: str | None,
                  customer_id: str | None, now: datetime, new_id: IdFactory) -> dict[str, Any]:
    """A new, empty thread; post its first message with :func:`post_message`."""
    if topic_type not in ("FREE_TEXT", "REASON_CODE"):
        raise Refused(400, "topic.type must be FREE_TEXT or REASON_CODE")
    if not isinstance(topic_value, str) or not topic_value.strip():
        raise Refused(400, "topic.value is required")
    row: dict[str, Any] = {
        "thread_id": new_id(), "market": market, "topic_type": topic_type,
        "topic_value": topic_value[:300], "entity_type": entity_type, "entity_id": entity_id,
        "entity_label": entity_label, "shop_id": shop_id, "customer_id": customer_id,
        "participants": participants, "created": now, "updated": now, "last_message": None,
        "shop_reply_needed_since": None, "message_count": 0,
    }
    connection.execute(db.threads.insert().values(**row))
    return row


def order_participants(order: Row, shop_name: str,
                       operator_name: str) -> list[dict[str, Any]]:
    return [
        {"type": "CUSTOMER", "id": order["customer_id"],
         "display_name": f"{order['customer_firstname']} {order['customer_lastname']}"},
        {"type": "SHOP", "id": order["shop_id"], "display_name": shop_name},
        {"type": "OPERATOR", "display_name": operator_name},
    ]


def customer_sender(order: Row) -> Sender:
    name = f"{order['customer_firstname']} {order['customer_lastname']}"
    return Sender("CUSTOMER", name, order["customer_id"], name)


def shop_sender(shop_id: str, shop_name: str, staff: str | None = None) -> Sender:
    return Sender("SHOP", staff or shop_name, shop_id, shop_name)


def order_thread(connection: Connection, market: str, order_id: str,
                 with_party: str | None = None) -> Row | None:
    """The order's oldest thread that still takes messages (and has ``with_party`` in it)."""
    rows = connection.execute(select(db.threads).where(
        db.threads.c.market == market, db.threads.c.entity_type == "MMP_ORDER",
        db.threads.c.entity_id == order_id).order_by(db.threads.c.created,
                                                     db.threads.c.thread_id)).mappings().all()
    for row in rows:
        if row["message_count"] >= MAX_MESSAGES_PER_THREAD:
            continue
        if with_party is None or any(p["type"] == with_party for p in row["participants"]):
            return row
    return None
