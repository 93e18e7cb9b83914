"""Push: send the outbox's actions to their marketplaces, in order per case, exactly once.

For each due action (``OutboxRepository.due``: pending, its time has come, nothing earlier of
its case unresolved):

1. A send token from an earlier attempt means that send may have reached the platform (no
   answer came, or the desk died): wait until it has settled, then read back
   (``reconcile.read_back``). Found: it is sent. Proved absent: go on. Cannot tell: the user
   decides (conflict).
2. Re-check the preconditions against fresh server state (``reconcile.check``); a change
   makes it a conflict, unless the user chose "send anyway".
3. Commit a new send token and the baseline, *then* send (``execute``).
4. Record the outcome: sent; refused for good (failed, with the platform's message); refused
   for now (429 with ``Retry-After``, 401: pending, backing off, known not to be applied); or
   unknown (no answer, 5xx, a garbled body: pending with the token kept, read back first).

Only one process sends from an outbox at a time (a lock file next to it), and within it one
thread per case (a lock per case key), so a send is never doubled by two senders.

A final outcome (sent, refused for good) is passed to ``on_sent`` / ``on_failed``. When the
user waits for it (``push_one(..., caller_waits=True)``) it is also recorded as told
(``reported``): the caller handles the answer itself.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from operator_desk.connectors.base import (
    AuthenticationRefused,
    ConnectorError,
    MarketplaceConnector,
    MarketplaceUnreachable,
    NotSupported,
    PermissionDenied,
    RateLimited,
    RequestRefused,
)
from operator_desk.domain.outbox import Change, ErrorKind, OutboxState
from operator_desk.store.database import Database
from operator_desk.store.locks import CacheBusy, CacheLock
from operator_desk.store.outbox import OutboxRecord, OutboxRepository

from .execute import PlatformRefused, execute
from .reconcile import check, read_back

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Report = Callable[[str, ConnectorError | None], object]
OnSent = Callable[[OutboxRecord, dict[str, Any]], None]
OnFailed = Callable[[OutboxRecord, ErrorKind, str], None]


@dataclass(frozen=True)
class Backoff:
    """How patiently the outbox tries again (seconds)."""

    base: float = 2.0  # after the first failure
    cap: float = 300.0  # never longer between tries
    floor: float = 0.5  # never shorter, even with "Retry-After: 0" (no busy loop)
    jitter: float = 0.2  # +/- share, so desks do not retry in lockstep
    # After a send that got no answer, the platform may still be working on it: read back
    # only once this has passed since the send began.
    settle: float = 30.0

    def delay(self, failures: int, rng: random.Random,
              retry_after: float | None = None) -> float:
        if retry_after is not None:
            return max(self.floor, retry_after)
        wait = min(self.cap, self.base * 2.0 ** max(0, failures - 1))
        return max(self.floor, wait * (1 + rng.uniform(-self.jitter, self.jitter)))


class Outcome(StrEnum):
    SENT = "sent"
    PENDING = "pending"  # stays queued: offline, busy, backing off, waiting to read back
    CONFLICT = "conflict"
    FAILED = "failed"  # refused for good (the platform said why)
    SKIPPED = "skipped"  # not sendable now (another sender has it, blocked, not pending)


@dataclass(frozen=True, slots=True)
class PushResult:
    action_id: str
    outcome: Outcome
    response: dict[str, Any] = field(default_factory=dict)
    error_kind: ErrorKind | None = None
    message: str = ""
    changes: tuple[Change, ...] = ()
    market_trouble: bool = False  # the market itself failed: stop sending to it for now


class PushEngine:
    """Sends outbox actions; safe to call from several threads (one per market, say)."""

    def __init__(self, outbox: Database, connector_for: Callable[[str], MarketplaceConnector
                                                                 | None], *,
                 report: Report | None = None, on_sent: OnSent | None = None,
                 on_failed: OnFailed | None = None,
                 clock: Clock | None = None, backoff: Backoff | None = None,
                 rng: random.Random | None = None) -> None:
        self.outbox = outbox
        self.connector_for = connector_for
        self.report = report or (lambda _market, _error: None)
        self.on_sent = on_sent
        self.on_failed = on_failed
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self.backoff = backoff or Backoff()
        self.rng = rng or random.Random()
        self._file_lock = CacheLock(outbox.path)
        self._holding = False
        self._guard = threading.Lock()
        self._case_locks: dict[str, threading.Lock] = {}
        self._failures: dict[str, int] = {}  # consecutive market failures, for the backoff

    # -- the one sender per outbox -----------------------------------------------------------
    def acquire(self) -> bool:
        """Become this outbox's sender (a lock file; released when the process ends)."""
        with self._guard:
            if not self._holding:
                try:
                    self._file_lock.acquire(0)
                    self._holding = True
                except CacheBusy:
                    log.warning("another process sends from %s; this one only queues",
                                self.outbox.path)
            return self._holding

    def release(self) -> None:
        with self._guard:
            if self._holding:
                self._file_lock.release()
                self._holding = False

    def _case_lock(self, case_key: str) -> threading.Lock:
        with self._guard:
            return self._case_locks.setdefault(case_key, threading.Lock())

    # -- entry points ------------------------------------------------------------------------
    def push_one(self, action_id: str, wait: float = 60.0, *,
                 caller_waits: bool = False) -> PushResult:
        """Send one action now if it is due and first in its case (the user is waiting;
        with ``caller_waits`` a final outcome is the caller's to handle: see the module
        docstring)."""
        with self.outbox.read() as session:
            record = OutboxRepository(session).record(action_id)
        if record is None:
            return PushResult(action_id, Outcome.SKIPPED, message="not in the outbox")
        lock = self._case_lock(record.action.case_key)
        if not lock.acquire(timeout=wait):
            return PushResult(action_id, Outcome.SKIPPED, message="another send is under way")
        try:
            return self._push(action_id, caller_waits)
        finally:
            lock.release()

    def push_market(self, market: str, cancel: threading.Event | None = None,
                    limit: int | None = None) -> list[PushResult]:
        """Send what is due for ``market``, oldest first, until nothing is due, the market
        fails (then every waiting action of it backs off), or ``cancel`` is set."""
        results: list[PushResult] = []
        skipped: set[str] = set()
        while cancel is None or not cancel.is_set():
            with self.outbox.read() as session:
                due = [r for r in OutboxRepository(session).due(market, self.clock())
                       if r.action_id not in skipped]
            if not due:
                break
            progressed = False
            for record in due:
                if (cancel is not None and cancel.is_set()) or (
                        limit is not None and len(results) >= limit):
                    return results
                lock = self._case_lock(record.action.case_key)
                if not lock.acquire(blocking=False):
                    skipped.add(record.action_id)  # the user's own send of this case runs
                    continue
                try:
                    result = self._push(record.action_id)
                finally:
                    lock.release()
                results.append(result)
                if result.market_trouble:
                    self._postpone(market, result)
                    return results
                if result.outcome == Outcome.SKIPPED or result.outcome == Outcome.PENDING:
                    skipped.add(record.action_id)
                progressed = True
            if not progressed:
                break
        return results

    def push_all(self, markets: Iterable[str],
                 cancel: threading.Event | None = None) -> dict[str, list[PushResult]]:
        return {market: self.push_market(market, cancel) for market in markets}

    def next_due(self, markets: Iterable[str]) -> datetime | None:
        with self.outbox.read() as session:
            return OutboxRepository(session).next_due(list(markets))

    def resolve_unknown(self, action_id: str) -> bool | None:
        """Read back an action whose send got no answer, now (the user wants to cancel it):
        True if it reached the platform (now sent), False if not (token cleared), None when
        it cannot be told (offline, or the platform's state is ambiguous)."""
        with self.outbox.read() as session:
            record = OutboxRepository(session).record(action_id)
        connector = self.connector_for(record.action.market) if record else None
        if record is None or connector is None:
            return None
        if not record.outcome_unknown:
            return False
        settled_at = (record.send_started or self.clock()) + timedelta(
            seconds=self.backoff.settle)
        if self.clock() < settled_at:
            return None  # the platform may still be working on it
        lock = self._case_lock(record.action.case_key)
        with lock:
            try:
                found = read_back(record.action, record.baseline, connector)
            except ConnectorError as exc:
                self.report(record.action.market, exc)
                return None
            if found.applied is True:
                self._sent(record, {"reconciled": True, **found.evidence})
                return True
            if found.applied is False:
                with self.outbox.write() as session:
                    OutboxRepository(session).clear_token(action_id, self.clock())
                return False
            return None

    # -- one action --------------------------------------------------------------------------
    def _push(self, action_id: str, caller_waits: bool = False) -> PushResult:
        if not self.acquire():
            return PushResult(action_id, Outcome.SKIPPED, message="another process sends")
        with self.outbox.read() as session:
            repo = OutboxRepository(session)
            record = repo.record(action_id)
            blocked = repo.blocked_by(action_id) if record is not None else None
        if record is None or record.state not in (OutboxState.PENDING, OutboxState.SENDING):
            return PushResult(action_id, Outcome.SKIPPED, message="not pending")
        if blocked is not None:
            return PushResult(action_id, Outcome.SKIPPED, message=f"behind action {blocked}")
        market = record.action.market
        connector = self.connector_for(market)
        if connector is None:
            return PushResult(action_id, Outcome.PENDING, error_kind=ErrorKind.OFFLINE,
                              message="no connection to the marketplace")
        if record.outcome_unknown:
            settled = self._settle(record, connector, caller_waits)
            if settled is not None:
                return settled
        try:
            fresh = check(record.action, connector)
        except ConnectorError as exc:
            return self._transient(record, exc, outcome_unknown=False)
        if fresh.changes and not record.forced:
            with self.outbox.write() as session:
                OutboxRepository(session).conflict(action_id, fresh.changes, self.clock())
            self._ok(market)
            log.info("outbox %s (%s) conflicts: %s", action_id, record.action.kind,
                     ", ".join(c.what for c in fresh.changes))
            return PushResult(action_id, Outcome.CONFLICT, changes=fresh.changes)
        with self.outbox.write() as session:
            token = OutboxRepository(session).begin_send(action_id, fresh.baseline,
                                                          self.clock())
        if token is None:
            return PushResult(action_id, Outcome.SKIPPED, message="changed meanwhile")
        return self._send(record, connector, caller_waits)

    def _settle(self, record: OutboxRecord, connector: MarketplaceConnector,
                caller_waits: bool = False) -> PushResult | None:
        """Reading back an unanswered send; None when it proved absent (send it now)."""
        now = self.clock()
        settled_at = (record.send_started or now) + timedelta(seconds=self.backoff.settle)
        if now < settled_at:
            with self.outbox.write() as session:
                OutboxRepository(session).retry_later(
                    record.action_id, ErrorKind.UNKNOWN_OUTCOME,
                    "sent without an answer; checking the marketplace before sending again",
                    settled_at, now, outcome_unknown=True)
            return PushResult(record.action_id, Outcome.PENDING,
                              error_kind=ErrorKind.UNKNOWN_OUTCOME)
        try:
            found = read_back(record.action, record.baseline, connector)
        except ConnectorError as exc:
            return self._transient(record, exc, outcome_unknown=True)
        if found.applied is True:
            response = {"reconciled": True, **found.evidence}
            self._sent(record, response, caller_waits)
            log.info("outbox %s (%s) found on the platform after an unanswered send",
                     record.action_id, record.action.kind)
            return PushResult(record.action_id, Outcome.SENT, response)
        if found.applied is None:
            change = Change("unknown_outcome", "sent without an answer",
                            "cannot tell from the marketplace", detail=str(found.evidence))
            with self.outbox.write() as session:
                OutboxRepository(session).conflict(record.action_id, (change,), now)
            return PushResult(record.action_id, Outcome.CONFLICT, changes=(change,))
        with self.outbox.write() as session:
            OutboxRepository(session).not_applied(record.action_id, now)
        log.info("outbox %s (%s): the unanswered send did not arrive; sending again",
                 record.action_id, record.action.kind)
        return None

    def _send(self, record: OutboxRecord, connector: MarketplaceConnector,
              caller_waits: bool = False) -> PushResult:
        action_id, market = record.action_id, record.action.market
        try:
            executed = execute(record.action, connector)
        except PlatformRefused as exc:
            return self._failed(record, ErrorKind.REFUSED, str(exc), caller_waits)
        except RateLimited as exc:
            return self._transient(record, exc, outcome_unknown=False)
        except AuthenticationRefused as exc:
            return self._transient(record, exc, outcome_unknown=False)
        except PermissionDenied as exc:
            return self._failed(record, ErrorKind.FORBIDDEN, exc.detail or str(exc),
                                caller_waits)
        except (RequestRefused, NotSupported) as exc:
            self._ok(market)
            return self._failed(record, ErrorKind.REFUSED, exc.detail or str(exc),
                                caller_waits)
        except ConnectorError as exc:
            # No answer, 5xx, or a garbled body: it may have been applied.
            return self._transient(record, exc, outcome_unknown=True)
        except Exception as exc:
            log.exception("outbox %s (%s): unexpected error while sending", action_id,
                          record.action.kind)
            with self.outbox.write() as session:
                OutboxRepository(session).fail(action_id, ErrorKind.BUG, repr(exc),
                                               self.clock(), outcome_unknown=True)
            return PushResult(action_id, Outcome.FAILED, error_kind=ErrorKind.BUG,
                              message=repr(exc))
        self._sent(record, executed.response, caller_waits)
        self._ok(market)
        return PushResult(action_id, Outcome.SENT, executed.response)

    # -- recording outcomes ------------------------------------------------------------------
    def _sent(self, record: OutboxRecord, response: dict[str, Any],
              caller_waits: bool = False) -> None:
        with self.outbox.write() as session:
            done = OutboxRepository(session).sent(record.action_id, response, self.clock(),
                                                  told=caller_waits)
        if done and self.on_sent is not None:
            try:
                self.on_sent(record, response)
            except Exception:  # the platform has it; a failing listener must not undo that
                log.exception("outbox %s: after-send listener failed", record.action_id)

    def _failed(self, record: OutboxRecord, kind: ErrorKind, message: str,
                caller_waits: bool = False) -> PushResult:
        with self.outbox.write() as session:
            OutboxRepository(session).fail(record.action_id, kind, message, self.clock(),
                                           told=caller_waits)
        log.info("outbox %s (%s) refused: %s", record.action_id, record.action.kind, kind)
        if self.on_failed is not None:
            try:
                self.on_failed(record, kind, message)
            except Exception:
                log.exception("outbox %s: after-failure listener failed", record.action_id)
        return PushResult(record.action_id, Outcome.FAILED, error_kind=kind, message=message)

    def _transient(self, record: OutboxRecord, error: ConnectorError, *,
                   outcome_unknown: bool) -> PushResult:
        market = record.action.market
        self.report(market, error)
        with self._guard:
            failures = self._failures.get(market, 0) + 1
            self._failures[market] = failures
        retry_after = error.retry_after if isinstance(error, RateLimited) else None
        wait = self.backoff.delay(failures, self.rng, retry_after)
        if outcome_unknown:
            wait = max(wait, self.backoff.settle)
        kind = _error_kind(error, outcome_unknown)
        now = self.clock()
        with self.outbox.write() as session:
            OutboxRepository(session).retry_later(
                record.action_id, kind, error.detail or type(error).__name__,
                now + timedelta(seconds=wait), now, outcome_unknown=outcome_unknown)
        log.info("outbox %s (%s): %s, next try in %.1f s", record.action_id,
                 record.action.kind, type(error).__name__, wait)
        return PushResult(record.action_id, Outcome.PENDING, error_kind=kind,
                          message=error.detail, market_trouble=True)

    def _postpone(self, market: str, result: PushResult) -> None:
        with self._guard:
            failures = self._failures.get(market, 1)
        wait = self.backoff.delay(failures, self.rng)
        now = self.clock()
        kind = result.error_kind if result.error_kind != ErrorKind.UNKNOWN_OUTCOME \
            else ErrorKind.OFFLINE
        with self.outbox.write() as session:
            OutboxRepository(session).postpone_market(
                market, kind or ErrorKind.OFFLINE, result.message or "",
                now + timedelta(seconds=wait), now)

    def _ok(self, market: str) -> None:
        with self._guard:
            self._failures.pop(market, None)
        self.report(market, None)

    def market_reachable(self, market: str) -> int:
        """The market answered again (a sync went through): what waited for it is due."""
        with self._guard:
            self._failures.pop(market, None)
        with self.outbox.write() as session:
            return OutboxRepository(session).due_now(
                market, [ErrorKind.OFFLINE, ErrorKind.DEGRADED, ErrorKind.KEY_REFUSED],
                self.clock())


def _error_kind(error: ConnectorError, outcome_unknown: bool) -> ErrorKind:
    if isinstance(error, AuthenticationRefused):
        return ErrorKind.KEY_REFUSED
    if outcome_unknown:
        return ErrorKind.UNKNOWN_OUTCOME
    if isinstance(error, MarketplaceUnreachable):
        return ErrorKind.OFFLINE
    return ErrorKind.DEGRADED
