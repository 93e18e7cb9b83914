"""The case's timeline, built from records: order of events, other incidents, decisions,
deadlines, and the seller's claim next to the customer's latest word."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from operator_desk.domain.models import Message, Reason
from operator_desk.domain.money import Money
from operator_desk.domain.sla import MarketCalendar, ResponseRule
from operator_desk.domain.team import Decision
from operator_desk.domain.timeline import (
    ClockState,
    EventKind,
    RelatedIncident,
    Relation,
    SlaContext,
    build_timeline,
    compare_claim,
    newest_message_ids,
    reply_clocks,
)
from tests.case_fixtures import (
    AFTER_SOLVED,
    CUSTOMER,
    INCIDENTS,
    MESSAGES,
    NOW,
    ORDERS,
    RESOLUTION,
    SELLER,
    THREAD,
    TO_OPERATOR,
    TO_SELLER,
    days_ago,
    story_case,
)

SLA = SlaContext(ResponseRule.parse("hours:48"), MarketCalendar("DE", "Europe/Berlin"), NOW)


def _decision(n: int, seen: tuple[str, ...], at_days_ago: float, action: str = "close") -> Decision:
    return Decision(id=n, market="DE", incident_id="I1", actor="ann", role="agent",
                    action=action, outcome="sent", reasons="seller solved it", seen=seen,
                    amount=None, created=days_ago(at_days_ago))


def _related(incident_id: str, opened_days_ago: float, relation: Relation) -> RelatedIncident:
    return RelatedIncident(market="DE", incident_id=incident_id, order_id="O2",
                           commercial_id="C-O2", order_line_id="O2-1", product_title="Blender",
                           status="CLOSED", opened=days_ago(opened_days_ago), reason_code="12",
                           reason_label="Item arrived broken", resolved=None,
                           closed=days_ago(45), relation=relation)


def test_events_come_in_time_order_with_the_order_interleaved_with_messages() -> None:
    events = build_timeline(story_case())
    kinds = [e.kind for e in events]
    assert kinds == [
        EventKind.ORDER_PLACED,  # 10 days ago
        EventKind.SHIPPED,  # 9 days ago: both lines in one event
        EventKind.INCIDENT_OPENED, EventKind.MESSAGE,  # 8 days ago, the same instant
        EventKind.MESSAGE,  # the seller's reply, 5 days ago
        EventKind.MESSAGE, EventKind.MARKED_SOLVED,  # 3 days ago: the message, then the click
        EventKind.REFUND,  # 2 days ago
        EventKind.MESSAGE,  # the customer, 1 day ago
    ]
    times = [e.at for e in events if e.at is not None]
    assert times == sorted(times)
    shipped = events[1]
    assert [line.product_title for line in shipped.lines] == ["Toaster", "Kettle"]
    assert shipped.this_line
    opened = events[2]
    assert opened.party == "CUSTOMER" and opened.reason_label == "Item arrived broken"
    solved = next(e for e in events if e.kind == EventKind.MARKED_SOLVED)
    assert solved.text == RESOLUTION and solved.reason_label == "Replacement sent"
    refund = next(e for e in events if e.kind == EventKind.REFUND)
    assert refund.refund is not None and refund.refund.total == Money.of("10", "EUR")
    assert refund.this_line and refund.lines[0].product_title == "Toaster"
    assert [e.message.message_id for e in events if e.message] == ["M1", "M2", "M3", "M4"]


def test_customer_messages_after_the_sellers_solved_are_flagged() -> None:
    events = build_timeline(story_case())
    flagged = [e.message.message_id for e in events if e.after_solved and e.message]
    assert flagged == ["M4"]


def test_events_without_a_time_go_last_and_closing_and_disputes_are_shown() -> None:
    order = ORDERS[0]
    undated = replace(order.lines[0].refunds[0], created=None)
    lines = (replace(order.lines[0], refunds=(undated,)), order.lines[1])
    closed = replace(INCIDENTS[0], status="CLOSED", closed=days_ago(0.5), closed_by="OPERATOR",
                     closing_reason_code="31")
    reason = Reason("DE", "31", "INCIDENT_CLOSE", "Customer satisfied")
    events = build_timeline(story_case(order=replace(order, lines=lines), incident=closed),
                            closing_reason=reason)
    assert events[-1].kind == EventKind.REFUND and events[-1].at is None
    close = events[-2]
    assert close.kind == EventKind.CLOSED and close.reason_label == "Customer satisfied"
    assert close.party == "OPERATOR"
    disputed = build_timeline(story_case(incident=replace(
        INCIDENTS[0], status="DISPUTED", last_action=days_ago(0.5), last_action_by="OPERATOR")))
    assert disputed[-1].kind == EventKind.DISPUTED and disputed[-1].party == "OPERATOR"


def test_other_incidents_take_their_place_in_time() -> None:
    same_order = replace(_related("I2", 7, Relation.SAME_ORDER), order_id="O1",
                         order_line_id="O1-2", product_title="Kettle")
    earlier = _related("I3", 50, Relation.SAME_CUSTOMER_AND_SELLER)
    events = build_timeline(story_case(), related=[same_order, earlier])
    others = [(i, e) for i, e in enumerate(events) if e.kind == EventKind.OTHER_INCIDENT]
    assert [e.related.incident_id for _, e in others if e.related] == ["I3", "I2"]
    assert others[0][0] == 0  # fifty days ago: before this order was even placed
    kinds = [e.kind for e in events]
    assert kinds.index(EventKind.OTHER_INCIDENT, 1) > kinds.index(EventKind.INCIDENT_OPENED)
    assert not any(e.this_line for _, e in others)


def test_decisions_say_what_their_author_had_not_seen() -> None:
    informed = _decision(1, ("M3",), 2)
    hasty = _decision(2, ("M1",), 2.5, action="escalate")
    events = build_timeline(story_case(), decisions=[informed, hasty])
    decisions = {e.decision.id: e for e in events if e.decision is not None}
    assert decisions[1].unseen_messages == 0
    assert decisions[2].unseen_messages == 2  # M2 and M3 came after M1, before the decision
    assert decisions[2].party == "ann"
    order = [e.kind for e in events]
    refund_at = order.index(EventKind.REFUND)
    assert order.index(EventKind.DECISION) < refund_at  # 2.5 days ago, before the refund


def test_reply_clocks_judge_the_seller_against_the_deadline() -> None:
    clocks = reply_clocks([THREAD], SLA)
    assert set(clocks) == {"M1", "M4"}
    late = clocks["M1"]
    assert late.state == ClockState.ANSWERED_LATE and late.late_by == timedelta(days=1)
    assert late.answered_at == days_ago(5)
    due = clocks["M4"]
    assert due.state == ClockState.DUE and due.late_by is None
    assert due.deadline == days_ago(1) + timedelta(hours=48)
    overdue = reply_clocks([THREAD], replace(SLA, now=NOW + timedelta(days=2)))["M4"]
    assert overdue.state == ClockState.OVERDUE and overdue.late_by == timedelta(days=1)
    events = build_timeline(story_case(), sla=SLA)
    assert [e.message.message_id for e in events if e.reply_clock and e.message] == ["M1", "M4"]


def test_a_follow_up_does_not_restart_the_clock_and_operator_only_messages_start_none() -> None:
    follow_up = Message("M1b", "T1", days_ago(7), CUSTOMER, TO_SELLER, "Hello?")
    to_operator = Message("M0", "T1", days_ago(8.5), CUSTOMER, TO_OPERATOR, "Operator, help")
    thread = replace(THREAD, messages=(to_operator, MESSAGES[0], follow_up, *MESSAGES[1:]))
    clocks = reply_clocks([thread], SLA)
    assert set(clocks) == {"M1", "M4"}  # M1b waits on M1's clock; M0 asked the operator


def test_the_claim_is_compared_with_the_customers_latest_word() -> None:
    claim = compare_claim(story_case())
    assert claim.seller_text == RESOLUTION and claim.solved_reason == "Replacement sent"
    assert claim.seller_message_id == "M3"  # the message to the operator that went with it
    assert claim.customer_message is not None and claim.customer_message.body == AFTER_SOLVED
    assert claim.customer_after_claim
    quiet = compare_claim(story_case(threads=(replace(THREAD, messages=MESSAGES[:3]),)))
    assert quiet.customer_message is not None and quiet.customer_message.message_id == "M1"
    assert not quiet.customer_after_claim
    # Without a resolution message the seller's message to the operator stands in for it.
    silent = compare_claim(story_case(incident=replace(INCIDENTS[0], resolution_message=None)))
    assert silent.seller_text == RESOLUTION
    # Not marked solved: the seller's latest message, no flag.
    open_case = compare_claim(story_case(incident=replace(
        INCIDENTS[0], status="IN_PROGRESS", resolved=None, resolution_message=None)))
    assert open_case.solved_at is None and not open_case.customer_after_claim
    assert open_case.seller_text == RESOLUTION and open_case.seller_at == days_ago(3)


def test_what_the_agent_sees_is_the_newest_message_of_each_thread() -> None:
    other = replace(THREAD, thread_id="T2", messages=(
        Message("X1", "T2", days_ago(4), SELLER, TO_OPERATOR, "b"),
        Message("X0", "T2", days_ago(6), SELLER, TO_OPERATOR, "a")))
    assert newest_message_ids([THREAD, other]) == ("M4", "X1")
    assert newest_message_ids([replace(THREAD, messages=())]) == ()
