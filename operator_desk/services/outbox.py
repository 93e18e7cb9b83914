"""The outbox as the desk uses it: the sink every action goes through, the sender thread, and
the use cases of the outbox page (list, retry, edit, cancel, discard, send anyway).

Every write is stored in this workstation's outbox first (``store/outbox.py``), then sent by
``sync/push.PushEngine``: at once when the user is waiting and the market answers, otherwise
by the ``OutboxPusher`` thread when it is due (backing off while the market is unreachable or
busy, woken when something is queued, when a sync found the market reachable, or when the
user asks to retry). Methods run on worker threads, never on the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Protocol

from operator_desk.domain.actions import (
    Action,
    ActionKind,
    CloseIncident,
    DisputeIncident,
    NewOrderThread,
    NewSellerThread,
    OpenIncident,
    Refund,
    Reply,
    ShopClosure,
    ShopState,
)
from operator_desk.domain.money import Money
from operator_desk.domain.outbox import (
    Change,
    ErrorKind,
    OutboxEntry,
    OutboxFilter,
    OutboxSort,
    OutboxState,
    Waiting,
)
from operator_desk.store.database import Database
from operator_desk.store.outbox import OutboxRecord, OutboxRepository
from operator_desk.sync.push import Backoff, Outcome, PushEngine, PushResult

from .actions import ActionRefused, Submission, SubmissionState
from .connections import Connections, LinkState

log = logging.getLogger(__name__)

Listener = Callable[[], None]
# Told an action's final outcome: (action, the platform's response or the error, sent?).
# Raising means "could not record it now": it is told again later (see ``report_backlog``).
Reporter = Callable[[Action, dict[str, Any], bool], object]


class Auditor(Protocol):
    def audit(self, action: str, *, market: str | None = None,
              subject_type: str | None = None, subject_id: str | None = None,
              amount: Money | None = None, before: Any = None, after: Any = None,
              response: Any = None) -> object: ...


class CancelOutcome(StrEnum):
    CANCELLED = "cancelled"
    ALREADY_SENT = "already_sent"  # reading back found it on the platform: it is sent now
    CANNOT_TELL = "cannot_tell"  # it may have been sent and the platform cannot be read
    NOT_ALLOWED = "not_allowed"  # sent, cancelled already, or gone


@dataclass(frozen=True, slots=True)
class OutboxSummary:
    """For the status bar: what waits, and what needs the user."""

    waiting: int  # pending, sending, waiting for approval
    attention: int  # failed and conflicts


def describe_changes(changes: tuple[Change, ...]) -> str:
    """A plain one-line account of what changed (logs, ActionRefused details)."""
    return "; ".join(f"{c.what}: {c.saw} → {c.now}" + (f" ({c.detail})" if c.detail else "")
                     for c in changes)


class OutboxService:
    """The outbox page's and the status bar's use cases; owns the push engine."""

    def __init__(self, outbox: Database, connections: Connections, *,
                 backoff: Backoff | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.outbox = outbox
        self.connections = connections
        self.clock = clock or (lambda: datetime.now(UTC))
        self.engine = PushEngine(outbox, connections.connector, report=connections.report,
                                 on_sent=self._on_sent, on_failed=self._on_failed,
                                 clock=self.clock, backoff=backoff)
        self.listeners: list[Listener] = []  # called after changes, on any thread
        # Every action sent, whoever waited for it (cheap, idempotent work: the cache).
        self.sent_listeners: list[Callable[[Action, dict[str, Any]], None]] = []
        # Services that wait for the final outcome of actions the outbox sent (or that finally
        # failed) while nobody waited: told once, durably (the ``reported`` column).
        self.reporters: list[Reporter] = []
        self._team: Auditor | None = None
        self.pusher: OutboxPusher | None = None
        # One thread for audit entries and reports, in order; never the sender's.
        self._audits = ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox-audit")
        self._reports_due = threading.Event()

    @property
    def team(self) -> Auditor | None:
        """The team store's audit log, once it is open (None while it is unreachable)."""
        return self._team

    @team.setter
    def team(self, team: Auditor | None) -> None:
        self._team = team
        if team is not None:  # actions sent while it was away get their entries now
            self._audits.submit(self._audit_backlog, team)
            self.report_backlog()  # and the services that wait hear what they missed

    # -- queueing ----------------------------------------------------------------------------
    def enqueue(self, action: Action, *, waiting_approval: bool = False,
                created_by: str | None = None) -> str:
        """Store the action durably; returns its id. ``waiting_approval`` holds it until
        ``release`` (four eyes). Raises ``ActionRefused('already_queued' / 'already_sent')``
        for a refund whose approval already has one in the outbox: an approved refund is
        carried out once, whoever asks again."""
        state = OutboxState.WAITING_APPROVAL if waiting_approval else OutboxState.PENDING
        with self.outbox.write() as session:  # the check and the insert in one transaction
            repo = OutboxRepository(session)
            if isinstance(action, Refund) and action.approval_id is not None:
                _refuse_second_refund(action, repo.refund_for_approval(action.approval_id))
            action_id = repo.add(action, self.clock(), state=state, created_by=created_by)
        log.info("outbox %s queued: %s on %s", action_id, action.kind.value, action.market)
        self.changed()
        return action_id

    def changed(self) -> None:
        for listener in list(self.listeners):
            try:
                listener()
            except Exception:
                log.exception("outbox listener failed")
        if self.pusher is not None:
            self.pusher.wake()

    # -- reading -----------------------------------------------------------------------------
    def count(self, filter_: OutboxFilter) -> int:
        """How many actions match ``filter_``."""
        with self.outbox.read() as session:
            return OutboxRepository(session).count(filter_)

    def page(self, filter_: OutboxFilter, sort: OutboxSort, offset: int,
             limit: int) -> list[OutboxEntry]:
        """One page of the listing, filtered and sorted in SQL."""
        with self.outbox.read() as session:
            return OutboxRepository(session).page(filter_, sort, offset, limit)

    def entry(self, action_id: str) -> OutboxEntry | None:
        """One action as the outbox page shows it."""
        with self.outbox.read() as session:
            return OutboxRepository(session).entry(action_id)

    def action(self, action_id: str) -> Action | None:
        """The queued action itself (for editing)."""
        with self.outbox.read() as session:
            record = OutboxRepository(session).record(action_id)
        return record.action if record is not None else None

    def waiting(self, case_keys: Sequence[str]) -> list[Waiting]:
        """Actions of these cases (``Action.case_key``) not sent yet, oldest first."""
        with self.outbox.read() as session:
            return OutboxRepository(session).waiting(case_keys)

    def summary(self) -> OutboxSummary:
        """What waits and what needs the user, for the status bar."""
        with self.outbox.read() as session:
            counts = OutboxRepository(session).state_counts()
        waiting = sum(counts.get(s, 0) for s in (OutboxState.PENDING, OutboxState.SENDING,
                                                 OutboxState.WAITING_APPROVAL))
        attention = counts.get(OutboxState.FAILED, 0) + counts.get(OutboxState.CONFLICT, 0)
        return OutboxSummary(waiting, attention)

    def markets(self) -> list[str]:
        """The markets this desk works with (the page's market filter)."""
        return sorted(self.connections.profiles)

    # -- what the user does ------------------------------------------------------------------
    def retry(self, action_id: str) -> bool:
        """Try now (a failed action goes back to pending)."""
        with self.outbox.write() as session:
            done = OutboxRepository(session).retry_now(action_id, self.clock())
        self.changed()
        return done

    def send_anyway(self, action_id: str) -> bool:
        """The user saw the conflict and wants the action sent as it is."""
        with self.outbox.write() as session:
            done = OutboxRepository(session).send_anyway(action_id, self.clock())
        self.changed()
        return done

    def release(self, action_id: str) -> bool:
        """An approval was given: the held action may be sent."""
        with self.outbox.write() as session:
            done = OutboxRepository(session).release(action_id, self.clock())
        self.changed()
        return done

    def cancel(self, action_id: str) -> CancelOutcome:
        """Cancel an action that was not sent (or discard a conflict). An action whose send
        got no answer is read back first: it may already be on the platform."""
        entry = self.entry(action_id)
        if entry is None or entry.state in (OutboxState.SENT, OutboxState.CANCELLED):
            return CancelOutcome.NOT_ALLOWED
        if entry.outcome_unknown:
            found = self.engine.resolve_unknown(action_id)
            if found is True:
                self.changed()
                return CancelOutcome.ALREADY_SENT
            if found is None:
                return CancelOutcome.CANNOT_TELL
        with self.outbox.write() as session:
            done = OutboxRepository(session).cancel(action_id, self.clock())
        self.changed()
        if done:
            log.info("outbox %s cancelled by the user", action_id)
            self.report_backlog()  # a service waiting for it learns it will not happen
        return CancelOutcome.CANCELLED if done else CancelOutcome.NOT_ALLOWED

    def edit(self, action_id: str, action: Action) -> bool:
        """Replace an action not yet sent (same kind, same case); it is checked again."""
        with self.outbox.write() as session:
            done = OutboxRepository(session).edit(action_id, action, self.clock())
        self.changed()
        return done

    def edit_text(self, action_id: str, body: str, topic: str | None = None) -> bool:
        """New text for a queued reply or new thread."""
        action = self.action(action_id)
        if not body.strip():
            return False
        match action:
            case Reply():
                return self.edit(action_id, replace(action, body=body))
            case NewOrderThread() | NewSellerThread():
                return self.edit(action_id, replace(action, body=body,
                                                    topic=topic or action.topic))
        return False

    def edit_reason(self, action_id: str, reason_code: str | None) -> bool:
        """Another closing reason for a queued close."""
        action = self.action(action_id)
        if isinstance(action, CloseIncident):
            return self.edit(action_id, replace(action, reason_code=reason_code))
        return False

    def push(self, market: str) -> list[PushResult]:
        """Send what is due for ``market`` on this thread (the sender thread, tests, scripts);
        listeners hear of it."""
        results = self.engine.push_market(market)
        if results:
            self.changed()
        return results

    def push_now(self) -> None:
        """Ask the sender to try everything due now (on demand, e.g. after a sync)."""
        if self.pusher is not None:
            self.pusher.wake()

    def market_reachable(self, market: str) -> None:
        """A sync reached ``market``: what waited for it is due now."""
        if self.engine.market_reachable(market):
            self.changed()
        elif self.pusher is not None:
            self.pusher.wake()

    # -- after a send ------------------------------------------------------------------------
    def _on_sent(self, record: OutboxRecord, response: dict[str, Any]) -> None:
        for listener in list(self.sent_listeners):
            try:
                listener(record.action, response)
            except Exception:
                log.exception("outbox sent-listener failed")
        team = self._team
        if team is not None:
            # The team store may be slow or away; sending never waits for it.
            self._audits.submit(self._audit, team, record, response)
        self.report_backlog()

    def _on_failed(self, record: OutboxRecord, _kind: ErrorKind, _message: str) -> None:
        self.report_backlog()

    # -- telling the services that wait ------------------------------------------------------
    def report_backlog(self) -> None:
        """Tell the reporters every final outcome they have not heard yet, in the order the
        actions were made, on the audit thread (sending never waits for them). Called after
        each final outcome, when the team store opens, and after a cancel."""
        if not self._reports_due.is_set():
            self._reports_due.set()
            try:
                self._audits.submit(self._report_all)
            except RuntimeError:  # shutting down: told at the next start
                self._reports_due.clear()

    def wait_for_reports(self, timeout: float = 30.0) -> None:
        """Block until the reports (and audit entries) asked for so far are done."""
        self._audits.submit(lambda: None).result(timeout)

    def _report_all(self) -> None:
        self._reports_due.clear()  # an outcome recorded from here on asks for another run
        while True:
            with self.outbox.read() as session:
                batch = OutboxRepository(session).unreported()
            if not batch:
                return
            for record in batch:
                if not self._report(record):
                    return  # the rest waits, in order, for the next run

    def _report(self, record: OutboxRecord) -> bool:
        ok = record.state == OutboxState.SENT
        response = dict(record.response) if ok else {
            "error": record.error_kind or ("cancelled" if record.state ==
                                           OutboxState.CANCELLED else "refused"),
            "detail": record.last_error or "", "state": record.state.value}
        response["action_id"] = record.action_id
        for reporter in list(self.reporters):
            try:
                reporter(record.action, response, ok)
            except Exception:
                log.warning("outbox %s: the outcome could not be recorded yet; told again "
                            "later", record.action_id, exc_info=True)
                return False
        with self.outbox.write() as session:
            OutboxRepository(session).mark_reported(record.action_id, record.state)
        return True

    def _audit_backlog(self, team: Auditor) -> None:
        with self.outbox.read() as session:
            backlog = OutboxRepository(session).unaudited()
        for record in backlog:
            with self.outbox.read() as session:
                entry = OutboxRepository(session).entry(record.action_id)
            if entry is not None and not self._audit(team, record, entry.response):
                return

    def _audit(self, team: Auditor, record: OutboxRecord, response: dict[str, Any]) -> bool:
        # One audit thread: checking the flag here means no entry is written twice.
        with self.outbox.read() as session:
            if OutboxRepository(session).is_audited(record.action_id):
                return True
        subject_type, subject_id = _audit_subject(record.action)
        ids = {k: v for k, v in response.items()
               if k in ("message_id", "thread_id", "refund_ids", "shop_state", "reconciled",
                        "closed", "disputed", "opened_on")}
        try:
            team.audit(f"outbox.{record.action.kind.value}", market=record.action.market,
                       subject_type=subject_type, subject_id=subject_id,
                       amount=_refund_total(record.action),
                       after={"action_id": record.action_id}, response=ids)
        except Exception:
            log.exception("outbox %s: the audit entry could not be written",
                          record.action_id)
            return False
        with self.outbox.write() as session:
            OutboxRepository(session).audited(record.action_id)
        return True

    def close(self) -> None:
        """Stop the sender thread and the audit writer; release the outbox's send lock."""
        if self.pusher is not None:
            self.pusher.stop()
        self._audits.shutdown(wait=True)
        self.engine.release()


def _audit_subject(action: Action) -> tuple[str, str]:
    match action:
        case CloseIncident() | DisputeIncident():
            return "incident", action.incident_id
        case OpenIncident():
            return "order_line", action.order_line_id
        case Reply():
            return "thread", action.thread_id
        case NewOrderThread() | Refund():
            return "order", action.order_id
        case NewSellerThread() | ShopState() | ShopClosure():
            return "shop", action.shop_id
    return "action", ""


def _refuse_second_refund(action: Refund, existing: OutboxEntry | None) -> None:
    if existing is None:
        return
    if existing.state == OutboxState.SENT:
        raise ActionRefused(
            "already_sent", action.market,
            f"the refund of approval {action.approval_id} was sent by the outbox (action "
            f"#{existing.seq}); it is not sent twice", action_id=existing.action_id)
    raise ActionRefused(
        "already_queued", action.market,
        f"the refund of approval {action.approval_id} is in the outbox already (action "
        f"#{existing.seq}, {existing.state.value}); retry, send or cancel that one",
        action_id=existing.action_id)


def _refund_total(action: Action) -> Money | None:
    if not isinstance(action, Refund) or not action.lines:
        return None
    total = Money.zero(action.lines[0].amount.currency)
    for line in action.lines:
        total = total + line.amount + line.shipping_amount
    return total


class OutboxSink:
    """The desk's ``ActionSink``: store first, then send at once when the market answers and
    nothing earlier of the case waits; otherwise the action stays queued."""

    def __init__(self, service: OutboxService) -> None:
        self.service = service

    # Kinds that mean the same thing when asked twice: a second one is not queued again.
    ONCE = (ActionKind.CLOSE_INCIDENT, ActionKind.DISPUTE_INCIDENT, ActionKind.OPEN_INCIDENT,
            ActionKind.SHOP_STATE)

    def submit(self, action: Action) -> Submission:
        service = self.service
        if action.kind in self.ONCE:
            with service.outbox.read() as session:
                twin = OutboxRepository(session).unresolved_twin(action)
            if twin is not None:
                log.info("outbox %s: %s already queued", twin, action.kind.value)
                return Submission(SubmissionState.QUEUED, twin)
        action_id = service.enqueue(action)
        if service.connections.connector(action.market) is None:
            return Submission(SubmissionState.QUEUED, action_id)
        # The user waits: a final outcome now is theirs (services are not told it again).
        result = service.engine.push_one(action_id, caller_waits=True)
        service.changed()
        if result.outcome == Outcome.SENT:
            return Submission(SubmissionState.SENT, action_id, result.response)
        if result.outcome == Outcome.CONFLICT:
            # Stays in the outbox as a conflict: the user discards it or sends it anyway.
            raise ActionRefused("conflict", action.market, describe_changes(result.changes),
                                changes=result.changes, action_id=action_id)
        if result.outcome == Outcome.FAILED:
            # The user is told now; the refused action must not hold back the case.
            with service.outbox.write() as session:
                OutboxRepository(session).cancel(action_id, service.clock())
            service.changed()
            kind = "forbidden" if result.error_kind == "forbidden" else "refused"
            raise ActionRefused(kind, action.market, result.message)
        return Submission(SubmissionState.QUEUED, action_id)

    def waiting(self, case_keys: Sequence[str]) -> list[Waiting]:
        """What of these cases still waits in the outbox (the queue shows them pending)."""
        return self.service.waiting(case_keys)

    def hold_for_approval(self, action: Action) -> Submission:
        """Store an action that needs a supervisor's yes (four eyes); it is sent, in its
        case's order, once ``OutboxService.release`` is called with its id."""
        action_id = self.service.enqueue(action, waiting_approval=True)
        return Submission(SubmissionState.WAITING_APPROVAL, action_id)


class OutboxPusher:
    """The sender thread: pushes every connected market's due actions, then sleeps until the
    next one is due, something is queued, or it is woken."""

    def __init__(self, service: OutboxService, idle: float = 60.0,
                 floor: float = 0.5) -> None:
        self.service = service
        self.idle = idle
        self.floor = floor
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.passes = 0
        service.pusher = self

    def start(self) -> None:
        """Start the sender thread."""
        self._thread = threading.Thread(target=self._run, name="outbox-push", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Look for due actions now (something was queued, or a market came back)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the send under way (an unanswered one is read back next time)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)
        self._thread = None

    def _markets(self) -> list[str]:
        connections = self.service.connections
        return [market for market in list(connections.connectors)
                if connections.links.get(market) is None
                or connections.links[market].state != LinkState.NO_KEY]

    def _run(self) -> None:
        engine = self.service.engine
        with ThreadPoolExecutor(max_workers=4, thread_name_prefix="outbox-market") as pool:
            while not self._stop.is_set():
                self._wake.clear()
                markets = self._markets()
                sent_any = False
                if markets and engine.acquire():
                    try:
                        futures = [pool.submit(engine.push_market, m, self._stop)
                                   for m in markets]
                        sent_any = any(f.result() for f in futures)
                    except Exception:
                        log.exception("outbox pass failed")
                self.passes += 1
                if sent_any:
                    self.service.changed()
                    self._wake.clear()  # our own notification needs no second pass
                self._wake.wait(self._sleep(markets))

    def _sleep(self, markets: list[str]) -> float:
        if not markets:
            return self.idle
        try:
            due = self.service.engine.next_due(markets)
        except Exception:
            log.exception("outbox: cannot read when the next action is due")
            return self.idle
        if due is None:
            return self.idle
        seconds = (due - self.service.clock()).total_seconds()
        return min(self.idle, max(self.floor, seconds))
