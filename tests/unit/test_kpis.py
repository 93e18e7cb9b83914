"""Seller KPIs against figures computed by hand on a small fixture (German market, December
2026: a weekend and the Christmas holidays lie between some questions and their answers)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from operator_desk.domain.kpis import (
    IncidentFact,
    Kpi,
    Level,
    MarketRules,
    MessageFact,
    OrderFact,
    Period,
    SellerFacts,
    business_hours,
    compute,
    level,
    median,
    percentile,
    questions,
    scorecard,
)
from operator_desk.domain.sla import ResponseRule, market_calendar

BERLIN = ZoneInfo("Europe/Berlin")
DE = MarketRules(market_calendar("DE"), ResponseRule.parse("business-hours:24"))
NL = MarketRules(market_calendar("NL"), ResponseRule.parse("business-hours:24"))
NOW = datetime(2026, 12, 30, 12, 0, tzinfo=BERLIN)
PERIOD = Period(datetime(2026, 12, 1, tzinfo=BERLIN), NOW)


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def msg(mid: str, thread: str, when: datetime, sender: str, to_seller: bool = True,
        findings: tuple[str, ...] = ()) -> MessageFact:
    return MessageFact(mid, thread, when, sender, to_seller, findings)


MESSAGES = (
    # Q1: Mon 7 Dec 10:00, a follow-up at 11:00 does not restart the clock; answered 14:00: 4 h.
    msg("m1", "t1", at(7, 10), "CUSTOMER"),
    msg("m2", "t1", at(7, 11), "CUSTOMER"),
    msg("m3", "t1", at(7, 14), "SHOP", findings=("off_platform_contact",)),
    # Q2: Fri 11 Dec 15:00, answered Mon 14 Dec 09:00: 9 h + 9 h = 18 h (weekend skipped).
    msg("m4", "t2", at(11, 15), "OPERATOR"),
    msg("m5", "t2", at(14, 9), "SHOP", findings=("marketing", "off_platform_contact")),
    # Q3: Thu 24 Dec 10:00, answered Mon 28 Dec 10:00: 14 h + 10 h = 24 h (25 Dec is a
    # holiday, 26-27 the weekend); due exactly then, so on time.
    msg("m6", "t3", at(24, 10), "CUSTOMER"),
    msg("m7", "t3", at(28, 10), "SHOP"),
    # Q4: Tue 1 Dec 09:00, answered Wed 2 Dec 11:00: 26 h, due Wed 09:00: late by 2 h.
    msg("m8", "t4", at(1, 9), "CUSTOMER"),
    msg("m9", "t4", at(2, 11), "SHOP"),
    # Q5: Wed 2 Dec 08:00, answered 08:30: half an hour.
    msg("m10", "t5", at(2, 8), "CUSTOMER"),
    msg("m11", "t5", at(2, 8, 30), "SHOP"),
    # Q6: Tue 15 Dec 12:00, never answered: overdue at NOW.
    msg("m12", "t6", at(15, 12), "CUSTOMER"),
    # Q7: Tue 29 Dec 20:00, not answered, due Wed 30 Dec 20:00: not judged yet.
    msg("m13", "t7", at(29, 20), "CUSTOMER"),
    # Not questions: the seller starts a thread; the operator writes to the customer only.
    msg("m14", "t8", at(3, 9), "SHOP"),
    msg("m15", "t8", at(3, 10), "OPERATOR", to_seller=False),
    # Before the period: neither a question of the period nor a finding of it.
    msg("m16", "t9", at(20, 9, month=11), "CUSTOMER"),
    msg("m17", "t9", at(20, 10, month=11), "SHOP", findings=("off_platform_contact",)),
)

ORDERS = (
    OrderFact("o1", at(2, 10), "SHIPPED", lines=2, incident_lines=1),
    OrderFact("o2", at(3, 10), "RECEIVED", lines=1, refunded_lines=1),
    OrderFact("o3", at(5, 10), "WAITING_ACCEPTANCE", lines=3),  # not accepted
    OrderFact("o4", at(10, 10), "CANCELED", lines=1, refunded_lines=1),
    OrderFact("o5", at(20, 10, month=11), "SHIPPED", lines=1, incident_lines=1),  # before
)


def incident(iid: str, opened: datetime, status: str, resolved: datetime | None = None,
             closed: datetime | None = None, disputed: bool = False) -> IncidentFact:
    return IncidentFact(iid, "o1", status, opened, closed or resolved or opened, resolved,
                        closed, disputed)


INCIDENTS = (
    incident("i1", at(4, 9), "CLOSED", resolved=at(6, 9), closed=at(8, 9)),
    incident("i2", at(21, 9, month=11), "DISPUTED", resolved=at(25, 9, month=11)),
    incident("i3", at(12, 9), "DISPUTED", resolved=at(14, 9)),
    incident("i4", at(15, 9), "NEW"),
    incident("i5", at(16, 9), "CLOSED", resolved=at(17, 9), closed=at(20, 9), disputed=True),
    incident("i6", at(18, 9), "IN_PROGRESS", resolved=at(19, 9)),
)

SHOP = SellerFacts("DE", "2001", ORDERS, INCIDENTS, MESSAGES)


def test_business_hours_skip_weekends_and_holidays() -> None:
    calendar = DE.calendar
    assert business_hours(at(7, 10), at(7, 14), calendar) == 4
    assert business_hours(at(11, 15), at(14, 9), calendar) == 18
    assert business_hours(at(24, 10), at(28, 10), calendar) == 24
    assert business_hours(at(26, 10), at(27, 18), calendar) == 0  # a whole weekend
    assert business_hours(at(14, 9), at(11, 15), calendar) == 0  # reversed: nothing


def test_questions_follow_the_seller_reply_clock() -> None:
    found = {q.message_id: q for q in questions(MESSAGES)}
    assert set(found) == {"m1", "m4", "m6", "m8", "m10", "m12", "m13", "m16"}
    assert found["m1"].answered == at(7, 14) and found["m1"].reply_id == "m3"
    assert found["m12"].answered is None


def test_figures_match_the_hand_computed_ones() -> None:
    figures = compute(SHOP, DE, PERIOD, NOW)
    # Orders o1..o4 are in the period; o3 is not accepted: 2 + 1 + 1 = 4 accepted lines.
    assert figures.orders == 4 and figures.accepted_lines == 4
    assert figures.incident_rate == pytest.approx(1 / 4)
    assert figures.refund_rate == pytest.approx(2 / 4)
    # Open now: i2 (from November, still disputed), i3, i4, i6.
    assert figures.open_incidents == 4
    # Opened in the period and marked solved by the seller: i1, i3, i5, i6; not kept solved:
    # i3 (disputed), i5 (the team store recorded a dispute), i6 (back in progress).
    assert (figures.seller_resolved, figures.reopened) == (4, 3)
    assert figures.reopened_rate == pytest.approx(3 / 4)
    # Reply times 0.5, 4, 18, 24, 26 business hours.
    assert figures.reply_hours == (0.5, 4.0, 18.0, 24.0, 26.0)
    assert figures.reply_median_hours == 18.0
    assert figures.reply_p95_hours == 26.0  # rank ⌈0.95 · 5⌉ = 5
    # Seven questions; five answered, Q6 overdue (judged), Q7 not yet due. Late: Q4 and Q6.
    assert (figures.questions, figures.answered, figures.judged) == (7, 5, 6)
    assert figures.late_replies == 2
    assert figures.late_reply_rate == pytest.approx(2 / 6)
    # Seller messages with findings in the period: m3 and m5.
    assert dict(figures.findings) == {"off_platform_contact": 2, "marketing": 1}
    assert figures.findings_total == 2
    assert figures.value(Kpi.POLICY_FINDINGS) == 2.0


def test_across_markets_pools_counts_and_reply_times() -> None:
    nl_shop = SellerFacts("NL", "2001", (OrderFact("n1", at(9, 10), "SHIPPED", lines=1),), (),
                          (msg("n1", "nt", at(9, 10), "CUSTOMER"),
                           msg("n2", "nt", at(9, 12), "SHOP")))
    card = scorecard([(SHOP, DE), (nl_shop, NL)], PERIOD, NOW)
    assert card.per_shop[("NL", "2001")].reply_hours == (2.0,)
    total = card.total
    assert total.orders == 5 and total.accepted_lines == 5
    assert total.incident_rate == pytest.approx(1 / 5)
    assert total.reply_hours == (0.5, 2.0, 4.0, 18.0, 24.0, 26.0)
    assert total.reply_median_hours == 11.0  # (4 + 18) / 2


def test_trend_buckets_cover_the_period() -> None:
    card = scorecard([(SHOP, DE)], PERIOD, NOW)
    orders = card.trends[Kpi.ORDERS]
    assert orders[0].start == PERIOD.start and orders[-1].end == PERIOD.end
    assert all(a.end == b.start for a, b in pairwise(orders))
    assert all(p.end - p.start <= timedelta(days=7) for p in orders)
    assert sum(p.value or 0 for p in orders) == 4
    # Open incidents at the end of the last bucket are the ones open now.
    assert card.trends[Kpi.OPEN_INCIDENTS][-1].value == 4
    # The bucket holding Q3 (24 Dec) has its 24 hours as the median; a bucket with no
    # answered question has no reply time.
    q3 = next(p for p in card.trends[Kpi.REPLY_MEDIAN] if p.start <= at(24, 10) < p.end)
    assert q3.value == 24.0
    assert any(p.value is None for p in card.trends[Kpi.REPLY_MEDIAN])


def test_statistics_and_levels() -> None:
    assert median([]) is None and percentile([], 0.95) is None
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert percentile([float(n) for n in range(1, 21)], 0.95) == 19.0  # rank 19 of 20
    alert, limit = Decimal("0.02"), Decimal("0.05")
    assert level(0.25, alert, limit) == Level.LIMIT
    assert level(0.05, alert, limit) == Level.LIMIT  # at the limit counts
    assert level(0.03, alert, limit) == Level.ALERT
    assert level(0.01, alert, limit) == Level.OK
    assert level(None, alert, limit) == Level.NONE
    assert level(0.5, None, None) == Level.NONE


def test_periods_refuse_naive_or_empty_spans() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Period(datetime(2026, 1, 1), datetime(2026, 2, 1, tzinfo=UTC))
    with pytest.raises(ValueError, match="end after"):
        Period(NOW, NOW)
