"""Refund use cases: load what an order paid and has left, check the rules, then send the
refund (through the action sink: the outbox in the desk) or ask a supervisor first.

Four eyes: above the role's threshold (team rule settings) the refund becomes an approval
request in the team store; a supervisor at any desk approves it, and the approver's desk sends
it (``approve``). Before anything is sent the order is read again from the marketplace, so a
colleague's refund made meanwhile is seen and what is left is current: the agent is told when
it changed under their feet. An approved refund whose sending had an unknown outcome is sent
again only after reading the order back (``send_approved``): Mirakl has no idempotency key.

Every method touches SQLite, the team store or HTTP: call them off the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency

from operator_desk.connectors.base import ConnectorError, MarketplaceUnreachable
from operator_desk.domain import refunds as rules
from operator_desk.domain.actions import Action as Write
from operator_desk.domain.actions import NewOrderThread, Refund, Reply
from operator_desk.domain.models import (
    Incident,
    Order,
    Reason,
    ReasonType,
    Recipient,
    RefundRequest,
    Role,
    Thread,
)
from operator_desk.domain.money import Money
from operator_desk.domain.permissions import Action, PermissionDeniedError
from operator_desk.domain.refunds import LineBalance, LineRefund, RefundRules, Violation
from operator_desk.domain.team import (
    ApprovalKind,
    ApprovalRequest,
    ApprovalStatus,
    RuleSettings,
    Template,
    default_rule_settings,
)
from operator_desk.store.cache import CacheRepository
from operator_desk.store.database import Database

from .actions import ActionRefused, ActionSink, DirectSink, SubmissionState
from .connections import Connections
from .permissions import Permissions
from .team import TeamActionRefused, TeamService

log = logging.getLogger(__name__)

LANGUAGES = ("de", "es", "nl", "en")
_MARKET_LANGUAGE = {"DE": "de", "CH": "de", "AT": "de", "ES": "es", "NL": "nl", "BE": "nl"}
MESSAGE_TOPIC = "refund"  # team templates of this topic are offered for the personal message
# The topic of a new thread with the customer, when the order has none yet.
_THREAD_TOPIC = {"de": "Erstattung", "es": "Reembolso", "nl": "Terugbetaling", "en": "Refund"}

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class RefundError(Exception):
    """A refund did not happen (or not yet); ``kind`` says why in terms the UI words:
    forbidden, not_found, rules (``violations``), changed (what is left changed meanwhile:
    ``context`` is the fresh one), team_unavailable, lost_race (a colleague decided first),
    not_approved, or a sink refusal (offline, degraded, refused, key_refused, ...)."""

    def __init__(self, kind: str, market: str, detail: str = "", *,
                 violations: Sequence[Violation] = (),
                 context: RefundContext | None = None) -> None:
        super().__init__(f"{kind} ({market}): {detail}")
        self.kind = kind
        self.market = market
        self.detail = detail
        self.violations = tuple(violations)
        self.context = context


@dataclass(frozen=True, slots=True)
class RefundContext:
    """Everything the refund dialog needs about one order, read off the UI thread."""

    market: str
    order: Order
    balances: tuple[LineBalance, ...]
    reasons: tuple[Reason, ...]  # the market's REFUND reasons, labelled in the user's language
    rules: RefundRules
    role: Role | None
    denial: str | None  # why this user may not refund at all (None: they may)
    limit: Money | None  # above this a supervisor must approve (None: no limit for the role)
    team_available: bool
    incident: Incident | None
    customer_language: str
    customer_thread: Thread | None  # the order's thread with the customer, if there is one
    templates: tuple[Template, ...]  # refund templates for the customer, in their language
    fresh: bool  # read from the marketplace just now (False: from the cache)
    loaded_at: datetime

    @property
    def currency(self) -> str:
        return self.order.currency

    @property
    def total_left(self) -> Money:
        return sum((b.left for b in self.balances), Money.zero(self.currency))

    def needs_approval(self, amount: Money) -> bool:
        return self.limit is not None and amount > self.limit

    def reason(self, code: str | None) -> Reason | None:
        return next((r for r in self.reasons if r.code == code), None) if code else None

    def check(self, lines: Sequence[LineRefund], reason_code: str | None,
              now: datetime | None = None) -> list[Violation]:
        """The rules ``lines`` break against this context (empty: they may be sent)."""
        reason = self.reason(reason_code)
        if reason_code and reason is None:  # a code the cache does not list as REFUND
            reason = Reason(self.market, reason_code, "UNKNOWN", reason_code)
        return rules.validate(self.order, lines, reason, self.rules, now or self.loaded_at)

    def seen_left(self) -> dict[str, tuple[int, int]]:
        """What is left per line as the agent saw it (minor units), to detect changes."""
        return {b.order_line_id: (b.left_product.minor_units, b.left_shipping.minor_units)
                for b in self.balances}


@dataclass(frozen=True, slots=True)
class PersonalMessage:
    """The agent's own words to the customer, sent after the refund."""

    body: str
    language: str


@dataclass(frozen=True, slots=True)
class RefundDraft:
    """What the agent decided in the dialog."""

    market: str
    order_id: str
    lines: tuple[LineRefund, ...]
    reason_code: str
    seen_left: Mapping[str, tuple[int, int]]  # RefundContext.seen_left() when they decided
    incident_id: str | None = None
    option: str = rules.RefundOption.PARTIAL.value
    message: PersonalMessage | None = None


@dataclass(frozen=True, slots=True)
class RefundOutcome:
    """What happened: sent, queued in the outbox, or waiting for a supervisor."""

    state: SubmissionState
    total: Money
    approval_id: int | None = None
    refund_ids: tuple[str, ...] = ()
    reconciled: bool = False  # found on the marketplace by reading back: nothing sent again
    message_state: SubmissionState | None = None  # the personal message, when there was one
    message_error: str | None = None


@dataclass(frozen=True, slots=True)
class ApprovalCase:
    """An approval request with what the supervisor needs to decide it."""

    request: ApprovalRequest
    order: Order | None
    balances: tuple[LineBalance, ...]
    lines: tuple[LineRefund, ...]
    reason: Reason | None
    incident: Incident | None
    violations: tuple[Violation, ...]  # rules the request breaks now (e.g. left changed)
    changed_since_request: bool = False  # a refund on its lines since it was made

    @property
    def approvable(self) -> bool:
        return (self.request.is_pending and self.order is not None and not self.violations
                and not self.changed_since_request)


def customer_language(order: Order) -> str:
    """The customer's language for messages: their locale, else the market's language."""
    locale = (order.customer.locale or "").replace("-", "_")
    if locale[:2].lower() in LANGUAGES:
        return locale[:2].lower()
    return _MARKET_LANGUAGE.get(order.market.upper(), "en")


def customer_money_locale(order: Order, language: str) -> str:
    """The locale to write amounts for the customer (de + CH -> de_CH: CHF 12.50)."""
    for candidate in (f"{language}_{order.market.upper()}", order.customer.locale or "",
                      language):
        try:
            Locale.parse(candidate.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            continue
        return candidate.replace("-", "_")
    return "en"


def message_from_template(template: Template, order: Order, amount: Money,
                          language: str) -> str:
    """A team template filled for this order's customer: {customer_name} (also {name},
    {customer}), {refund_amount} (also {amount}; in the customer's notation and the order's
    currency), {order_number} (also {order}) and {seller}."""
    name = order.customer.display_name
    number = order.commercial_id or order.order_id
    written = format_currency(amount.rounded().amount, amount.currency,
                              locale=customer_money_locale(order, language))
    return rules.fill_placeholders(template.current.body, {
        "customer_name": name, "name": name, "customer": name, "refund_amount": written,
        "amount": written, "order_number": number, "order": number,
        "seller": order.shop_name})


def _lines_json(lines: Sequence[LineRefund]) -> list[dict[str, Any]]:
    return [{"order_line_id": x.order_line_id, "amount_minor": x.amount.minor_units,
             "shipping_minor": x.shipping_amount.minor_units, "quantity": x.quantity}
            for x in lines]


def _lines_from(details: Mapping[str, Any], currency: str) -> tuple[LineRefund, ...]:
    return tuple(LineRefund(str(x["order_line_id"]),
                            Money.from_minor(int(x["amount_minor"]), currency),
                            Money.from_minor(int(x["shipping_minor"]), currency),
                            int(x["quantity"]) if x.get("quantity") else None)
                 for x in details.get("lines", []))


class RefundService:
    """Refunds for one desk: loads, checks, sends or asks for approval, approves."""

    def __init__(self, cache: Database, connections: Connections,
                 permissions: Permissions | None = None, sink: ActionSink | None = None,
                 *, clock: Clock = _utc_now) -> None:
        self.cache = cache
        self.connections = connections
        self.permissions = permissions or Permissions(connections)
        self.sink: ActionSink = sink or DirectSink(connections)
        self.clock = clock
        # Set once the team store is open; None while it is unreachable.
        self.team: TeamService | None = None

    # -- loading -----------------------------------------------------------------------------
    def refresh_order(self, market: str, order_id: str) -> Order | None:
        """Read the order again from the marketplace (OR11) and update the cache with it.
        None when the marketplace cannot be asked now (offline); other errors propagate."""
        connector = self.connections.connector(market)
        if connector is None:
            return None
        try:
            found = [o for page in connector.orders(order_ids=[order_id]) for o in page.items
                     if o.order_id == order_id]
        except MarketplaceUnreachable as exc:
            self.connections.report(market, exc)
            return None
        except ConnectorError as exc:
            self.connections.report(market, exc)
            raise RefundError(self.connections.links[market].state.value, market,
                              exc.detail) from exc
        self.connections.report(market, None)
        if not found:
            return None
        with self.cache.write() as session:
            CacheRepository(session).upsert_orders(found)
        return found[0]

    def load(self, market: str, order_id: str, locale: str, *,
             incident_id: str | None = None, refresh: bool = True) -> RefundContext:
        """The refund context of an order: from the cache, and fresh from the marketplace when
        ``refresh`` (network lane) and it can be reached. Raises ``RefundError('not_found')``."""
        fresh_order = self.refresh_order(market, order_id) if refresh else None
        language = locale[:2].lower() if locale else "en"
        with self.cache.read() as session:
            repo = CacheRepository(session)
            order = fresh_order or repo.order(market, order_id)
            if order is None:
                raise RefundError("not_found", market, order_id)
            reasons = tuple(repo.reasons(market, ReasonType.REFUND, language))
            incident = repo.incident(market, incident_id) if incident_id else None
            threads = repo.threads_for_order(market, order_id)
        team = self.team
        settings = self._settings(market, order.currency)
        role = self.permissions.role(market)
        denial = None
        try:
            self.permissions.require(market, Action.REFUND)
        except PermissionDeniedError as exc:
            denial = exc.reason
        limit = settings.four_eyes.get(role.value) if role is not None else None
        cust_language = customer_language(order)
        templates: tuple[Template, ...] = ()
        if team is not None:
            try:
                templates = tuple(team.templates(language=cust_language, audience="customer",
                                                 topic=MESSAGE_TOPIC))
            except Exception:  # the team store went away: the message is written by hand
                log.warning("refund templates unavailable", exc_info=True)
        return RefundContext(
            market=market, order=order, balances=rules.balances(order), reasons=reasons,
            rules=RefundRules(market, settings.refund_window_days), role=role, denial=denial,
            limit=limit, team_available=team is not None, incident=incident,
            customer_language=cust_language, customer_thread=_customer_thread(threads),
            templates=templates, fresh=fresh_order is not None, loaded_at=self.clock())

    def _settings(self, market: str, currency: str) -> RuleSettings:
        team = self.team
        if team is not None:
            try:
                return team.rule_settings(market)
            except Exception:  # unreachable team server: the built-in defaults apply
                log.warning("rule settings of %s unavailable; using defaults", market,
                            exc_info=True)
        return default_rule_settings(market, currency)

    # -- submitting --------------------------------------------------------------------------
    def submit(self, draft: RefundDraft, locale: str = "en") -> RefundOutcome:
        """Check ``draft`` against the order as the marketplace has it now, then send it
        (under the threshold) or ask a supervisor (above). Raises ``RefundError``: 'rules'
        with the violations, 'changed' when what is left changed since the agent looked (with
        the fresh context), 'team_unavailable' when approval is needed and the team store
        cannot be reached, or the sink's refusal kind."""
        market = draft.market
        try:
            self.permissions.require(market, Action.REFUND)
        except PermissionDeniedError as exc:
            raise RefundError("forbidden", market, exc.reason) from exc
        context = self.load(market, draft.order_id, locale, incident_id=draft.incident_id)
        self._check(context, draft.lines, draft.reason_code, draft.seen_left)
        total = rules.total(draft.lines, context.currency)
        if context.needs_approval(total):
            return self._request_approval(context, draft, total)
        action = Refund(market, draft.order_id,
                        rules.to_requests(draft.lines, draft.reason_code))
        outcome = self._send(context, action, draft.seen_left, locale)
        outcome = self._after_sent(context, outcome, draft.message)
        self._record(context, draft, outcome)
        return outcome

    def _check(self, context: RefundContext, lines: Sequence[LineRefund], reason_code: str,
               seen_left: Mapping[str, tuple[int, int]]) -> None:
        """Raise 'changed' when what is left on a line of the refund is not what the agent
        saw - even when the refund would still fit: two agents answering the same complaint
        would otherwise both pay it - and 'rules' when a rule is broken."""
        violations = context.check(lines, reason_code, self.clock())
        touched = {line.order_line_id for line in lines}
        if _left_changed(context, touched, seen_left):
            raise RefundError("changed", context.market, _changed_detail(context, touched),
                              violations=violations, context=context)
        if violations:
            raise RefundError("rules", context.market,
                              "; ".join(v.message for v in violations),
                              violations=violations, context=context)

    def _send(self, context: RefundContext, action: Refund,
              seen_left: Mapping[str, tuple[int, int]], locale: str) -> RefundOutcome:
        total = sum((r.amount + r.shipping_amount for r in action.lines),
                    Money.zero(context.currency))
        try:
            submission = self.sink.submit(action)
        except ActionRefused as exc:
            log.warning("refund on %s/%s not sent: %s", action.market, action.order_id, exc)
            if exc.kind == "refused":
                # The platform said no: most often a colleague's refund left less than this.
                try:
                    fresh: RefundContext | None = self.load(
                        context.market, action.order_id, locale,
                        incident_id=context.incident.incident_id if context.incident else None)
                except RefundError:
                    fresh = None
                ids = {r.order_line_id for r in action.lines}
                if fresh is not None and fresh.fresh and _left_changed(fresh, ids, seen_left):
                    raise RefundError("changed", context.market, _changed_detail(fresh, ids),
                                      violations=fresh.check(_as_lines(action.lines),
                                                             action.lines[0].reason_code),
                                      context=fresh) from exc
            raise RefundError(exc.kind, exc.market, exc.detail) from exc
        refund_ids = tuple(str(i) for i in submission.response.get("refund_ids", ()))
        log.info("refund of %s on %s/%s %s (%d lines)", total, action.market, action.order_id,
                 submission.state.value, len(action.lines))
        return RefundOutcome(submission.state, total, action.approval_id, refund_ids)

    def _after_sent(self, context: RefundContext, outcome: RefundOutcome,
                    message: PersonalMessage | None) -> RefundOutcome:
        if outcome.state == SubmissionState.SENT:
            try:  # show the new refund (and its state) at once; the sync would later
                self.refresh_order(context.market, context.order.order_id)
            except RefundError:
                log.info("order %s not re-read after the refund", context.order.order_id)
        if message is None or not message.body.strip():
            return outcome
        action = self._message_action(context, message)
        try:
            submission = self.sink.submit(action)
        except ActionRefused as exc:
            log.warning("personal message after refund on %s/%s not sent: %s",
                        context.market, context.order.order_id, exc)
            return _with_message(outcome, None, exc.kind)
        return _with_message(outcome, submission.state, None)

    def _message_action(self, context: RefundContext,
                        message: PersonalMessage) -> Reply | NewOrderThread:
        order = context.order
        to = (Recipient("CUSTOMER", order.customer.customer_id or None),)
        thread = context.customer_thread
        if thread is not None:
            return Reply(context.market, thread.thread_id, order.order_id, message.body, to)
        topic = _THREAD_TOPIC.get(message.language or context.customer_language, "Refund")
        return NewOrderThread(context.market, order.order_id, topic, message.body, to)

    def _record(self, context: RefundContext, draft: RefundDraft,
                outcome: RefundOutcome) -> None:
        team = self.team
        if team is None:
            log.warning("no team store: refund on %s/%s not recorded", draft.market,
                        draft.order_id)
            return
        try:
            if draft.incident_id:
                team.record_decision(draft.market, draft.incident_id, "refund",
                                     outcome.state.value, draft.reason_code,
                                     seen=tuple(x.order_line_id for x in draft.lines),
                                     amount=outcome.total)
            team.audit(f"refund.{outcome.state.value}", market=draft.market,
                       subject_type="order", subject_id=draft.order_id, amount=outcome.total,
                       after={"option": draft.option, "reason_code": draft.reason_code,
                              "lines": _lines_json(draft.lines),
                              "message_state": outcome.message_state.value
                              if outcome.message_state else None},
                       response={"refund_ids": list(outcome.refund_ids)})
        except Exception:  # the platform already acted: report, do not undo
            log.exception("refund on %s/%s could not be recorded", draft.market,
                          draft.order_id)

    # -- four eyes ---------------------------------------------------------------------------
    def _request_approval(self, context: RefundContext, draft: RefundDraft,
                          total: Money) -> RefundOutcome:
        team = self.team
        if team is None:
            raise RefundError("team_unavailable", context.market,
                              "this refund needs a supervisor's approval and the team store "
                              "cannot be reached")
        order = context.order
        reason = context.reason(draft.reason_code)
        subject_type, subject_id = (("incident", draft.incident_id) if draft.incident_id
                                    else ("order", order.order_id))
        details = {
            "order_id": order.order_id, "commercial_id": order.commercial_id,
            "incident_id": draft.incident_id, "currency": order.currency,
            "reason_code": draft.reason_code, "option": draft.option,
            "lines": _lines_json(draft.lines),
            "seen_left": {k: list(v) for k, v in draft.seen_left.items()},
            # The refunds already on the order: reading back after an unknown outcome looks
            # for a matching refund that is not one of these (no clocks compared).
            "known_refunds": sorted(r.refund_id for line in order.lines for r in line.refunds),
            "message": ({"body": draft.message.body, "language": draft.message.language}
                        if draft.message and draft.message.body.strip() else None),
        }
        try:
            request = team.request_approval(
                ApprovalKind.REFUND, context.market, subject_type, subject_id, total,
                reason.label if reason else draft.reason_code, details)
        except TeamActionRefused as exc:
            raise RefundError("team_refused", context.market, str(exc)) from exc
        log.info("refund of %s on %s/%s waits for approval %d", total, context.market,
                 order.order_id, request.id)
        return RefundOutcome(SubmissionState.WAITING_APPROVAL, total, request.id)

    def approval_case(self, approval_id: int, locale: str,
                      refresh: bool = False) -> ApprovalCase:
        """A request with the order as the cache (or, with ``refresh``, the marketplace)
        has it: what was paid and is left, what is asked, which rules it breaks now."""
        team = self._team()
        request = team.approval(approval_id)
        if request is None:
            raise RefundError("not_found", "", f"approval {approval_id}")
        order_id = str(request.details.get("order_id") or request.subject_id)
        incident_id = request.details.get("incident_id")
        context: RefundContext | None = None
        for fresh in ((True, False) if refresh else (False,)):
            try:
                context = self.load(request.market, order_id, locale,
                                    incident_id=str(incident_id) if incident_id else None,
                                    refresh=fresh)
                break
            except RefundError as exc:  # the marketplace failing: show the cache's figures
                if exc.kind == "not_found" and not fresh:
                    break
                if not fresh:
                    raise
        currency = context.currency if context else (
            request.amount.currency if request.amount else "EUR")
        lines = _lines_from(request.details, currency)
        if context is None:
            return ApprovalCase(request, None, (), lines, None, None, ())
        code = str(request.details.get("reason_code") or "")
        violations = tuple(context.check(lines, code, self.clock())) if request.is_pending or (
            request.status in (ApprovalStatus.APPROVED, ApprovalStatus.FAILED)) else ()
        changed = request.is_pending and _left_changed(
            context, {x.order_line_id for x in lines}, _seen_from(request.details))
        return ApprovalCase(request, context.order, context.balances, lines,
                            context.reason(code), context.incident, violations, changed)

    def approve(self, approval_id: int, note: str | None = None,
                locale: str = "en") -> RefundOutcome:
        """Approve a refund request (a supervisor, not the requester) and send it from this
        desk. The order is read again first: a request that can no longer be carried out as
        asked is not approved (``RefundError('changed')``; decline it with a comment)."""
        team = self._team()
        request = team.approval(approval_id)
        if request is None or request.kind != ApprovalKind.REFUND:
            raise RefundError("not_found", "", f"refund approval {approval_id}")
        try:
            self.permissions.require(request.market, Action.APPROVE_REFUND)
        except PermissionDeniedError as exc:
            raise RefundError("forbidden", request.market, exc.reason) from exc
        context, lines, reason_code = self._request_context(request, locale)
        if request.is_pending:
            self._check(context, lines, reason_code, _seen_from(request.details))
        try:
            decided = team.decide_approval(approval_id, True, note)
        except TeamActionRefused as exc:
            raise RefundError("forbidden", request.market, str(exc)) from exc
        if not decided.won:
            raise RefundError("lost_race", request.market,
                              f"{decided.request.decided_by or 'a colleague'} already "
                              f"{decided.request.status} this request")
        return self._carry_out(decided.request, context, lines, reason_code, locale,
                               first_attempt=True)

    def decline(self, approval_id: int, note: str) -> ApprovalRequest:
        """Decline with a comment the requester sees; exactly one supervisor decides."""
        team = self._team()
        request = team.approval(approval_id)
        if request is None:
            raise RefundError("not_found", "", f"approval {approval_id}")
        if request.kind == ApprovalKind.REFUND:
            try:
                self.permissions.require(request.market, Action.APPROVE_REFUND)
            except PermissionDeniedError as exc:
                raise RefundError("forbidden", request.market, exc.reason) from exc
        if not note.strip():
            raise RefundError("note_required", request.market,
                              "say why, so the requester knows what to do next")
        try:
            decided = team.decide_approval(approval_id, False, note)
        except TeamActionRefused as exc:
            raise RefundError("forbidden", request.market, str(exc)) from exc
        if not decided.won:
            raise RefundError("lost_race", request.market,
                              f"{decided.request.decided_by or 'a colleague'} already "
                              f"{decided.request.status} this request")
        return decided.request

    def send_approved(self, approval_id: int, locale: str = "en") -> RefundOutcome:
        """Send an approved refund that was not sent (its sending failed, or had an unknown
        outcome). The order is read back first: when the refund is already there it is
        recorded as sent and nothing is sent again."""
        team = self._team()
        request = team.approval(approval_id)
        if request is None or request.kind != ApprovalKind.REFUND:
            raise RefundError("not_found", "", f"refund approval {approval_id}")
        if request.status not in (ApprovalStatus.APPROVED, ApprovalStatus.FAILED):
            raise RefundError("not_approved", request.market,
                              f"request {approval_id} is {request.status}")
        try:
            self.permissions.require(request.market, Action.APPROVE_REFUND)
        except PermissionDeniedError as exc:
            raise RefundError("forbidden", request.market, exc.reason) from exc
        context, lines, reason_code = self._request_context(request, locale)
        return self._carry_out(request, context, lines, reason_code, locale)

    def _request_context(self, request: ApprovalRequest, locale: str
                         ) -> tuple[RefundContext, tuple[LineRefund, ...], str]:
        order_id = str(request.details.get("order_id") or request.subject_id)
        incident_id = request.details.get("incident_id")
        context = self.load(request.market, order_id, locale,
                            incident_id=str(incident_id) if incident_id else None)
        lines = _lines_from(request.details, context.currency)
        return context, lines, str(request.details.get("reason_code") or "")

    def _mark(self, request: ApprovalRequest, response: Mapping[str, Any],
              failed: bool = False) -> None:
        if failed and request.status == ApprovalStatus.FAILED:
            return  # already recorded as failed; it stays retryable
        try:
            self._team().record_carried_out(request.id, response, failed=failed)
        except (TeamActionRefused, RefundError):  # the platform acted: log, do not undo
            log.exception("approval %d: carrying out not recorded", request.id)

    # -- the outbox's report -----------------------------------------------------------------
    def action_reported(self, action: Write, response: Mapping[str, Any],
                        ok: bool = True) -> ApprovalRequest | None:
        """The outbox sent (``ok``) or finally failed a refund that it had queued (nobody
        waited for the answer): read the order again into the cache, so the desk shows the
        refund, and record the approval it carried out, if any (sent, or failed and to be
        tried again). Other actions are not the refunds' concern. Raises
        ``RefundError('team_unavailable')`` while the team store cannot record an approval's
        outcome (the outbox tells it again later)."""
        if not isinstance(action, Refund):
            return None
        if ok:
            try:
                self.refresh_order(action.market, action.order_id)
            except (RefundError, ConnectorError):  # the next sync brings it
                log.info("order %s/%s not re-read after the outbox sent its refund",
                         action.market, action.order_id)
        if action.approval_id is None:
            return None
        team = self._team()
        request = team.approval(action.approval_id)
        if request is None:
            log.warning("refund sent for approval %d, which is not in the team store",
                        action.approval_id)
            return None
        done = (request.status == ApprovalStatus.SENT
                or (not ok and request.status == ApprovalStatus.FAILED))
        if done or request.status not in (ApprovalStatus.APPROVED, ApprovalStatus.FAILED):
            return request  # recorded already (or never approved: nothing to carry out)
        try:
            return team.record_carried_out(request.id, dict(response), failed=not ok)
        except TeamActionRefused:  # a colleague's desk recorded it meanwhile
            log.info("approval %d: outcome recorded elsewhere", request.id)
            return team.approval(request.id)

    def _carry_out(self, request: ApprovalRequest, context: RefundContext,
                   lines: tuple[LineRefund, ...], reason_code: str, locale: str, *,
                   first_attempt: bool = False) -> RefundOutcome:
        requests = rules.to_requests(lines, reason_code)
        total = rules.total(lines, context.currency)
        if not context.fresh and not first_attempt:
            # An earlier attempt may have gone through: never send again without reading back.
            raise RefundError("offline", context.market,
                              "the order cannot be read back from the marketplace now; the "
                              "refund is sent once it can be checked")
        known = {str(i) for i in request.details.get("known_refunds", ())}
        already = rules.find_sent(context.order, requests, known) if context.fresh else None
        if already is not None:  # an earlier attempt went through: record, send nothing
            ids = tuple(r.refund_id for r in already)
            self._mark(request, {"refund_ids": list(ids), "reconciled": True})
            log.info("approved refund %d found on the marketplace: %s", request.id, ids)
            return RefundOutcome(SubmissionState.SENT, total, request.id, ids,
                                 reconciled=True)
        violations = context.check(lines, reason_code, self.clock())
        if violations:
            self._mark(request, {"rules": [v.rule.value for v in violations]}, failed=True)
            raise RefundError("changed", context.market,
                              "; ".join(v.message for v in violations),
                              violations=violations, context=context)
        action = Refund(context.market, context.order.order_id, requests, request.id)
        try:
            outcome = self._send(context, action, _seen_from(request.details), locale)
        except RefundError as exc:
            if exc.kind in ("refused", "changed", "forbidden", "key_refused"):
                self._mark(request, {"error": exc.kind}, failed=True)
            # Otherwise the outcome is unknown (offline, timeout, 5xx): the request stays
            # approved and send_approved reads the order back before sending again.
            raise
        if outcome.state == SubmissionState.SENT:
            self._mark(request, {"refund_ids": list(outcome.refund_ids)})
        # QUEUED: the outbox sends it; the approval is recorded as sent when it is.
        message = request.details.get("message")
        personal = (PersonalMessage(str(message.get("body", "")),
                                    str(message.get("language", "")))
                    if isinstance(message, Mapping) else None)
        return self._after_sent(context, outcome, personal)

    def waiting_for_me(self, markets: Sequence[str] = ()) -> list[ApprovalRequest]:
        """Pending requests this supervisor may decide, oldest first."""
        return sorted(self._team().waiting_for_me(markets), key=lambda r: r.created)

    def approved_not_sent(self, markets: Sequence[str] = ()) -> list[ApprovalRequest]:
        """Refunds approved by this user that have not reached the marketplace yet."""
        team = self._team()
        found = team.approvals(statuses=[ApprovalStatus.APPROVED, ApprovalStatus.FAILED],
                               kind=ApprovalKind.REFUND.value, markets=markets)
        return [r for r in found if r.decided_by == team.actor.name]

    def _team(self) -> TeamService:
        team = self.team
        if team is None:
            raise RefundError("team_unavailable", "", "the team store cannot be reached")
        return team


def _customer_thread(threads: Sequence[Thread]) -> Thread | None:
    with_customer = [t for t in threads
                     if any(p.type.removesuffix("_USER") == "CUSTOMER" for p in t.participants)]
    return max(with_customer, key=lambda t: t.updated, default=None)


def _left_changed(context: RefundContext, line_ids: set[str],
                  seen_left: Mapping[str, tuple[int, int]]) -> bool:
    now_left = context.seen_left()
    return any(now_left.get(i) != seen_left.get(i) for i in line_ids)


def _seen_from(details: Mapping[str, Any]) -> dict[str, tuple[int, int]]:
    raw = details.get("seen_left") or {}
    return {str(k): (int(v[0]), int(v[1])) for k, v in raw.items()}


def _as_lines(requests: Sequence[RefundRequest]) -> tuple[LineRefund, ...]:
    return tuple(LineRefund(r.order_line_id, r.amount, r.shipping_amount, r.quantity)
                 for r in requests)


def _changed_detail(context: RefundContext, line_ids: set[str]) -> str:
    parts = [f"line {rules.line_label(b.line)}: {b.left} left"
             for b in context.balances if b.order_line_id in line_ids]
    return "a refund was made on this order meanwhile; " + ", ".join(parts)


def _with_message(outcome: RefundOutcome, state: SubmissionState | None,
                  error: str | None) -> RefundOutcome:
    return RefundOutcome(outcome.state, outcome.total, outcome.approval_id, outcome.refund_ids,
                         outcome.reconciled, state, error)


__all__ = [
    "ApprovalCase",
    "PersonalMessage",
    "RefundContext",
    "RefundDraft",
    "RefundError",
    "RefundOutcome",
    "RefundService",
    "customer_language",
    "message_from_template",
]
