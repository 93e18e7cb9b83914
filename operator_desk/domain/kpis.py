"""Seller scorecard KPIs, computed from what the cache knows about a seller's orders,
incidents and messages. Pure Python: the sellers page, the scorecard, the statement of reasons
and the benchmark all call these functions, so a figure means the same everywhere.

Definitions (a *period* is ``[start, end)``; records are counted by when they began):

* **orders**: orders created in the period.
* **incident rate**: order lines with at least one incident ÷ accepted order lines, over the
  orders created in the period. *Accepted* means not ``WAITING_ACCEPTANCE`` or ``REFUSED``
  (the platform's own S21 definition, so both figures can stand side by side).
* **refund rate**: accepted order lines with at least one refund ÷ accepted order lines.
* **open incidents**: incidents not closed at the end of the period (``now`` for the current
  figure); in a trend, open at the end of each bucket.
* **reopened**: incidents opened in the period that the seller marked as solved and that did
  not stay solved: now ``DISPUTED``, back to ``NEW``/``IN_PROGRESS`` with a resolution date,
  or recorded by the team store as disputed/kept open by an operator. The cache keeps no
  status history, so an incident disputed, then closed, counts only through the team store.
  *Reopened rate*: reopened ÷ incidents the seller marked as solved.
* **questions and replies**: in each thread, the first message to the seller (from a customer
  or the operator, with the shop among its recipients) after the seller's last message starts
  a question; the seller's next message answers it (follow-ups in between do not restart the
  clock, like Mirakl's ``shop_reply_needed_since``). Questions count by when they were received.
* **reply time**: from question to answer, counting only the market's business hours (whole
  working days, Monday to Friday without public holidays, in the market's time zone); the
  **median** and the **95th percentile** (nearest rank: the ⌈0.95·n⌉-th smallest) over the
  answered questions.
* **late replies**: answered after the deadline of the market's response rule
  (``domain.sla``), or unanswered and past it at ``now``. *Late share*: late ÷ questions that
  are answered or overdue (an unanswered question not yet due is not judged).
* **policy findings**: the seller's messages in the period with at least one finding of a kind
  (``domain.policy``), per kind; the total counts messages with any finding.
"""

from __future__ import annotations

import math
import statistics
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import TypeVar

from .models import IncidentStatus
from .sla import MarketCalendar, ResponseRule, assess_reply

__all__ = [
    "KPI_DIRECTIONS",
    "NOT_ACCEPTED_STATES",
    "PERIOD_DAYS",
    "PLATFORM_KPIS",
    "PLATFORM_PERIODS",
    "IncidentFact",
    "Kpi",
    "KpiFigures",
    "Level",
    "MarketRules",
    "MessageFact",
    "OrderFact",
    "Period",
    "Question",
    "ReplyFact",
    "Scorecard",
    "SellerFacts",
    "TrendPoint",
    "assess_questions",
    "business_hours",
    "compute",
    "level",
    "median",
    "percentile",
    "questions",
    "scorecard",
]

_T = TypeVar("_T")
NOT_ACCEPTED_STATES = frozenset({"WAITING_ACCEPTANCE", "REFUSED"})
SELLER = "SHOP"


class Kpi(StrEnum):
    """The figures of a scorecard; the values are the keys of the rule settings' thresholds."""

    ORDERS = "orders"
    INCIDENT_RATE = "incident_rate"
    OPEN_INCIDENTS = "open_incidents"
    REOPENED = "reopened_incidents"
    REOPENED_RATE = "reopened_rate"
    REPLY_MEDIAN = "reply_median_hours"
    REPLY_P95 = "reply_p95_hours"
    LATE_REPLY_RATE = "late_reply_rate"
    REFUND_RATE = "refund_rate"
    POLICY_FINDINGS = "policy_findings"


# For every KPI but the order count a higher value is worse; thresholds are upper bounds.
KPI_DIRECTIONS: Mapping[Kpi, int] = MappingProxyType(
    {kpi: (0 if kpi == Kpi.ORDERS else 1) for kpi in Kpi})

# The desk's period presets (days) and the platform's S21 period with the same span.
PERIOD_DAYS = (30, 91, 182, 365)
PLATFORM_PERIODS: Mapping[int, str] = MappingProxyType({
    30: "LAST_MONTH", 91: "LAST_THREE_MONTHS", 182: "LAST_SIX_MONTHS", 365: "LAST_YEAR"})
# KPIs the platform reports too (S21 name -> ours).
PLATFORM_KPIS: Mapping[str, Kpi] = MappingProxyType({
    "orders_count": Kpi.ORDERS, "incident_rate": Kpi.INCIDENT_RATE,
    "refund_rate": Kpi.REFUND_RATE})


def _aware(value: datetime, name: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {value}")
    return value.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Period:
    """A span of time ``[start, end)``, in UTC."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", _aware(self.start, "start"))
        object.__setattr__(self, "end", _aware(self.end, "end"))
        if self.end <= self.start:
            raise ValueError("a period must end after it starts")

    @classmethod
    def last(cls, days: int, now: datetime) -> Period:
        """The ``days`` days up to ``now``."""
        return cls(now - timedelta(days=days), now)

    @property
    def days(self) -> float:
        return (self.end - self.start).total_seconds() / 86400

    def __contains__(self, moment: datetime) -> bool:
        return self.start <= moment < self.end

    def buckets(self) -> tuple[Period, ...]:
        """Consecutive sub-periods for a trend, the last one ending with the period: weeks up
        to three months, fortnights up to six, four weeks beyond."""
        size = timedelta(days=7 if self.days <= 92 else 14 if self.days <= 183 else 28)
        result: list[Period] = []
        end = self.end
        while end > self.start:
            start = max(self.start, end - size)
            result.append(Period(start, end))
            end = start
        return tuple(reversed(result))


# -- facts --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class OrderFact:
    """One order of the seller, reduced to what the KPIs need."""

    order_id: str
    created: datetime
    state: str
    lines: int
    incident_lines: int = 0  # lines with at least one incident
    refunded_lines: int = 0  # lines with at least one refund

    @property
    def accepted(self) -> bool:
        return self.state not in NOT_ACCEPTED_STATES


@dataclass(frozen=True, slots=True)
class IncidentFact:
    incident_id: str
    order_id: str
    status: str
    opened: datetime
    last_action: datetime
    resolved: datetime | None = None  # when the seller marked it solved (kept after a dispute)
    closed: datetime | None = None
    disputed_by_operator: bool = False  # the team store recorded a dispute / keep-open

    @property
    def seller_resolved(self) -> bool:
        return self.resolved is not None

    @property
    def reopened(self) -> bool:
        """The seller marked it solved, and it did not stay solved (see the module doc)."""
        if not self.seller_resolved:
            return False
        return (self.disputed_by_operator or self.status == IncidentStatus.DISPUTED
                or self.status in (IncidentStatus.NEW, IncidentStatus.IN_PROGRESS))

    def open_at(self, moment: datetime) -> bool:
        if self.opened > moment:
            return False
        if self.status != IncidentStatus.CLOSED:
            return True
        closed = self.closed or self.last_action
        return closed > moment


@dataclass(frozen=True, slots=True)
class MessageFact:
    """A message in one of the seller's order threads."""

    message_id: str
    thread_id: str
    created: datetime
    sender: str  # CUSTOMER | SHOP | OPERATOR (any ``_USER`` suffix removed)
    to_seller: bool  # the shop is among its recipients
    findings: tuple[str, ...] = ()  # policy finding kinds, for the seller's own messages


@dataclass(frozen=True, slots=True)
class SellerFacts:
    """Everything the KPIs of one shop in one market are computed from."""

    market: str
    shop_id: str
    orders: tuple[OrderFact, ...] = ()
    incidents: tuple[IncidentFact, ...] = ()
    messages: tuple[MessageFact, ...] = ()


@dataclass(frozen=True, slots=True)
class MarketRules:
    """The market's calendar and response rule, as the SLA clock uses them."""

    calendar: MarketCalendar
    rule: ResponseRule


# -- questions and replies ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Question:
    thread_id: str
    message_id: str
    received: datetime
    answered: datetime | None = None
    reply_id: str | None = None


def questions(messages: Iterable[MessageFact]) -> list[Question]:
    """Questions to the seller and their answers, per thread (see the module doc)."""
    threads: dict[str, list[MessageFact]] = {}
    for message in messages:
        threads.setdefault(message.thread_id, []).append(message)
    found: list[Question] = []
    for thread_id, items in threads.items():
        items.sort(key=lambda m: (m.created, m.message_id))
        pending: MessageFact | None = None
        for message in items:
            if message.sender == SELLER:
                if pending is not None:
                    found.append(Question(thread_id, pending.message_id, pending.created,
                                          message.created, message.message_id))
                    pending = None
            elif message.to_seller and pending is None:
                pending = message
        if pending is not None:
            found.append(Question(thread_id, pending.message_id, pending.created))
    found.sort(key=lambda q: (q.received, q.message_id))
    return found


def _midnight(day: date, calendar: MarketCalendar) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=calendar.zone).astimezone(UTC)


def business_hours(start: datetime, end: datetime, calendar: MarketCalendar) -> float:
    """Hours between two instants that fall on the market's working days (whole local days,
    Monday to Friday without public holidays); 0 when ``end`` is not after ``start``."""
    start, end = _aware(start, "start"), _aware(end, "end")
    if end <= start:
        return 0.0
    zone = calendar.zone
    day = start.astimezone(zone).date()
    last = end.astimezone(zone).date()
    total = timedelta(0)
    while day <= last:
        if calendar.is_working_day(day):
            low = max(start, _midnight(day, calendar))
            high = min(end, _midnight(day + timedelta(days=1), calendar))
            if high > low:
                total += high - low
        day += timedelta(days=1)
    return total.total_seconds() / 3600


@dataclass(frozen=True, slots=True)
class ReplyFact:
    """A question judged against its deadline."""

    question: Question
    deadline: datetime
    hours: float | None  # business hours to the answer; None while unanswered
    late_by: timedelta | None  # past the deadline when answered, or at ``now`` if not

    @property
    def late(self) -> bool:
        return self.late_by is not None

    @property
    def judged(self) -> bool:
        """Answered, or overdue: it counts in the late share."""
        return self.question.answered is not None or self.late


def assess_questions(found: Iterable[Question], now: datetime,
                     rules: MarketRules) -> list[ReplyFact]:
    """Each question with its deadline, business-hours reply time and lateness at ``now``."""
    result = []
    for question in found:
        assessment = assess_reply(question.received, question.answered, now, rules.rule,
                                  rules.calendar)
        hours = (business_hours(question.received, question.answered, rules.calendar)
                 if question.answered is not None else None)
        result.append(ReplyFact(question, assessment.deadline.astimezone(UTC), hours,
                                assessment.late_by))
    return result


# -- statistics ---------------------------------------------------------------------------------
def median(values: Sequence[float]) -> float | None:
    """The middle value (the mean of the two middle ones for an even count); None when empty."""
    return float(statistics.median(values)) if values else None


def percentile(values: Sequence[float], share: float) -> float | None:
    """Nearest rank: the ⌈share·n⌉-th smallest value; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return float(ordered[rank - 1])


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True, slots=True)
class KpiFigures:
    """A shop's (or several shops') figures for one period."""

    orders: int = 0
    accepted_lines: int = 0
    incident_lines: int = 0
    refunded_lines: int = 0
    open_incidents: int = 0
    seller_resolved: int = 0
    reopened: int = 0
    questions: int = 0
    answered: int = 0
    judged: int = 0
    late_replies: int = 0
    findings: Mapping[str, int] = field(default_factory=dict)
    findings_total: int = 0
    reply_hours: tuple[float, ...] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "findings", MappingProxyType(dict(self.findings)))
        object.__setattr__(self, "reply_hours", tuple(sorted(self.reply_hours)))

    @property
    def incident_rate(self) -> float | None:
        return _ratio(self.incident_lines, self.accepted_lines)

    @property
    def refund_rate(self) -> float | None:
        return _ratio(self.refunded_lines, self.accepted_lines)

    @property
    def reopened_rate(self) -> float | None:
        return _ratio(self.reopened, self.seller_resolved)

    @property
    def late_reply_rate(self) -> float | None:
        return _ratio(self.late_replies, self.judged)

    @property
    def reply_median_hours(self) -> float | None:
        return median(self.reply_hours)

    @property
    def reply_p95_hours(self) -> float | None:
        return percentile(self.reply_hours, 0.95)

    def value(self, kpi: Kpi) -> float | None:
        """The figure of ``kpi``: a count, a share (0..1) or hours; None when undefined."""
        match kpi:
            case Kpi.ORDERS:
                return float(self.orders)
            case Kpi.INCIDENT_RATE:
                return self.incident_rate
            case Kpi.OPEN_INCIDENTS:
                return float(self.open_incidents)
            case Kpi.REOPENED:
                return float(self.reopened)
            case Kpi.REOPENED_RATE:
                return self.reopened_rate
            case Kpi.REPLY_MEDIAN:
                return self.reply_median_hours
            case Kpi.REPLY_P95:
                return self.reply_p95_hours
            case Kpi.LATE_REPLY_RATE:
                return self.late_reply_rate
            case Kpi.REFUND_RATE:
                return self.refund_rate
            case Kpi.POLICY_FINDINGS:
                return float(self.findings_total)
        raise ValueError(f"unknown KPI {kpi!r}")

    def __add__(self, other: KpiFigures) -> KpiFigures:
        """Figures of two shops together (across markets): counts add, reply times pool."""
        kinds = set(self.findings) | set(other.findings)
        return KpiFigures(
            orders=self.orders + other.orders,
            accepted_lines=self.accepted_lines + other.accepted_lines,
            incident_lines=self.incident_lines + other.incident_lines,
            refunded_lines=self.refunded_lines + other.refunded_lines,
            open_incidents=self.open_incidents + other.open_incidents,
            seller_resolved=self.seller_resolved + other.seller_resolved,
            reopened=self.reopened + other.reopened,
            questions=self.questions + other.questions,
            answered=self.answered + other.answered,
            judged=self.judged + other.judged,
            late_replies=self.late_replies + other.late_replies,
            findings={k: self.findings.get(k, 0) + other.findings.get(k, 0) for k in kinds},
            findings_total=self.findings_total + other.findings_total,
            reply_hours=self.reply_hours + other.reply_hours)


class _Prepared:
    """One shop's facts with the per-question work (deadlines, business hours) done once and
    everything sorted by time, so a trend's buckets are slices, not scans."""

    def __init__(self, facts: SellerFacts, rules: MarketRules, now: datetime) -> None:
        self.facts = facts
        self.now = now
        self.orders = sorted(facts.orders, key=lambda o: o.created)
        self.order_times = [o.created for o in self.orders]
        self.incidents = sorted(facts.incidents, key=lambda i: i.opened)
        self.incident_times = [i.opened for i in self.incidents]
        flagged = sorted((m for m in facts.messages if m.sender == SELLER and m.findings),
                         key=lambda m: m.created)
        self.flagged = flagged
        self.flagged_times = [m.created for m in flagged]
        self.replies = assess_questions(questions(facts.messages), now, rules)
        self.reply_times = [r.question.received for r in self.replies]

    @staticmethod
    def _slice(items: list[_T], times: list[datetime], period: Period) -> list[_T]:
        return items[bisect_left(times, period.start):bisect_left(times, period.end)]

    def figures(self, period: Period) -> KpiFigures:
        orders = self._slice(self.orders, self.order_times, period)
        accepted = [o for o in orders if o.accepted]
        opened = self._slice(self.incidents, self.incident_times, period)
        at = min(period.end, self.now)
        replies = self._slice(self.replies, self.reply_times, period)
        hours = tuple(r.hours for r in replies if r.hours is not None)
        findings: dict[str, int] = {}
        flagged = self._slice(self.flagged, self.flagged_times, period)
        for message in flagged:
            for kind in set(message.findings):
                findings[kind] = findings.get(kind, 0) + 1
        return KpiFigures(
            orders=len(orders),
            accepted_lines=sum(o.lines for o in accepted),
            incident_lines=sum(min(o.incident_lines, o.lines) for o in accepted),
            refunded_lines=sum(min(o.refunded_lines, o.lines) for o in accepted),
            open_incidents=sum(1 for i in self.incidents if i.open_at(at)),
            seller_resolved=sum(1 for i in opened if i.seller_resolved),
            reopened=sum(1 for i in opened if i.reopened),
            questions=len(replies),
            answered=len(hours),
            judged=sum(1 for r in replies if r.judged),
            late_replies=sum(1 for r in replies if r.late),
            findings=findings, findings_total=len(flagged), reply_hours=hours)


def compute(facts: SellerFacts, rules: MarketRules, period: Period,
            now: datetime) -> KpiFigures:
    """The figures of one shop for ``period``, judged at ``now``."""
    return _Prepared(facts, rules, _aware(now, "now")).figures(period)


# -- thresholds ---------------------------------------------------------------------------------
class Level(StrEnum):
    """Where a figure stands against the market's thresholds."""

    NONE = "none"  # no threshold set, or no figure
    OK = "ok"
    ALERT = "alert"  # at or past the alert threshold
    LIMIT = "limit"  # at or past the limit

    @property
    def rank(self) -> int:
        return {Level.NONE: 0, Level.OK: 1, Level.ALERT: 2, Level.LIMIT: 3}[self]


def level(value: float | None, alert: Decimal | None, limit: Decimal | None) -> Level:
    """``value`` against an alert threshold and a limit (upper bounds; either may be unset)."""
    if value is None or (alert is None and limit is None):
        return Level.NONE
    if limit is not None and Decimal(str(value)) >= limit:
        return Level.LIMIT
    if alert is not None and Decimal(str(value)) >= alert:
        return Level.ALERT
    return Level.OK


# -- the scorecard ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TrendPoint:
    start: datetime
    end: datetime
    value: float | None


@dataclass(frozen=True, slots=True)
class Scorecard:
    """Figures for the period, per market (keyed ``(market, shop id)``) and all together, with
    a trend per KPI over the period's buckets (for all markets together)."""

    period: Period
    now: datetime
    per_shop: Mapping[tuple[str, str], KpiFigures]
    total: KpiFigures
    trends: Mapping[Kpi, tuple[TrendPoint, ...]]


def scorecard(shops: Sequence[tuple[SellerFacts, MarketRules]], period: Period,
              now: datetime) -> Scorecard:
    """Figures and trends for one seller's shops (one per market); see the module doc."""
    now = _aware(now, "now")
    prepared = [_Prepared(facts, rules, now) for facts, rules in shops]
    per_shop = {(p.facts.market, p.facts.shop_id): p.figures(period) for p in prepared}
    total = sum(per_shop.values(), KpiFigures())
    buckets = period.buckets()
    bucket_figures = [sum((p.figures(bucket) for p in prepared), KpiFigures())
                      for bucket in buckets]
    trends = {kpi: tuple(TrendPoint(b.start, b.end, f.value(kpi))
                         for b, f in zip(buckets, bucket_figures, strict=True))
              for kpi in Kpi}
    return Scorecard(period, now, MappingProxyType(per_shop), total, MappingProxyType(trends))


# -- the sellers page's read models -------------------------------------------------------------
class SellerColumn(StrEnum):
    """Columns of the sellers page; every one sorts (in SQL)."""

    MARKET = "market"
    NAME = "name"
    STATE = "state"
    LEVEL = "level"  # the worst of the KPIs against the thresholds
    ORDERS = Kpi.ORDERS.value
    INCIDENT_RATE = Kpi.INCIDENT_RATE.value
    OPEN_INCIDENTS = Kpi.OPEN_INCIDENTS.value
    REOPENED = Kpi.REOPENED.value
    REPLY_MEDIAN = Kpi.REPLY_MEDIAN.value
    REPLY_P95 = Kpi.REPLY_P95.value
    LATE_REPLY_RATE = Kpi.LATE_REPLY_RATE.value
    REFUND_RATE = Kpi.REFUND_RATE.value
    POLICY_FINDINGS = Kpi.POLICY_FINDINGS.value
    GRADE = "grade"
    EVALUATIONS = "evaluations"


@dataclass(frozen=True, slots=True)
class SellerFilter:
    period_days: int = 91
    markets: tuple[str, ...] = ()  # empty: every market
    text: str = ""  # shop name or id
    flagged_only: bool = False  # at or past an alert threshold


@dataclass(frozen=True, slots=True)
class SellerSort:
    column: SellerColumn = SellerColumn.LEVEL
    descending: bool = True  # who is drifting comes first


@dataclass(frozen=True, slots=True)
class SellerRow:
    """One shop on the sellers page: the cache's shop data and its last computed figures."""

    market: str
    shop_id: str
    name: str
    state: str
    grade: float | None
    evaluations: int | None
    computed: datetime | None  # None: not computed yet for this period
    values: Mapping[Kpi, float | None]
    levels: Mapping[Kpi, Level]
    level: Level
