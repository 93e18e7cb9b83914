"""The sandbox marketplace's own store (SQLAlchemy Core tables; SQLite by default).

Amounts are integer minor units (cents); times are naive UTC datetimes. Every table carries the
market code, because one server hosts several Mirakl-like instances side by side.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
)
from sqlalchemy.engine import Connection

# 2: refunds, stored attachment content, shop closing dates, simulator state.
SCHEMA_VERSION = 2

metadata = MetaData()

meta = Table(
    "sandbox_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

markets = Table(
    "markets", metadata,
    Column("code", String(2), primary_key=True),
    Column("name", String(80), nullable=False),
    Column("language", String(2), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("timezone", String(40), nullable=False),
    Column("response_rule", String(40), nullable=False),
)

api_keys = Table(
    "api_keys", metadata,
    Column("key", String(80), primary_key=True),
    Column("market", String(2), nullable=False),
    Column("role", String(20), nullable=False),  # agent | reviewer | supervisor | seller
    Column("user_name", String(80), nullable=False),
    Column("display_name", String(120), nullable=False),
    Column("shop_id", String(20)),
)

shops = Table(
    "shops", metadata,
    Column("market", String(2), primary_key=True),
    Column("shop_id", String(20), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("state", String(20), nullable=False),
    Column("suspension_type", String(30)),
    Column("email", String(200)),
    Column("phone", String(40)),
    Column("locale", String(10)),
    Column("contact_firstname", String(80)),
    Column("contact_lastname", String(80)),
    Column("street", String(200)),
    Column("zip_code", String(20)),
    Column("city", String(100)),
    Column("grade", Float),
    Column("evaluations_count", Integer, nullable=False, default=0),
    Column("approval_rate", Float),
    Column("approval_delay", Integer),
    Column("order_messages_response_delay", Integer),
    Column("orders_count", Integer, nullable=False, default=0),
    Column("offers_count", Integer, nullable=False, default=0),
    Column("created", DateTime, nullable=False),
    Column("last_updated", DateTime, nullable=False),
    Column("behaviour", String(20), nullable=False, default="good"),  # simulator persona
    Column("closed_from", DateTime),
    Column("closed_to", DateTime),
    Column("immunity_date", DateTime),
    Column("payment_blocked", Boolean, nullable=False, default=False),
)

orders = Table(
    "orders", metadata,
    Column("order_id", String(40), primary_key=True),
    Column("market", String(2), nullable=False),
    Column("commercial_id", String(40), nullable=False),
    Column("shop_id", String(20), nullable=False),
    Column("customer_id", String(40), nullable=False),
    Column("customer_firstname", String(80), nullable=False),
    Column("customer_lastname", String(80), nullable=False),
    Column("customer_email", String(200)),
    Column("customer_locale", String(10)),
    Column("street", String(200)),
    Column("city", String(100)),
    Column("zip_code", String(20)),
    Column("country_iso_code", String(3)),
    Column("state", String(30), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("shipping_minor", Integer, nullable=False, default=0),
    Column("carrier", String(60)),
    Column("tracking", String(60)),
    Column("created", DateTime, nullable=False),
    Column("shipped", DateTime),
    Column("last_updated", DateTime, nullable=False),
    Index("ix_orders_market_updated", "market", "last_updated"),
    # With the id: OR11 pages sort by (created, order_id) without a temporary b-tree.
    Index("ix_orders_market_created", "market", "created", "order_id"),
    Index("ix_orders_shop", "market", "shop_id"),
)

order_lines = Table(
    "order_lines", metadata,
    Column("order_line_id", String(48), primary_key=True),
    Column("order_id", String(40), ForeignKey("orders.order_id"), nullable=False),
    Column("market", String(2), nullable=False),
    Column("line_index", Integer, nullable=False),
    Column("offer_sku", String(60), nullable=False),
    Column("product_sku", String(60), nullable=False),
    Column("product_title", String(300), nullable=False),
    Column("category", String(40)),
    Column("quantity", Integer, nullable=False),
    Column("unit_price_minor", Integer, nullable=False),
    Column("shipping_minor", Integer, nullable=False, default=0),
    Column("tax_rate_bp", Integer, nullable=False, default=1900),  # basis points: 19.00 %
    Column("state", String(30), nullable=False),
    Column("state_before_incident", String(30)),
    Column("state_reason_code", String(40)),
    Column("state_reason_label", String(200)),
    Column("shipped", DateTime),
    Column("last_updated", DateTime, nullable=False),
    Index("ix_lines_order", "order_id"),
)

incidents = Table(
    "incidents", metadata,
    Column("incident_id", String(40), primary_key=True),
    Column("market", String(2), nullable=False),
    Column("order_id", String(40), nullable=False),
    Column("order_line_id", String(48), nullable=False),
    Column("status", String(20), nullable=False),
    Column("opened", DateTime, nullable=False),
    Column("opening_reason_code", String(40), nullable=False),
    Column("opened_by", String(20), nullable=False),
    Column("last_action", DateTime, nullable=False),
    Column("last_action_by", String(20), nullable=False),
    Column("resolved", DateTime),
    Column("resolution_reason_code", String(40)),
    Column("resolution_message", Text),
    Column("closed", DateTime),
    Column("closing_reason_code", String(40)),
    Column("closed_by", String(20)),
    Column("updated", DateTime, nullable=False),
    Index("ix_incidents_market_updated", "market", "updated", "incident_id"),
    Index("ix_incidents_line", "order_line_id"),
    Index("ix_incidents_order", "order_id"),
)

reasons = Table(
    "reasons", metadata,
    Column("market", String(2), primary_key=True),
    Column("code", String(40), primary_key=True),
    Column("type", String(40), primary_key=True),
    Column("sort_index", Integer, nullable=False),
    Column("labels", JSON, nullable=False),  # {"de": ..., "es": ..., "nl": ..., "en": ...}
    Column("is_operator_right", Boolean, nullable=False, default=True),
    Column("is_customer_right", Boolean, nullable=False, default=False),
    Column("is_shop_right", Boolean, nullable=False, default=False),
)

threads = Table(
    "threads", metadata,
    Column("thread_id", String(40), primary_key=True),
    Column("market", String(2), nullable=False),
    Column("topic_type", String(20), nullable=False),
    Column("topic_value", String(300), nullable=False),
    Column("entity_type", String(30), nullable=False),
    Column("entity_id", String(48), nullable=False),
    Column("entity_label", String(200)),
    Column("shop_id", String(20)),
    Column("customer_id", String(40)),
    Column("participants", JSON, nullable=False),
    Column("created", DateTime, nullable=False),
    Column("updated", DateTime, nullable=False),
    Column("last_message", DateTime),
    Column("shop_reply_needed_since", DateTime),
    Column("message_count", Integer, nullable=False, default=0),
    Index("ix_threads_market_updated", "market", "updated", "thread_id"),
    Index("ix_threads_entity", "market", "entity_type", "entity_id"),
    Index("ix_threads_reply_needed", "market", "shop_reply_needed_since"),
)

messages = Table(
    "messages", metadata,
    Column("message_id", String(40), primary_key=True),
    Column("thread_id", String(40), ForeignKey("threads.thread_id"), nullable=False),
    Column("market", String(2), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("created", DateTime, nullable=False),
    Column("from_type", String(20), nullable=False),  # CUSTOMER_USER | SHOP_USER | OPERATOR_USER
    Column("from_display_name", String(200), nullable=False),
    Column("from_org_type", String(20), nullable=False),  # CUSTOMER | SHOP | OPERATOR
    Column("from_org_id", String(40)),
    Column("from_org_name", String(200), nullable=False),
    Column("recipients", JSON, nullable=False),  # [{"type", "id", "display_name"}]
    Column("body", Text, nullable=False),
    Index("ix_messages_thread", "thread_id", "seq"),
)

attachments = Table(
    "attachments", metadata,
    Column("attachment_id", String(40), primary_key=True),
    Column("message_id", String(40), ForeignKey("messages.message_id"), nullable=False),
    Column("thread_id", String(40), nullable=False),
    Column("market", String(2), nullable=False),
    # The thread's entity, copied here: Mirakl caps attachments per entity (50 per order).
    Column("entity_type", String(30), nullable=False),
    Column("entity_id", String(48), nullable=False),
    Column("name", String(255), nullable=False),
    Column("content_type", String(100), nullable=False),
    Column("size", Integer, nullable=False),
    Column("content", LargeBinary, nullable=False),
    Index("ix_attachments_message", "message_id"),
    Index("ix_attachments_entity", "market", "entity_type", "entity_id"),
)

refunds = Table(
    "refunds", metadata,
    Column("refund_id", String(40), primary_key=True),
    Column("order_refund_id", String(40), nullable=False),  # shared by one OR28 call's refunds
    Column("market", String(2), nullable=False),
    Column("order_id", String(40), nullable=False),
    Column("order_line_id", String(48), ForeignKey("order_lines.order_line_id"), nullable=False),
    Column("amount_minor", Integer, nullable=False),
    Column("shipping_minor", Integer, nullable=False),
    Column("quantity", Integer, nullable=False, default=0),
    Column("reason_code", String(40), nullable=False),
    # WAITING_REFUND -> WAITING_REFUND_PAYMENT -> REFUNDED, moved on by sandbox time.
    Column("state", String(40), nullable=False),
    Column("created", DateTime, nullable=False),
    Column("next_state_due", DateTime),  # when the state moves on; null once REFUNDED
    Column("transaction_date", DateTime),
    Column("transaction_number", String(40)),
    Index("ix_refunds_line", "order_line_id"),
    Index("ix_refunds_order", "order_id"),
    Index("ix_refunds_due", "next_state_due"),
)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    """An engine for the sandbox store; SQLite gets WAL and a busy timeout for the threads of
    the WSGI server."""
    is_sqlite = url.startswith("sqlite")
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 30} if is_sqlite else {},
        pool_pre_ping=not is_sqlite,
        # JSON columns (participants, recipients) are read for every message of a page.
        json_serializer=lambda value: orjson.dumps(value).decode(),
        json_deserializer=orjson.loads,
    )
    if is_sqlite:

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


def create_schema(engine: Engine) -> None:
    metadata.create_all(engine)


@contextmanager
def transaction(engine: Engine) -> Iterator[Connection]:
    with engine.begin() as connection:
        yield connection


def drop_schema(engine: Engine) -> None:
    """Remove the sandbox's tables (an outdated dataset on a server database)."""
    metadata.drop_all(engine)
