"""The team store's use cases, each run against a SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from operator_desk.domain.audit import AuditFilter
from operator_desk.domain.models import Role
from operator_desk.domain.money import Money
from operator_desk.domain.team import (
    Actor,
    ApprovalKind,
    ApprovalStatus,
    ChangeKind,
    SanctionStatus,
)
from operator_desk.services.exports import ExportCancelled
from operator_desk.services.team import ApprovalOutcome, TeamActionRefused, TeamService
from operator_desk.store.team_migrations import normalise_url, open_team_store

ANN = Actor("ann", Role.AGENT)
SUE = Actor("sue", Role.SUPERVISOR)
SAM = Actor("sam", Role.SUPERVISOR)
ROB = Actor("rob", Role.REVIEWER)


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=123456)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def desks(team_url: str, clock: Clock) -> Iterator[dict[str, TeamService]]:
    """One team service per person, each with its own engine, as separate desks have."""
    services = {a.name: TeamService(open_team_store(team_url), a, clock=clock)
                for a in (ANN, SUE, SAM, ROB)}
    yield services
    for service in services.values():
        service.close()


def _raw(team_url: str, sql: str, **params: object) -> None:
    engine = create_engine(normalise_url(team_url))
    with engine.begin() as connection:
        connection.execute(text(sql), params)
    engine.dispose()


def test_refund_approval_round_trip(desks: dict[str, TeamService]) -> None:
    ann, sue = desks["ann"], desks["sue"]
    amount = Money.of("312.40", "EUR")
    assert ann.refund_needs_approval("DE", amount)
    request = ann.request_approval(ApprovalKind.REFUND, "DE", "incident", "INC-7", amount,
                                   "damaged on arrival", {"order_line": "OL-1"})
    assert request.status == "pending" and request.amount == amount
    assert [r.id for r in sue.waiting_for_me()] == [request.id]
    assert ann.waiting_for_me() == []  # an agent decides nothing, and never their own

    with pytest.raises(TeamActionRefused, match="person who made it"):
        TeamService(ann.store, Actor("ann", Role.SUPERVISOR)).decide_approval(request.id, True)
    with pytest.raises(TeamActionRefused, match="supervisor"):
        desks["rob"].decide_approval(request.id, True)
    with pytest.raises(TeamActionRefused, match="only an approved"):
        ann.record_carried_out(request.id, {"refund_id": "R-1"})

    outcome = sue.decide_approval(request.id, True, "ok")
    assert outcome.won and outcome.request.status == "approved"
    assert outcome.request.decided_by == "sue"
    sent = ann.record_carried_out(request.id, {"refund_id": "R-1", "http": 204})
    assert sent.status == "sent" and sent.sent_by == "ann"
    actions = [e.action for e in sue.audit_page(AuditFilter(), 0, 10)]
    assert actions == ["refund.sent", "approval.approved", "approval.requested"]
    assert ann.verify_audit().ok


def test_two_supervisors_at_once_exactly_one_wins(desks: dict[str, TeamService]) -> None:
    for round_ in range(3):
        request = desks["ann"].request_approval(ApprovalKind.REFUND, "DE", "incident",
                                                f"INC-{round_}", Money.of(500, "EUR"), "x")
        barrier = threading.Barrier(2)
        outcomes: dict[str, ApprovalOutcome] = {}

        def decide(name: str, approve: bool, request_id: int = request.id,
                   barrier: threading.Barrier = barrier,
                   outcomes: dict[str, ApprovalOutcome] = outcomes) -> None:
            barrier.wait()
            outcomes[name] = desks[name].decide_approval(request_id, approve)

        threads = [threading.Thread(target=decide, args=("sue", True)),
                   threading.Thread(target=decide, args=("sam", False))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        winners = [name for name, o in outcomes.items() if o.won]
        assert len(winners) == 1
        loser = outcomes["sam" if winners == ["sue"] else "sue"]
        assert loser.request.decided_by == winners[0]  # the other is told who won
        assert loser.request.status == ("approved" if winners == ["sue"] else "declined")
    assert desks["sue"].verify_audit().ok


def test_cancel_only_while_pending(desks: dict[str, TeamService]) -> None:
    ann = desks["ann"]
    first = ann.request_approval(ApprovalKind.REFUND, "ES", "incident", "I-1",
                                 Money.of(260, "EUR"), "x")
    assert not desks["rob"].cancel_approval(first.id)  # not theirs
    assert ann.cancel_approval(first.id)
    assert not desks["sue"].decide_approval(first.id, True).won
    assert [r.status for r in ann.my_requests()] == ["cancelled"]


def test_claims_one_holder_expiry_and_next(desks: dict[str, TeamService], clock: Clock) -> None:
    ann, rob = desks["ann"], desks["rob"]
    assert ann.claim("DE", "I-1", timedelta(minutes=10)).won
    taken = rob.claim("DE", "I-1")
    assert not taken.won and taken.claim.holder == "ann"
    assert ann.claim("DE", "I-1", timedelta(minutes=10)).won  # renewing is fine
    queue = [("DE", "I-1"), ("DE", "I-2"), ("ES", "I-1")]
    assert rob.next_unclaimed(queue) == ("DE", "I-2")
    assert ann.next_unclaimed(queue) == ("DE", "I-1")  # one's own claim does not hide a case
    clock.now += timedelta(minutes=11)
    assert rob.claim("DE", "I-1").won  # expired: taken over
    assert ann.next_unclaimed(queue) == ("DE", "I-2")
    assert not ann.release("DE", "I-1")
    assert rob.release("DE", "I-1")
    assert ann.active_claims() == []
    actions = [e.action for e in ann.audit_page(AuditFilter(action="claim"), 0, 10)]
    assert actions == ["claim.released", "claim.taken", "claim.taken"]


def test_concurrent_claims_have_one_winner(desks: dict[str, TeamService]) -> None:
    barrier = threading.Barrier(3)
    results = {}

    def claim(name: str) -> None:
        barrier.wait()
        results[name] = desks[name].claim("NL", "I-9")

    threads = [threading.Thread(target=claim, args=(n,)) for n in ("ann", "rob", "sue")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [n for n, r in results.items() if r.won]
    assert len(winners) == 1
    assert {r.claim.holder for r in results.values()} == set(winners)


def test_decisions_and_notes(desks: dict[str, TeamService]) -> None:
    ann = desks["ann"]
    decision = ann.record_decision("DE", "I-3", "close", "accepted the seller's fix",
                                   "tracking shows delivery", seen=["M-1", "M-2"],
                                   amount=Money.of("19.99", "EUR"))
    assert desks["sue"].decisions_for_case("DE", "I-3") == [decision]
    note = ann.add_note("DE", "shop", "S-2001", "Seller called: asks us to wait until Monday.")
    assert desks["rob"].notes("DE", "shop", "S-2001") == [note]
    with pytest.raises(TeamActionRefused):
        ann.add_note("DE", "shop", "S-2001", "  ")
    entries = ann.audit_page(AuditFilter(action="note"), 0, 5)
    assert entries[0].event.after == {"note_id": note.id}  # the body stays out of the log


def test_sanction_ladder_approval_and_appeal(desks: dict[str, TeamService]) -> None:
    rob, sue = desks["rob"], desks["sue"]
    first = rob.propose_sanction("DE", "S-1", "off_platform_contact", "You asked a buyer to "
                                 "write to your private e-mail address on 3 March.")
    assert first.level == "warning" and first.status == "proposed"
    assert sue.decide_approval(first.approval_id or 0, True).won
    applied = sue.apply_sanction(first.id, {"shop_state": "OPEN"})
    assert applied.status == SanctionStatus.APPLIED and applied.effective_from is not None
    approval = sue.approval(first.approval_id or 0)
    assert approval is not None and approval.status == ApprovalStatus.SENT
    second = rob.propose_sanction("DE", "S-1", "late_replies", "Replies late on 12 orders.")
    assert second.level == "restriction:30"  # recidivism moves up the ladder
    assert sue.decide_approval(second.approval_id or 0, False).request.status == "declined"
    assert sue.sanctions_for_shop("DE", "S-1")[1].status == SanctionStatus.DECLINED
    with pytest.raises(TeamActionRefused):
        sue.apply_sanction(second.id, {})
    with pytest.raises(TeamActionRefused, match="statement of reasons"):
        rob.propose_sanction("DE", "S-1", "x", " ")
    appeal = rob.record_appeal(first.id, "The address was the platform's.",
                               datetime(2026, 3, 5, tzinfo=UTC))
    decided = sue.decide_appeal(appeal.id, True, "Upheld: the address was the platform's.")
    assert decided.status == "upheld"
    assert sue.sanctions_for_shop("DE", "S-1")[0].status == SanctionStatus.REVOKED
    with pytest.raises(TeamActionRefused, match="already"):
        sue.decide_appeal(appeal.id, False, "again")


def test_templates_seed_once_and_version(desks: dict[str, TeamService], tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "refunds.json").write_text(json.dumps({"templates": [
        {"key": "refund_done", "topic": "refund", "audience": "customer", "language": lang,
         "title": f"Refund {lang}", "body": "Hello {name}, we refunded {amount}."}
        for lang in ("de", "es", "nl", "en")]}), "utf-8")
    (folder / "sellers.json").write_text(json.dumps({"templates": [
        {"key": "reply_late", "topic": "sla", "audience": "seller", "language": "de",
         "title": "Antwortzeit", "body": "Bitte antworten Sie binnen {hours} Stunden."}]}))
    ann = desks["ann"]
    assert ann.seed_templates(folder) == 5
    assert ann.seed_templates(folder) == 0  # what the store has is left alone
    german = desks["rob"].templates(language="de")
    assert [t.key for t in german] == ["refund_done", "reply_late"]
    refund = german[0]
    saved = ann.save_template(refund.id, "Erstattung", "Hallo {name}, erstattet: {amount}.",
                              expected_version=1)
    assert saved.current.version == 2 and saved.current.author == "ann"
    with pytest.raises(TeamActionRefused, match="meanwhile"):
        desks["rob"].save_template(refund.id, "x", "y", expected_version=1)
    assert [v.version for v in ann.template_versions(refund.id)] == [1, 2]


def test_a_bad_template_file_adds_nothing(desks: dict[str, TeamService], tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"templates": [
        {"key": "k", "topic": "t", "audience": "customer", "language": "de", "title": "T",
         "body": "B"}]}))
    (tmp_path / "b.json").write_text(json.dumps({"templates": [
        {"key": "k2", "topic": "t", "audience": "buyer", "language": "de", "title": "T",
         "body": "B"}]}))
    with pytest.raises(TeamActionRefused, match=r"b\.json, template 1"):
        desks["ann"].seed_templates(tmp_path)
    assert desks["ann"].templates() == []


def test_rule_settings_are_versioned(desks: dict[str, TeamService]) -> None:
    sue, sam = desks["sue"], desks["sam"]
    defaults = sue.rule_settings("CH")
    assert defaults.version == 0 and defaults.currency == "CHF"
    changed = sue.save_rule_settings(defaults.with_changes(
        four_eyes={"agent": Money.of(100, "CHF")}, response_rule="business-hours:24"),
        note="tighter for Switzerland")
    assert changed.version == 1 and changed.changed_by == "sue"
    assert desks["ann"].rule_settings("CH").four_eyes["agent"] == Money.of(100, "CHF")
    with pytest.raises(TeamActionRefused, match="meanwhile"):
        sam.save_rule_settings(defaults.with_changes(refund_window_days=90))
    assert [s.version for s in sam.rule_settings_history("CH")] == [1]
    entry = sam.audit_page(AuditFilter(action="settings"), 0, 1)[0]
    assert entry.event.before["version"] == 0 and entry.event.after["response_rule"] == \
        "business-hours:24"


def test_change_feed_in_order(desks: dict[str, TeamService]) -> None:
    ann = desks["ann"]
    start = desks["sue"].last_change_id()
    ann.claim("DE", "I-1")
    request = ann.request_approval(ApprovalKind.REFUND, "DE", "incident", "I-1",
                                   Money.of(400, "EUR"), "x")
    ann.record_decision("DE", "I-1", "refund_requested", "asked", "x")
    changes = desks["sue"].changes_since(start)
    assert [c.kind for c in changes] == [ChangeKind.CLAIM, ChangeKind.APPROVAL,
                                         ChangeKind.DECISION]
    assert changes[1].entity_id == str(request.id)
    assert [c.id for c in changes] == sorted(c.id for c in changes)


def test_audit_tamper_edit_and_delete(desks: dict[str, TeamService], team_url: str) -> None:
    ann, sue = desks["ann"], desks["sue"]
    for n in range(4):
        request = ann.request_approval(ApprovalKind.REFUND, "DE", "incident", f"I-{n}",
                                       Money.of(300 + n, "EUR"), "x")
        sue.decide_approval(request.id, True)
    assert sue.verify_audit().ok and sue.verify_audit().count == 8
    _raw(team_url, "UPDATE audit_log SET amount_minor = 1 WHERE seq = 3")
    report = sue.verify_audit()
    assert not report.ok and report.broken_seq == 3
    _raw(team_url, "UPDATE audit_log SET amount_minor = 30100 WHERE seq = 3")
    assert sue.verify_audit().ok  # the original value verifies again
    _raw(team_url, "DELETE FROM audit_log WHERE seq = 5")
    report = sue.verify_audit()
    assert not report.ok and report.broken_seq == 5 and "missing" in report.reason


def test_audit_tail_deletion_and_filters(desks: dict[str, TeamService], team_url: str,
                                         clock: Clock) -> None:
    ann = desks["ann"]
    for n in range(6):
        clock.now += timedelta(hours=1)
        desks["ann" if n % 2 else "rob"].audit(
            "incident.closed", market="DE" if n < 3 else "ES", subject_type="incident",
            subject_id=f"I-{n}", response={"code": 204})
    assert ann.audit_count(AuditFilter(actor="ann")) == 3
    assert ann.audit_count(AuditFilter(market="ES", actor="rob")) == 1
    assert ann.audit_count(AuditFilter(action="incident")) == 6
    assert ann.audit_count(AuditFilter(action="incident.c%")) == 0  # no LIKE wildcards
    assert ann.audit_count(AuditFilter(since=clock.now - timedelta(hours=2))) == 3
    assert [e.seq for e in ann.audit_page(AuditFilter(), 2, 2)] == [4, 3]
    assert ann.audit_filter_values()["market"] == ["DE", "ES"]
    _raw(team_url, "DELETE FROM audit_log WHERE seq = 6")
    report = ann.verify_audit()
    assert not report.ok and "removed" in report.reason


def test_audit_csv_export(desks: dict[str, TeamService], tmp_path: Path) -> None:
    ann = desks["ann"]
    ann.audit("refund.sent", market="DE", amount=Money.of("12.30", "EUR"),
              response={"refund_id": "R-1"})
    ann.audit("incident.closed", market="ES")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "audit.csv"
    assert ann.export_audit_csv(AuditFilter(market="DE"), target) == 1
    lines = target.read_text("utf-8").splitlines()
    assert lines[0].startswith("seq,at,actor") and ",12.30,EUR," in lines[1]
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ExportCancelled):
        ann.export_audit_csv(AuditFilter(), out / "cancelled.csv", cancel)
    assert sorted(p.name for p in out.iterdir()) == ["audit.csv"]
