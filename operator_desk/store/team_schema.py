"""The team store's tables: what a customer-care team shares. Schema version in ``team_meta``.

The same tables live in a local SQLite file (working alone) or on a shared PostgreSQL server.
Amounts are integer minor units next to their currency; times are UTC (``UtcDateTime``, naive
UTC on both back ends); structured fields are canonical JSON text, so what is read back is
byte for byte what was written (the audit chain hashes it).

Changing a table means a new ``TEAM_SCHEMA_VERSION`` and a step in ``team_migrations.STEPS``.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

from .database import UtcDateTime

TEAM_SCHEMA_VERSION = 2

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit identity.
Id = BigInteger().with_variant(Integer(), "sqlite")

metadata = MetaData()

team_meta = Table(
    "team_meta", metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

# Every change a colleague's desk should see, written in the same transaction as the change.
changes = Table(
    "changes", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),
    Column("entity_id", String(120), nullable=False),
    Column("market", String(8)),
    Column("actor", String(120), nullable=False),
    Column("at", UtcDateTime, nullable=False),
)

decisions = Table(
    "decisions", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("market", String(8), nullable=False),
    Column("incident_id", String(60), nullable=False),
    Column("actor", String(120), nullable=False),
    Column("role", String(20), nullable=False),
    Column("action", String(40), nullable=False),
    Column("outcome", String(200), nullable=False),
    Column("reasons", Text, nullable=False),
    Column("seen_json", Text, nullable=False),
    Column("amount_minor", BigInteger),
    Column("currency", String(3)),
    Column("created", UtcDateTime, nullable=False),
    Index("ix_decisions_case", "market", "incident_id", "created"),
)

approvals = Table(
    "approvals", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),
    Column("market", String(8), nullable=False),
    Column("subject_type", String(20), nullable=False),
    Column("subject_id", String(80), nullable=False),
    Column("requested_by", String(120), nullable=False),
    Column("requester_role", String(20), nullable=False),
    Column("amount_minor", BigInteger),
    Column("currency", String(3)),
    Column("reason", Text, nullable=False),
    Column("details_json", Text, nullable=False),
    Column("status", String(20), nullable=False),
    Column("created", UtcDateTime, nullable=False),
    Column("decided_by", String(120)),
    Column("decided_role", String(20)),
    Column("decided_at", UtcDateTime),
    Column("decision_note", Text),
    Column("sent_by", String(120)),
    Column("sent_at", UtcDateTime),
    Index("ix_approvals_status", "status", "created"),
    Index("ix_approvals_subject", "market", "subject_type", "subject_id"),
)

# One row per case: the primary key makes "one active claim per case" a database fact; an
# expired row is taken over in place.
claims = Table(
    "claims", metadata,
    Column("market", String(8), primary_key=True),
    Column("case_id", String(60), primary_key=True),
    Column("holder", String(120), nullable=False),
    Column("claimed_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Index("ix_claims_holder", "holder", "expires_at"),
)

notes = Table(
    "notes", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("market", String(8), nullable=False),
    Column("subject_type", String(20), nullable=False),
    Column("subject_id", String(80), nullable=False),
    Column("author", String(120), nullable=False),
    Column("body", Text, nullable=False),
    Column("created", UtcDateTime, nullable=False),
    Index("ix_notes_subject", "market", "subject_type", "subject_id", "created"),
)

sanctions = Table(
    "sanctions", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("market", String(8), nullable=False),
    Column("shop_id", String(40), nullable=False),
    Column("level", String(40), nullable=False),
    Column("breach", String(80), nullable=False),
    Column("statement_of_reasons", Text, nullable=False),
    Column("status", String(20), nullable=False),
    Column("proposed_by", String(120), nullable=False),
    Column("created", UtcDateTime, nullable=False),
    Column("approval_id", BigInteger, ForeignKey("approvals.id")),
    Column("decided_by", String(120)),
    Column("effective_from", UtcDateTime),
    Column("effective_until", UtcDateTime),
    # Schema 2: the ledger's who-and-when, evidence ids and the platform's answers.
    Column("decided_at", UtcDateTime),
    Column("applied_by", String(120)),
    Column("applied_at", UtcDateTime),
    Column("lifted_by", String(120)),
    Column("lifted_at", UtcDateTime),
    Column("auto_lift", Boolean, nullable=False, server_default=false()),
    Column("language", String(8)),
    Column("evidence_json", Text, nullable=False, server_default="[]"),
    Column("platform_json", Text, nullable=False, server_default="[]"),
    Column("delivery", String(20), nullable=False, server_default=""),
    Index("ix_sanctions_shop", "market", "shop_id", "created"),
)

# Columns schema 2 added to ``sanctions`` (team_migrations.STEPS[1] adds them to a store).
SANCTION_COLUMNS_V2 = ("decided_at", "applied_by", "applied_at", "lifted_by", "lifted_at",
                       "auto_lift", "language", "evidence_json", "platform_json", "delivery")

appeals = Table(
    "appeals", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("sanction_id", BigInteger, ForeignKey("sanctions.id"), nullable=False),
    Column("market", String(8), nullable=False),
    Column("shop_id", String(40), nullable=False),
    Column("grounds", Text, nullable=False),
    Column("received", UtcDateTime, nullable=False),
    Column("status", String(20), nullable=False),
    Column("decided_by", String(120)),
    Column("decided_at", UtcDateTime),
    Column("outcome", Text),
    Index("ix_appeals_sanction", "sanction_id"),
)

templates = Table(
    "templates", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("key", String(80), nullable=False),
    Column("language", String(8), nullable=False),
    Column("audience", String(20), nullable=False),
    Column("topic", String(80), nullable=False),
    Column("current_version", Integer, nullable=False),
    Column("created", UtcDateTime, nullable=False),
    UniqueConstraint("key", "language", name="uq_templates_key_language"),
)

template_versions = Table(
    "template_versions", metadata,
    Column("template_id", BigInteger, ForeignKey("templates.id"), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("title", String(300), nullable=False),
    Column("body", Text, nullable=False),
    Column("author", String(120), nullable=False),
    Column("created", UtcDateTime, nullable=False),
)

# Versioned: every save is a new row; the newest version per market is in force.
rule_settings = Table(
    "rule_settings", metadata,
    Column("market", String(8), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("currency", String(3), nullable=False),
    Column("settings_json", Text, nullable=False),
    Column("changed_by", String(120), nullable=False),
    Column("changed_at", UtcDateTime, nullable=False),
    Column("note", Text),
)

# Append-only and hash-chained (domain/audit.py). ``seq`` is assigned by the appender under a
# lock, because it is part of what the hash covers.
audit_log = Table(
    "audit_log", metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("at", UtcDateTime, nullable=False),
    Column("actor", String(120), nullable=False),
    Column("role", String(20), nullable=False),
    Column("action", String(60), nullable=False),
    Column("market", String(8)),
    Column("subject_type", String(20)),
    Column("subject_id", String(120)),
    Column("amount_minor", BigInteger),
    Column("currency", String(3)),
    Column("before_json", Text, nullable=False),
    Column("after_json", Text, nullable=False),
    Column("response_json", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Index("ix_audit_actor", "actor", "seq"),
    Index("ix_audit_market", "market", "seq"),
    Index("ix_audit_action", "action", "seq"),
    Index("ix_audit_at", "at"),
)
