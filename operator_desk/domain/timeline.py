"""A case's story on one timeline: the order, the incident, the messages, refunds, the team's
decisions and the other incidents between the same people.

Pure: ``build_timeline`` takes records the caller has read (cache and team store) and returns
immutable events in time order. Wording and formatting are the UI's business; an event says
what happened, when, who did it, and carries the record it came from.

The side-by-side comparison (``compare_claim``) puts the seller's "marked as solved" next to
the customer's latest message, so an agent sees claim and reality at once; it flags a
customer who wrote after the seller said the problem was solved.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from .models import Incident, IncidentStatus, Message, OrderLine, Reason, Refund, Thread
from .queue import IncidentCase
from .sla import MarketCalendar, ResponseRule, assess_reply
from .team import Decision


class EventKind(StrEnum):
    """What happened. The order of the members is the order of events at the same instant."""

    ORDER_PLACED = "order_placed"
    SHIPPED = "shipped"
    OTHER_INCIDENT = "other_incident"
    INCIDENT_OPENED = "incident_opened"
    MESSAGE = "message"
    MARKED_SOLVED = "marked_solved"
    REFUND = "refund"
    DISPUTED = "disputed"
    CLOSED = "closed"
    DECISION = "decision"


_KIND_RANK = {kind: rank for rank, kind in enumerate(EventKind)}


class Relation(StrEnum):
    """How another incident is related to the case."""

    SAME_ORDER = "same_order"  # another line of the same order
    SAME_CUSTOMER_AND_SELLER = "same_customer_and_seller"  # another order, same two parties


@dataclass(frozen=True, slots=True)
class RelatedIncident:
    """Another incident on the same order, or between the same customer and seller."""

    market: str
    incident_id: str
    order_id: str
    commercial_id: str | None
    order_line_id: str
    product_title: str | None
    status: str
    opened: datetime
    reason_code: str | None
    reason_label: str | None
    resolved: datetime | None
    closed: datetime | None
    relation: Relation

    @property
    def is_open(self) -> bool:
        """Not closed yet (new, in progress, marked solved or disputed)."""
        return self.status != IncidentStatus.CLOSED


class ClockState(StrEnum):
    """Where a customer's question stands against the seller's response deadline."""

    DUE = "due"  # not answered, deadline ahead
    OVERDUE = "overdue"  # not answered, deadline passed
    ANSWERED = "answered"  # answered in time
    ANSWERED_LATE = "answered_late"


@dataclass(frozen=True, slots=True)
class ReplyClock:
    """The seller's deadline for answering one customer message, and how it went."""

    deadline: datetime
    answered_at: datetime | None
    late_by: timedelta | None

    @property
    def state(self) -> ClockState:
        """Due, overdue, answered in time or answered late."""
        if self.answered_at is None:
            return ClockState.OVERDUE if self.late_by else ClockState.DUE
        return ClockState.ANSWERED_LATE if self.late_by else ClockState.ANSWERED


@dataclass(frozen=True, slots=True)
class SlaContext:
    """The market's response rule and calendar, and the moment to judge open questions at."""

    rule: ResponseRule
    calendar: MarketCalendar
    now: datetime


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One thing that happened on the case. ``at`` is None when the platform gave no time
    (such events go last). Only the fields that belong to ``kind`` are set."""

    kind: EventKind
    at: datetime | None
    party: str | None = None  # CUSTOMER | SHOP | OPERATOR, or a team member for decisions
    reason_code: str | None = None
    reason_label: str | None = None
    text: str | None = None  # the seller's resolution message (MARKED_SOLVED)
    lines: tuple[OrderLine, ...] = ()  # SHIPPED: the lines shipped then; REFUND: its line
    this_line: bool = True  # the event concerns the incident's own order line
    message: Message | None = None
    thread_topic: str | None = None
    reply_clock: ReplyClock | None = None
    after_solved: bool = False  # a customer message after the seller's "marked as solved"
    refund: Refund | None = None
    decision: Decision | None = None
    unseen_messages: int = 0  # DECISION: messages that arrived after what the decider saw
    related: RelatedIncident | None = None


@dataclass(frozen=True, slots=True)
class ClaimAndReality:
    """The seller's claim (their resolution, or latest message) next to the customer's
    latest message. ``customer_after_claim``: the customer wrote after the seller's
    "marked as solved" - the claim may not hold."""

    solved_at: datetime | None
    solved_reason: str | None  # the resolution reason's label (or code)
    seller_text: str | None  # the resolution message, else the seller's latest message
    seller_at: datetime | None
    seller_message_id: str | None
    customer_message: Message | None
    customer_after_claim: bool


def _party(kind: str | None) -> str | None:
    return kind.removesuffix("_USER") if kind else None


def _sort_key(event: TimelineEvent) -> tuple[bool, datetime | None, int, str]:
    tiebreak = event.message.message_id if event.message else ""
    return (event.at is None, event.at, _KIND_RANK[event.kind], tiebreak)


def _reason_text(reason: Reason | None, code: str | None) -> str | None:
    return reason.label if reason is not None else code


def _all_messages(threads: Iterable[Thread]) -> list[tuple[Message, Thread]]:
    return sorted(((m, th) for th in threads for m in th.messages),
                  key=lambda pair: (pair[0].created, pair[0].message_id))


def _addressed_to_seller(message: Message) -> bool:
    """A customer message the seller has to answer: sent to the seller, or to nobody named
    (threads whose recipients the platform did not list)."""
    if not message.recipients:
        return True
    return any(_party(r.type) == "SHOP" for r in message.recipients)


def reply_clocks(threads: Sequence[Thread], sla: SlaContext) -> dict[str, ReplyClock]:
    """The seller's deadline for every customer message that started a wait for an answer.

    Within a thread, the first customer message to the seller after the seller's last word
    starts the clock; the seller's next message in that thread stops it. Follow-ups while
    the clock runs do not restart it (the question was already asked). Keyed by message id.
    """
    clocks: dict[str, ReplyClock] = {}
    for thread in threads:
        waiting: Message | None = None
        for message in sorted(thread.messages, key=lambda m: (m.created, m.message_id)):
            party = message.sender_party
            if party == "CUSTOMER" and waiting is None and _addressed_to_seller(message):
                waiting = message
            elif party == "SHOP" and waiting is not None:
                assessed = assess_reply(waiting.created, message.created, sla.now, sla.rule,
                                        sla.calendar)
                clocks[waiting.message_id] = ReplyClock(assessed.deadline,
                                                        assessed.answered_at, assessed.late_by)
                waiting = None
        if waiting is not None:
            assessed = assess_reply(waiting.created, None, sla.now, sla.rule, sla.calendar)
            clocks[waiting.message_id] = ReplyClock(assessed.deadline, None, assessed.late_by)
    return clocks


def _order_events(case: IncidentCase) -> list[TimelineEvent]:
    order = case.order
    if order is None:
        return []
    own = case.incident.order_line_id
    events = [TimelineEvent(EventKind.ORDER_PLACED, order.created, party="CUSTOMER",
                            lines=order.lines)]
    shipped: dict[datetime, list[OrderLine]] = {}
    for line in order.lines:
        if line.shipped_date is not None:
            shipped.setdefault(line.shipped_date, []).append(line)
    for when, lines in shipped.items():
        events.append(TimelineEvent(EventKind.SHIPPED, when, party="SHOP", lines=tuple(lines),
                                    this_line=any(li.order_line_id == own for li in lines)))
    for line in order.lines:
        for refund in line.refunds:
            events.append(TimelineEvent(EventKind.REFUND, refund.created, party="OPERATOR",
                                        reason_code=refund.reason_code, lines=(line,),
                                        this_line=line.order_line_id == own, refund=refund))
    return events


def _incident_events(case: IncidentCase, closing_reason: Reason | None,
                     seller_message: Message | None) -> list[TimelineEvent]:
    incident = case.incident
    events = [TimelineEvent(EventKind.INCIDENT_OPENED, incident.opened,
                            party=_party(incident.opened_by),
                            reason_code=incident.opening_reason_code,
                            reason_label=_reason_text(case.opening_reason,
                                                      incident.opening_reason_code))]
    if incident.resolved is not None:
        text = incident.resolution_message or (seller_message.body if seller_message else None)
        events.append(TimelineEvent(EventKind.MARKED_SOLVED, incident.resolved, party="SHOP",
                                    reason_code=incident.resolution_reason_code,
                                    reason_label=_reason_text(case.resolution_reason,
                                                              incident.resolution_reason_code),
                                    text=text))
    if incident.status == IncidentStatus.DISPUTED:
        # The platform keeps no dispute date; its last action is when the status last moved.
        events.append(TimelineEvent(EventKind.DISPUTED, incident.last_action,
                                    party=_party(incident.last_action_by)))
    if incident.closed is not None:
        events.append(TimelineEvent(EventKind.CLOSED, incident.closed,
                                    party=_party(incident.closed_by),
                                    reason_code=incident.closing_reason_code,
                                    reason_label=_reason_text(closing_reason,
                                                              incident.closing_reason_code)))
    return events


def _message_events(case: IncidentCase, sla: SlaContext | None,
                    topic_of: dict[str, str]) -> list[TimelineEvent]:
    clocks = reply_clocks(case.threads, sla) if sla is not None else {}
    solved = case.incident.resolved
    return [TimelineEvent(
        EventKind.MESSAGE, message.created, party=message.sender_party, message=message,
        thread_topic=topic_of.get(thread.thread_id), reply_clock=clocks.get(message.message_id),
        after_solved=(solved is not None and message.sender_party == "CUSTOMER"
                      and message.created > solved))
        for message, thread in _all_messages(case.threads)]


def _decision_events(case: IncidentCase,
                     decisions: Iterable[Decision]) -> list[TimelineEvent]:
    messages = [m for m, _ in _all_messages(case.threads)]
    created = {m.message_id: m.created for m in messages}
    events = []
    for decision in decisions:
        seen_times = [created[s] for s in decision.seen if s in created]
        if seen_times:
            newest_seen = max(seen_times)
            unseen = sum(1 for m in messages
                         if m.created > newest_seen and m.created <= decision.created)
        else:
            unseen = 0
        events.append(TimelineEvent(EventKind.DECISION, decision.created, party=decision.actor,
                                    decision=decision, unseen_messages=unseen))
    return events


def _related_events(related: Iterable[RelatedIncident]) -> list[TimelineEvent]:
    return [TimelineEvent(EventKind.OTHER_INCIDENT, other.opened, reason_code=other.reason_code,
                          reason_label=other.reason_label or other.reason_code,
                          this_line=False, related=other)
            for other in related]


def build_timeline(case: IncidentCase, *, related: Iterable[RelatedIncident] = (),
                   decisions: Iterable[Decision] = (), closing_reason: Reason | None = None,
                   sla: SlaContext | None = None,
                   topics: dict[str, str] | None = None) -> tuple[TimelineEvent, ...]:
    """Every event of the case in time order (events without a time last).

    ``related``: other incidents (same order, or same customer and seller); ``decisions``:
    the team's decisions on this incident; ``closing_reason``: the close reason's label when
    the incident is closed; ``sla``: judge customer messages against the seller's response
    deadline; ``topics``: a display name per thread id (defaults to the thread's topic).
    At the same instant, order events come before incident events and messages before the
    "marked as solved" they may have prompted.
    """
    topic_of = {th.thread_id: th.topic for th in case.threads}
    topic_of.update(topics or {})
    seller = seller_resolution_message(case)
    events = [*_order_events(case), *_incident_events(case, closing_reason, seller),
              *_message_events(case, sla, topic_of), *_decision_events(case, decisions),
              *_related_events(related)]
    events.sort(key=_sort_key)
    return tuple(events)


def seller_resolution_message(case: IncidentCase) -> Message | None:
    """The seller's message that went with "marked as solved": their latest message to the
    operator at or before the resolution (Mirakl's sellers explain the fix to the operator)."""
    incident = case.incident
    if incident.resolved is None:
        return None
    candidates = [m for m, _ in _all_messages(case.threads)
                  if m.sender_party == "SHOP" and m.created <= incident.resolved
                  and any(_party(r.type) == "OPERATOR" for r in m.recipients)]
    return candidates[-1] if candidates else None


def compare_claim(case: IncidentCase) -> ClaimAndReality:
    """The seller's claim next to the customer's latest message (see the module doc).

    When the seller marked the incident solved, the claim is the resolution message (or the
    seller's message to the operator that went with it); otherwise the seller's latest
    message. The customer side is the customer's latest message: after the claim if they
    wrote since, else the last thing they said.
    """
    incident: Incident = case.incident
    messages = [m for m, _ in _all_messages(case.threads)]
    customer = next((m for m in reversed(messages) if m.sender_party == "CUSTOMER"), None)
    resolution = seller_resolution_message(case)
    if incident.resolved is not None:
        text = incident.resolution_message or (resolution.body if resolution else None)
        seller_at: datetime | None = incident.resolved
        seller_id = resolution.message_id if resolution else None
    else:
        latest = next((m for m in reversed(messages) if m.sender_party == "SHOP"), None)
        text = latest.body if latest else None
        seller_at = latest.created if latest else None
        seller_id = latest.message_id if latest else None
    after = (incident.resolved is not None and customer is not None
             and customer.created > incident.resolved)
    return ClaimAndReality(
        solved_at=incident.resolved,
        solved_reason=_reason_text(case.resolution_reason, incident.resolution_reason_code),
        seller_text=text, seller_at=seller_at, seller_message_id=seller_id,
        customer_message=customer, customer_after_claim=after)


def newest_message_ids(threads: Iterable[Thread]) -> tuple[str, ...]:
    """What an agent has in front of them: the newest message of every thread (recorded
    with a decision as what was seen)."""
    ids = []
    for thread in threads:
        if thread.messages:
            newest = max(thread.messages, key=lambda m: (m.created, m.message_id))
            ids.append(newest.message_id)
    return tuple(ids)
