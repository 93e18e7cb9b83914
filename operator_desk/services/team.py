"""Team use cases: decisions, approvals, claims, notes, sanctions, appeals, templates, rule
settings and the audit log, on the shared team store.

Every change is one transaction that writes the change itself, an entry in the change feed
(colleagues' desks reload from it) and an entry in the hash-chained audit log: nothing is half
written. Every method touches the database: call it off the UI thread.
"""

from __future__ import annotations

import csv
import json
import logging
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from operator_desk.domain.audit import AuditEntry, AuditEvent, AuditFilter, ChainReport
from operator_desk.domain.money import Money
from operator_desk.domain.permissions import Action, allowed, denial_reason
from operator_desk.domain.team import (
    DEFAULT_CLAIM_TTL,
    Actor,
    Appeal,
    AppealStatus,
    ApprovalKind,
    ApprovalRequest,
    ApprovalStatus,
    Change,
    ChangeKind,
    Claim,
    ClaimResult,
    Decision,
    Delivery,
    Note,
    RuleSettings,
    SanctionEntry,
    SanctionStatus,
    TeamRuleError,
    Template,
    TemplateVersion,
    check_template_fields,
    may_decide,
)
from operator_desk.store.team import (
    AppealRepository,
    ApprovalRepository,
    ChangeFeed,
    ClaimRepository,
    DecisionRepository,
    NoteRepository,
    RuleSettingsRepository,
    SanctionRepository,
    TemplateRepository,
)
from operator_desk.store.team_audit import AuditRepository
from operator_desk.store.team_migrations import TeamStore

from .exports import check_cancel, whole_file

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
# Decision actions by which an operator refuses a seller's "solved" (incident review).
REOPENING_ACTIONS = ("dispute", "keep_open", "reopen")


class TeamActionRefused(Exception):
    """A team action breaks a rule (four eyes, role, wrong state); the message says which."""


@dataclass(frozen=True, slots=True)
class ApprovalOutcome:
    """The result of deciding a request: ``won`` is False when a colleague decided first."""

    won: bool
    request: ApprovalRequest


@dataclass(frozen=True, slots=True)
class TeamIdentity:
    """Who works and where: handed to the UI for wording ("you", "a colleague")."""

    actor: Actor
    store_url: str
    backend: str
    read_only_reason: str | None


def _utc_now() -> datetime:
    return datetime.now(UTC)


class TeamService:
    """The team's shared state for one person at one desk."""

    def __init__(self, store: TeamStore, actor: Actor, *, clock: Clock = _utc_now,
                 currencies: Mapping[str, str] | None = None) -> None:
        self.store = store
        self.actor = actor
        self.clock = clock
        self.currencies = dict(currencies or {"DE": "EUR", "ES": "EUR", "NL": "EUR",
                                              "CH": "CHF"})

    @property
    def identity(self) -> TeamIdentity:
        return TeamIdentity(self.actor, self.store.display_url, self.store.dialect,
                       self.store.read_only_reason)

    def close(self) -> None:
        self.store.dispose()

    # -- plumbing ----------------------------------------------------------------------------
    def _event(self, action: str, **fields: Any) -> AuditEvent:
        return AuditEvent(actor=self.actor.name, role=self.actor.role.value, action=action,
                          **fields)

    def _currency(self, market: str) -> str:
        return self.currencies.get(market.upper(), "EUR")

    # -- change feed -------------------------------------------------------------------------
    def last_change_id(self) -> int:
        with self.store.read() as session:
            return ChangeFeed(session).last_id()

    def changes_since(self, last_seen: int, limit: int = 500) -> list[Change]:
        with self.store.read() as session:
            return ChangeFeed(session).since(last_seen, limit)

    # -- decisions ---------------------------------------------------------------------------
    def record_decision(self, market: str, incident_id: str, action: str, outcome: str,
                        reasons: str, seen: Sequence[str] = (),
                        amount: Money | None = None) -> Decision:
        """Record who decided what on an incident, what they had seen (ids) and why."""
        now = self.clock()
        with self.store.write() as session:
            decision = DecisionRepository(session).add(
                market=market, incident_id=incident_id, actor=self.actor.name,
                role=self.actor.role.value, action=action, outcome=outcome, reasons=reasons,
                seen=seen, amount=amount, now=now)
            ChangeFeed(session).record(ChangeKind.DECISION, decision.id, market,
                                       self.actor.name, now)
            AuditRepository(session).append(self._event(
                f"decision.{action}", market=market, subject_type="incident",
                subject_id=incident_id, amount=amount,
                after={"decision_id": decision.id, "outcome": outcome,
                       "seen": list(seen)}), now)
        return decision

    def my_decisions_since(self, since: datetime, actions: tuple[str, ...] = ()
                           ) -> list[Decision]:
        with self.store.read() as session:
            return DecisionRepository(session).by_actor_since(self.actor.name, since, actions)

    def decisions_for_case(self, market: str, incident_id: str) -> list[Decision]:
        with self.store.read() as session:
            return DecisionRepository(session).for_case(market, incident_id)

    def disputed_incidents(self, markets: Iterable[str] = ()) -> set[tuple[str, str]]:
        """Incidents an operator did not accept as solved (a dispute or keep-open decision):
        the seller scorecard counts them as reopened even after they were closed."""
        with self.store.read() as session:
            return DecisionRepository(session).incidents_with(REOPENING_ACTIONS, markets)

    # -- approvals ---------------------------------------------------------------------------
    def refund_needs_approval(self, market: str, amount: Money) -> bool:
        """Whether this desk's user needs a supervisor's yes to refund ``amount``."""
        return self.rule_settings(market).needs_approval(self.actor.role.value, amount)

    def request_approval(self, kind: ApprovalKind, market: str, subject_type: str,
                         subject_id: str, amount: Money | None, reason: str,
                         details: Mapping[str, Any] | None = None) -> ApprovalRequest:
        """Ask a supervisor to approve (a refund above the threshold, a sanction)."""
        now = self.clock()
        with self.store.write() as session:
            request = self._create_request(session, kind, market, subject_type, subject_id,
                                           amount, reason, details or {}, now)
        return request

    def _create_request(self, session: Any, kind: ApprovalKind, market: str, subject_type: str,
                        subject_id: str, amount: Money | None, reason: str,
                        details: Mapping[str, Any], now: datetime) -> ApprovalRequest:
        request = ApprovalRepository(session).create(
            kind=kind.value, market=market, subject_type=subject_type, subject_id=subject_id,
            requested_by=self.actor.name, requester_role=self.actor.role.value,
            amount=amount, reason=reason, details=dict(details), now=now)
        ChangeFeed(session).record(ChangeKind.APPROVAL, request.id, market, self.actor.name,
                                   now)
        AuditRepository(session).append(self._event(
            "approval.requested", market=market, subject_type=subject_type,
            subject_id=subject_id, amount=amount,
            after={"approval_id": request.id, "kind": kind.value, "status": request.status}),
            now)
        return request

    def approval(self, approval_id: int) -> ApprovalRequest | None:
        with self.store.read() as session:
            return ApprovalRepository(session).get(approval_id)

    def waiting_for_me(self, markets: Iterable[str] = ()) -> list[ApprovalRequest]:
        """Pending requests this user may decide (not their own; supervisors only)."""
        with self.store.read() as session:
            pending = ApprovalRepository(session).find(
                statuses=[ApprovalStatus.PENDING], markets=markets)
        return [r for r in pending if may_decide(self.actor, r) is None]

    def my_requests(self, statuses: Iterable[str] = ()) -> list[ApprovalRequest]:
        with self.store.read() as session:
            return ApprovalRepository(session).find(statuses=statuses,
                                                    requested_by=self.actor.name)

    def approvals(self, *, statuses: Iterable[str] = (), kind: str | None = None,
                  markets: Iterable[str] = ()) -> list[ApprovalRequest]:
        with self.store.read() as session:
            return ApprovalRepository(session).find(statuses=statuses, kind=kind,
                                                    markets=markets)

    def decide_approval(self, approval_id: int, approve: bool,
                        note: str | None = None) -> ApprovalOutcome:
        """Approve or decline. When two supervisors decide at once exactly one wins; the
        other gets ``won=False`` with the request as the winner left it."""
        now = self.clock()
        target = ApprovalStatus.APPROVED if approve else ApprovalStatus.DECLINED
        with self.store.write() as session:
            repo = ApprovalRepository(session)
            request = repo.get(approval_id)
            if request is None:
                raise TeamActionRefused(f"approval request {approval_id} does not exist")
            refusal = may_decide(self.actor, request)
            if refusal:
                raise TeamActionRefused(refusal)
            won = repo.decide(approval_id, target, by=self.actor.name,
                              role=self.actor.role.value, note=note, now=now)
            current = repo.get(approval_id)
            assert current is not None
            if not won:
                return ApprovalOutcome(False, current)
            if request.kind == ApprovalKind.SANCTION:
                sanctions = SanctionRepository(session)
                sanction = sanctions.by_approval(approval_id)
                if sanction is not None:
                    sanctions.move(sanction.id, [SanctionStatus.PROPOSED],
                                   SanctionStatus.APPROVED if approve
                                   else SanctionStatus.DECLINED, by=self.actor.name, now=now)
                    ChangeFeed(session).record(ChangeKind.SANCTION, sanction.id,
                                               request.market, self.actor.name, now)
            ChangeFeed(session).record(ChangeKind.APPROVAL, approval_id, request.market,
                                       self.actor.name, now)
            AuditRepository(session).append(self._event(
                f"approval.{target.value}", market=request.market,
                subject_type=request.subject_type, subject_id=request.subject_id,
                amount=request.amount,
                before={"approval_id": approval_id, "status": request.status},
                after={"approval_id": approval_id, "status": target.value,
                       "requested_by": request.requested_by}), now)
        return ApprovalOutcome(True, current)

    def cancel_approval(self, approval_id: int) -> bool:
        """Withdraw one's own request while nobody has decided it."""
        now = self.clock()
        with self.store.write() as session:
            repo = ApprovalRepository(session)
            request = repo.get(approval_id)
            if request is None or not repo.cancel(approval_id, by=self.actor.name, now=now):
                return False
            ChangeFeed(session).record(ChangeKind.APPROVAL, approval_id, request.market,
                                       self.actor.name, now)
            AuditRepository(session).append(self._event(
                "approval.cancelled", market=request.market, subject_type=request.subject_type,
                subject_id=request.subject_id, amount=request.amount,
                before={"approval_id": approval_id, "status": request.status},
                after={"approval_id": approval_id, "status": "cancelled"}), now)
        return True

    def record_carried_out(self, approval_id: int, response: Mapping[str, Any],
                           *, failed: bool = False) -> ApprovalRequest:
        """The approved action was sent to the marketplace (or refused by it): record it with
        the platform's response (ids and codes only) in the audit log."""
        now = self.clock()
        target = ApprovalStatus.FAILED if failed else ApprovalStatus.SENT
        with self.store.write() as session:
            repo = ApprovalRepository(session)
            request = repo.get(approval_id)
            if request is None:
                raise TeamActionRefused(f"approval request {approval_id} does not exist")
            if not repo.mark_carried_out(approval_id, target, by=self.actor.name, now=now):
                raise TeamActionRefused(
                    f"request {approval_id} is {request.status}; only an approved request "
                    "can be carried out")
            ChangeFeed(session).record(ChangeKind.APPROVAL, approval_id, request.market,
                                       self.actor.name, now)
            AuditRepository(session).append(self._event(
                f"{request.kind}.{target.value}", market=request.market,
                subject_type=request.subject_type, subject_id=request.subject_id,
                amount=request.amount,
                before={"approval_id": approval_id, "status": request.status},
                after={"approval_id": approval_id, "status": target.value},
                response=response), now)
            current = repo.get(approval_id)
        assert current is not None
        return current

    # -- claims ------------------------------------------------------------------------------
    def claim(self, market: str, case_id: str,
              ttl: timedelta = DEFAULT_CLAIM_TTL) -> ClaimResult:
        """Claim a case (or renew one's claim). ``won`` is False when a colleague holds it."""
        now = self.clock()
        with self.store.write() as session:
            claims = ClaimRepository(session)
            before = claims.get(market, case_id)
            result = claims.claim(market, case_id, self.actor.name, now, ttl)
            renewed = (before is not None and before.holder == self.actor.name
                       and before.is_active(now))
            if result.won and not renewed:
                ChangeFeed(session).record(ChangeKind.CLAIM, f"{market}/{case_id}", market,
                                           self.actor.name, now)
                taken_from = (before.holder if before is not None
                              and before.holder != self.actor.name else None)
                AuditRepository(session).append(self._event(
                    "claim.taken", market=market, subject_type="incident", subject_id=case_id,
                    before={"holder": taken_from} if taken_from else {},
                    after={"holder": self.actor.name,
                           "expires": result.claim.expires_at.isoformat()}), now)
        return result

    def release(self, market: str, case_id: str) -> bool:
        now = self.clock()
        with self.store.write() as session:
            if not ClaimRepository(session).release(market, case_id, self.actor.name):
                return False
            ChangeFeed(session).record(ChangeKind.CLAIM, f"{market}/{case_id}", market,
                                       self.actor.name, now)
            AuditRepository(session).append(self._event(
                "claim.released", market=market, subject_type="incident", subject_id=case_id),
                now)
        return True

    def active_claims(self, markets: Iterable[str] = ()) -> list[Claim]:
        with self.store.read() as session:
            return ClaimRepository(session).active(self.clock(), markets=markets)

    def my_claims(self) -> list[Claim]:
        with self.store.read() as session:
            return ClaimRepository(session).active(self.clock(), holder=self.actor.name)

    def next_unclaimed(self, candidates: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
        """The first (market, case id) in queue order that no colleague is working on."""
        ordered = list(candidates)
        markets = {market for market, _ in ordered}
        taken = {(c.market, c.case_id) for c in self.active_claims(markets)
                 if c.holder != self.actor.name}
        return next((case for case in ordered if case not in taken), None)

    # -- notes -------------------------------------------------------------------------------
    def add_note(self, market: str, subject_type: str, subject_id: str, body: str) -> Note:
        """An internal note on a case or a seller; never sent to anyone outside the team."""
        if not body.strip():
            raise TeamActionRefused("a note needs some text")
        now = self.clock()
        with self.store.write() as session:
            note = NoteRepository(session).add(market=market, subject_type=subject_type,
                                               subject_id=subject_id, author=self.actor.name,
                                               body=body, now=now)
            ChangeFeed(session).record(ChangeKind.NOTE, note.id, market, self.actor.name, now)
            AuditRepository(session).append(self._event(
                "note.added", market=market, subject_type=subject_type, subject_id=subject_id,
                after={"note_id": note.id}), now)
        return note

    def notes(self, market: str, subject_type: str, subject_id: str) -> list[Note]:
        with self.store.read() as session:
            return NoteRepository(session).for_subject(market, subject_type, subject_id)

    # -- sanctions and appeals ---------------------------------------------------------------
    def propose_sanction(self, market: str, shop_id: str, breach: str,
                         statement_of_reasons: str, level: str | None = None,
                         effective_until: datetime | None = None, *,
                         evidence: Sequence[Mapping[str, Any]] = (),
                         language: str | None = None,
                         auto_lift: bool = False) -> SanctionEntry:
        """Propose the next step of the market's ladder (or ``level``) for a seller; it waits
        for a supervisor's approval. The statement of reasons goes to the seller; ``evidence``
        holds the ids (and kinds, dates) of what it rests on, never message bodies."""
        if not statement_of_reasons.strip():
            raise TeamActionRefused("a sanction needs a statement of reasons for the seller")
        settings = self.rule_settings(market)
        now = self.clock()
        with self.store.write() as session:
            sanctions = SanctionRepository(session)
            if level is None:
                since = now - timedelta(days=settings.recidivism_window_days)
                level = settings.next_sanction_level(sanctions.count_since(market, shop_id,
                                                                           since))
            elif level not in settings.sanction_ladder:
                raise TeamActionRefused(f"{level!r} is not a step of market {market}'s "
                                        f"ladder ({', '.join(settings.sanction_ladder)})")
            request = self._create_request(session, ApprovalKind.SANCTION, market, "shop",
                                           shop_id, None, breach, {"level": level}, now)
            sanction = sanctions.propose(
                market=market, shop_id=shop_id, level=level, breach=breach,
                statement_of_reasons=statement_of_reasons, proposed_by=self.actor.name,
                approval_id=request.id, effective_until=effective_until, now=now,
                evidence=[dict(e) for e in evidence], language=language, auto_lift=auto_lift)
            ChangeFeed(session).record(ChangeKind.SANCTION, sanction.id, market,
                                       self.actor.name, now)
            AuditRepository(session).append(self._event(
                "sanction.proposed", market=market, subject_type="shop", subject_id=shop_id,
                after={"sanction_id": sanction.id, "level": level, "breach": breach,
                       "approval_id": request.id,
                       "evidence": [f"{e.get('kind')}:{e.get('id')}" for e in evidence]}), now)
        return sanction

    def _sanction_changed(self, session: Any, sanction: SanctionEntry, action: str,
                          now: datetime, after: Mapping[str, Any],
                          response: Mapping[str, Any] | None = None) -> None:
        ChangeFeed(session).record(ChangeKind.SANCTION, sanction.id, sanction.market,
                                   self.actor.name, now)
        AuditRepository(session).append(self._event(
            action, market=sanction.market, subject_type="shop", subject_id=sanction.shop_id,
            before={"sanction_id": sanction.id, "status": sanction.status},
            after={"sanction_id": sanction.id, **after}, response=response or {}), now)

    def _move_sanction(self, sanction_id: int, from_statuses: Sequence[SanctionStatus],
                       to: SanctionStatus, action: str, response: Mapping[str, Any],
                       step: str, **extra: Any) -> SanctionEntry:
        now = self.clock()
        with self.store.write() as session:
            sanctions = SanctionRepository(session)
            sanction = sanctions.get(sanction_id)
            if sanction is None or not sanctions.move(sanction_id, from_statuses, to,
                                                      by=self.actor.name, now=now, **extra):
                state = sanction.status if sanction else "unknown"
                raise TeamActionRefused(f"sanction {sanction_id} is {state}; it cannot become "
                                        f"{to.value}")
            if response or step:
                sanctions.add_platform_response(sanction_id, {
                    "step": step, "at": now.isoformat(), "by": self.actor.name,
                    "response": dict(response)})
            if sanction.approval_id is not None and to in (SanctionStatus.APPLIED,
                                                           SanctionStatus.NOTIFIED):
                ApprovalRepository(session).mark_carried_out(
                    sanction.approval_id, ApprovalStatus.SENT, by=self.actor.name, now=now)
            self._sanction_changed(session, sanction, action, now,
                                   {"status": to.value, "level": sanction.level}, response)
            moved = sanctions.get(sanction_id)
        assert moved is not None
        return moved

    def apply_sanction(self, sanction_id: int, response: Mapping[str, Any], *,
                       statement: str | None = None, step: str = "apply",
                       effective_until: datetime | None = None,
                       delivery: Delivery = Delivery.SENT) -> SanctionEntry:
        """An approved sanction (or a termination whose notice ran) was applied on the
        marketplace: record it, the statement as sent, its end date and the platform's
        response (``delivery`` failed: applied, but the statement did not go out)."""
        extra: dict[str, Any] = {"delivery": delivery.value}
        if statement is not None:
            extra["statement_of_reasons"] = statement
        if effective_until is not None:
            extra["effective_until"] = effective_until
        return self._move_sanction(sanction_id, [SanctionStatus.APPROVED,
                                                 SanctionStatus.NOTIFIED],
                                   SanctionStatus.APPLIED, "sanction.applied", response, step,
                                   **extra)

    def notify_sanction(self, sanction_id: int, effective_from: datetime,
                        response: Mapping[str, Any], *, statement: str) -> SanctionEntry:
        """A termination's notice (the statement, with its effective date) was sent; the
        termination itself is carried out on ``effective_from``."""
        return self._move_sanction(sanction_id, [SanctionStatus.APPROVED],
                                   SanctionStatus.NOTIFIED, "sanction.notified", response,
                                   "notify", effective_from=effective_from,
                                   statement_of_reasons=statement,
                                   delivery=Delivery.SENT.value)

    def lift_sanction(self, sanction_id: int, response: Mapping[str, Any],
                      reason: str = "") -> SanctionEntry:
        """An applied restriction or suspension was lifted on the platform (its end date, or
        early): record who lifted it, when, why and the platform's response."""
        return self._move_sanction(sanction_id, [SanctionStatus.APPLIED],
                                   SanctionStatus.LIFTED, "sanction.lifted",
                                   {**dict(response), **({"reason": reason} if reason else {})},
                                   "lift")

    def sanction_delivery(self, sanction_id: int, delivery: Delivery, step: str,
                          response: Mapping[str, Any]) -> SanctionEntry:
        """Record how a sanction's writes went without changing its status: queued in the
        outbox (``waiting``), or refused by the platform (``failed``, to be tried again)."""
        now = self.clock()
        with self.store.write() as session:
            sanctions = SanctionRepository(session)
            sanction = sanctions.get(sanction_id)
            if sanction is None:
                raise TeamActionRefused(f"sanction {sanction_id} does not exist")
            sanctions.add_platform_response(sanction_id, {
                "step": step, "at": now.isoformat(), "by": self.actor.name,
                "response": dict(response)}, delivery=delivery.value)
            if delivery == Delivery.FAILED and sanction.approval_id is not None:
                ApprovalRepository(session).mark_carried_out(
                    sanction.approval_id, ApprovalStatus.FAILED, by=self.actor.name, now=now)
            self._sanction_changed(session, sanction, f"sanction.{delivery.value}", now,
                                   {"delivery": delivery.value, "step": step}, response)
            changed = sanctions.get(sanction_id)
        assert changed is not None
        return changed

    def sanction(self, sanction_id: int) -> SanctionEntry | None:
        with self.store.read() as session:
            return SanctionRepository(session).get(sanction_id)

    def sanctions_for_shop(self, market: str, shop_id: str) -> list[SanctionEntry]:
        with self.store.read() as session:
            return SanctionRepository(session).for_shop(market, shop_id)

    def sanctions(self, *, statuses: Iterable[str] = (),
                  markets: Iterable[str] = ()) -> list[SanctionEntry]:
        with self.store.read() as session:
            return SanctionRepository(session).find(statuses=statuses, markets=markets)

    def due_sanctions(self, markets: Iterable[str] = ()) -> list[SanctionEntry]:
        """Sanctions whose date has come: to lift, or terminations to carry out."""
        with self.store.read() as session:
            return SanctionRepository(session).due(self.clock(), markets)

    def appeals_for(self, sanction_id: int) -> list[Appeal]:
        with self.store.read() as session:
            return AppealRepository(session).for_sanction(sanction_id)

    def record_appeal(self, sanction_id: int, grounds: str, received: datetime) -> Appeal:
        """Register a seller's appeal against a sanction."""
        if not grounds.strip():
            raise TeamActionRefused("an appeal needs the seller's grounds")
        now = self.clock()
        with self.store.write() as session:
            sanction = SanctionRepository(session).get(sanction_id)
            if sanction is None:
                raise TeamActionRefused(f"sanction {sanction_id} does not exist")
            appeal = AppealRepository(session).add(sanction=sanction, grounds=grounds,
                                                   received=received)
            ChangeFeed(session).record(ChangeKind.APPEAL, appeal.id, sanction.market,
                                       self.actor.name, now)
            AuditRepository(session).append(self._event(
                "appeal.received", market=sanction.market, subject_type="shop",
                subject_id=sanction.shop_id,
                after={"appeal_id": appeal.id, "sanction_id": sanction_id}), now)
        return appeal

    def decide_appeal(self, appeal_id: int, upheld: bool, outcome: str,
                      response: Mapping[str, Any] | None = None) -> Appeal:
        """Decide an open appeal; an upheld appeal revokes the sanction (``response``: what
        the platform answered to undoing it, where it had been applied)."""
        now = self.clock()
        status = AppealStatus.UPHELD if upheld else AppealStatus.REJECTED
        with self.store.write() as session:
            appeals = AppealRepository(session)
            appeal = appeals.get(appeal_id)
            if appeal is None:
                raise TeamActionRefused(f"appeal {appeal_id} does not exist")
            if not appeals.decide(appeal_id, status, by=self.actor.name, outcome=outcome,
                                  now=now):
                raise TeamActionRefused(f"appeal {appeal_id} was already decided")
            if upheld:
                sanctions = SanctionRepository(session)
                if not sanctions.move(appeal.sanction_id, SanctionStatus.in_force(),
                                      SanctionStatus.REVOKED, by=self.actor.name, now=now):
                    # It already ran its course: revoked all the same (it no longer counts
                    # towards recidivism), keeping who lifted it and when.
                    lifted = sanctions.get(appeal.sanction_id)
                    if lifted is not None:
                        sanctions.move(appeal.sanction_id, [SanctionStatus.LIFTED],
                                       SanctionStatus.REVOKED, by=self.actor.name, now=now,
                                       lifted_by=lifted.lifted_by, lifted_at=lifted.lifted_at,
                                       effective_until=lifted.effective_until)
                if response:
                    sanctions.add_platform_response(appeal.sanction_id, {
                        "step": "revoke", "at": now.isoformat(), "by": self.actor.name,
                        "response": dict(response)})
                ChangeFeed(session).record(ChangeKind.SANCTION, appeal.sanction_id,
                                           appeal.market, self.actor.name, now)
            ChangeFeed(session).record(ChangeKind.APPEAL, appeal_id, appeal.market,
                                       self.actor.name, now)
            AuditRepository(session).append(self._event(
                f"appeal.{status.value}", market=appeal.market, subject_type="shop",
                subject_id=appeal.shop_id,
                after={"appeal_id": appeal_id, "sanction_id": appeal.sanction_id,
                       "status": status.value}, response=response or {}), now)
            decided = appeals.get(appeal_id)
        assert decided is not None
        return decided

    # -- templates ---------------------------------------------------------------------------
    def templates(self, *, language: str | None = None, audience: str | None = None,
                  topic: str | None = None) -> list[Template]:
        with self.store.read() as session:
            return TemplateRepository(session).find(language=language, audience=audience,
                                                    topic=topic)

    def template_versions(self, template_id: int) -> list[TemplateVersion]:
        with self.store.read() as session:
            return TemplateRepository(session).versions(template_id)

    def create_template(self, key: str, topic: str, audience: str, language: str, title: str,
                        body: str) -> Template:
        try:
            check_template_fields(key, topic, audience, language, title, body)
        except TeamRuleError as exc:
            raise TeamActionRefused(str(exc)) from exc
        now = self.clock()
        with self.store.write() as session:
            template = TemplateRepository(session).create(
                key=key, language=language, audience=audience, topic=topic, title=title,
                body=body, author=self.actor.name, now=now)
            self._template_changed(session, template.id, template.current.version, now)
        return template

    def save_template(self, template_id: int, title: str, body: str,
                      expected_version: int) -> Template:
        """A new version of a template; refused when a colleague saved one meanwhile."""
        now = self.clock()
        with self.store.write() as session:
            repo = TemplateRepository(session)
            if not repo.add_version(template_id, title=title, body=body,
                                    author=self.actor.name, expected_version=expected_version,
                                    now=now):
                raise TeamActionRefused("a colleague saved this template meanwhile; "
                                        "reload it and apply your change again")
            self._template_changed(session, template_id, expected_version + 1, now)
            template = repo.by_id(template_id)
        assert template is not None
        return template

    def _template_changed(self, session: Any, template_id: int, version: int,
                          now: datetime) -> None:
        ChangeFeed(session).record(ChangeKind.TEMPLATE, template_id, None, self.actor.name,
                                   now)
        AuditRepository(session).append(self._event(
            "template.saved", subject_type="template", subject_id=str(template_id),
            after={"template_id": template_id, "version": version}), now)

    def seed_templates(self, directory: Path) -> int:
        """Load ``*.json`` files of ``{"templates": [{key, topic, audience, language, title,
        body}]}``: the starter templates the store does not have yet (by key and language),
        so a newer desk's starter set reaches a team that already works; a template the team
        has (and may have edited) is never touched. Returns how many were added.

        Every file is read and checked before anything is written, so a bad file adds
        nothing; the error names the file and the template."""
        records: list[dict[str, str]] = []
        for path in sorted(directory.glob("*.json")):
            try:
                data = json.loads(path.read_text("utf-8"))
                items = data["templates"]
                if not isinstance(items, list):
                    raise TypeError("'templates' must be a list")
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise TeamActionRefused(f"{path.name}: not a template file ({exc})") from exc
            for index, item in enumerate(items):
                try:
                    record = {name: str(item[name]) for name in
                              ("key", "topic", "audience", "language", "title", "body")}
                    check_template_fields(**record)
                except (KeyError, TypeError, TeamRuleError) as exc:
                    raise TeamActionRefused(f"{path.name}, template {index + 1}: {exc}") from exc
                records.append(record)
        now = self.clock()
        with self.store.write() as session:
            repo = TemplateRepository(session)
            missing = [r for r in records if repo.get(r["key"], r["language"]) is None]
            for record in missing:
                repo.create(author=self.actor.name, now=now, **record)
            if missing:
                ChangeFeed(session).record(ChangeKind.TEMPLATE, "seed", None,
                                           self.actor.name, now)
                AuditRepository(session).append(self._event(
                    "template.seeded", subject_type="template",
                    after={"count": len(missing)}), now)
        return len(missing)

    # -- rule settings -----------------------------------------------------------------------
    def rule_settings(self, market: str) -> RuleSettings:
        """The market's settings in force (the built-in defaults until someone saves)."""
        with self.store.read() as session:
            return RuleSettingsRepository(session).current(market, self._currency(market))

    def save_rule_settings(self, settings: RuleSettings, note: str | None = None) -> RuleSettings:
        """Save as a new version; refused when a colleague saved since ``settings.version``,
        and unless this desk's user may edit rule settings (supervisors): the dialogs show
        them read-only to everyone else, and this is the second guard."""
        if not allowed(self.actor.role, Action.EDIT_RULE_SETTINGS):
            raise TeamActionRefused(denial_reason(self.actor.role, Action.EDIT_RULE_SETTINGS))
        now = self.clock()
        with self.store.write() as session:
            repo = RuleSettingsRepository(session)
            before = repo.current(settings.market, settings.currency)
            saved = repo.save(settings, changed_by=self.actor.name, note=note, now=now)
            if saved is None:
                raise TeamActionRefused(
                    f"the settings of {settings.market} were changed by a colleague "
                    "meanwhile; reload them and apply your change again")
            ChangeFeed(session).record(ChangeKind.SETTINGS, settings.market, settings.market,
                                       self.actor.name, now)
            AuditRepository(session).append(self._event(
                "settings.changed", market=settings.market, subject_type="settings",
                subject_id=settings.market,
                before={"version": before.version, **before.to_json()},
                after={"version": saved.version, **saved.to_json()}), now)
        return saved

    def rule_settings_history(self, market: str) -> list[RuleSettings]:
        with self.store.read() as session:
            return RuleSettingsRepository(session).history(market)

    # -- audit -------------------------------------------------------------------------------
    def audit(self, action: str, *, market: str | None = None, subject_type: str | None = None,
              subject_id: str | None = None, amount: Money | None = None,
              before: Mapping[str, Any] | None = None, after: Mapping[str, Any] | None = None,
              response: Mapping[str, Any] | None = None) -> AuditEntry:
        """Append an entry for an action done elsewhere (a reply sent, an incident closed):
        ids, amounts and the platform's response codes, never bodies or addresses."""
        event = self._event(action, market=market, subject_type=subject_type,
                            subject_id=subject_id, amount=amount, before=before or {},
                            after=after or {}, response=response or {})
        now = self.clock()
        with self.store.write() as session:
            return AuditRepository(session).append(event, now)

    def audit_count(self, filter_: AuditFilter) -> int:
        with self.store.read() as session:
            return AuditRepository(session).count(filter_)

    def audit_page(self, filter_: AuditFilter, offset: int, limit: int) -> list[AuditEntry]:
        """Entries matching ``filter_``, newest first, paged in SQL."""
        with self.store.read() as session:
            return AuditRepository(session).page(filter_, offset, limit)

    def audit_filter_values(self) -> dict[str, list[str]]:
        with self.store.read() as session:
            repo = AuditRepository(session)
            return {name: repo.distinct(name) for name in ("actor", "market", "action")}

    def verify_audit(self) -> ChainReport:
        with self.store.read() as session:
            return AuditRepository(session).verify()

    def export_audit_csv(self, filter_: AuditFilter, path: Path,
                         cancel: threading.Event | None = None,
                         progress: Callable[[int, int], None] | None = None) -> int:
        """Write matching entries (oldest first) to ``path`` as CSV, reporting
        ``progress(written, total)``; returns the row count. Written to a side file and
        renamed: ``ExportCancelled`` once ``cancel`` is set, and nothing is written then."""
        total = self.audit_count(filter_) if progress is not None else 0
        stop = cancel.is_set if cancel is not None else None
        count = 0
        with self.store.read() as session, whole_file(path) as handle:
            writer = csv.writer(handle)
            writer.writerow(["seq", "at", "actor", "role", "market", "action",
                             "subject_type", "subject_id", "amount", "currency", "before",
                             "after", "response", "hash"])
            for entry in AuditRepository(session).iter_filtered(filter_):
                check_cancel(stop, count)
                event = entry.event
                writer.writerow([
                    entry.seq, entry.at.isoformat(), event.actor, event.role,
                    event.market or "", event.action, event.subject_type or "",
                    event.subject_id or "",
                    str(event.amount.rounded().amount) if event.amount else "",
                    event.amount.currency if event.amount else "",
                    json.dumps(dict(event.before), sort_keys=True),
                    json.dumps(dict(event.after), sort_keys=True),
                    json.dumps(dict(event.response), sort_keys=True), entry.hash])
                count += 1
                if progress is not None:
                    progress(count, max(total, count))
            check_cancel(stop, count)
        return count

