"""Conversations as a reviewer reads them: who saw what, who owes an answer, what happened when.

Pure read models and rules over ``Thread``/``Message`` records:

* ``audience`` - the parties that could see a message (its sender, its recipients, and the
  operator, who runs the platform and sees every thread).
* ``reply_obligations`` - for every customer or operator message addressed to the seller, the
  seller's deadline under the market's response rule (``domain.sla``), whether and when the
  seller answered and how late. A question is answered by the seller's first later message in
  the same thread that the asking party can see (a seller who writes only to the operator has
  not answered the customer). Several questions before one answer are all answered by it;
  each keeps its own deadline.
* ``order_events`` and ``timeline`` - the order's own history (created, shipped, incidents
  opened / marked solved / closed, refunds) interleaved with the messages by time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from .models import Incident, Message, Order
from .sla import (
    DeadlineExplanation,
    MarketCalendar,
    ReplyAssessment,
    ResponseRule,
    assess_reply,
    explain,
)

CUSTOMER = "CUSTOMER"
SELLER = "SHOP"
OPERATOR = "OPERATOR"
PARTIES = (CUSTOMER, SELLER, OPERATOR)


def party_of(participant_type: str | None) -> str:
    """CUSTOMER, SHOP or OPERATOR for a participant type (``SHOP_USER`` counts as ``SHOP``)."""
    return (participant_type or "").removesuffix("_USER")


def audience(message: Message) -> frozenset[str]:
    """The parties that could see ``message``: sender, recipients and always the operator."""
    parties = {party_of(message.sender.type), OPERATOR}
    parties.update(party_of(r.type) for r in message.recipients)
    return frozenset(p for p in parties if p in PARTIES)


def operator_only(message: Message) -> bool:
    """True when neither the customer nor the seller could see the message."""
    return audience(message) == frozenset({OPERATOR})


def needs_seller_answer(message: Message) -> bool:
    """A customer's or the operator's message the seller was sent (and so must answer)."""
    return (party_of(message.sender.type) in (CUSTOMER, OPERATOR)
            and any(party_of(r.type) == SELLER for r in message.recipients))


@dataclass(frozen=True, slots=True)
class ReplyObligation:
    """One message the seller had to answer, judged against the market's response rule."""

    message_id: str
    asked_by: str  # CUSTOMER | OPERATOR
    received: datetime
    assessment: ReplyAssessment
    explanation: DeadlineExplanation
    answer_id: str | None = None  # the seller's message that answered it

    @property
    def deadline(self) -> datetime:
        return self.assessment.deadline

    @property
    def late_by(self) -> timedelta | None:
        return self.assessment.late_by

    @property
    def late(self) -> bool:
        """Answered after the deadline, or still unanswered past it."""
        return self.assessment.late_by is not None


def reply_obligations(messages: Sequence[Message], rule: ResponseRule,
                      calendar: MarketCalendar, now: datetime) -> tuple[ReplyObligation, ...]:
    """Every message of one thread that needed a seller answer, in time order, judged.

    ``messages`` may come in any order; ``now`` (aware) decides whether an unanswered one is
    overdue. See the module doc for what counts as an answer.
    """
    ordered = sorted(messages, key=lambda m: m.created)
    result: list[ReplyObligation] = []
    for index, message in enumerate(ordered):
        if not needs_seller_answer(message):
            continue
        asker = party_of(message.sender.type)
        answer = next((later for later in ordered[index + 1:]
                       if party_of(later.sender.type) == SELLER and asker in audience(later)),
                      None)
        answered_at = answer.created if answer is not None else None
        result.append(ReplyObligation(
            message_id=message.message_id, asked_by=asker, received=message.created,
            assessment=assess_reply(message.created, answered_at, now, rule, calendar),
            explanation=explain(message.created, rule, calendar),
            answer_id=answer.message_id if answer is not None else None))
    return tuple(result)


@dataclass(frozen=True, slots=True)
class ThreadSummary:
    """What the thread list filters on: who waits for the seller, and lateness."""

    awaiting_since: datetime | None  # the oldest question the seller has not answered
    due: datetime | None  # its deadline
    late_answers: int  # questions answered after their deadline

    def late(self, now: datetime) -> bool:
        return self.late_answers > 0 or (self.due is not None and self.due < now)


def summarize(obligations: Iterable[ReplyObligation]) -> ThreadSummary:
    """The list-level facts of a thread's obligations."""
    items = list(obligations)
    open_ = [o for o in items if not o.assessment.answered]
    late_answers = sum(1 for o in items if o.assessment.answered and o.late)
    first = min(open_, key=lambda o: o.received, default=None)
    return ThreadSummary(first.received if first else None,
                         first.deadline if first else None, late_answers)


class EventKind(StrEnum):
    ORDER_CREATED = "order_created"
    SHIPPED = "shipped"
    INCIDENT_OPENED = "incident_opened"
    INCIDENT_MARKED_SOLVED = "incident_marked_solved"
    INCIDENT_CLOSED = "incident_closed"
    REFUND = "refund"


@dataclass(frozen=True, slots=True)
class OrderEvent:
    """Something that happened to the order, shown between the messages."""

    when: datetime
    kind: EventKind
    subject: str = ""  # the product line, the incident id
    detail: str = ""  # a reason code, a refund amount and state


def order_events(order: Order | None, incidents: Iterable[Incident] = ()) -> tuple[OrderEvent, ...]:
    """The order's history as events, oldest first."""
    events: list[OrderEvent] = []
    if order is not None:
        events.append(OrderEvent(order.created, EventKind.ORDER_CREATED,
                                 order.commercial_id or order.order_id))
        shipped: set[datetime] = set()
        for line in order.lines:
            if line.shipped_date is not None and line.shipped_date not in shipped:
                shipped.add(line.shipped_date)
                events.append(OrderEvent(line.shipped_date, EventKind.SHIPPED,
                                         line.product_title,
                                         " ".join(filter(None, (order.shipping_carrier,
                                                                order.shipping_tracking)))))
            for refund in line.refunds:
                if refund.created is not None:
                    events.append(OrderEvent(refund.created, EventKind.REFUND,
                                             line.product_title,
                                             f"{refund.total} {refund.state}"))
    for incident in incidents:
        events.append(OrderEvent(incident.opened, EventKind.INCIDENT_OPENED,
                                 incident.incident_id, incident.opening_reason_code or ""))
        if incident.resolved is not None:
            events.append(OrderEvent(incident.resolved, EventKind.INCIDENT_MARKED_SOLVED,
                                     incident.incident_id,
                                     incident.resolution_reason_code or ""))
        if incident.closed is not None:
            events.append(OrderEvent(incident.closed, EventKind.INCIDENT_CLOSED,
                                     incident.incident_id, incident.closing_reason_code or ""))
    events.sort(key=lambda e: e.when)
    return tuple(events)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """A message or an order event at its place in time."""

    when: datetime
    message: Message | None = None
    event: OrderEvent | None = None
    order: int = field(default=0, compare=False)  # stable tie-break: the input order


def timeline(messages: Iterable[Message],
             events: Iterable[OrderEvent]) -> tuple[TimelineEntry, ...]:
    """Messages and events merged by time; at the same instant the event comes first (the
    order existed before anyone wrote about it)."""
    entries = [TimelineEntry(e.when, event=e, order=i) for i, e in enumerate(events)]
    entries += [TimelineEntry(m.created, message=m, order=i)
                for i, m in enumerate(sorted(messages, key=lambda m: m.created))]
    entries.sort(key=lambda e: (e.when, e.message is not None, e.order))
    return tuple(entries)


# -- the thread list ------------------------------------------------------------------------
class ThreadColumn(StrEnum):
    MARKET = "market"
    SUBJECT = "subject"
    ORDER = "order"
    CUSTOMER = "customer"
    SELLER = "seller"
    LAST_MESSAGE = "last_message"
    MESSAGES = "messages"
    REPLY_DUE = "reply_due"
    FLAGS = "flags"


@dataclass(frozen=True, slots=True)
class ThreadFilter:
    """What the conversations list shows; empty fields do not filter."""

    markets: tuple[str, ...] = ()
    subject: str = ""
    customer: str = ""
    order: str = ""  # order id or the customer-facing order number
    seller: str = ""  # shop name or id
    last_from: datetime | None = None  # last message at or after
    last_to: datetime | None = None  # last message before
    owes_reply: bool = False  # the seller owes an answer
    late: bool = False  # an answer came late, or one is overdue now
    policy_kinds: tuple[str, ...] = ()  # any of these policy findings in a seller message
    text: str = ""  # full-text search over every cached message


@dataclass(frozen=True, slots=True)
class ThreadSort:
    column: ThreadColumn = ThreadColumn.LAST_MESSAGE
    descending: bool = True  # the newest conversation first


@dataclass(frozen=True, slots=True)
class ThreadRow:
    market: str
    thread_id: str
    topic: str
    entity_type: str | None
    order_id: str | None
    order_ref: str | None  # the customer-facing order number
    customer: str
    seller: str
    shop_id: str | None
    last_message: datetime | None
    message_count: int
    owes_since: datetime | None  # the seller owes an answer since
    due: datetime | None  # the deadline of the oldest open question
    late_answers: int
    policy_kinds: tuple[str, ...]
    summarized: bool  # False until the desk has judged the thread's SLA and policy

    def late(self, now: datetime) -> bool:
        return self.late_answers > 0 or (self.due is not None and self.due < now)
