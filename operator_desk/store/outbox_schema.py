"""The outbox: this workstation's durable queue of operator actions. Never rebuildable.

One row per action, in the order they were made (``seq``). ``send_token`` is written and
committed before every send and cleared only once the outcome is known: a row found with a
token after a crash (or after a send that got no answer) may already be on the platform, and
is read back before it is ever sent again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

from .database import UtcDateTime

OUTBOX_VERSION = 2

metadata = MetaData()

actions = Table(
    "actions", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("action_id", String(36), nullable=False, unique=True),
    Column("kind", String(30), nullable=False),
    Column("market", String(8), nullable=False),
    Column("case_key", String(120), nullable=False),
    Column("subject", String(120), nullable=False),
    Column("detail", String(200), nullable=False, default=""),
    Column("payload", JSON, nullable=False),
    Column("created", UtcDateTime, nullable=False),
    Column("created_by", String(120)),
    Column("updated", UtcDateTime, nullable=False),
    Column("state", String(20), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt", UtcDateTime),
    Column("last_error", Text),
    Column("error_kind", String(30)),
    Column("changes", JSON),  # a conflict: [{"what", "saw", "now", "detail"}]
    Column("response", JSON),  # what the platform answered, or what reading back found
    Column("sent_at", UtcDateTime),
    # Written before each send; cleared once the outcome is known (see the module docstring).
    Column("send_token", String(36)),
    Column("send_started", UtcDateTime),
    # What was on the server just before the send (ids of look-alike records), so reading
    # back can tell our record from older ones without trusting clocks.
    Column("baseline", JSON),
    Column("forced", Boolean, nullable=False, default=False),
    # The team store's audit log has the sent action (written when the team store is reachable).
    Column("audited", Boolean, nullable=False, default=False),
    # Whether the services that wait for this action's outcome (a sanction's step, a refund's
    # approval and cache) have been told its last final outcome: NULL, nobody waits for this
    # kind; False, not yet; True, told (or the caller waited for the answer itself).
    Column("reported", Boolean),
    Index("ix_actions_due", "state", "market", "next_attempt"),
    Index("ix_actions_case", "case_key", "seq"),
)

files = Table(
    "files", metadata,
    Column("action_id", String(36), ForeignKey("actions.action_id", ondelete="CASCADE"),
           primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("name", String(255), nullable=False),
    Column("content_type", String(120), nullable=False),
    Column("content", LargeBinary, nullable=False),
)


def _v1_reported(connection: Any) -> None:
    """Schema 2: ``reported``. Actions of version 1 still on their way (not sent, not
    cancelled) that a service waits for are reported once they end."""
    connection.execute("ALTER TABLE actions ADD COLUMN reported BOOLEAN")
    connection.execute(
        "UPDATE actions SET reported = 0 WHERE state NOT IN ('sent', 'cancelled') "
        "AND (kind = 'refund' OR json_extract(payload, '$.sanction_id') IS NOT NULL)")


# Version -> migration from that version to the next (sqlite3 connection); the database takes
# a backup first. Every schema change adds a step here.
MIGRATIONS: dict[int, Callable[[Any], None]] = {1: _v1_reported}
