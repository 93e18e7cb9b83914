"""The cache: this workstation's copy of what the marketplaces know. Rebuildable at any time.

Amounts are integer minor units next to their currency (exact, and sortable in SQL); times
are UTC. Every key starts with the market, because ids are only unique within one instance.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    event,
)

from .database import UtcDateTime

CACHE_VERSION = 4

metadata = MetaData()

markets = Table(
    "markets", metadata,
    Column("code", String(8), primary_key=True),
    Column("name", String(120), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("timezone", String(40), nullable=False),
    Column("response_rule", String(40), nullable=False),
    Column("language", String(8)),
    Column("base_url", String(300)),
    Column("derived_incidents", Boolean, nullable=False, default=False),
    Column("last_sync", UtcDateTime),
    Column("last_sync_error", Text),
)

shops = Table(
    "shops", metadata,
    Column("market", String(8), primary_key=True),
    Column("shop_id", String(40), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("state", String(30), nullable=False),
    Column("suspension_type", String(40)),
    Column("grade", Float),
    Column("evaluations_count", Integer),
    Column("approval_rate", Float),
    Column("response_delay", Integer),
    Column("email", String(200)),
    Column("locale", String(10)),
    Column("last_updated", UtcDateTime),
)

orders = Table(
    "orders", metadata,
    Column("market", String(8), primary_key=True),
    Column("order_id", String(60), primary_key=True),
    Column("commercial_id", String(60)),
    Column("shop_id", String(40), nullable=False),
    Column("shop_name", String(200), nullable=False),
    Column("customer_id", String(60)),
    Column("customer_firstname", String(100)),
    Column("customer_lastname", String(100)),
    Column("customer_email", String(200)),
    Column("customer_locale", String(10)),
    Column("state", String(30), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("total_minor", Integer, nullable=False),
    Column("shipping_minor", Integer, nullable=False),
    Column("created", UtcDateTime, nullable=False),
    Column("last_updated", UtcDateTime, nullable=False),
    Column("has_incident", Boolean, nullable=False),
    Column("tracking", String(80)),
    Column("carrier", String(80)),
    Index("ix_orders_customer", "market", "customer_id"),
)

order_lines = Table(
    "order_lines", metadata,
    Column("market", String(8), primary_key=True),
    Column("order_line_id", String(80), primary_key=True),
    Column("order_id", String(60), nullable=False),
    Column("line_index", Integer, nullable=False),
    Column("product_title", String(400), nullable=False),
    Column("product_sku", String(80)),
    Column("quantity", Integer, nullable=False),
    Column("unit_price_minor", Integer, nullable=False),
    Column("price_minor", Integer, nullable=False),
    Column("shipping_minor", Integer, nullable=False),
    Column("total_minor", Integer, nullable=False),
    Column("state", String(30), nullable=False),
    Column("state_reason_code", String(40)),
    Column("shipped", UtcDateTime),
    Column("can_refund", Boolean, nullable=False),
    Column("refunds", JSON, nullable=False, default=list),  # the platform's refunds[]
    Index("ix_lines_order", "market", "order_id"),
)

incidents = Table(
    "incidents", metadata,
    Column("market", String(8), primary_key=True),
    Column("incident_id", String(60), primary_key=True),
    Column("order_id", String(60), nullable=False),
    Column("order_line_id", String(80), nullable=False),
    Column("status", String(20), nullable=False),
    Column("opened", UtcDateTime, nullable=False),
    Column("opening_reason_code", String(40)),
    Column("opened_by", String(20)),
    Column("last_action", UtcDateTime, nullable=False),
    Column("last_action_by", String(20)),
    Column("resolved", UtcDateTime),
    Column("resolution_reason_code", String(40)),
    Column("resolution_message", Text),
    Column("closed", UtcDateTime),
    Column("closing_reason_code", String(40)),
    Column("closed_by", String(20)),
    Index("ix_incidents_status_resolved", "status", "resolved"),
    Index("ix_incidents_order", "market", "order_id"),
)

reasons = Table(
    "reasons", metadata,
    Column("market", String(8), primary_key=True),
    Column("type", String(40), primary_key=True),
    Column("code", String(40), primary_key=True),
    Column("locale", String(8), primary_key=True),
    Column("label", String(300), nullable=False),
    Column("is_operator_right", Boolean, nullable=False),
)

threads = Table(
    "threads", metadata,
    Column("market", String(8), primary_key=True),
    Column("thread_id", String(60), primary_key=True),
    Column("topic", String(300), nullable=False),
    Column("entity_type", String(40)),
    Column("entity_id", String(80)),
    Column("created", UtcDateTime, nullable=False),
    Column("updated", UtcDateTime, nullable=False),
    Column("last_message", UtcDateTime),
    Column("shop_reply_needed_since", UtcDateTime),
    Column("message_count", Integer, nullable=False),
    Column("participants", JSON, nullable=False),
    Index("ix_threads_entity", "market", "entity_id"),
)

messages = Table(
    "messages", metadata,
    # An explicit integer key: the full-text index refers to rows by rowid, which VACUUM
    # may renumber in a table without one.
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("market", String(8), nullable=False),
    Column("message_id", String(60), nullable=False),
    Column("thread_id", String(60), nullable=False),
    Column("created", UtcDateTime, nullable=False),
    Column("sender_type", String(30), nullable=False),
    Column("sender_name", String(200), nullable=False),
    Column("sender_id", String(60)),
    Column("recipients", JSON, nullable=False),
    Column("body", Text, nullable=False),
    Column("attachments", JSON, nullable=False),
    Index("ix_messages_thread", "market", "thread_id", "created"),
    Index("ux_messages_id", "market", "message_id", unique=True),
)

sync_state = Table(
    "sync_state", metadata,
    Column("market", String(8), primary_key=True),
    Column("entity", String(40), primary_key=True),
    Column("high_water", UtcDateTime),
    Column("cursor", UtcDateTime),  # resume point of an unfinished first sync
    Column("finished", UtcDateTime),
)

# Full-text search over message bodies: accents and case folded (German, Spanish, Dutch,
# English all fold well with unicode61), kept current by triggers; a first sync fills it in
# one bulk "rebuild" instead (five times faster than row-by-row triggers). Prefix indexes for
# 2 to 4 characters: the search runs as the user types, and without them a short prefix
# ("rü*") merges thousands of terms on every keystroke (docs/PERFORMANCE.md, Conversations).
FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5(body, content='messages', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')",
    "CREATE TRIGGER IF NOT EXISTS messages_fts_delete AFTER DELETE ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, body) VALUES('delete', old.id, old.body); END",
    "CREATE TRIGGER IF NOT EXISTS messages_fts_update AFTER UPDATE OF body ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, body) VALUES('delete', old.id, old.body); "
    "INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body); END",
)
FTS_INSERT_TRIGGER = (
    "CREATE TRIGGER IF NOT EXISTS messages_fts_insert AFTER INSERT ON messages BEGIN "
    "INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body); END")


def _create_fts(target: Any, connection: Any, **_kw: Any) -> None:
    for statement in (*FTS_DDL, FTS_INSERT_TRIGGER):
        connection.exec_driver_sql(statement)


event.listen(metadata, "after_create", _create_fts)

problems = Table(
    "problems", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("market", String(8), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("record_id", String(120)),
    Column("reason", Text, nullable=False),
    Column("raw", Text),
    Column("seen", UtcDateTime, nullable=False),
)
