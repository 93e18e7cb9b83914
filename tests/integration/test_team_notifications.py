"""Which team events notify whom: waiting approvals, decided requests, claimed cases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from operator_desk.domain.models import Role
from operator_desk.domain.money import Money
from operator_desk.domain.team import Actor, ApprovalKind
from operator_desk.services.notifications import (
    CaseDeadline,
    NewCustomerMessage,
    NotificationKind,
    Notifier,
)
from operator_desk.services.team import TeamService
from operator_desk.store.team_migrations import open_team_store


@pytest.fixture
def team(team_url: str) -> Iterator[dict[str, TeamService]]:
    services = {a.name: TeamService(open_team_store(team_url), a)
                for a in (Actor("ann", Role.AGENT), Actor("sue", Role.SUPERVISOR),
                          Actor("rob", Role.REVIEWER))}
    yield services
    for service in services.values():
        service.close()


def test_approvals_notify_the_supervisor_and_then_the_requester(
        team: dict[str, TeamService]) -> None:
    ann, sue, rob = team["ann"], team["sue"], team["rob"]
    notifiers = {name: Notifier(service) for name, service in team.items()}
    start = sue.last_change_id()
    request = ann.request_approval(ApprovalKind.REFUND, "NL", "incident", "I-5",
                                   Money.of(280, "EUR"), "x")
    changes = sue.changes_since(start)
    waiting = notifiers["sue"].from_changes(changes)
    assert [(n.kind, n.colleague, n.approval_id) for n in waiting] == [
        (NotificationKind.APPROVAL_WAITING, "ann", request.id)]
    assert notifiers["sue"].from_changes(changes) == []  # never twice
    assert notifiers["rob"].from_changes(changes) == []  # reviewers do not decide
    assert notifiers["ann"].from_changes(changes) == []  # one's own change
    sue.decide_approval(request.id, False, "needs photos")
    decided = notifiers["ann"].from_changes(ann.changes_since(start))
    assert [(n.kind, n.colleague, n.note) for n in decided] == [
        (NotificationKind.REQUEST_DECLINED, "sue", "needs photos")]
    assert rob.changes_since(start)[-1].actor == "sue"


def test_a_request_approved_and_sent_before_the_requester_looks_is_reported_once(
        team: dict[str, TeamService]) -> None:
    """The approver's desk sends at once: the requester's desk reads "sent" (or "failed"),
    never "approved", and must still hear that the request was approved - once."""
    ann, sue = team["ann"], team["sue"]
    notifier = Notifier(ann)
    start = ann.last_change_id()
    sent = ann.request_approval(ApprovalKind.REFUND, "DE", "incident", "I-7",
                                Money.of(300, "EUR"), "broken")
    refused = ann.request_approval(ApprovalKind.REFUND, "DE", "incident", "I-8",
                                   Money.of(310, "EUR"), "broken")
    for request, failed in ((sent, False), (refused, True)):
        sue.decide_approval(request.id, True, "ok")
        sue.record_carried_out(request.id, {"refund_ids": ["R-1"]}, failed=failed)
    changes = ann.changes_since(start)
    told = notifier.from_changes(changes)
    assert [(n.kind, n.approval_id, n.colleague) for n in told] == [
        (NotificationKind.REQUEST_APPROVED, sent.id, "sue"),
        (NotificationKind.REQUEST_APPROVED, refused.id, "sue")]
    assert notifier.from_changes(changes) == []


def test_claimed_cases_notify_their_holder_only(team: dict[str, TeamService]) -> None:
    ann, rob = team["ann"], team["rob"]
    ann.claim("DE", "I-1")
    now = datetime.now(UTC)
    messages = [NewCustomerMessage("DE", "I-1", "M-1", now),
                NewCustomerMessage("DE", "I-2", "M-2", now)]
    mine = Notifier(ann).from_messages(messages)
    assert [(n.kind, n.subject_id) for n in mine] == [
        (NotificationKind.CLAIMED_CASE_MESSAGE, "I-1")]
    assert Notifier(rob).from_messages(messages) == []
    deadlines = [CaseDeadline("DE", "I-1", now + timedelta(minutes=90)),
                 CaseDeadline("DE", "I-1", now + timedelta(hours=5))]
    notifier = Notifier(ann)
    warned = notifier.from_deadlines(deadlines, now)
    assert [(n.kind, n.due) for n in warned] == [(NotificationKind.CLAIMED_CASE_SLA,
                                                  deadlines[0].due)]
    assert notifier.from_deadlines(deadlines, now + timedelta(minutes=1)) == []
