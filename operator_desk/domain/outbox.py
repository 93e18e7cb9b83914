"""The outbox's vocabulary: states of a queued action, what changed when it conflicts, and the
read model the outbox page lists.

An action is stored first and sent later (``domain.actions``). Its state says where it is:

- ``pending``: waiting to be sent (offline, backing off, or behind an earlier action of its
  case). With ``outcome_unknown`` a send was started and its answer never came: the outbox
  reads back before it sends again.
- ``sending``: a send is under way (or the desk died during one: then the outcome is unknown).
- ``sent``: the platform has it (answered, or found on the server by reading back).
- ``failed``: the platform refused it for good and said why; retry or cancel.
- ``conflict``: the case changed since the agent decided; discard it or send it anyway.
- ``cancelled``: the user cancelled it, or the platform refused it while the user waited.
- ``waiting_approval``: held until a supervisor approves it (four eyes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from .actions import Action, Refund


class OutboxState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CONFLICT = "conflict"
    CANCELLED = "cancelled"
    WAITING_APPROVAL = "waiting_approval"


# An earlier action of a case in one of these states holds back every later one of that case.
UNRESOLVED: tuple[OutboxState, ...] = (
    OutboxState.PENDING, OutboxState.SENDING, OutboxState.FAILED, OutboxState.CONFLICT,
    OutboxState.WAITING_APPROVAL)
# States the user can still change (edit, cancel) without asking the platform first.
EDITABLE: tuple[OutboxState, ...] = (OutboxState.PENDING, OutboxState.FAILED,
                                     OutboxState.CONFLICT, OutboxState.WAITING_APPROVAL)


def outcome_awaited(action: Action) -> bool:
    """Whether a service waits for this action's final outcome when the outbox sends it
    later (or it finally fails): a sanction's write (its step is finished then), a refund
    (its approval is recorded as carried out, its order read again into the cache)."""
    return isinstance(action, Refund) or getattr(action, "sanction_id", None) is not None


class ErrorKind(StrEnum):
    """Why the last attempt did not end in ``sent``; the UI words each."""

    OFFLINE = "offline"  # no connection, or no answer
    DEGRADED = "degraded"  # 429 / 5xx: the platform asked us to wait
    KEY_REFUSED = "key_refused"  # 401: fix the key, then it goes out
    FORBIDDEN = "forbidden"  # 403: the role may not do this
    REFUSED = "refused"  # 4xx with the platform's message
    UNKNOWN_OUTCOME = "unknown_outcome"  # sent, no answer: read back before resending
    BUG = "bug"  # an unexpected error in the desk (logged)


@dataclass(frozen=True, slots=True)
class Change:
    """One thing that is no longer as the agent saw it: ``what`` names it (a stable key the
    UI words), ``saw`` and ``now`` are short human-readable values."""

    what: str  # incident_status | new_customer_message | refundable | shop_state | missing
    saw: str
    now: str
    detail: str = ""  # e.g. the first line of a new customer message

    def to_json(self) -> dict[str, str]:
        return {"what": self.what, "saw": self.saw, "now": self.now, "detail": self.detail}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Change:
        return cls(str(raw.get("what", "")), str(raw.get("saw", "")), str(raw.get("now", "")),
                   str(raw.get("detail", "")))


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One queued action as the outbox page shows it (a frozen read model)."""

    action_id: str
    seq: int
    kind: str
    market: str
    case_key: str
    subject: str  # the record it acts on: incident, thread, order or shop id
    detail: str  # a short excerpt: reply text, refund total, shop change, close reason
    state: OutboxState
    created: datetime
    updated: datetime
    attempts: int
    next_attempt: datetime | None
    last_error: str | None
    error_kind: str | None
    outcome_unknown: bool
    sent_at: datetime | None
    blocked_by: int | None  # seq of the earlier unresolved action of the same case
    changes: tuple[Change, ...] = ()
    response: dict[str, Any] = field(default_factory=dict)
    forced: bool = False  # "send anyway": the precondition check is skipped once

    @property
    def can_cancel(self) -> bool:
        # Once a send may have reached the platform, only reading back can say; no cancel.
        return self.state in EDITABLE and not self.outcome_unknown

    @property
    def can_edit(self) -> bool:
        return self.can_cancel

    @property
    def can_retry(self) -> bool:
        return self.state in (OutboxState.PENDING, OutboxState.FAILED)

    @property
    def can_send_anyway(self) -> bool:
        return self.state == OutboxState.CONFLICT


class OutboxColumn(StrEnum):
    CREATED = "created"
    STATE = "state"
    MARKET = "market"
    KIND = "kind"
    SUBJECT = "subject"
    ATTEMPTS = "attempts"
    UPDATED = "updated"


@dataclass(frozen=True, slots=True)
class Waiting:
    """An action of a case that is not sent yet (for the lists that show a case as pending):
    its kind, the record it acts on, its state."""

    case_key: str
    kind: str
    subject: str
    state: OutboxState
    action_id: str


@dataclass(frozen=True, slots=True)
class OutboxFilter:
    states: tuple[OutboxState, ...] = ()  # empty: all
    markets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OutboxSort:
    column: OutboxColumn = OutboxColumn.CREATED
    descending: bool = True
