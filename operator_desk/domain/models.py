"""What a marketplace knows: orders, incidents, threads, shops, reasons.

Frozen dataclasses, shaped after Mirakl's operator API but independent of any transport.
Enumerations are kept as plain strings on the records (Mirakl adds values without notice);
the ``StrEnum`` classes name the values the desk understands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .money import Money


class IncidentStatus(StrEnum):
    NEW = "NEW"
    IN_PROGRESS = "IN_PROGRESS"
    RESOLVED = "RESOLVED"  # the seller marked it as solved; the operator has to check
    DISPUTED = "DISPUTED"  # the operator (or customer) did not accept the seller's resolution
    CLOSED = "CLOSED"

    @classmethod
    def open_values(cls) -> tuple[str, ...]:
        return (cls.NEW, cls.IN_PROGRESS, cls.RESOLVED, cls.DISPUTED)


class UserType(StrEnum):
    OPERATOR = "OPERATOR"
    CUSTOMER = "CUSTOMER"
    SHOP = "SHOP"


class ReasonType(StrEnum):
    INCIDENT_OPEN = "INCIDENT_OPEN"
    INCIDENT_CLOSE = "INCIDENT_CLOSE"
    REFUND = "REFUND"
    ORDER_MESSAGING = "ORDER_MESSAGING"
    MMP_SELLER_MESSAGING = "MMP_SELLER_MESSAGING"


class Role(StrEnum):
    """The operator user's role on a marketplace; what the desk lets them do follows from it."""

    AGENT = "agent"
    REVIEWER = "reviewer"
    SUPERVISOR = "supervisor"


@dataclass(frozen=True, slots=True)
class Market:
    """One marketplace instance (MediaMarkt runs one Mirakl per country)."""

    code: str  # upper-case country code: DE, ES, NL, CH
    currency: str
    timezone: str
    response_rule: str = "hours:48"
    region: str | None = None


@dataclass(frozen=True, slots=True)
class Shop:
    market: str
    shop_id: str
    name: str
    state: str = "OPEN"  # OPEN | CLOSE | SUSPENDED | TERMINATED (kept as sent)
    suspension_type: str | None = None
    grade: float | None = None
    evaluations_count: int | None = None
    approval_rate: float | None = None
    order_messages_response_delay: int | None = None
    email: str | None = None
    locale: str | None = None
    last_updated: datetime | None = None
    # The closing window (S07/S20 closed_from/closed_to): inside it the shop shows as CLOSE.
    closed_from: datetime | None = None
    closed_to: datetime | None = None


@dataclass(frozen=True, slots=True)
class Customer:
    customer_id: str
    firstname: str
    lastname: str
    email: str | None = None
    locale: str | None = None

    @property
    def display_name(self) -> str:
        return f"{self.firstname} {self.lastname}".strip() or self.customer_id


@dataclass(frozen=True, slots=True)
class Refund:
    """A refund on an order line as the platform reports it (OR11 ``refunds[]``)."""

    refund_id: str
    order_refund_id: str | None
    amount: Money  # the product part
    shipping_amount: Money
    quantity: int | None
    reason_code: str | None
    state: str  # WAITING_REFUND_TAX_CONFIRMATION | WAITING_REFUND | ... | REFUNDED
    created: datetime | None

    @property
    def total(self) -> Money:
        return self.amount + self.shipping_amount


@dataclass(frozen=True, slots=True)
class OrderLine:
    order_line_id: str
    index: int
    product_title: str
    product_sku: str | None
    quantity: int
    unit_price: Money
    price: Money
    shipping_price: Money
    total_price: Money
    state: str
    state_reason_code: str | None = None
    shipped_date: datetime | None = None
    can_refund: bool = False
    refunds: tuple[Refund, ...] = ()


@dataclass(frozen=True, slots=True)
class Order:
    market: str
    order_id: str
    commercial_id: str | None
    shop_id: str
    shop_name: str
    customer: Customer
    state: str
    currency: str
    total_price: Money
    shipping_price: Money
    created: datetime
    last_updated: datetime
    has_incident: bool
    lines: tuple[OrderLine, ...] = ()
    shipping_tracking: str | None = None
    shipping_carrier: str | None = None


@dataclass(frozen=True, slots=True)
class Incident:
    """One incident on one order line (Mirakl's OR61 record, plus the seller's resolution)."""

    market: str
    incident_id: str
    order_id: str
    order_line_id: str
    status: str
    opened: datetime
    opening_reason_code: str | None
    opened_by: str | None
    last_action: datetime
    last_action_by: str | None
    resolved: datetime | None = None
    resolution_reason_code: str | None = None
    resolution_message: str | None = None
    closed: datetime | None = None
    closing_reason_code: str | None = None
    closed_by: str | None = None

    @property
    def is_open(self) -> bool:
        return self.status != IncidentStatus.CLOSED

    @property
    def marked_resolved_by_seller(self) -> bool:
        return self.status == IncidentStatus.RESOLVED

    def close_needs_reason(self) -> bool:
        """Mirakl accepts a close without a reason only after the seller marked it resolved."""
        return self.status != IncidentStatus.RESOLVED


@dataclass(frozen=True, slots=True)
class Participant:
    type: str  # OPERATOR | SHOP | CUSTOMER (and *_USER for senders)
    display_name: str
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    attachment_id: str
    name: str
    size: int


@dataclass(frozen=True, slots=True)
class Message:
    message_id: str
    thread_id: str
    created: datetime
    sender: Participant
    recipients: tuple[Participant, ...]
    body: str
    attachments: tuple[Attachment, ...] = ()

    @property
    def sender_party(self) -> str:
        """OPERATOR, SHOP or CUSTOMER, whatever suffix the platform puts on the user type."""
        return self.sender.type.removesuffix("_USER")


@dataclass(frozen=True, slots=True)
class Thread:
    market: str
    thread_id: str
    topic: str
    entity_type: str | None
    entity_id: str | None
    created: datetime
    updated: datetime
    participants: tuple[Participant, ...] = ()
    last_message: datetime | None = None
    shop_reply_needed_since: datetime | None = None
    message_count: int = 0
    messages: tuple[Message, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Reason:
    market: str
    code: str
    type: str
    label: str
    locale: str = "en"
    is_operator_right: bool = True


@dataclass(frozen=True, slots=True)
class Problem:
    """A record a marketplace sent that the desk could not understand: kept with the reason."""

    entity: str
    record_id: str | None
    reason: str
    raw: object = None


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who a new message goes to: a party type and, for customer and shop, its id."""

    type: str  # CUSTOMER | SHOP | OPERATOR
    id: str | None = None


@dataclass(frozen=True, slots=True)
class FilePart:
    """An attachment to send."""

    name: str
    content: bytes
    content_type: str = "application/octet-stream"


@dataclass(frozen=True, slots=True)
class RefundRequest:
    """One line of a refund to send (OR28): product and shipping parts, same currency."""

    order_line_id: str
    amount: Money
    shipping_amount: Money
    reason_code: str
    quantity: int | None = None


@dataclass(frozen=True, slots=True)
class ShopStateResult:
    """What the platform answered for one shop of a bulk state change (S07/S09)."""

    shop_id: str
    ok: bool
    state: str | None = None
    errors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DownloadedFile:
    name: str  # as the platform named it: untrusted, sanitise before any use on disk
    content_type: str
    content: bytes
