"""Team rules: approval transitions, four eyes, thresholds, ladders, claims, templates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from operator_desk.domain.models import Role
from operator_desk.domain.money import Money
from operator_desk.domain.team import (
    Actor,
    ApprovalRequest,
    ApprovalStatus,
    Claim,
    RuleSettings,
    TeamRuleError,
    check_template_fields,
    check_transition,
    default_rule_settings,
    may_decide,
)

NOW = datetime(2026, 5, 4, 12, tzinfo=UTC)


def _request(by: str = "ann") -> ApprovalRequest:
    return ApprovalRequest(id=1, kind="refund", market="DE", subject_type="incident",
                           subject_id="I-1", requested_by=by, requester_role="agent",
                           amount=Money.of(300, "EUR"), reason="broken", details={},
                           status="pending", created=NOW)


def test_approval_transitions() -> None:
    check_transition("pending", ApprovalStatus.APPROVED)
    check_transition("approved", ApprovalStatus.SENT)
    check_transition("failed", ApprovalStatus.SENT)
    for current, target in (("approved", ApprovalStatus.DECLINED),
                            ("declined", ApprovalStatus.SENT),
                            ("sent", ApprovalStatus.SENT), ("pending", ApprovalStatus.SENT)):
        with pytest.raises(TeamRuleError):
            check_transition(current, target)


def test_four_eyes_and_role() -> None:
    assert may_decide(Actor("sue", Role.SUPERVISOR), _request()) is None
    assert "made it" in (may_decide(Actor("ann", Role.SUPERVISOR), _request("ann")) or "")
    assert "supervisor" in (may_decide(Actor("rob", Role.REVIEWER), _request()) or "")


def test_defaults_follow_the_rules_document() -> None:
    de = default_rule_settings("de", "EUR")
    assert de.market == "DE" and de.response_rule == "hours:48"
    assert de.refund_window_days == 200
    assert de.needs_approval("agent", Money.of("250.01", "EUR"))
    assert not de.needs_approval("agent", Money.of("250.00", "EUR"))
    assert not de.needs_approval("supervisor", Money.of(100_000, "EUR"))
    assert de.sanction_ladder[0] == "warning" and de.sanction_ladder[-1] == "termination"
    assert de.next_sanction_level(0) == "warning"
    assert de.next_sanction_level(99) == "termination"
    ch = default_rule_settings("CH", "CHF")
    with pytest.raises(TeamRuleError):
        ch.needs_approval("agent", Money.of(1, "EUR"))


def test_settings_round_trip_through_json() -> None:
    settings = default_rule_settings("NL", "EUR").with_changes(
        response_rule="business-hours:24", refund_window_days=100,
        four_eyes={"agent": Money.of("99.99", "EUR")},
        limit_thresholds={"incident_rate": Decimal("0.07")})
    back = RuleSettings.from_json("NL", "EUR", settings.to_json(), version=3)
    assert back.to_json() == settings.to_json() and back.version == 3
    assert back.four_eyes["agent"] == Money.of("99.99", "EUR")


@pytest.mark.parametrize("changes", [
    {"response_rule": "minutes:5"}, {"refund_window_days": 0}, {"sanction_ladder": ()},
    {"four_eyes": {"agent": Money.of(1, "CHF")}}, {"four_eyes": {"boss": Money.of(1, "EUR")}},
    {"four_eyes": {"agent": Money.of(-1, "EUR")}},
])
def test_bad_settings_are_refused_with_a_reason(changes: dict[str, object]) -> None:
    with pytest.raises(TeamRuleError):
        default_rule_settings("DE", "EUR").with_changes(**changes)


def test_claims_expire() -> None:
    claim = Claim("DE", "I-1", "ann", NOW, NOW + timedelta(minutes=30))
    assert claim.is_active(NOW + timedelta(minutes=29))
    assert not claim.is_active(NOW + timedelta(minutes=30))


def test_template_fields() -> None:
    check_template_fields("refund_done", "refund", "customer", "de", "Erstattung", "Hallo {name}")
    for bad in (("", "t", "customer", "de", "x", "y"), ("k", "t", "buyer", "de", "x", "y"),
                ("k", "t", "customer", "fr", "x", "y"), ("k", "t", "seller", "en", "x", " ")):
        with pytest.raises(TeamRuleError):
            check_template_fields(*bad)
