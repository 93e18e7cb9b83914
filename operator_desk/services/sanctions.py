"""Sanction use cases: draft with a statement of reasons, propose, approve (four eyes), apply
on the platform, lift on the end date, carry out a termination after its notice period, and
appeals. The ledger is the team store's (``TeamService``); platform writes go through the
injected ``ActionSink`` (the outbox in the desk).

Roles are checked here before anything happens (agents see, reviewers propose, supervisors
approve and apply); the team store refuses self-approval; the platform refuses shop-state
changes to anyone but a supervisor (the sandbox answers 403). Every method touches the team
store, the cache or HTTP: call it off the UI thread.

A write the sink only queued (the marketplace is unreachable) leaves the sanction where it was
with its delivery ``waiting``; the outbox reports the outcome later through
``action_reported``, which finishes the step (see docs/SANCTIONS.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from operator_desk.domain.actions import (
    Action,
    NewSellerThread,
    ShopClosure,
    ShopState,
    ShopStateChange,
)
from operator_desk.domain.models import Shop
from operator_desk.domain.permissions import Action as Permission
from operator_desk.domain.permissions import PermissionDeniedError
from operator_desk.domain.sanctions import (
    Evidence,
    LadderStep,
    SanctionKind,
    SanctionRuleError,
    Schedule,
    Statement,
    StatementTexts,
    apply_actions,
    breaches_of,
    fill_dates,
    lift_actions,
    schedule,
    seller_language,
    simple_text,
    statement_of_reasons,
    terminate_actions,
)
from operator_desk.domain.team import (
    Appeal,
    Delivery,
    RuleSettings,
    SanctionEntry,
    SanctionStatus,
)

from .actions import ActionRefused, ActionSink, SubmissionState
from .permissions import Permissions
from .sellers import SellerService
from .team import ApprovalOutcome, TeamActionRefused, TeamService

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


class SanctionError(Exception):
    """A sanction step did not happen; ``kind`` says why in terms the UI words: forbidden,
    no_team, not_found, state (it is not in a state for this), refused (the platform said
    no: ``detail``), offline, rule (a team rule: ``detail``)."""

    def __init__(self, kind: str, market: str, detail: str = "") -> None:
        super().__init__(f"{kind} ({market}): {detail}")
        self.kind = kind
        self.market = market
        self.detail = detail


@dataclass(frozen=True, slots=True)
class SanctionDraft:
    """A sanction as the reviewer is about to propose it."""

    market: str
    shop: Shop
    level: str  # the ladder step, as the settings spell it
    step: LadderStep
    ladder: tuple[str, ...]
    language: str
    evidence: tuple[Evidence, ...]
    statement: Statement  # dates as {start}/{end}: filled when applied
    preview: str  # the statement with the dates it would have if applied now
    previous: int  # sanctions in the recidivism window
    notice_days: int
    time_zone: str

    @property
    def breach(self) -> str:
        return ",".join(breaches_of(self.evidence))[:80] or self.step.kind.value


@dataclass(frozen=True, slots=True)
class SanctionOutcome:
    """Where a sanction stands after a step: its ledger entry, and whether the platform
    writes went out (``sent``) or wait in the outbox (``queued``)."""

    entry: SanctionEntry
    state: SubmissionState
    statement_sent: bool = True


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SanctionService:
    """Sanctions for one person at one desk."""

    def __init__(self, sellers: SellerService, permissions: Permissions, sink: ActionSink, *,
                 clock: Clock = _utc_now) -> None:
        self.sellers = sellers
        self.permissions = permissions
        self.sink = sink
        self.clock = clock
        # Set once the team store is open; None while it is unreachable.
        self.team: TeamService | None = None

    # -- plumbing ----------------------------------------------------------------------------
    def _team(self, market: str) -> TeamService:
        if self.team is None:
            raise SanctionError("no_team", market)
        return self.team

    def _require(self, market: str, *actions: Permission) -> None:
        for action in actions:
            try:
                self.permissions.require(market, action)
            except PermissionDeniedError as exc:
                raise SanctionError("forbidden", market, exc.reason) from exc

    def _entry(self, sanction_id: int) -> SanctionEntry:
        team = self._team("")
        entry = team.sanction(sanction_id)
        if entry is None:
            raise SanctionError("not_found", "", str(sanction_id))
        return entry

    def _shop(self, market: str, shop_id: str) -> Shop:
        found = self.sellers.shops([market], [shop_id])
        if not found:
            raise SanctionError("not_found", market, shop_id)
        return found[0]

    def _zone(self, market: str) -> ZoneInfo:
        info = self.sellers.markets().get(market)
        return ZoneInfo(info.timezone if info else "UTC")

    def _market_name(self, market: str) -> str:
        info = self.sellers.markets().get(market)
        return info.name if info else market

    def _settings(self, market: str) -> RuleSettings:
        return self._team(market).rule_settings(market)

    def _submit(self, action: Action) -> tuple[SubmissionState, dict[str, Any]]:
        try:
            submission = self.sink.submit(action)
        except ActionRefused as exc:
            log.warning("sanction write %s refused: %s", action.kind.value, exc)
            raise SanctionError(exc.kind, exc.market, exc.detail) from exc
        response = dict(submission.response)
        if submission.action_id:
            response["action_id"] = submission.action_id
        return submission.state, response

    def _statement_action(self, entry: SanctionEntry, topic: str,
                          body: str) -> NewSellerThread:
        return NewSellerThread(entry.market, entry.shop_id, topic, body, sanction_id=entry.id)

    def _topic(self, entry: SanctionEntry, texts: StatementTexts, shop: Shop) -> str:
        step = LadderStep.parse(entry.level)
        return simple_text(texts, "topic", measure=texts.text("measures", step.kind.value),
                           shop=shop.name)

    # -- drafting and proposing --------------------------------------------------------------
    def draft(self, market: str, shop_id: str, evidence: Sequence[Evidence],
              level: str | None = None) -> SanctionDraft:
        """The sanction a reviewer would propose: the ladder's next step for this seller (or
        ``level``) and a statement of reasons in the seller's language from ``evidence``."""
        team = self._team(market)
        settings = self._settings(market)
        shop = self._shop(market, shop_id)
        info = self.sellers.markets().get(market)
        now = self.clock()
        since = now - timedelta(days=settings.recidivism_window_days)
        counted = {SanctionStatus.APPROVED, SanctionStatus.NOTIFIED, SanctionStatus.APPLIED,
                   SanctionStatus.LIFTED}
        previous = sum(1 for e in team.sanctions_for_shop(market, shop_id)
                       if e.created >= since and e.status in counted)
        chosen = level or settings.next_sanction_level(previous)
        if chosen not in settings.sanction_ladder:
            raise SanctionError("rule", market, f"{chosen!r} is not a step of the ladder")
        step = LadderStep.parse(chosen)
        language = seller_language(shop.locale, info.language if info else None)
        texts = StatementTexts.load(language)
        zone = self._zone(market)
        statement = statement_of_reasons(
            texts, shop_name=shop.name, shop_id=shop.shop_id,
            market_name=self._market_name(market), step=step, evidence=evidence, zone=zone,
            notice_days=settings.termination_notice_days, previous=previous,
            recidivism_days=settings.recidivism_window_days,
            operator=self._market_name(market))
        when = schedule(step, now, settings.termination_notice_days)
        return SanctionDraft(market, shop, chosen, step, settings.sanction_ladder, language,
                             tuple(evidence), statement,
                             fill_dates(statement.body, texts, when, zone), previous,
                             settings.termination_notice_days, str(zone))

    def preview(self, draft: SanctionDraft, body: str) -> str:
        """``body`` with the dates it would carry if the sanction were applied now."""
        texts = StatementTexts.load(draft.language)
        when = schedule(draft.step, self.clock(), draft.notice_days)
        return fill_dates(body, texts, when, ZoneInfo(draft.time_zone))

    def propose(self, draft: SanctionDraft, statement: str,
                auto_lift: bool = False) -> SanctionEntry:
        """Propose the drafted sanction with the (edited) statement; a supervisor other than
        the proposer approves it."""
        self._require(draft.market, Permission.PROPOSE_SANCTION)
        if not draft.evidence:
            raise SanctionError("rule", draft.market,
                                "a sanction must rest on evidence: pick at least one item")
        team = self._team(draft.market)
        try:
            return team.propose_sanction(
                draft.market, draft.shop.shop_id, draft.breach, statement, draft.level,
                evidence=[e.ledger() for e in draft.evidence], language=draft.language,
                auto_lift=auto_lift)
        except TeamActionRefused as exc:
            raise SanctionError("rule", draft.market, str(exc)) from exc

    def decide(self, sanction_id: int, approve: bool, note: str | None = None
               ) -> ApprovalOutcome:
        """Approve or decline a proposed sanction (a supervisor who did not propose it)."""
        entry = self._entry(sanction_id)
        self._require(entry.market, Permission.APPROVE_SANCTION)
        if entry.approval_id is None:
            raise SanctionError("state", entry.market, "this sanction has no approval request")
        try:
            return self._team(entry.market).decide_approval(entry.approval_id, approve, note)
        except TeamActionRefused as exc:
            raise SanctionError("rule", entry.market, str(exc)) from exc

    # -- applying ----------------------------------------------------------------------------
    def apply(self, sanction_id: int) -> SanctionOutcome:
        """Apply an approved sanction: the platform write (restriction, suspension), then the
        statement of reasons in a thread with the seller (M14). A termination only sends its
        notice now; ``carry_out`` terminates when the notice period has run."""
        entry = self._entry(sanction_id)
        self._require(entry.market, Permission.APPLY_SANCTION, Permission.CHANGE_SHOP_STATE)
        if entry.status != SanctionStatus.APPROVED:
            raise SanctionError("state", entry.market, entry.status)
        team = self._team(entry.market)
        settings = self._settings(entry.market)
        step = LadderStep.parse(entry.level)
        shop = self._shop(entry.market, entry.shop_id)
        texts = StatementTexts.load(entry.language or "en")
        zone = self._zone(entry.market)
        when = schedule(step, self.clock(), settings.termination_notice_days)
        body = fill_dates(entry.statement_of_reasons, texts, when, zone)
        writes = apply_actions(entry.market, entry.shop_id, entry.id, step, when)
        return self._send(entry, team, step, when, writes,
                          self._statement_action(entry, self._topic(entry, texts, shop), body))

    def _send(self, entry: SanctionEntry, team: TeamService, step: LadderStep, when: Schedule,
              writes: Sequence[Action], statement: NewSellerThread) -> SanctionOutcome:
        responses: dict[str, Any] = {}
        queued = False
        for write in writes:
            try:
                state, response = self._submit(write)
            except SanctionError as exc:
                team.sanction_delivery(entry.id, Delivery.FAILED, write.kind.value,
                                       {"error": exc.kind, "detail": exc.detail[:300]})
                raise
            responses[write.kind.value] = response
            queued = queued or state == SubmissionState.QUEUED
        try:
            state, response = self._submit(statement)
            responses["statement"] = response
            queued = queued or state == SubmissionState.QUEUED
            statement_sent = True
        except SanctionError as exc:
            if not writes:  # nothing happened on the platform: the sanction is not applied
                team.sanction_delivery(entry.id, Delivery.FAILED, "statement",
                                       {"error": exc.kind, "detail": exc.detail[:300]})
                raise
            responses["statement"] = {"error": exc.kind, "detail": exc.detail[:300]}
            statement_sent = False
        if queued:
            updated = team.sanction_delivery(entry.id, Delivery.WAITING, "apply", responses)
            return SanctionOutcome(updated, SubmissionState.QUEUED, statement_sent)
        if step.kind == SanctionKind.TERMINATION:
            updated = team.notify_sanction(entry.id, when.start, responses,
                                           statement=statement.body)
        else:
            updated = team.apply_sanction(
                entry.id, responses, statement=statement.body, effective_until=when.end,
                delivery=Delivery.SENT if statement_sent else Delivery.FAILED)
        log.info("sanction %d (%s) applied on %s/%s", entry.id, entry.level, entry.market,
                 entry.shop_id)
        return SanctionOutcome(updated, SubmissionState.SENT, statement_sent)

    def resend_statement(self, sanction_id: int) -> SanctionOutcome:
        """Send the statement of an applied sanction again (it failed the first time)."""
        entry = self._entry(sanction_id)
        self._require(entry.market, Permission.APPLY_SANCTION)
        team = self._team(entry.market)
        texts = StatementTexts.load(entry.language or "en")
        shop = self._shop(entry.market, entry.shop_id)
        state, response = self._submit(self._statement_action(
            entry, self._topic(entry, texts, shop), entry.statement_of_reasons))
        delivery = Delivery.WAITING if state == SubmissionState.QUEUED else Delivery.SENT
        return SanctionOutcome(team.sanction_delivery(entry.id, delivery, "statement",
                                                      response), state)

    def carry_out(self, sanction_id: int) -> SanctionOutcome:
        """Terminate the seller whose notice period has run (S09 ``TERMINATE``)."""
        entry = self._entry(sanction_id)
        self._require(entry.market, Permission.APPLY_SANCTION, Permission.CHANGE_SHOP_STATE)
        if entry.status != SanctionStatus.NOTIFIED:
            raise SanctionError("state", entry.market, entry.status)
        if entry.effective_from and entry.effective_from > self.clock():
            raise SanctionError("state", entry.market, "the notice period has not run yet")
        team = self._team(entry.market)
        responses: dict[str, Any] = {}
        queued = False
        for write in terminate_actions(entry.market, entry.shop_id, entry.id):
            try:
                state, response = self._submit(write)
            except SanctionError as exc:
                team.sanction_delivery(entry.id, Delivery.FAILED, "terminate",
                                       {"error": exc.kind, "detail": exc.detail[:300]})
                raise
            responses[write.kind.value] = response
            queued = queued or state == SubmissionState.QUEUED
        if queued:
            return SanctionOutcome(team.sanction_delivery(entry.id, Delivery.WAITING,
                                                          "terminate", responses),
                                   SubmissionState.QUEUED)
        return SanctionOutcome(team.apply_sanction(entry.id, responses, step="terminate"),
                               SubmissionState.SENT)

    def lift(self, sanction_id: int, reason: str = "") -> SanctionOutcome:
        """Lift an applied restriction or suspension on the platform (its end date, or
        early) and record it."""
        entry = self._entry(sanction_id)
        self._require(entry.market, Permission.APPLY_SANCTION, Permission.CHANGE_SHOP_STATE)
        if entry.status != SanctionStatus.APPLIED:
            raise SanctionError("state", entry.market, entry.status)
        step = LadderStep.parse(entry.level)
        if not step.timed:
            raise SanctionError("state", entry.market, f"a {step.kind.value} is not lifted")
        team = self._team(entry.market)
        responses: dict[str, Any] = {}
        queued = False
        for write in lift_actions(entry.market, entry.shop_id, entry.id, step, False):
            try:
                state, response = self._submit(write)
            except SanctionError as exc:
                team.sanction_delivery(entry.id, Delivery.FAILED, "lift",
                                       {"error": exc.kind, "detail": exc.detail[:300]})
                raise
            responses[write.kind.value] = response
            queued = queued or state == SubmissionState.QUEUED
        if queued:
            return SanctionOutcome(team.sanction_delivery(entry.id, Delivery.WAITING, "lift",
                                                          responses), SubmissionState.QUEUED)
        return SanctionOutcome(team.lift_sanction(entry.id, responses, reason),
                               SubmissionState.SENT)

    # -- dates -------------------------------------------------------------------------------
    def due(self, markets: Sequence[str] = ()) -> list[SanctionEntry]:
        """Sanctions whose date has come: restrictions and suspensions to lift, terminations
        to carry out (a reminder for each; the automatic ones are done by ``run_due``)."""
        if self.team is None:
            return []
        return [e for e in self.team.due_sanctions(markets)
                if e.delivery != Delivery.WAITING.value]

    def run_due(self, markets: Sequence[str] = ()) -> tuple[list[SanctionOutcome],
                                                            list[SanctionEntry]]:
        """Lift (or terminate) the due sanctions a supervisor chose to end automatically, as
        far as this desk's role may; returns what was done and what still waits for a click."""
        done: list[SanctionOutcome] = []
        waiting: list[SanctionEntry] = []
        for entry in self.due(markets):
            if not (entry.auto_lift and self.permissions.allowed(entry.market,
                                                                 Permission.APPLY_SANCTION)):
                waiting.append(entry)
                continue
            try:
                if entry.status == SanctionStatus.NOTIFIED:
                    done.append(self.carry_out(entry.id))
                else:
                    done.append(self.lift(entry.id, "end date reached (automatic)"))
            except SanctionError as exc:
                log.warning("automatic end of sanction %d failed: %s", entry.id, exc)
                waiting.append(entry)
        return done, waiting

    # -- appeals -----------------------------------------------------------------------------
    def record_appeal(self, sanction_id: int, grounds: str,
                      received: datetime | None = None) -> Appeal:
        """Register a seller's complaint against a sanction (reviewers and supervisors)."""
        entry = self._entry(sanction_id)
        self._require(entry.market, Permission.PROPOSE_SANCTION)
        try:
            return self._team(entry.market).record_appeal(sanction_id, grounds,
                                                          received or self.clock())
        except TeamActionRefused as exc:
            raise SanctionError("rule", entry.market, str(exc)) from exc

    def decide_appeal(self, appeal: Appeal, upheld: bool, outcome: str) -> Appeal:
        """Decide an appeal (a supervisor other than the sanction's proposer). Upheld: the
        sanction is undone on the platform where it was applied and revoked in the ledger.
        Either way the seller is told the outcome in a thread."""
        entry = self._entry(appeal.sanction_id)
        self._require(entry.market, Permission.APPROVE_SANCTION)
        team = self._team(entry.market)
        if team.actor.name == entry.proposed_by:
            raise SanctionError("rule", entry.market, "the person who proposed a sanction "
                                "does not decide the appeal against it")
        if not outcome.strip():
            raise SanctionError("rule", entry.market, "say why the appeal is decided so")
        response: dict[str, Any] = {}
        if upheld and entry.status == SanctionStatus.APPLIED:
            self._require(entry.market, Permission.CHANGE_SHOP_STATE)
            step = LadderStep.parse(entry.level)
            for write in lift_actions(entry.market, entry.shop_id, entry.id, step,
                                      terminated=step.kind == SanctionKind.TERMINATION):
                _state, response[write.kind.value] = self._submit(write)
        try:
            decided = team.decide_appeal(appeal.id, upheld, outcome, response)
        except TeamActionRefused as exc:
            raise SanctionError("rule", entry.market, str(exc)) from exc
        self._tell_outcome(entry, upheld, outcome)
        return decided

    def _tell_outcome(self, entry: SanctionEntry, upheld: bool, outcome: str) -> None:
        texts = StatementTexts.load(entry.language or "en")
        shop = self._shop(entry.market, entry.shop_id)
        zone = self._zone(entry.market)
        measure = texts.text("measures", LadderStep.parse(entry.level).kind.value)
        when = entry.applied_at or entry.created
        body = simple_text(texts, "revoked" if upheld else "appeal_rejected", shop=shop.name,
                           measure=measure, date=texts.date(when, zone), outcome=outcome,
                           operator=self._market_name(entry.market))
        topic = simple_text(texts, "appeal_topic", measure=measure, shop=shop.name)
        try:
            self._submit(self._statement_action(entry, topic, body))
        except SanctionError as exc:  # the decision stands; the seller is told later
            log.warning("appeal outcome of sanction %d not sent: %s", entry.id, exc)

    # -- the outbox's report -----------------------------------------------------------------
    def action_reported(self, action: Action, response: dict[str, Any],
                        ok: bool = True) -> SanctionEntry | None:
        """The outbox sent (or finally failed) a queued write that belongs to a sanction:
        finish the step it was part of. Writes of one shop go out in order, and the
        statement is queued last, so its report completes an application. Raises
        ``SanctionError('no_team')`` while the team store is unreachable (the outbox tells
        it again later)."""
        sanction_id = getattr(action, "sanction_id", None)
        if sanction_id is None:
            return None
        if self.team is None:  # the outbox tells it again once the team store is back
            raise SanctionError("no_team", action.market,
                                f"sanction {sanction_id}: {action.kind.value} not recorded")
        team = self.team
        entry = team.sanction(sanction_id)
        if entry is None:
            return None
        step = action.kind.value
        if not ok:
            return team.sanction_delivery(entry.id, Delivery.FAILED, step, response)
        try:
            if isinstance(action, NewSellerThread) and entry.status == SanctionStatus.APPROVED:
                kind = LadderStep.parse(entry.level)
                if kind.kind == SanctionKind.TERMINATION:
                    settings = self._settings(entry.market)
                    start = self.clock() + timedelta(days=settings.termination_notice_days)
                    return team.notify_sanction(entry.id, start, response,
                                                statement=action.body)
                until = (self.clock() + timedelta(days=kind.days)) if kind.days else None
                return team.apply_sanction(entry.id, response, statement=action.body,
                                           effective_until=until)
            if isinstance(action, ShopState) and action.change == ShopStateChange.TERMINATE \
                    and entry.status == SanctionStatus.NOTIFIED:
                return team.apply_sanction(entry.id, response, step="terminate")
            lifting = (isinstance(action, ShopState) and action.change in (
                ShopStateChange.UNSUSPEND, ShopStateChange.UNTERMINATE)) or (
                isinstance(action, ShopClosure) and action.closed_from is None)
            if lifting and entry.status == SanctionStatus.APPLIED:
                return team.lift_sanction(entry.id, response)
            return team.sanction_delivery(entry.id, Delivery.WAITING, step, response)
        except (TeamActionRefused, SanctionRuleError) as exc:
            log.warning("report of %s for sanction %d not recorded: %s", step, entry.id, exc)
            return None
