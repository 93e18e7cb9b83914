"""The incident queue as the desk shows it: filters, sort keys and the immutable rows.

These are read models: the store fills them with one SQL query per page, the UI shows them.
They hold no behaviour that needs a database or a widget.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from .models import Incident, Order, OrderLine, Reason, Shop, Thread
from .money import Money


class QueueView(StrEnum):
    """The named views of the queue."""

    MARKED_SOLVED = "marked_solved"  # seller marked it solved, waiting for us (the default)
    ALL_OPEN = "all_open"
    DISPUTED = "disputed"
    CLOSED = "closed"
    CLOSED_BY_ME_TODAY = "closed_by_me_today"  # ids come from the team store's decisions


class QueueColumn(StrEnum):
    MARKET = "market"
    ORDER = "order"
    SELLER = "seller"
    REASON = "reason"
    STATUS = "status"
    MARKED_SOLVED = "marked_solved"
    OPENED = "opened"
    ORDER_VALUE = "order_value"
    CUSTOMER = "customer"
    AUTO_CLOSE = "auto_close"  # time left before the platform closes a resolved incident
    CUSTOMER_WROTE = "customer_wrote"  # the customer wrote after the seller's "solved"
    CLAIMED_BY = "claimed_by"


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What the queue shows. Empty tuples and None mean "no restriction"."""

    view: QueueView = QueueView.MARKED_SOLVED
    markets: tuple[str, ...] = ()  # empty: every market
    text: str = ""  # order number, customer name or e-mail, seller, incident id
    sellers: tuple[str, ...] = ()  # "market:shop_id"
    reasons: tuple[str, ...] = ()  # opening reason codes
    min_age_days: int | None = None  # waiting at least this long (since marked solved/opened)
    min_value: Decimal | None = None  # order value, in the order's currency
    max_value: Decimal | None = None
    has_refund: bool | None = None
    customer_wrote_after: bool | None = None
    policy_flags: bool | None = None  # a seller message on the order has a policy finding
    incident_ids: tuple[tuple[str, str], ...] = ()  # (market, id): a fixed set of cases


@dataclass(frozen=True, slots=True)
class QueueSort:
    column: QueueColumn = QueueColumn.MARKED_SOLVED
    descending: bool = False  # oldest first: the case that has waited longest comes first


@dataclass(frozen=True, slots=True)
class QueueRow:
    market: str
    incident_id: str
    order_id: str
    order_line_id: str
    status: str
    seller: str
    shop_id: str
    reason_code: str | None
    reason_label: str | None
    customer: str
    opened: datetime
    marked_solved: datetime | None
    last_action: datetime
    order_value: Money | None
    customer_wrote_after: bool = False
    has_refund: bool = False


@dataclass(frozen=True, slots=True)
class IncidentCase:
    """Everything an agent needs to decide one incident, loaded at once."""

    incident: Incident
    order: Order | None
    shop: Shop | None
    opening_reason: Reason | None
    resolution_reason: Reason | None
    threads: tuple[Thread, ...] = field(default=())
    derived: bool = False  # the market publishes no incident list: status read from threads

    @property
    def incomplete_threads(self) -> tuple[str, ...]:
        """Threads whose messages are not all in the cache (outside the sync window)."""
        return tuple(th.thread_id for th in self.threads if len(th.messages) < th.message_count)

    @property
    def line(self) -> OrderLine | None:
        if self.order is None:
            return None
        for line in self.order.lines:
            if line.order_line_id == self.incident.order_line_id:
                return line
        return None


@dataclass(frozen=True, slots=True)
class MessageHit:
    """A message found by full-text search; ``snippet`` marks matches with \x02 … \x03."""

    market: str
    message_id: str
    thread_id: str
    created: datetime
    sender_type: str
    sender_name: str
    snippet: str
