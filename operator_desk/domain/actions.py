"""What an operator asks the marketplace to do: one frozen record per kind of write.

Every write goes through the outbox (this workstation's durable queue) as one of these; the
records carry what is needed to send the write, to re-check its preconditions against fresh
server state before sending, and to recognise it on the server afterwards (Mirakl has no
idempotency key, so a write whose outcome is unknown is matched by reading back).

``case_key`` orders writes: actions on the same case are sent one after another, in the order
they were made; different cases go independently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .models import FilePart, Recipient, RefundRequest


class ActionKind(StrEnum):
    CLOSE_INCIDENT = "close_incident"
    DISPUTE_INCIDENT = "dispute_incident"  # keep open (where the platform can)
    OPEN_INCIDENT = "open_incident"
    REPLY = "reply"
    NEW_ORDER_THREAD = "new_order_thread"
    NEW_SELLER_THREAD = "new_seller_thread"
    REFUND = "refund"
    SHOP_STATE = "shop_state"  # suspend / lift / terminate / unterminate
    SHOP_CLOSURE = "shop_closure"  # a closing window (S07): a sanction's restriction


def order_case(market: str, order_id: str) -> str:
    """The ``case_key`` of every action on an order (its incidents, threads, refunds)."""
    return f"{market}:order:{order_id}"


@dataclass(frozen=True, slots=True)
class Seen:
    """What the agent had in front of them when deciding: the newest message id per thread
    and the incident's status. The outbox compares it with fresh server state."""

    last_message_ids: tuple[str, ...] = ()
    incident_status: str | None = None


@dataclass(frozen=True, slots=True)
class CloseIncident:
    market: str
    incident_id: str
    order_id: str
    order_line_id: str
    reason_code: str | None
    seen: Seen = field(default_factory=Seen)
    kind: ActionKind = ActionKind.CLOSE_INCIDENT

    @property
    def case_key(self) -> str:
        return order_case(self.market, self.order_id)


@dataclass(frozen=True, slots=True)
class DisputeIncident:
    market: str
    incident_id: str
    order_id: str
    seen: Seen = field(default_factory=Seen)
    kind: ActionKind = ActionKind.DISPUTE_INCIDENT

    @property
    def case_key(self) -> str:
        return order_case(self.market, self.order_id)


@dataclass(frozen=True, slots=True)
class OpenIncident:
    market: str
    order_id: str
    order_line_id: str
    reason_code: str
    kind: ActionKind = ActionKind.OPEN_INCIDENT

    @property
    def case_key(self) -> str:
        return order_case(self.market, self.order_id)


@dataclass(frozen=True, slots=True)
class Reply:
    market: str
    thread_id: str
    order_id: str | None  # the case the thread belongs to, when it is an order's
    body: str
    to: tuple[Recipient, ...]
    files: tuple[FilePart, ...] = ()
    seen: Seen = field(default_factory=Seen)
    kind: ActionKind = ActionKind.REPLY

    @property
    def case_key(self) -> str:
        return order_case(self.market, self.order_id) if self.order_id else (
            f"{self.market}:thread:{self.thread_id}")


@dataclass(frozen=True, slots=True)
class NewOrderThread:
    market: str
    order_id: str
    topic: str
    body: str
    to: tuple[Recipient, ...]
    files: tuple[FilePart, ...] = ()
    kind: ActionKind = ActionKind.NEW_ORDER_THREAD

    @property
    def case_key(self) -> str:
        return order_case(self.market, self.order_id)


@dataclass(frozen=True, slots=True)
class NewSellerThread:
    market: str
    shop_id: str
    topic: str
    body: str
    files: tuple[FilePart, ...] = ()
    sanction_id: int | None = None  # the ledger entry whose statement this is, if any
    kind: ActionKind = ActionKind.NEW_SELLER_THREAD

    @property
    def case_key(self) -> str:
        return f"{self.market}:shop:{self.shop_id}"


@dataclass(frozen=True, slots=True)
class Refund:
    market: str
    order_id: str
    lines: tuple[RefundRequest, ...]
    approval_id: int | None = None  # the team store's approval, when four-eyes applied
    kind: ActionKind = ActionKind.REFUND

    @property
    def case_key(self) -> str:
        return order_case(self.market, self.order_id)


class ShopStateChange(StrEnum):
    SUSPEND = "SUSPEND"
    UNSUSPEND = "UNSUSPEND"
    TERMINATE = "TERMINATE"
    UNTERMINATE = "UNTERMINATE"


@dataclass(frozen=True, slots=True)
class ShopState:
    market: str
    shop_id: str
    change: ShopStateChange
    sanction_id: int | None = None  # the ledger entry this applies, if any
    kind: ActionKind = ActionKind.SHOP_STATE

    @property
    def case_key(self) -> str:
        return f"{self.market}:shop:{self.shop_id}"


@dataclass(frozen=True, slots=True)
class ShopClosure:
    """Close a shop for a window (S07 ``closed_from_date``/``closed_to_date``): its offers are
    off sale meanwhile. Both None: clear the window (the shop reopens)."""

    market: str
    shop_id: str
    closed_from: datetime | None
    closed_to: datetime | None
    sanction_id: int | None = None
    kind: ActionKind = ActionKind.SHOP_CLOSURE

    @property
    def case_key(self) -> str:
        return f"{self.market}:shop:{self.shop_id}"


Action = (CloseIncident | DisputeIncident | OpenIncident | Reply | NewOrderThread
          | NewSellerThread | Refund | ShopState | ShopClosure)
