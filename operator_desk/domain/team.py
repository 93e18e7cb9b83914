"""What a customer-care team shares: decisions, approvals, claims, notes, sanctions, appeals,
reply templates and the marketplace rule settings.

Frozen records and the rules about them (which approval transitions are allowed, when a refund
needs a second pair of eyes, when a claim has run out). Stores fill these records; nothing here
knows about SQL or Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from .models import Role
from .money import Money, MoneyError
from .sanctions import MIN_TERMINATION_NOTICE_DAYS, SanctionRuleError, parse_ladder
from .sla import DEFAULT_MARKETS, ResponseRule, SlaRuleError


class TeamRuleError(ValueError):
    """A team record or setting that breaks a rule; the message says which and why."""


@dataclass(frozen=True, slots=True)
class Actor:
    """The person at a desk, as colleagues see them: a user name and their role."""

    name: str
    role: Role

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise TeamRuleError("a team member needs a name")


# -- change feed ----------------------------------------------------------------------------
class ChangeKind(StrEnum):
    DECISION = "decision"
    APPROVAL = "approval"
    CLAIM = "claim"
    NOTE = "note"
    SANCTION = "sanction"
    APPEAL = "appeal"
    TEMPLATE = "template"
    SETTINGS = "settings"


@dataclass(frozen=True, slots=True)
class Change:
    """One entry of the team store's change feed: something a colleague's desk should reload."""

    id: int
    kind: str
    entity_id: str
    market: str | None
    actor: str
    at: datetime


# -- decisions ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Decision:
    """Who decided what on which incident, what they had seen, and why."""

    id: int
    market: str
    incident_id: str
    actor: str
    role: str
    action: str  # close | dispute | refund | escalate | ...
    outcome: str
    reasons: str
    seen: tuple[str, ...]  # ids of what was on screen: messages, threads, order lines
    amount: Money | None
    created: datetime


# -- approvals ------------------------------------------------------------------------------
class ApprovalKind(StrEnum):
    REFUND = "refund"
    SANCTION = "sanction"


class ApprovalStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    DECLINED = "declined"
    CANCELLED = "cancelled"
    SENT = "sent"  # the approved action was carried out on the marketplace
    FAILED = "failed"  # the approved action was tried and the platform refused


APPROVAL_TRANSITIONS: Mapping[ApprovalStatus, frozenset[ApprovalStatus]] = MappingProxyType({
    ApprovalStatus.PENDING: frozenset({ApprovalStatus.APPROVED, ApprovalStatus.DECLINED,
                                       ApprovalStatus.CANCELLED}),
    ApprovalStatus.APPROVED: frozenset({ApprovalStatus.SENT, ApprovalStatus.FAILED}),
    ApprovalStatus.FAILED: frozenset({ApprovalStatus.SENT}),
    ApprovalStatus.DECLINED: frozenset(),
    ApprovalStatus.CANCELLED: frozenset(),
    ApprovalStatus.SENT: frozenset(),
})


def check_transition(current: str, target: ApprovalStatus) -> None:
    """Raise ``TeamRuleError`` when an approval in ``current`` may not move to ``target``."""
    allowed = APPROVAL_TRANSITIONS.get(ApprovalStatus(current), frozenset())
    if target not in allowed:
        raise TeamRuleError(f"an approval that is {current} cannot become {target.value}")


@dataclass(frozen=True, slots=True)
class ApprovalRequest:
    """A request for a second person's yes: a refund above a threshold, a sanction."""

    id: int
    kind: str
    market: str
    subject_type: str  # incident | shop
    subject_id: str
    requested_by: str
    requester_role: str
    amount: Money | None
    reason: str
    details: Mapping[str, Any]
    status: str
    created: datetime
    decided_by: str | None = None
    decided_role: str | None = None
    decided_at: datetime | None = None
    decision_note: str | None = None
    sent_by: str | None = None
    sent_at: datetime | None = None

    @property
    def is_pending(self) -> bool:
        return self.status == ApprovalStatus.PENDING


def may_decide(approver: Actor, request: ApprovalRequest) -> str | None:
    """Why ``approver`` may not decide ``request`` (four eyes, role), or None when they may."""
    if approver.name == request.requested_by:
        return "a request cannot be decided by the person who made it"
    if approver.role != Role.SUPERVISOR:
        return "only a supervisor decides approval requests"
    return None


# -- claims ---------------------------------------------------------------------------------
DEFAULT_CLAIM_TTL = timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class Claim:
    """"I am working on this case", visible to everyone until it expires or is released."""

    market: str
    case_id: str
    holder: str
    claimed_at: datetime
    expires_at: datetime

    def is_active(self, now: datetime) -> bool:
        return now < self.expires_at


@dataclass(frozen=True, slots=True)
class ClaimResult:
    """The outcome of trying to claim: ``won`` is False when a colleague holds the case."""

    won: bool
    claim: Claim


# -- notes ----------------------------------------------------------------------------------
class NoteSubject(StrEnum):
    INCIDENT = "incident"
    SHOP = "shop"


@dataclass(frozen=True, slots=True)
class Note:
    """An internal note on a case or a seller; never sent to a customer or a seller."""

    id: int
    market: str
    subject_type: str
    subject_id: str
    author: str
    body: str
    created: datetime


# -- sanctions and appeals ------------------------------------------------------------------
class SanctionStatus(StrEnum):
    PROPOSED = "proposed"  # waiting for a supervisor's approval
    APPROVED = "approved"
    DECLINED = "declined"
    NOTIFIED = "notified"  # a termination's notice was sent; it takes effect on its date
    APPLIED = "applied"
    LIFTED = "lifted"  # ended on (or before) its end date
    REVOKED = "revoked"  # withdrawn, e.g. after an upheld appeal

    @classmethod
    def in_force(cls) -> tuple[SanctionStatus, ...]:
        """Statuses of a sanction that is, or is about to be, in force."""
        return (cls.APPROVED, cls.NOTIFIED, cls.APPLIED)


class Delivery(StrEnum):
    """Whether a sanction's platform writes and statement have gone out."""

    NONE = ""  # nothing to send yet
    WAITING = "waiting"  # queued in the outbox: it goes out when the marketplace is reachable
    SENT = "sent"
    FAILED = "failed"  # the platform refused; see the platform responses


@dataclass(frozen=True, slots=True)
class SanctionEntry:
    """One line of the sanction ledger, with its statement of reasons (P2B Art. 4): who
    proposed, approved, applied and lifted it and when, the evidence it rests on (ids, never
    message bodies) and what the platform answered."""

    id: int
    market: str
    shop_id: str
    level: str  # a step of the market's ladder (``domain.sanctions.LadderStep``)
    breach: str
    statement_of_reasons: str
    status: str
    proposed_by: str
    created: datetime
    approval_id: int | None = None
    decided_by: str | None = None  # the supervisor who approved or declined
    effective_from: datetime | None = None
    effective_until: datetime | None = None
    decided_at: datetime | None = None
    applied_by: str | None = None
    applied_at: datetime | None = None
    lifted_by: str | None = None
    lifted_at: datetime | None = None
    auto_lift: bool = False  # lift (or terminate) on its date without a click
    language: str | None = None  # of the statement of reasons
    evidence: tuple[Mapping[str, Any], ...] = ()
    platform: tuple[Mapping[str, Any], ...] = ()  # responses, in order: {step, at, response}
    delivery: str = ""  # ``Delivery``


class AppealStatus(StrEnum):
    OPEN = "open"
    UPHELD = "upheld"  # the seller was right: the sanction is revoked
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Appeal:
    """A seller's complaint against a sanction (internal complaint handling, P2B Art. 11)."""

    id: int
    sanction_id: int
    market: str
    shop_id: str
    grounds: str
    received: datetime
    status: str
    decided_by: str | None = None
    decided_at: datetime | None = None
    outcome: str | None = None


# -- templates ------------------------------------------------------------------------------
TEMPLATE_AUDIENCES = ("customer", "seller")
TEMPLATE_LANGUAGES = ("de", "es", "nl", "en")
# What the desk fills in where a template is used (reply composer, keep-open and refund
# dialogs); any other {name} stays as written for the agent to complete.
TEMPLATE_PLACEHOLDERS = ("customer_name", "order_number", "seller", "amount", "refund_amount",
                         "order_date", "due_date", "response_time", "today")


@dataclass(frozen=True, slots=True)
class TemplateVersion:
    template_id: int
    version: int
    title: str
    body: str  # placeholders in {name} style
    author: str
    created: datetime


@dataclass(frozen=True, slots=True)
class Template:
    """A reply template in one language, with its current version's text."""

    id: int
    key: str
    topic: str
    audience: str
    language: str
    current: TemplateVersion


def check_template_fields(key: str, topic: str, audience: str, language: str, title: str,
                          body: str) -> None:
    """Raise ``TeamRuleError`` naming the first field a template may not have."""
    if not key.strip():
        raise TeamRuleError("a template needs a key")
    if not topic.strip():
        raise TeamRuleError(f"template {key!r} needs a topic")
    if audience not in TEMPLATE_AUDIENCES:
        raise TeamRuleError(f"template {key!r}: audience must be customer or seller, "
                            f"not {audience!r}")
    if language not in TEMPLATE_LANGUAGES:
        raise TeamRuleError(f"template {key!r}: language must be one of "
                            f"{', '.join(TEMPLATE_LANGUAGES)}, not {language!r}")
    if not title.strip() or not body.strip():
        raise TeamRuleError(f"template {key!r} ({language}) needs a title and a body")


# -- rule settings --------------------------------------------------------------------------
DEFAULT_LADDER = ("warning", "restriction:30", "temporary_suspension:14", "termination")


@dataclass(frozen=True, slots=True)
class RuleSettings:
    """A market's rules as the team shares them. Defaults follow customer-care-rules.md."""

    market: str
    currency: str
    response_rule: str = "hours:48"
    refund_window_days: int = 200
    # Refunds above these amounts need a supervisor's approval; a role missing here has no
    # limit of its own (supervisors).
    four_eyes: Mapping[str, Money] = field(default_factory=dict)
    sanction_ladder: tuple[str, ...] = DEFAULT_LADDER
    recidivism_window_days: int = 365
    termination_notice_days: int = MIN_TERMINATION_NOTICE_DAYS
    # Quality KPIs: crossing the alert threshold warns, crossing the limit suspends.
    alert_thresholds: Mapping[str, Decimal] = field(default_factory=dict)
    limit_thresholds: Mapping[str, Decimal] = field(default_factory=dict)
    version: int = 0  # 0: the built-in defaults, never saved
    changed_by: str | None = None
    changed_at: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "four_eyes", MappingProxyType(dict(self.four_eyes)))
        object.__setattr__(self, "alert_thresholds",
                           MappingProxyType(dict(self.alert_thresholds)))
        object.__setattr__(self, "limit_thresholds",
                           MappingProxyType(dict(self.limit_thresholds)))
        object.__setattr__(self, "sanction_ladder", tuple(self.sanction_ladder))
        if self.refund_window_days <= 0 or self.recidivism_window_days <= 0:
            raise TeamRuleError("windows are counted in days and must be positive")
        try:
            parse_ladder(self.sanction_ladder)
        except SanctionRuleError as exc:
            raise TeamRuleError(f"market {self.market}: {exc}") from exc
        if self.termination_notice_days < MIN_TERMINATION_NOTICE_DAYS:
            raise TeamRuleError(f"market {self.market}: termination needs at least "
                                f"{MIN_TERMINATION_NOTICE_DAYS} days' notice (P2B Art. 4)")
        for name, values in (("alert", self.alert_thresholds),
                             ("limit", self.limit_thresholds)):
            if any(value < 0 for value in values.values()):
                raise TeamRuleError(f"market {self.market}: {name} thresholds cannot be "
                                    "negative")
        for role, limit in self.four_eyes.items():
            if role not in tuple(Role):
                raise TeamRuleError(f"four-eyes threshold for unknown role {role!r}")
            if limit.currency != self.currency:
                raise TeamRuleError(f"the {role} threshold is in {limit.currency}, "
                                    f"the market in {self.currency}")
            if limit.amount < 0:
                raise TeamRuleError(f"market {self.market}: the {role} threshold cannot be "
                                    "negative")
        try:
            ResponseRule.parse(self.response_rule)
        except SlaRuleError as exc:  # the rule's own parser says what is wrong
            raise TeamRuleError(f"market {self.market}: {exc}") from exc

    def needs_approval(self, role: str, amount: Money) -> bool:
        """Whether a refund of ``amount`` by someone in ``role`` needs a supervisor's yes."""
        limit = self.four_eyes.get(str(role))
        if limit is None:
            return False
        try:
            return amount > limit
        except MoneyError as exc:
            raise TeamRuleError(str(exc)) from exc

    def next_sanction_level(self, previous_levels: int) -> str:
        """The ladder step after ``previous_levels`` sanctions within the recidivism window."""
        return self.sanction_ladder[min(previous_levels, len(self.sanction_ladder) - 1)]

    def with_changes(self, **changes: Any) -> RuleSettings:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The settings as JSON values (money as minor units), as the store keeps them."""
        return {
            "response_rule": self.response_rule,
            "refund_window_days": self.refund_window_days,
            "four_eyes": {role: m.minor_units for role, m in sorted(self.four_eyes.items())},
            "sanction_ladder": list(self.sanction_ladder),
            "recidivism_window_days": self.recidivism_window_days,
            "termination_notice_days": self.termination_notice_days,
            "alert_thresholds": {k: str(v) for k, v in sorted(self.alert_thresholds.items())},
            "limit_thresholds": {k: str(v) for k, v in sorted(self.limit_thresholds.items())},
        }

    @classmethod
    def from_json(cls, market: str, currency: str, data: Mapping[str, Any], *,
                  version: int = 0, changed_by: str | None = None,
                  changed_at: datetime | None = None) -> RuleSettings:
        base = default_rule_settings(market, currency)
        try:
            return cls(
                market=market, currency=currency,
                response_rule=str(data.get("response_rule", base.response_rule)),
                refund_window_days=int(data.get("refund_window_days",
                                                base.refund_window_days)),
                four_eyes={role: Money.from_minor(int(v), currency)
                           for role, v in dict(data.get("four_eyes", {})).items()}
                if "four_eyes" in data else base.four_eyes,
                sanction_ladder=tuple(data.get("sanction_ladder", base.sanction_ladder)),
                recidivism_window_days=int(data.get("recidivism_window_days",
                                                    base.recidivism_window_days)),
                termination_notice_days=int(data.get("termination_notice_days",
                                                     base.termination_notice_days)),
                alert_thresholds={k: Decimal(str(v)) for k, v in
                                  dict(data.get("alert_thresholds",
                                                base.alert_thresholds)).items()},
                limit_thresholds={k: Decimal(str(v)) for k, v in
                                  dict(data.get("limit_thresholds",
                                                base.limit_thresholds)).items()},
                version=version, changed_by=changed_by, changed_at=changed_at)
        except (TypeError, ValueError, ArithmeticError) as exc:
            raise TeamRuleError(f"the settings of market {market} cannot be read: {exc}") from exc


def default_rule_settings(market: str, currency: str) -> RuleSettings:
    """Built-in settings of a market: 48 calendar hours, refunds up to 200 days after shipment,
    agents need approval above 250 and reviewers above 1000 (in the market's currency)."""
    defaults = DEFAULT_MARKETS.get(market.upper())
    rule = str(defaults.default_rule) if defaults else "hours:48"
    return RuleSettings(
        market=market.upper(), currency=currency, response_rule=rule,
        four_eyes={Role.AGENT.value: Money.of(250, currency),
                   Role.REVIEWER.value: Money.of(1000, currency)},
        alert_thresholds=DEFAULT_ALERT_THRESHOLDS, limit_thresholds=DEFAULT_LIMIT_THRESHOLDS,
    )


# Quality thresholds by KPI (``domain.kpis.Kpi`` values): shares are 0..1, times in hours.
DEFAULT_ALERT_THRESHOLDS: Mapping[str, Decimal] = MappingProxyType({
    "incident_rate": Decimal("0.02"), "late_reply_rate": Decimal("0.10"),
    "refund_rate": Decimal("0.05"), "reopened_rate": Decimal("0.20"),
    "reply_p95_hours": Decimal("24"), "open_incidents": Decimal("5"),
    "policy_findings": Decimal("1")})
DEFAULT_LIMIT_THRESHOLDS: Mapping[str, Decimal] = MappingProxyType({
    "incident_rate": Decimal("0.05"), "late_reply_rate": Decimal("0.25"),
    "refund_rate": Decimal("0.10"), "reopened_rate": Decimal("0.40"),
    "reply_p95_hours": Decimal("48"), "open_incidents": Decimal("15"),
    "policy_findings": Decimal("5")})
